"""Questions typed as a few keywords, put back as whole questions the routes know.

    "rutte quote tirana"                -> "quote rutte tirana"
    "tirana host country"               -> "which country hosted tirana"
    "paris 18 host minister?"           -> "who was the host minister at paris 2018"
    "nato speaker at hague pledge conf" -> "who spoke for nato at hague pledge conference"
    "berlin conf how long ago"          -> "how long ago was berlin conference"
    "berlin conf - yrs since"           -> "how many years since berlin conference"
    "stoltenberg sg term start/end"     -> "how long was stoltenberg secretary general in office"
    "geoana hague - in person?"         -> "was geoana hague in person"
    "hague attendee count"              -> "how many attendees at hague"
    "baerbock berlin 2023 role"         -> "what was baerbock role at berlin 2023"
    "hague 2024 speakers"               -> "who spoke at hague 2024"
    "hague conference who from nato spoke"  -> "who from nato spoke at hague conference"
    "tirana conference dates please need them for the timeline"  -> "when was tirana conference"

A fragment names its subject and one thing it asks, in any order, often with no
question word at all. The words asked are found anywhere; the subject is what
comes before them and, unless a polite word or an aside cuts it off, after them.
Only text that does not already start like a question is read this way. Pure
and table-tested (tests/test_fragments.py).
"""

from __future__ import annotations

import re

from .month_span import month_span
from ..commands import command_words
from .role_words import ROLE_HEADS, ROLE_WORDS
from .parse import QUESTION_WORDS
from .places import PLACES
from .search import tokens
from ..patterns import lazy_pattern

#: What a fragment asks, by the words that ask it (longest first), and the question that asks it whole.
_ASKED = {
    "how long ago": "how long ago was {}", "how many years ago": "how many years ago was {}", "years ago": "how many years ago was {}",
    "how long": "how long ago was {}", "years since": "how many years since {}", "how long since": "how long ago was {}",
    "how many years since": "how many years since {}", "time since": "how long ago was {}",
    "when and where": "when and where was {}", "date and place": "when and where was {}", "dates and venue": "when and where was {}",
    "host country": "which country hosted {}", "host nation": "which country hosted {}", "hosting country": "which country hosted {}",
    "host minister": "who was the host minister at {}", "hosting minister": "who was the host minister at {}",  # "paris 18 host minister?"
    "host ministers": "who were the host ministers at {}", "hosting ministers": "who were the host ministers at {}",
    "host city": "where was {}", "hosts": "who hosted {}", "host": "who hosted {}", "hosted by": "who hosted {}",
    "co hosts": "who hosted {}", "organisers": "who hosted {}", "organizers": "who hosted {}", "organiser": "who hosted {}", "organizer": "who hosted {}",
    "venue": "what was the venue of {}", "location": "where was {}", "where": "where was {}",
    "dates": "when was {}", "date": "when was {}", "when": "when was {}", "which day": "when was {}", "what day": "when was {}",
    "speakers": "who spoke at {}", "who spoke": "who spoke at {}", "lineup": "who spoke at {}",
    "nato speaker": "who spoke for nato at {}", "nato speakers": "who spoke for nato at {}", "nato rep": "who spoke for nato at {}",
    "nato representative": "who spoke for nato at {}", "nato speech": "who spoke for nato at {}",  # "nato speaker at hague pledge conf?"
    "quote": "quote {}", "quotation": "quote {}", "said": "quote {}", "words": "quote {}", "statement": "quote {}",
    "quotes": "all {} quotes", "quotations": "all {} quotes", "statements": "all {} quotes",  # "rutte tirana quotes": every one
    "term": "how long was {} in office", "term dates": "how long was {} in office", "tenure": "how long was {} in office",
    "term start end": "how long was {} in office", "term start and end": "how long was {} in office", "start end": "how long was {} in office",
    "start and end": "how long was {} in office", "term start": "how long was {} in office", "term end": "how long was {} in office",
    "tenure start end": "how long was {} in office", "in office": "how long was {} in office",
    "in person": "was {} in person", "by video": "was {} in person", "in person or video": "was {} in person",
    "in person or by video": "was {} in person", "in person or remote": "was {} in person", "video or in person": "was {} in person",
    "attendee count": "how many attendees at {}", "number of attendees": "how many attendees at {}", "headcount": "how many attendees at {}",
    "turnout": "how many attendees at {}", "how many attendees": "how many attendees at {}", "delegates count": "how many attendees at {}",
    "role": "what is {} role", "job": "what is {} job", "position": "what is {} position", "title": "what is {} title",
}
_ASKED_WORDS = frozenset(word for phrase in _ASKED for word in phrase.split())
_ASKED_PHRASE = lazy_pattern(r"(?:^| )(" + "|".join(sorted(map(re.escape, _ASKED), key=len, reverse=True)) + r")(?= |$)")

#: Where a fragment's subject stops: a polite word or the start of an aside ("dates please need them for the timeline").
_CUT = frozenset("please thanks thank cheers asap need needed for because since so as pm was were is are did does it that this held "
                 "happen happened take took".split())
#: Words around a fragment that belong to no subject.
_AROUND = frozenset("the a an of for at in on about from its his her their pls quick quickly again exact exactly just only real actual "
                    "correct official proper right current s "
                    "and so but also then all every em them "  # "rutte tirana quotes, all of em"
                    "short punchy good great nice strong catchy memorable usable quotable snappy decent".split())  # "a punchy quote about china"
#: Question words that make a text more than a fragment ("nov 10 2022 whats that date known for").
_ASKS_MORE = frozenset("who whom whose what which how why".split())
#: A text that starts like a question or a command is not a fragment: the parser's question words, the first word
#: of every command's name and alias (from the registry), and words that open a question or a list.
_STARTS_QUESTION = (QUESTION_WORDS | {word.split()[0] for word in command_words()}
                    | frozenset("whom whose would will should we all every some more other only since until till people send give get grab".split()))


#: "hague conference who from nato spoke": the subject, then who did something there.
_WHO_AFTER = lazy_pattern(r"^(?P<subject>(?:\S+ ){1,5}?)(?P<asked>who (?:from \S+ |else |all )?(?:spoke|speaks|talked|hosted|organi[sz]ed|attended|opened|came))$")


def keyword_question(text: str) -> str | None:
    """The whole question a keyword fragment asks, or None when ``text`` is not one (``text`` is normalised)."""
    words = text.split()
    if not words or words[0] in _STARTS_QUESTION:
        return None
    if (held := _role_in_year(words)) is not None:
        return held
    if " who " in text and (who := _WHO_AFTER.match(text)):
        return f"{who['asked']} at {' '.join(_subject(who['subject'].split()))}"
    if _ASKED_WORDS.isdisjoint(words):
        return None
    found = list(_ASKED_PHRASE.finditer(text))
    if len({_ASKED[m[1]] for m in found}) != 1:  # nothing asked, or two different things: not a fragment
        return None
    asked = found[0]
    if asked[1] == "years ago" and text[: asked.start()].split()[-1:] and _COUNT.fullmatch(text[: asked.start()].split()[-1]):
        return None  # "8 years ago today", "2 years ago today anything": a day counted back, not how long ago something was
    if not _ASKS_MORE.isdisjoint(text.replace(asked[1], " ").split()) or [w for w in text[: asked.start()].split() if w != "co"][-1:] in _BE_BEFORE or (
            text[found[-1].end():].strip() and not _STATING.isdisjoint(text[: asked.start()].split())):
        return None  # "the london conference was hosted by germany", "X announced the summit dates in berlin": statements
    before = _subject(text[: asked.start()].split())
    between = _subject(" ".join(text[m.end(): n.start()] for m, n in zip(found, found[1:])).split())  # "quote on china exact words"
    after = _subject(_until_cut(text[found[-1].end():].split()))
    subject = " ".join(before + between + after)
    if not tokens(subject) or not before and asked[1] in ("where", "when", "date", "dates"):  # "where was it", "when exactly"
        return None
    if asked[1] in _ROLE_ASKED and before and after:  # "ollongren s job at the time of the hague conference": her job then
        return f"what was {' '.join(before)} {asked[1]} at {' '.join(after[2:] if after[:2] == ['time', 'of'] else after)}"
    if asked[1] in _ROLE_ASKED and not after and (at := _setting_at(before)):  # "baerbock berlin 2023 role": her role there
        return f"what was {' '.join(before[:at])} {asked[1]} at {' '.join(before[at:])}"
    return _ASKED[asked[1]].format(subject)


#: A count before "years ago": "3", "three", "a".
_COUNT = lazy_pattern(r"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple|several")
_ROLE_ASKED = frozenset("role job position title".split())
_BE_BEFORE = (["was"], ["were"], ["is"], ["are"])
#: Verbs that make the words before a fragment's asked word a statement, when more follows it.
_STATING = frozenset("announced spoke gave opened hosted attended addressed signed agreed decided wrote launched endorsed adopted "
                     "published set".split())


#: Words of a role held by someone: "nato secretary general", "the albanian prime minister" (a place word names the country).
_ROLE_ONLY = ROLE_WORDS | frozenset("secretary general nato the s of".split())


def _role_in_year(words: list[str]) -> str | None:
    """"sg in 2023" (spelt out), "albanian prime minister 2025" -> "who was ... in <year>": who held the role then."""
    years = [w for w in words if len(w) == 4 and w.isdigit()]
    month = [w for n, w in enumerate(words[:-1]) if words[n + 1] in years and month_span(f"{w} {words[n + 1]}", int(words[n + 1]))]
    role = [w for w in words if w not in years and w not in month and w not in ("in", "during", "back")]
    if len(years) != 1 or not role or not set(role) & (ROLE_HEADS | {"secretary"}) or not all(w in _ROLE_ONLY or w in PLACES for w in role):
        return None
    return f"who was {' '.join(role)} in {' '.join(month + years[:1])}"  # "sg in may 2024": that month


def _setting_at(words: list[str]) -> int:
    """Where a place or a year starts the setting after a name ("baerbock berlin 2023" -> 1); 0 if none follows a name."""
    return next((n for n, word in enumerate(words) if n and (word in PLACES or (len(word) == 4 and word.isdigit()))), 0)


def _until_cut(words: list[str]) -> list[str]:
    return words[: next((n for n, word in enumerate(words) if word in _CUT), len(words))]


def _subject(words: list[str]) -> list[str]:
    while words and words[0] in _AROUND:
        words = words[1:]
    while words and words[-1] in _AROUND:
        words = words[:-1]
    return words
