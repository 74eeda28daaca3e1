"""A message typed as a query (pipes, where-clauses, key=value filters, query strings, grep and regex) -> the plain words
the bot reads, so an engineer wiring the bot into tooling gets the answer a plain question gets:

    "events | where city=tirana"                        -> "events tirana"
    "?q=rome&year=2022"                                 -> "rome 2022"
    "events?year=2016"                                  -> "events 2016"
    "conferences where year>=2023 order by date asc"    -> "conferences since 2023"
    "pledge_conferences | sort -k year | format csv"    -> "list the pledge conferences"
    "quotes | grep -i 'contested space'"                -> "quotes about contested space"
    "quotes =~ /no one stands alone/i"                  -> 'who said "no one stands alone"'
    "quotes?speaker=rutte&format=json"                  -> "quotes rutte"
    "speaker=stoltenberg city=tirana -> quotes"         -> "what did stoltenberg say in tirana"
    "person --name baerbock", "person?name=edi+rama"    -> "who baerbock", "who edi rama"
    "people where country=estonia"                      -> "people from estonia"
    "nato_cyber_defence_conference --list-editions"     -> "nato cyber defence conference series"
    "| tail -1" (after a list)                          -> "the last one"

How to show the reply ("-> yaml", "--json", "format csv (year,city,host)", "--fields name,start", "order by date") is
no word of the question. A part of the query not read here (a key, a flag, a stage of the pipe) leaves the message as
typed: never a guess. Pure; a message holding none of "|", "=", "<", ">", " --", a leading "?" pays a few substring tests.
"""

from __future__ import annotations

import re

from ..commands import find_command
from ..patterns import lazy_pattern

#: A message whose only mark of a query is its "--flags" ("events --latest"; not "events | ...", "events?year=2016").
_FLAGS_ONLY = lazy_pattern(r"^[^|=?<>]*$")

#: The stages of a pipe: "events | where city=x | sort", "speaker=x -> quotes" ("=~" and "->" are no comparison).
_STAGES = lazy_pattern(r"\s*(?:\|+|->|=>)\s*")
#: A comparison: "city=tirana", "year>=2023", "city == \"the hague\"", "name:'edi rama'".
_CONDITION = lazy_pattern(r"""(?P<key>[a-z_]+)\s*(?P<op>==|=|>=|<=|>|<|!=)\s*(?P<value>'[^']*'|"[^"]*"|[^\s&,'"]+)""", re.IGNORECASE)
_JOINS = lazy_pattern(r"^(?:\s|&&?|,|\band\b)*$", re.IGNORECASE)
#: "events?year=2016", "?q=rome&year=2022", "person?name=edi+rama": a noun, then a query string.
_QUERY_STRING = lazy_pattern(r"^(?P<noun>[a-z_]*)\?(?P<pairs>[a-z_]+=\S*)$", re.IGNORECASE)
#: "conferences where year>=2023", "where city=x": a noun, then a where-clause.
_WHERE = lazy_pattern(r"^(?P<noun>[a-z_ ]*?)\s*\bwhere\s+(?P<conditions>.+)$", re.IGNORECASE)
#: "grep -i 'contested space'", "quotes =~ /no one stands alone/i": words searched for.
_GREP = lazy_pattern(r"""^(?P<noun>[a-z_ ]*?)\s*(?:\bgrep(?:\s+-[a-z]+)*|\bcontains|=~|~)\s+(?P<words>'[^']+'|"[^"]+"|/[^/]+/[a-z]*|[^'"/].*)$""", re.IGNORECASE)
#: "--name baerbock", "--where 'city == \"x\"'", "--list-editions": a flag and what follows it up to the next.
_FLAG = lazy_pattern(r"""(?<!\S)--(?P<flag>[a-z][a-z_-]*)(?:[= ](?!--)(?P<value>'[^']*'|"[^"]*"|[^\s'"-][^\s]*(?:\s+(?!--)[^\s'"-][^\s]*)*))?""", re.IGNORECASE)
#: How to show a reply: a stage or a tail of it that is no word of the question.
_SHOWN = lazy_pattern(r"^(?:(?:format|fmt|output|as|to|print|render)\s+)?(?:json|yaml|yml|csv|tsv|table|md|markdown|text|txt|pretty)\b.*$"
                      r"|^(?:sort|order|jq|select|cut|uniq|less|cat|fields|column|pbcopy)\b.*$", re.IGNORECASE)
_SHOWN_TAIL = lazy_pattern(r"\s+(?:order by|sort by|sorted by|format (?:json|yaml|csv|table))\b.*$|\s*\?{2,}$", re.IGNORECASE)
_SHORT_FLAG = lazy_pattern(r"(?<!\S)-[a-z]")  # "-s rutte": a command's short flag, read by ``command_flags``
_PICK = lazy_pattern(r"^(?P<end>head|tail)(?:\s+-n)?(?:\s+-?1)?$", re.IGNORECASE)

#: The nouns a query starts from, by what they list.
_NOUNS = {
    "events": "events event conferences conference confs conf summits summit meetings gatherings editions",
    "quotes": "quotes quote statements remarks sayings lines",
    "people": "people person persons whois who officials speakers",
}
_KIND_OF = {noun: kind for kind, nouns in _NOUNS.items() for noun in nouns.split()}
#: What a key filters by; a key not here leaves the message as typed.
_KEYS = {
    "speaker": "speaker by author said_by saidby who",
    "place": "city place location venue country",
    "event": "event conference conf summit gathering",
    "series": "series kind type",
    "year": "year yr",
    "words": "q query search text name title id contains keyword keywords words topic",
    "shown": "format fmt fields sort order limit output pretty page",
}
_KEY_OF = {key: role for role, keys in _KEYS.items() for key in keys.split()}
#: Flags of a query that ask nothing (how to show it) or ask for a series' editions.
_SHOWN_FLAGS = frozenset("info details detail json yaml csv verbose v full pretty raw all fields format output sort".split())
_EDITION_FLAGS = frozenset("list-editions editions list_editions list-all history".split())
_YEAR = lazy_pattern(r"(?:19|20)\d\d")
_YEAR_OPS = {"=": "{}", "==": "{}", ">=": "since {}", ">": "after {}", "<": "before {}", "<=": "until {}"}


def looks_like_query(text: str) -> bool:
    """Whether ``text`` holds a mark of a query at all: a pipe, "=", "<", ">" ("->"), a query string ("?q=") or a "--flag"."""
    return "|" in text or "=" in text or ">" in text or "<" in text or " --" in text or text[:1] == "?"


def plain_query(text: str) -> str:
    """The plain words ``text`` asks when it is typed as a query; else ``text`` itself."""
    if not looks_like_query(text) or _FLAGS_ONLY.match(text) and find_command(text.split()[0].lower()) is not None:
        return text  # "quote -s rutte --topic x", "event rome --hosts": a command's flags (``command_flags``)
    read = _read(text.strip())
    return read if read else text


def _read(text: str) -> str | None:
    """The query read, or None when any part of it is not understood."""
    follows = text.startswith("|")
    stages = [stage for stage in _STAGES.split(text) if stage]
    noun, filters, pick, editions, shown = "", [], "", False, False
    for stage in stages:
        stage = _SHOWN_TAIL.sub("", stage).strip()
        if not stage or _SHOWN.match(stage):
            shown = shown or bool(stage)
            continue
        if picked := _PICK.match(stage):
            pick = "first" if picked["end"].lower() == "head" else "last"
            continue
        read = _stage(stage)
        if read is None:
            return None
        stage_noun, stage_filters, stage_editions = read
        if stage_noun and noun and _KIND_OF.get(stage_noun) != "quotes":
            return None  # two things listed: "events | people"
        noun = stage_noun if _KIND_OF.get(stage_noun) == "quotes" or not noun else noun  # "speaker=x -> quotes"
        filters += stage_filters
        editions = editions or stage_editions
    if shown and not filters and not pick and _KIND_OF.get(noun.split()[-1] if noun else "") == "events" and noun.endswith("s"):
        return f"list the {noun}"  # "pledge_conferences | sort -k year | format csv": the editions, one a line
    return _phrased(noun, filters, pick, editions, follows)


def _stage(stage: str) -> tuple[str, list[tuple[str, str, str]], bool] | None:
    """One stage of the pipe: its noun (as typed, "_" a space), its filters ``(role, op, value)``, whether it asks a
    series' editions; None when it is not read."""
    if (query := _QUERY_STRING.match(stage)) is not None:
        filters = _conditions(query["pairs"].replace("&", " "))
        return (_noun(query["noun"]), filters, False) if filters is not None and _known_noun(query["noun"]) else None
    if (grep := _GREP.match(stage)) is not None:
        words = _unquoted(re.sub(r"^/(.*)/[a-z]*$", r"\1", grep["words"].strip()))
        return (_noun(grep["noun"]), [("words", "=", words)], False) if _known_noun(grep["noun"]) and words else None
    if (where := _WHERE.match(stage)) is not None:
        filters = _conditions(where["conditions"])
        return (_noun(where["noun"]), filters, False) if filters is not None and _known_noun(where["noun"]) else None
    if "--" in stage:
        return _flagged(stage)
    if "=" in stage:
        filters = _conditions(stage)
        return ("", filters, False) if filters is not None else None
    return (_noun(stage), [], False) if _known_noun(stage) or "_" in stage else None


def _flagged(stage: str) -> tuple[str, list[tuple[str, str, str]], bool] | None:
    """``person --name baerbock``, ``events --where 'city == "x"' --fields a,b``, ``nicc --info``."""
    flags = list(_FLAG.finditer(stage))
    head = stage[: flags[0].start()].strip() if flags else stage
    if not flags or stage[flags[-1].end():].strip() or not head or _SHORT_FLAG.search(head):
        return None
    filters, editions = [], False
    for flag in flags:
        name, typed = flag["flag"].lower(), flag["value"] or ""
        value = _unquoted(typed)
        if name in _SHOWN_FLAGS or _KEY_OF.get(name.replace("-", "_")) == "shown":
            continue
        if name in _EDITION_FLAGS and not value:
            editions = True
        elif name == "where" and (conditions := _conditions(typed[1:-1] if typed[:1] in "'\"" else typed)) is not None:
            filters += conditions
        elif (role := _KEY_OF.get(name.replace("-", "_"))) is not None and value:
            filters.append((role, "=", value))
        else:
            return None
    return _noun(head), filters, editions


def _conditions(text: str) -> list[tuple[str, str, str]] | None:
    """``"city=tirana and year>=2023"`` -> ``[("place", "=", "tirana"), ("year", ">=", "2023")]``; None when anything
    between the comparisons is no join or a key is not known."""
    found, at = [], 0
    for condition in _CONDITION.finditer(text):
        if not _JOINS.match(text[at : condition.start()]):
            return None
        at = condition.end()
        role = _KEY_OF.get(condition["key"].lower())
        if role is None:
            return None
        if role != "shown":
            found.append((role, condition["op"], _unquoted(condition["value"])))
    return found if found and _JOINS.match(text[at:]) else None


def _phrased(noun: str, filters: list[tuple[str, str, str]], pick: str, editions: bool, follows: bool) -> str | None:
    """The plain question a read query asks."""
    values = {role: value for role, _, value in filters}
    kind = _KIND_OF.get(noun.split()[-1], "") if noun else "quotes" if "speaker" in values else ""
    if not filters and not editions:
        if pick and follows and not noun:
            return f"the {pick} one"  # "| tail -1": of the list just shown
        return noun if noun and kind != "quotes" and not pick else None
    if follows and kind == "quotes" and list(values) == ["words"]:
        return f"what was said there about {values['words']}"  # "| quotes | grep -i china": of the entry just shown
    if "series" in values or pick or follows or any(op == "!=" for _, op, _ in filters) or noun and not kind and "speaker" in values:
        return None  # "| where series=x": of the list just shown; "pledges?by=rutte": not read here
    if kind == "quotes":
        return _quotes_asked(values)
    if kind == "people":
        return _people_asked(values)
    if editions:
        return f"{noun} series" if noun and not filters else None
    words = [noun, values.get("words", ""), values.get("event", ""), values.get("place", "")]
    words += [_YEAR_OPS.get(op, "{}").format(value) for role, op, value in filters if role == "year" and _YEAR.fullmatch(value)]
    if any(role == "year" and not _YEAR.fullmatch(value) for role, _, value in filters):
        return None
    return " ".join(word for word in words if word) or None


def _quotes_asked(values: dict[str, str]) -> str | None:
    """Quotes filtered by speaker, place or event, and words."""
    speaker, at, words = values.get("speaker", ""), values.get("event") or values.get("place", ""), values.get("words", "")
    at = " ".join([at, values.get("year", "")]).strip()
    if speaker and at:
        return f"what did {speaker} say in {at}" + (f" about {words}" if words else "")
    if speaker:
        return f"quotes {speaker}" + (f" about {words}" if words else "")
    if at:
        return f"quotes from {at}" + (f" about {words}" if words else "")
    if words:
        return f"quotes about {words}" if len(words.split()) <= 2 else f'who said "{words}"'
    return None


def _people_asked(values: dict[str, str]) -> str | None:
    """People by name or by country."""
    if (name := values.get("words") or values.get("speaker")) and len(values) == 1:
        return f"who {name}"
    if (country := values.get("place")) and len(values) == 1:
        return f"people from {country}"
    return None


def _noun(typed: str) -> str:
    return " ".join(typed.replace("_", " ").split()).lower()


def _known_noun(typed: str) -> bool:
    """Whether ``typed`` is empty or a noun a query starts from ("events", "pledge_conferences", "people")."""
    words = _noun(typed).split()
    return not words or words[-1] in _KIND_OF or words[-1] in ("initiatives", "pledges", "pledge", "centres", "decisions")


def _unquoted(value: str) -> str:
    """``'"the hague"'`` -> ``"the hague"``; "edi+rama", "rome_2022" -> "edi rama", "rome 2022"."""
    value = value.strip().strip("'\"").strip()
    return " ".join(value.replace("+", " ").replace("_", " ").replace("%20", " ").split())
