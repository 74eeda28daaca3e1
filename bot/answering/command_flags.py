"""Dash-flags typed after a command, spelt out as the words the command (or a question) reads.

A chat power user types a command the way a command-line tool takes it; each flag is read by what it names, never
kept as a word of the search:

    spell_out_flags("quote", "-s rutte --topic investment")   -> ("quote", "rutte about investment")
    spell_out_flags("quote", "--by stoltenberg --event berlin welcome") -> ("quote", "stoltenberg from berlin welcome")
    spell_out_flags("events", "--year 2024")                   -> ("events", "2024")
    spell_out_flags("events", "--since 2024")                  -> ("events", "since 2024")
    spell_out_flags("event", "rome --hosts")                   -> (None, "who hosted rome")   a question
    spell_out_flags("event", "hague --when --where")           -> (None, "when and where was hague")
    spell_out_flags("event", "pledge --latest")                -> ("event", "latest pledge")
    spell_out_flags("event", "tirana --sources")               -> ("sources", "tirana")      another command's
    spell_out_flags("events", "summit --latest")               -> (None, "the latest summit")
    spell_out_flags("quote", "--random --json")                -> ("quote", "")             how to show it: no words
    spell_out_flags("events", "--year 2023 --format csv")      -> ("events", "2023")

A flag with no meaning here loses its dashes and stays a word ("--since 2024" -> "since 2024"); a dash that is no flag
("london-2024", "rome - hosts") is left alone. Only text holding " -" is read at all.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: "--by", "-s", "--hosted-by", "--by=rutte": a dash or two at a word's start, then a name (never "london-2024", "->").
_FLAG = lazy_pattern(r"(?<!\S)--?([a-z][a-z_-]{0,20})(?:=|(?!\S))", re.IGNORECASE)

#: What a flag names, by its name (dashes and underscores dropped); a flag not here is a word ("--since 2024").
_MEANINGS = {
    "speaker": "s a by speaker author who person said saidby",
    "topic": "t k q topic topics about kw keyword keywords word words text query contains containing subject theme",
    "event": "e event at conf conference place location city venue occasion",
    "year": "y yr year",
    "value": "n name id kind type series search",  # the argument itself: "events --kind summit", "who --name geoana"
    "order": "first latest last newest oldest earliest",
    "page": "p page pg",
    "shape": "random rand json verbose v full long short brief raw plain md markdown pretty all",  # how to show it: no words
    "shown": "format fmt output o fields sort sortby orderby limit as csv yaml yml table tsv",  # how to show it, with a value: none a word
}
_MEANING_OF = {word: meaning for meaning, words in _MEANINGS.items() for word in words.split()}

#: The event command's aspects: each makes the command the question that asks it.
_EVENT_ASPECTS = {
    "when": "when", "date": "when", "dates": "when", "day": "when", "days": "when", "time": "when", "held": "when",
    "where": "where", "location": "where", "place": "where", "venue": "where", "city": "where", "country": "where",
    "host": "hosts", "hosts": "hosts", "hostedby": "hosts", "hosted": "hosts", "organiser": "hosts", "organizer": "hosts",
    "organisers": "hosts", "organizers": "hosts", "cohosts": "hosts",
    "speakers": "speakers", "speaker": "speakers", "who": "speakers", "spoke": "speakers", "people": "speakers",
    "attendees": "speakers", "participants": "speakers", "keynote": "speakers",
}
_ASPECT_QUESTIONS = {"hosts": "who hosted {}", "speakers": "who spoke at {}"}  # "when" and "where" share one: "when and where was {}"


def has_flag(text: str) -> bool:
    """Whether ``text`` holds a dash-flag ("-s rutte", "rome --hosts"); cheap for text with no " -"."""
    return (text.startswith("-") or " -" in text) and _FLAG.search(text) is not None


def read_flags(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``"rome --hosts --year 2022"`` -> ``("rome", [("hosts", ""), ("year", "2022")])``: the words before the first flag,
    then each flag's name (lower case, without dashes, "-" and "_" dropped) and the words up to the next flag."""
    flags = list(_FLAG.finditer(text))
    if not flags:
        return text, []
    read = []
    for flag, following in zip(flags, [*flags[1:], None]):
        value = text[flag.end() : following.start() if following else len(text)].strip()
        read.append((flag[1].lower().replace("-", "").replace("_", ""), value))
    return text[: flags[0].start()].strip(), read


def spell_out_flags(name: str, typed: str) -> tuple[str | None, str]:
    """The command's name and its argument with each flag spelt out; name None when the flags make it a question."""
    bare, flags = read_flags(typed)
    if not flags:
        return name, typed
    if name == "event" and (question := _event_question(bare, flags)) is not None:
        return None, question
    if name == "event" and (other := _OTHER_COMMANDS.get(next((f for f, _ in flags if f in _OTHER_COMMANDS), ""))) and bare:
        return other[0], f"{other[1]}{bare}"  # "event tirana --sources": the sources of it; "--quotes": those said there
    if name == "events" and (order := next((f for f, v in flags if _MEANING_OF.get(f) == "order" and not v), None)):
        first = "earliest" if order == "first" else order  # "events --first": the earliest one ("first" numbers a series)
        return None, f"the {first} {as_event_words(bare) if bare else 'event'}"  # "events --latest", "events summit --latest"
    leading = [(flag, value) for flag, value in flags if _leads(name, flag, value)]  # "latest pledge", "rutte about …"
    rest = [(flag, value) for flag, value in flags if not _leads(name, flag, value)]
    words = [*(value or flag for flag, value in leading), bare, *(_spelt(name, flag, value) for flag, value in rest)]
    return name, " ".join(word for word in words if word)


def _leads(name: str, flag: str, value: str) -> bool:
    """Whether the flag's words go first: an order alone ("--latest"), a quote's speaker ("-s rutte")."""
    meaning = _MEANING_OF.get(flag)
    return meaning == "order" and not value or meaning == "speaker" and name in _QUOTES


def _spelt(name: str, flag: str, value: str) -> str:
    """One flag as the words the command reads: "--topic investment" -> "about investment"."""
    meaning = _MEANING_OF.get(flag)
    if meaning == "shape":
        return value  # "quote --random", "event hague --json": how to show it, no word of the question
    if meaning == "shown":
        return ""  # "events --year 2023 --format csv", "--fields name,date": nor is its value
    if meaning == "page":
        return f"page {value}".strip()  # "quotes rutte -p 2"
    if value and (meaning == "year" or meaning and meaning != "order" and name not in _QUOTES):
        return value  # "events --year 2024", "search --q saceur", "events --place london": the value is the argument
    if name == "pledge" and not value and _EVENT_ASPECTS.get(flag) in ("when", "where"):
        return ""  # "pledge nicc --date": the pledge's reply opens with its date and place
    if meaning in ("topic", "event") and name in _QUOTES:
        return f"{'about' if meaning == 'topic' else 'from'} {value}" if value else ""
    return f"{flag} {value}".strip()  # "--since 2024": a word like any other


_QUOTES = ("quote", "quotes")
#: Flags of the event command that ask another command about the event named: its sources, the quotes said there.
_OTHER_COMMANDS = {"sources": ("sources", ""), "source": ("sources", ""), "refs": ("sources", ""), "quotes": ("quotes", "from "),
                   "quote": ("quotes", "from "), "said": ("quotes", "from ")}


def _event_question(bare: str, flags: list[tuple[str, str]]) -> str | None:
    """``event rome --hosts`` as the question it asks ("who hosted rome"), or None when no flag asks an aspect."""
    aspects = [aspect for flag, _ in flags if (aspect := _EVENT_ASPECTS.get(flag))]
    if not aspects:
        return None
    named = as_event_words(" ".join([bare, *(value for _, value in flags)]).strip())
    if not named:
        return None
    kinds = list(dict.fromkeys(aspects))
    times_places = " and ".join(kind for kind in kinds if kind in ("when", "where"))
    asked = [f"{times_places} was {named}"] if times_places else []
    asked.extend(_ASPECT_QUESTIONS[kind].format(named) for kind in kinds if kind in _ASPECT_QUESTIONS)
    return " and ".join(asked)


_PLEDGE = lazy_pattern(r"\bpledge\b", re.IGNORECASE)
_PLEDGE_AND_YEAR = lazy_pattern(r"(?:(?:the|first|latest|last|newest|oldest|earliest) )?pledge(?: (?:in )?(?:19|20)\d\d)?", re.IGNORECASE)


def as_event_words(text: str) -> str:
    """An event named the way the ``event`` command takes it: "pledge" with at most a year or an order is the Pledge
    Conference (the pledge itself is no event): "pledge 2023" -> "pledge conference 2023", never the other event of 2023;
    "warsaw pledge" stays the summit where it was agreed."""
    if "pledge" not in text.lower() or not _PLEDGE_AND_YEAR.fullmatch(text):
        return text
    return _PLEDGE.sub(r"\g<0> conference", text)
