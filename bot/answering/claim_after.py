"""Someone's claim reported after the question, about what the question asks: the claim is checked, which answers both.

    "nicc - when agreed? boss says it was a vilnius 2023 decision, pls confirm" -> "is it true that nicc was a vilnius 2023 decision"
    "when was the rome pledge conf? my boss insists it was october"            -> "is it true that the rome pledge conf was october"
    "who opened the hague conference? boss thinks it was ollongren"           -> "is it true that ollongren opened the hague conference"

The check's reply gives the right answer whichever way it goes ("No: ... agreed on 10 July 2024 at ... Washington"), and
the asker learns whether the claim holds. Pure: reads normalised clauses (``question_text.question_clause``).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX

#: "boss says it was X", "my prof insists that it is X", "i think it was X": X claimed of what the question asks about.
_CLAIMED = lazy_pattern(
    r"^(?:(?:(?:my|the|our|his|her|a) )?(?:boss|manager|principal|exec|editor|director|supervisor|prof|professor|teacher|colleague|friend|notes|draft|source)"
    r"|someone|somebody|everyone|people|i)(?: \S+){0,2}? (?:says|said|thinks|thought|think|insists|insisted|claims|claimed|reckons|reckon|swears|swore|believes|believe"
    r"|is sure|is convinced|am sure|m sure|is certain|remembers|remember)(?: that)? (?:it|that) (?P<be>was|is) (?!not\b)(?P<rest>\S.*)$")
#: "boss says it was october": the pronoun is the subject of someone's claim, not words said (not "who said it was ...").
_CLAIMED_OF_IT = lazy_pattern(r"^(?!who |what |which |did |does |when |where )(?:\S+ ){1,4}?(?:says|said|thinks|reckons|claims)(?: that)? (?:it|he|she|they) (?:was|is|were|are)\b")
_WH = frozenset("when where what which how".split())
_AUXILIARY = frozenset("was is were are did does do".split())
#: What a question asks of its subject, not the subject: "when was X agreed", "which year was X held".
_ASKED = frozenset("year years date dates day days month city place venue country summit agreed decided adopted held launched founded established created set up "
                   "started begun announced signed issued endorsed approved take took happen happened exactly precisely".split())


def claim_after(question: str, after: list[str]) -> str | None:
    """"is it true that <claim>" when a clause of ``after`` (the clauses after ``question``) reports a claim of "it"."""
    if not after or not any(" it " in f" {clause} " or " that " in f" {clause} " for clause in after):
        return None
    claimed = next((m for clause in after if (m := _CLAIMED.match(clause.strip()))), None)
    if claimed is None:
        return None
    words = question.split()
    if words[:1] == ["who"] and len(words) > 1 and words[1] not in _AUXILIARY and len(claimed["rest"].split()) <= 3:
        return f"{CLAIM_PREFIX}{claimed['rest']} {' '.join(words[1:])}"  # "who opened X? boss thinks it was Y": Y opened X
    if words[:1] == ["who"] or not _WH & set(words[:1]) or "did" in words[:3] or "does" in words[:3]:
        return None  # "when did rutte take over? i believe it was in autumn 2024": an action, no subject to put "it" for
    subject, rest = _subject(words[1:]), claimed["rest"]
    if not subject:
        return None
    verb = next((w for w in reversed(words) if w in _VERBS), None) if rest.split()[0] not in ("a", "an", "the") else None  # "where was X agreed? ... it was wales": agreed in wales
    if rest.split()[0] not in _PREPOSITIONS and (words[0] == "where" or verb or rest.split()[0].isdigit() or rest.split()[0] in _MONTHS):
        rest = f"in {rest}"
    return f"{CLAIM_PREFIX}{subject} {claimed['be']} {verb + ' ' if verb else ''}{rest}"


_VERBS = frozenset("agreed decided adopted held launched founded established created signed issued endorsed approved".split())
_PREPOSITIONS = frozenset("in at on by from during a an the".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def claims_of_it(question: str) -> bool:
    """Whether normalised ``question`` reports someone's claim of "it" ("boss says it was october"): a follow-up's "it"
    is then what the last answer was about, though a saying verb comes before it."""
    return bool(_CLAIMED_OF_IT.match(question))


def _subject(words: list[str]) -> str:
    """What a question asks about: its words without the auxiliary and what is asked of it ("agreed", "year")."""
    start = next((n for n, w in enumerate(words) if w not in _AUXILIARY and w not in _ASKED), len(words))
    end = next((n + 1 for n in range(len(words) - 1, start - 1, -1) if words[n] not in _AUXILIARY and words[n] not in _ASKED), start)
    return " ".join(w for w in words[start:end] if w not in _AUXILIARY)
