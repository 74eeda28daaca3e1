"""The chat sentences of the answers about quotes, their trust and their speakers (messages.py continued, which is full).

Pure: each function returns a title composed from the values the topic modules pass in. No platform names.
"""

from __future__ import annotations

from collections import Counter


def quotes_of(person: str | None, event: str | None) -> str:
    """The group a trust answer is about: "Jens Stoltenberg's quotes at X", "Mark Rutte's quotes", "the quotes from X"."""
    if person is None:
        return f"from {event}"
    return f"by {person}" + (f" at {event}" if event else "")


ALL_QUOTES = "in the knowledge"


def quotes_on(topic: str) -> str:
    """The group of quotes on one topic: "on china"."""
    return f"on {topic}"


def group_trust(group: str, count: int, labels: Counter) -> str:
    """"The 2 quotes from X: 2 unverified", "The 20 quotes by Jens Stoltenberg at Y: 20 re-translated"."""
    plural = "s" if count != 1 else ""
    return f"The {count} quote{plural} {group}: " + ", ".join(f"{n} {label}" for label, n in labels.most_common())


_LABELLED_AS = {"verified": "verified verbatim", "unverified": "unverified", "translated": "machine re-translated"}


def labelled_of(group: str, kept: int, total: int, label: str, labels: Counter) -> str:
    """"2 of the 34 quotes in the knowledge are unverified", "All 26 quotes from X are machine re-translated",
    "None of the 2 quotes from X is verified verbatim: 2 unverified"."""
    one = kept == 1 or kept == 0
    said = ("keeps" if one else "keep") + " the speaker's own English" if label == "original" else ("is " if one else "are ") + _LABELLED_AS[label]
    if kept == 0:
        counted = ", ".join(f"{n} {name}" for name, n in labels.most_common())
        if total == 1:
            return f"The one quote {group} {said.replace('is ', 'is not ', 1).replace('keeps', 'does not keep', 1)}: {counted}"
        return f"None of the {total} quotes {group} {said}: {counted}"
    if kept == total:
        return f"All {total} quotes {group} {said}" if total > 1 else f"The one quote {group} {said}"
    return f"{kept} of the {total} quotes {group} {said}"


def said_it_not(real: str, asked: str) -> str:
    """"Mark Rutte said it, not Jens Stoltenberg": a wrong attribution corrected, the speaker first."""
    return f"{real}{_SAID_IT_NOT}{asked}"


_SAID_IT_NOT = " said it, not "


def closest_not(real: str, asked: str) -> str:
    """"No quote by Kajsa Ollongren holds those words; the closest are Jens Stoltenberg's": the words asked are not held as
    typed, so nobody is said to have said them (``said_it_not`` is for words held as typed)."""
    return f"No quote by {asked} holds those words; the closest are {real}'s"


def corrects_speaker(title: str) -> bool:
    """Whether a reply's title corrects who said a line (``said_it_not``): the line is where and when it was said."""
    return _SAID_IT_NOT in title


def undated_roles(name: str, titles: list[str]) -> str:
    """"Kajsa Ollongren: Minister of Defence of the Netherlands (the knowledge does not date this role)"."""
    plural = "these roles" if len(titles) > 1 else "this role"
    return f"{name}: {'; '.join(titles)} (the knowledge does not date {plural})"


def unknown_now(name: str, titles: list[str]) -> str:
    """An undated role asked of today: "The knowledge does not say what X holds now; it records only Y, undated"."""
    return f"The knowledge does not say what {name} holds now; it records only {' and '.join(titles)}, undated"


def written_by(author: str, work: str, when: str) -> str:
    """"Jens Stoltenberg wrote these words in <op-ed> (29 July 2016), not in a speech": written words are no quote of a speech."""
    return f"{author} wrote these words in {work} ({when}), not in a speech"


def in_account(entry: str) -> str:
    """Words asked where they come from, found in the knowledge's account of an entry."""
    return f"{entry}: the knowledge's account of it holds these words"


def only_in_account(entry: str) -> str:
    """Words found only in the knowledge's own account of an entry: nobody is recorded saying them."""
    return f"No quote holds these words: they are in the knowledge's account of {entry}, not anyone's recorded words"


def wrote_work(author: str, work: str, when: str, asked: str = "") -> str:
    """"Jens Stoltenberg wrote it: <op-ed> (29 July 2016)": a title asked about as if it were a line; asked of someone
    else, "No: Jens Stoltenberg wrote it, not Mark Rutte: ..."."""
    return f"No: {author} wrote it, not {asked}: {work} ({when})" if asked and asked != author else f"{author} wrote it: {work} ({when})"


def speech_title(name: str, title: str | None) -> str:
    """"Kajsa Ollongren's speech was titled “From Words to Action: ...”", or the miss when the knowledge records no title."""
    if title is None:
        return f"The knowledge records no title for a speech by {name}"
    return f"{name}'s speech was titled “{title}”"


def not_decided(kind: str, person: str, entry: str) -> str:
    """"A call by Jens Stoltenberg, not an Allied decision: Call to recommit to cyber defence" (``kind``: call, statement)."""
    return f"A {kind} by {person}, not an Allied decision: {entry}"


def decided_by(by: str, entry: str) -> str:
    """"Decided by Allied Heads of State and Government: Cyber Defence Pledge"."""
    return f"Decided by {by}: {entry}"


def undated_then(title: str, day: str, name: str, event: str, when: str) -> str:
    """A role the knowledge records without dates, asked of a time it does not place the holder in."""
    return f"The knowledge does not say who was {title} {day}: it records {name} in that role only at {event} ({when})"


def none_from_about(event: str, topic: str) -> str:
    """"No quote from NATO Cyber Defence Pledge Conference 2022 is about “quantum”"."""
    return f"No quote from {event} is about “{topic}”"


def no_quote_from(event: str) -> str:
    """"There is no quote from NATO Cyber Defence Conference 2024 in the knowledge"."""
    return f"There is no quote from {event} in the knowledge"


def no_attribution(incident: str, claim: str) -> str:
    """"The knowledge records no official attribution of <incident>; it says: <who claimed it>"."""
    return f"The knowledge records no official attribution of {incident}" + (f"; it says: {claim}" if claim else "")


def original_of(name: str) -> str:  # "what was his actual english for the kinetic attacks line"
    return f"{name}'s own English, beside the article's re-translation"


def no_original_of(name: str) -> str:  # "immoral line berlin original english": the article's words are all there is
    return f"The knowledge has no original English of {name}'s line, only the article's re-translation"


def none_at_skipped(speaker: str, skipped: str) -> str:
    """"No quote by X; there was no Cyber Defence Pledge Conference in 2020: ... postponed ..."."""
    return f"No quote by {speaker}; {skipped[:1].lower()}{skipped[1:]}"


def nobody_called(name: str) -> str:
    return f"nobody called “{name}” is in the knowledge"
