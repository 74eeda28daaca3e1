"""Bare asks about what the conversation last talked about: "and who spoke?", "where?", "exact date?", "who went?",
"any quotes?", "what did they say?", "where based", "when agreed?", "predecessor?", "cyber outcomes", "in person or video?", "only 09/11 or
also 10/11?" -> the ask, about the last event, pledge, initiative, person or quote.

The gate (``bare_ask``) is cheap: a short message of asking words and the small words around them, naming nothing.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .follow_ups import named_entry
from .lookup import Lookup
from .search import normalize
from .span_asks import asks_only_that_day


def bare_ask(text: str) -> bool:
    """Cheap gate: ``text`` only asks ("and who spoke?", "hosts?", "when exactly"), naming and pointing at nothing."""
    words = normalize(text).split()
    asked = words[1:] if words[:1] in (["and"], ["so"], ["ok"]) else words  # "and which nato official has given the keynote"
    return 0 < len(asked) <= 7 and (not _ASKS.isdisjoint(words) and _BARE.issuperset(words) or asks_only_that_day(" ".join(asked)))  # "only 09/11 or also 10/11?"


def ask_about(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """A bare ask about the event, pledge or initiative the conversation last talked about: "and who spoke?" ->
    "and who spoke <event>", "where?" after the NICC -> "where <the NICC>", "any quotes?" -> "any quotes <event>";
    "quotes?" after a person -> "quotes <person>"; "when?" after a quote -> where and when it was said."""
    asked = normalize(text)
    if subject.type == "person" and not {"quotes", "quote"}.isdisjoint(asked.split()) and (person := lookup.item(subject)) is not None:
        return f"{'quotes' if 'quotes' in asked.split() else 'quote'} {person.name}"  # "quotes?", "her quote?" after a person: theirs
    if subject.type == "person" and _SINCE_WHEN.match(asked) and (person := lookup.item(subject)) is not None and person.roles:
        latest = max(person.roles, key=lambda r: r.start.first_day() if r.start else dt.date.min)
        return f"when did {person.name} become {latest.title}"  # "since when?" after "sg now: mark rutte": the latest role
    if _UNTIL_WHEN.match(asked) and subject.type in ("person", "event") and (item := lookup.item(subject)) is not None:  # "and until when?"
        if subject.type == "event":
            return f"how long was {item.name}"  # after a gathering: the days it ran
        latest = max(item.roles, key=lambda r: r.start.first_day() if r.start else dt.date.min) if item.roles else None
        return f"until when was {item.name} {latest.title}" if latest else None  # after "sg in h2 2016: stoltenberg": his term's end
    if subject.type == "person" and not _SUCCESSION.isdisjoint(asked.split()) and (person := lookup.item(subject)) is not None:
        return f"{person.name} {next(w for w in asked.split() if w in _SUCCESSION)}"  # "predecessor?" after rutte: who held his role before
    if subject.type == "quote" and not _WHEN_OR_WHERE.isdisjoint(asked.split()) and (words := named_entry(lookup, subject, personal=False)):
        return f"when was {words} said"  # "when?", "where was that?" after a quote: where and when it was said
    if subject.type not in ("event", "pledge", "initiative") or (item := lookup.item(subject)) is None:
        return None
    if subject.type == "event" and asks_only_that_day(asked.removeprefix("and ").removeprefix("so ").removeprefix("ok ")):
        return f"how long was {item.name}"  # "only 09/11 or also 10/11?" after a gathering's dates: the days it ran
    if subject.type == "event" and _SINCE_THEN.match(asked) and getattr(item, "series", None):
        return f"which {item.series} events came after {item.name}"  # "and since?" after the first pledge conference: the later ones
    if not _OUTCOMES.isdisjoint(asked.split()):  # "cyber outcomes?", "key decisions" after a summit: what was agreed there
        return f"what was decided at {item.name}" if subject.type == "event" else None
    if not _IN_PERSON.isdisjoint(asked.split()):  # "in person or video?" after an event: how it was held, and who spoke remotely
        return f"was {item.name} in person or by video" if subject.type == "event" else None
    if subject.type == "event" and _WENT.match(asked):
        return f"who was at {item.name}"  # "who went?", "who attended": the people recorded there
    if _DATE_ONLY.issuperset(asked.split()) and not _DATE_WORDS.isdisjoint(asked.split()):
        return f"when was {item.name}"  # "exact date?", "the precise dates pls": when it was, not a search for "exact"
    if subject.type != "event" and not _ASKS_OF_ANY.isdisjoint(asked.split()):
        return None  # "who spoke?" after the NICC: nobody speaks at a centre
    if not {"quotes", "quote"}.isdisjoint(asked.split()):
        return f"quotes from {item.name}"  # "any quotes?", "was there a quote" after an event
    if f" {asked} ".count(" there ") == 1:  # "who was there": at the event
        return f" {asked} ".replace(" there ", f" at {item.name} " if subject.type == "event" else f" {item.name} ").strip()
    return f"{asked} {item.name}"


def quote_asked(command, text: str) -> bool:
    """Whether ``text``, the command ``quote`` or ``quotes`` with nothing after it, is asked as a question ("quote?",
    "quotes??", "💬?"): a follow-up asking for the quotes of what was last talked about, not a random one."""
    return command.name in ("quote", "quotes") and not command.args and text.rstrip().endswith("?")


def they_said(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """"what did they say?", "did either of them say anything quotable", "any quotes from them" after an event: the words
    said there ("quotes from <event>"); "did either of them say anything about china": those on it ("what was said about
    china at <event>")."""
    if subject.type != "event" or (said := _THEY_SAID.match(normalize(text)) or _ANY_OF_THEM.match(normalize(text))) is None or (event := lookup.item(subject)) is None:
        return None
    return f"what was said about {said['topic']} at {event.name}" if said.groupdict().get("topic") else f"quotes from {event.name}"


_THEY_SAID = lazy_pattern(r"^(?:and |so |ok )?what (?:did|do) (?:they|the speakers|people|everyone|the people there) (?:say|said|talk about|speak about|discuss)(?: there)?$")
_THEM = r"(?:they|(?:either|both|any|one|each|neither) of them|the two of them|the hosts|the speakers)"
#: "did either of them say anything quotable", "any good quotes from them", "was either of them quoted": their words there.
_ANY_OF_THEM = lazy_pattern(rf"^(?:and |so |ok )?(?:(?:did|do|has|have) {_THEM} (?:say|said) (?:anything|something)(?: (?:quotable|memorable|notable|worth quoting|interesting))?"
                            rf"|(?:was|were) {_THEM} quoted|(?:any|anything) (?:good |notable |memorable )?(?:quotes?|quotable|lines?) (?:from|by) (?:them|{_THEM}))"
                            r"(?: (?:there|at all))?(?: about (?P<topic>\S+(?: \S+){0,3}))?$")
#: "and since?", "any since then?" after an edition of a series: the editions after it.
_SINCE_THEN = lazy_pattern(r"^(?:and |so |ok )?(?:what about |any |the ones |which |what )?(?:since|since then|ever since)$")
_SUCCESSION = frozenset("predecessor successor".split())  # of a person: who held the role before or after
_OUTCOMES = frozenset("outcome outcomes decisions decision results deliverables".split())  # of an event: what was agreed there
_IN_PERSON = frozenset("person video virtual virtually online remote remotely physically".split())  # of an event: how it was held
#: What a bare ask is made of: asking words, and the small words around them.
_ASKS = frozenset("who when where date dates day days year month venue location city place host hosts hosted cohosts co speakers spoke spoken opened "
                  "quotes quote ago since keynote keynotes claimed weekday week country event occasion based located headquartered hq "
                  "headquarters".split()) | _SUCCESSION | _OUTCOMES | _IN_PERSON  # "yrs since?", "how long ago?": how long ago it was
_WHEN_OR_WHERE = frozenset("when where date day year month venue location city place country event occasion".split())
_DATE_WORDS = frozenset("date dates day days".split())
_DATE_ONLY = _DATE_WORDS | frozenset("and so ok okay then what which the its exact exactly precise correct full again pls please was were is on in".split())
_SINCE_WHEN = lazy_pattern(r"^(?:and |so |ok )?(?:since when|from when|since)$")
_UNTIL_WHEN = lazy_pattern(r"^(?:and |so |ok |but )?(?:until|till|til|up until|up to|through) when$")
_ASKS_OF_ANY = frozenset("who hosts hosted host cohosts co speakers spoke opened speak speaker quotes keynote keynotes".split())  # of an event only
_BARE = _ASKS | frozenset("and n same for but now just so also ok okay then tho though what which about the a an exactly exact precise correct again too pls please was were is are did "
                          "held speak speaker main key any how long many years yrs there quote some gave give delivered do nato opening "
                          "claimed responsibility credit behind group of in at on attended went came showed turned took part participated up "
                          "or by cyber key main his her its countries official officials has have given spoken until till til through "
                          "agreed decided founded established launched created adopted announced signed issued endorsed".split())  # "who gave the nato keynote", "who claimed it"; "which countries were the co hosts", "which nato official has given the keynote"
_WENT = lazy_pattern(r"^(?:and |so |ok )?who (?:attended|went|came|showed up|turned up|took part|participated)(?: there)?$")  # "who went", after an event
