"""Who said each quotation, from the words around it.

In order of trust:

1. after the quotation, in its sentence, with a speech verb: ``”, the Secretary General said``;
2. before it, in its sentence, with a speech verb or a colon: ``Stoltenberg said: “``;
3. named before it in its sentence without a verb, or in the sentence before:
   ``Ms. Odobescu echoed these sentiments. “`` (the curator is asked to check);
4. the speaker of the quotation just before it in the same paragraph.

"He" and "she" stand for the person named or quoted last. A name the knowledge
does not hold becomes a new person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .people import Mention, PeopleIndex, article_people, new_names
from .quotations import Quotation
from .text import is_abbreviation, one_line

Evidence = Literal["verb", "nearby", "continues", "none"]

SPEECH_VERBS = re.compile(
    r"(?<!\w)(?:said|says|say|added|adds|told|tells|stated|states|noted|notes|explained|explains|stressed|"
    r"stresses|warned|warns|emphasi[sz]ed|emphasi[sz]es|declared|insisted|wrote|writes|asked|asks|replied|"
    r"continued|concluded|argued|argues|remarked|announced|commented|underlined|acknowledged|recalled|urged|"
    r"saying|according to|told reporters)(?!\w)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CONTEXT = 90  # characters of evidence shown to the curator


@dataclass(frozen=True)
class Speaker:
    """A known ``person_id`` or a ``new_name``; ``phrase`` is the article's words that say so."""

    person_id: str | None
    new_name: str | None
    evidence: Evidence
    phrase: str

    @property
    def found(self) -> bool:
        return self.person_id is not None or self.new_name is not None


NOBODY = Speaker(None, None, "none", "")


def attribute(text: str, quotations: list[Quotation], people: PeopleIndex) -> list[Speaker]:
    """One Speaker per quotation, in order."""
    inside = [(q.open, q.close) for q in quotations]
    known = [m for m in people.mentions(text) if not _inside(m, inside)]
    known = sorted(known + article_people(text, [m for m in known if m.kind != "pronoun"], inside), key=lambda m: m.start)
    speakers: list[Speaker] = []
    history: list[tuple[int, Speaker]] = []  # (offset, speaker) of each quotation so far, for pronouns
    for number, quotation in enumerate(quotations):
        frames = _Frames(text, quotations, number)
        speaker = _attribute_one(text, frames, known, history)
        continues = not speaker.found and not speaker.phrase  # an unnamed speaker ("an official said") is not the last one
        if continues and number and _same_paragraph(text, quotations[number - 1].close, quotation.open):
            previous = speakers[-1]
            speaker = Speaker(previous.person_id, previous.new_name, "continues", previous.phrase) if previous.found else NOBODY
        speakers.append(speaker)
        if speaker.found:
            history.append((quotation.open, speaker))
    return speakers


class _Frames:
    """The text around one quotation, up to its neighbours and sentence ends."""

    def __init__(self, text: str, quotations: list[Quotation], number: int):
        quotation = quotations[number]
        previous_close = quotations[number - 1].close if number else 0
        next_open = quotations[number + 1].open if number + 1 < len(quotations) else len(text)
        self.after = (quotation.close, _sentence_end(text, quotation.close, next_open))
        self.before = (_sentence_start(text, previous_close, quotation.open), quotation.open)
        self.sentence_before = _sentence_before(text, previous_close, self.before[0])


def _attribute_one(text: str, frames: _Frames, known: list[Mention], history: list) -> Speaker:
    after_start, after_end = frames.after
    after_verb = SPEECH_VERBS.search(text, after_start, after_end)
    if after_verb:
        found = _first(_candidates(text, frames.after, known), known, history)
        if found:
            return _speaker(found, "verb", text, after_start, found[0].end)
    before_start, before_end = frames.before
    verb = SPEECH_VERBS.search(text, before_start, before_end) or text[before_start:before_end].rstrip().endswith(":")
    found = _last(_candidates(text, frames.before, known, strong_only=not verb), known, history)
    if found:
        return _speaker(found, "verb" if verb else "nearby", text, found[0].start, before_end)
    if verb or after_verb:  # "according to a senior official": someone the article does not name
        start, end = (before_start, before_end) if verb else (after_start, after_end)
        return Speaker(None, None, "none", one_line(text[start:end])[:_CONTEXT])
    found = _last(_candidates(text, frames.sentence_before, known, strong_only=True), known, history)
    if found:
        return _speaker(found, "nearby", text, found[0].start, frames.sentence_before[1])
    return NOBODY


def _candidates(text: str, frame: tuple[int, int], known: list[Mention], strong_only: bool = False) -> list[Mention]:
    """Known people and new names in a frame; with ``strong_only``, only new names that are
    clearly names (two words or a title: "Kajsa Ollongren", "Ms. Ollongren")."""
    start, end = frame
    here = [m for m in known if m.start < end and start < m.end]
    new = [m for m in new_names(text, start, end, here) if m.strong or (not strong_only and _next_to_verb(text, m))]
    new = [m for m in new if not any(k.start < m.end and m.start < k.end for k in here)]
    here = [m for m in here if not any(n.start < m.end and m.start < n.end for n in new)]  # "Deputy Secretary General Ann Lee"
    return sorted(here + new, key=lambda m: m.start)


Who = tuple[Mention, str | None, str | None]  # the mention, and the person id or new name it stands for


def _first(mentions: list[Mention], known: list[Mention], history: list) -> Who | None:
    return next((who for m in mentions if (who := _who(m, known, history))), None)


def _last(mentions: list[Mention], known: list[Mention], history: list) -> Who | None:
    return next((who for m in reversed(mentions) if (who := _who(m, known, history))), None)


def _who(mention: Mention, known: list[Mention], history: list) -> Who | None:
    """The person a mention stands for: itself, or for "he"/"she" whoever was named or quoted last."""
    if mention.kind != "pronoun":
        return mention, mention.person_id, mention.name
    named = [(m.end, m.person_id, m.name) for m in known if m.kind != "pronoun" and m.end <= mention.start]
    quoted = [(offset, s.person_id, s.new_name) for offset, s in history if offset < mention.start]
    latest = max(named + quoted, default=None, key=lambda entry: entry[0])
    return (mention, latest[1], latest[2]) if latest else None


def _speaker(who: Who, evidence: Evidence, text: str, start: int, end: int) -> Speaker:
    end = min(end, start + _CONTEXT)
    return Speaker(who[1], who[2], evidence, one_line(text[start:end]))


def _next_to_verb(text: str, mention: Mention) -> bool:
    """A lone capitalised word is a name only right next to a speech verb: "Smith said", "said Smith"."""
    after = SPEECH_VERBS.match(text, mention.end + 1) if text[mention.end : mention.end + 1] == " " else None
    before = re.search(r"(?:said|says|added|told|according to)\s+$", text[max(0, mention.start - 16) : mention.start], re.I)
    return bool(after or before)


def _sentence_ends(text: str, start: int, end: int):
    return (m.end() for m in _SENTENCE_END.finditer(text, start, end) if not is_abbreviation(text, m.start()))


def _sentence_end(text: str, start: int, limit: int) -> int:
    end = next(_sentence_ends(text, start, limit), limit)
    blank = _BLANK_LINE.search(text, start, end)  # a paragraph ends a sentence; a line break alone may be wrapping
    return blank.start() if blank else end


def _sentence_start(text: str, floor: int, end: int) -> int:
    start = max(_sentence_ends(text, floor, max(floor, end)), default=floor)
    blanks = [m.end() for m in _BLANK_LINE.finditer(text, floor, max(floor, end))]
    return max([start, *blanks])


def _sentence_before(text: str, floor: int, start: int) -> tuple[int, int]:
    end = start
    while end > floor and text[end - 1].isspace():
        end -= 1
    return (_sentence_start(text, floor, end - 1), end) if end > floor else (floor, floor)


def _same_paragraph(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start < end for start, end in spans)
