"""Someone's claim reported after the question, about what the question asks: the claim is checked, which answers both.

    "nicc - when agreed? boss says it was a vilnius 2023 decision, pls confirm" -> "is it true that nicc was a vilnius 2023 decision"
    "when was the rome pledge conf? my boss insists it was october"            -> "is it true that the rome pledge conf was october"
    "who opened the hague conference? boss thinks it was ollongren"           -> "is it true that ollongren opened the hague conference"

The check's reply gives the right answer whichever way it goes ("No: ... agreed on 10 July 2024 at ... Washington"), and
the asker learns whether the claim holds. Pure: reads normalised clauses (``question_text.question_clause``).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX, CLAIM_VERB

#: "boss says it was X", "my prof insists that it is X", "i think it was X": X claimed of what the question asks about.
_CLAIMED = lazy_pattern(
    r"^(?:(?:(?:my|the|our|his|her|a) )?(?:boss|manager|principal|exec|editor|director|supervisor|prof|professor|teacher|colleague|friend|notes|draft|source)"
    r"|someone|somebody|everyone|people|i)(?: \S+){0,2}? (?:says|said|thinks|thought|think|insists|insisted|claims|claimed|reckons|reckon|swears|swore|believes|believe"
    r"|is sure|is convinced|am sure|m sure|is certain|remembers|remember)(?: that)? (?:(?:it|that) (?P<be>was|is) |it s |its )?(?!not\b|no\b|so\b|yes\b)(?P<rest>\S.*)$")
#: "boss says it was october": the pronoun is the subject of someone's claim, not words said (not "who said it was ...").
_CLAIMED_OF_IT = lazy_pattern(r"^(?!who |what |which |did |does |when |where )(?:\S+ ){1,4}?(?:says|said|thinks|reckons|claims)(?: that)? (?:it|he|she|they) (?:was|is|were|are)\b")
_WH = frozenset("when where what which how".split())
_AUXILIARY = frozenset("was is were are did does do".split())
#: What a question asks of its subject, not the subject: "when was X agreed", "which year was X held" (nouns only before it).
_ASKED_NOUNS = frozenset("year years date dates day days month city place venue country summit".split())
_ASKED = frozenset("agreed decided adopted held launched founded established created set up started begun announced signed issued endorsed approved "
                   "take took happen happened exactly precisely".split())


def claim_after(question: str, after: list[str]) -> str | None:
    """"is it true that <claim>" when a clause of ``after`` (the clauses after ``question``) reports a claim of "it", or
    a bare one ("boss says june")."""
    if not after or all(_REPORTING.isdisjoint(clause.split()) for clause in after):
        return None  # most questions: nobody's claim after them
    claimed = next((m for clause in after if (m := _CLAIMED.match(clause.strip())) and (m["be"] or _bare(m["rest"]))), None)
    if claimed is None:
        return None
    words = question.split()
    if words and words[0] not in _WH and words[0] != "who" and words[-1] in _ASK_LAST:  # "hague conf dates? boss says june"
        words = [*_ASK_LAST[words[-1]].split(), *words[:-1]]
    if words[:1] == ["who"] and len(words) > 1 and words[1] not in _AUXILIARY and len(claimed["rest"].split()) <= 3:
        return f"{CLAIM_PREFIX}{claimed['rest']} {' '.join(words[1:])}"  # "who opened X? boss thinks it was Y": Y opened X
    if words[:1] == ["who"] or not _WH & set(words[:1]) or "did" in words[:3] or "does" in words[:3]:
        return None  # "when did rutte take over? i believe it was in autumn 2024": an action, no subject to put "it" for
    subject, rest = _subject(words[1:]), claimed["rest"]
    if not subject or subject in _POINTERS:
        return None  # "where was it? ...": asked again once "it" is put for what it stands for
    verb = next((w for w in reversed(words) if w in _VERBS), None) if rest.split()[0] not in ("a", "an", "the") else None  # "where was X agreed? ... it was wales": agreed in wales
    if rest.split()[0] not in _PREPOSITIONS and (words[0] == "where" or verb or rest.split()[0].isdigit() or rest.split()[0] in _MONTHS):
        rest = f"in {rest}"
    return f"{CLAIM_PREFIX}{subject} {claimed['be'] or 'was'} {verb + ' ' if verb else ''}{rest}"


_POINTERS = frozenset("it that this there he she they".split())
_REPORTING = frozenset("says said thinks thought think insists insisted claims claimed reckons reckon swears swore believes believe sure convinced "
                       "certain remembers remember".split())
#: A question put as its subject and what is asked of it: "hague conf dates", "nato cyber conf 2024 where", "tirana hosts".
_ASK_LAST = {"dates": "when", "date": "when", "when": "when", "year": "when", "month": "when", "where": "where", "venue": "where", "city": "where",
             "location": "where", "place": "where", "hosts": "who hosted", "host": "who hosted", "hosted": "who hosted"}


def _bare(rest: str) -> bool:
    """A claim with no "it was": a few words naming no deed of their own ("june", "paris", "2015", "baerbock")."""
    return len(rest.split()) <= 3 and not CLAIM_VERB.search(rest)


_VERBS = frozenset("agreed decided adopted held launched founded established created signed issued endorsed approved".split())
_PREPOSITIONS = frozenset("in at on by from during a an the".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def claim_before_check(asked: list[str]) -> str | None:
    """The claim of the clause before a check ("hague conf dates? boss says june. pls confirm"), put of the clause before it."""
    reported = next((n for n in range(len(asked) - 1, 0, -1) if not _REPORTING.isdisjoint(asked[n].split())), None)
    return claim_after(asked[reported - 1], [asked[reported]]) if reported else None


def claims_of_it(question: str) -> bool:
    """Whether normalised ``question`` reports someone's claim of "it" ("boss says it was october"): a follow-up's "it"
    is then what the last answer was about, though a saying verb comes before it."""
    return bool(_CLAIMED_OF_IT.match(question))


def _subject(words: list[str]) -> str:
    """What a question asks about: its words without the auxiliary and what is asked of it ("agreed", "year")."""
    start = next((n for n, w in enumerate(words) if w not in _AUXILIARY and w not in _ASKED and w not in _ASKED_NOUNS), len(words))
    end = next((n + 1 for n in range(len(words) - 1, start - 1, -1) if words[n] not in _AUXILIARY and words[n] not in _ASKED), start)
    return " ".join(w for w in words[start:end] if w not in _AUXILIARY)
