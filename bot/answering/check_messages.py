"""The chat sentences of the checks on quoted words and on claims (messages.py continued, which is full).

Pure: each function returns a title, a plain sentence composed from the values
the topic modules pass in. No platform names.
"""

from __future__ import annotations

from .messages import NO_QUOTE_SAYS
from .phrasing import shorten


# ---- quoted words ----------------------------------------------------------------------------
def no_quote_says(words: str, where: str = "") -> str:
    """"No quote in the knowledge says “cyberspace is the new battlefield”" (a miss, first)."""
    return f"{NO_QUOTE_SAYS} “{shorten(words, 80)}”{where}"


def said_there_instead(words: str, where: str, name: str, there: str) -> str:
    """The words were said, but not where the question puts them."""
    return f"{NO_QUOTE_SAYS} “{shorten(words, 60)}”{where}; {name} said them at {there}"


def said_then_instead(when: str, name: str, there: str) -> str:
    """A speaker's line asked of at a time it was not said: "Not in H1 2023: Jens Stoltenberg said this at <event>"."""
    return f"Not {when}: {name} said this at {there}"


def stranger_quoted(name: str, words: str, in_words: bool) -> str:
    """"There is nobody called “Rob Bauer” in the knowledge, and no quote says “cyber war is already here”": a miss, the
    stranger first (only them when the quoted words are their name and title)."""
    return f"There is nobody called “{name}” in the knowledge" + ("" if in_words else f", and no quote in it says “{shorten(words, 60)}”")


def stranger_closest(name: str, speaker: str) -> str:
    return f"There is nobody called “{name}” in the knowledge; the closest words on record are {speaker}'s"


def said_at_not(name: str, words: str, occasion: str, where: str) -> str:
    """"Jens Stoltenberg said “X” at <event>, not in Brussels": the words' place or year claimed, corrected."""
    return f"{name} said “{shorten(words, 60)}” at {occasion}, not{where}"


_CLOSE = {
    "verified": "{name}'s verified words are below",
    "translated": "{name}'s line below is a machine re-translation",
    "unverified": "the line below is attributed to {name}, but not found in any official text",
}


def close_words(name: str, trust: str) -> str:
    """The words asked about are close to a quote, not the same: what the quote really is, and how far to trust it."""
    return "Close, not word for word: " + _CLOSE.get(trust, "{name}'s line is below").format(name=name)


def own_english(name: str) -> str:
    return f"Yes, word for word in {name}'s own English; the report carries a re-translation of it"


def said_at(name: str, occasion: str) -> str:
    return f"{name} said it at {occasion}"


def said_it(name: str) -> str:
    return f"{name} said it"


def closest_words(name: str) -> str:
    return f"The closest words are by {name}"


def said_by_several(names: str, verbatim: bool, words: str) -> str:
    return f"More than one person {'said' if verbatim else 'said words close to'} “{shorten(words, 60)}”: {names}"


# ---- claims ----------------------------------------------------------------------------------
def claim_yes(fact: str) -> str:
    return f"Yes: {fact}"


def claim_wrong(fact: str) -> str:
    """A claim the knowledge contradicts: what it does record, first."""
    return f"No: {fact}"


def claim_partly(fact: str) -> str:
    return f"Only partly: {fact}"


def claim_unsettled(fact: str) -> str:
    """A claim the knowledge can neither confirm nor contradict: what it does hold."""
    return f"I cannot say: {fact}"


def time_ago(name: str, count: int, unit: str, when: str) -> str:  # "how many days ago was the tirana conference"
    return f"{name} was {count:,} {unit if count != 1 else unit.removesuffix('s')} ago ({when})"


def nothing_written(name: str) -> str:
    """A claim that someone never wrote anything: the knowledge cannot settle it."""
    return f"I can't say: the knowledge records nothing written by {name}, which does not mean there is none"


def no_earlier(kind: str, before: str) -> str:
    """A claim that there was no such event before: the knowledge holds none, which is not proof."""
    return f"The knowledge holds no {kind} before {before} (it may not record every one)"


def no_holder(post: str) -> str:
    """Who held a post the knowledge names no one for: a miss, not the nearest person."""
    return f"The knowledge names no {post}: nobody holding that post is recorded"


def nationality_unrecorded(name: str) -> str:
    """"The knowledge does not record Roxana Stanica's nationality": no title or line of theirs names a country."""
    return f"The knowledge does not record {name}'s nationality"


def holds_titles(name: str, titles: str) -> str:
    """"Luminița Odobescu is Foreign Minister of Romania": the titles a nationality claim is checked against."""
    return f"{name} is {titles}"


def either_holds(country: str | None, fact: str) -> str:
    """"Estonia: Kaja Kallas is Prime Minister of Estonia" (one of two countries asked), or "Neither: ..."."""
    return f"{country or 'Neither'}: {fact}"


def never_held(name: str, title: str, holders: list[str]) -> str:
    """"when did kallas become secretary general": she is not recorded in it; who is."""
    return f"The knowledge does not record {name} as {title}; it records {' and '.join(holders)} in that role"


def entry_recorded(name: str) -> str:
    return f"Yes: the knowledge records {name}"


def term_not_to_the_day(name: str, title: str, dates: str, unit: str) -> str:
    """"The knowledge dates Mark Rutte as Prime Minister of the Netherlands only to the year (2010 – 2024), so it cannot count the days"."""
    return f"The knowledge dates {name} as {title} only to the year ({dates}), so it cannot count the {unit}"
