"""Turkish word order put into English order, clause by clause, for ``turkish_reading``.

Read word by word, a Turkish question keeps the asking word and the verb at its end ("Stoltenberg in·berlin
about·china what said"). Each clause gets them back at its start, the subject after them and the where/when/
about phrases (bound into one word by ``BOUND``, shown "·" here) after the verb:

    "in·rome pledge conference when was held exactly" -> "when was pledge conference held in·rome exactly"
    "Stoltenberg in·berlin about·china what said"      -> "what did Stoltenberg say in·berlin about·china"
    "Yaşar Güler at·the·tirana·conference spoke \x01"   -> "did Yaşar Güler speak at·the·tirana·conference"
    "rome conference in·2021 was held"                  -> "rome conference was held in·2021"
    "Kajsa Ollongren who"                               -> "who is Kajsa Ollongren"

Pure; table-tested in tests/test_turkish.py.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .turkish import AND, BASE_FORMS, BOUND, WAS_IT, WORDS, YES_NO

_PASSIVE = "|".join(sorted({english for english in WORDS.values() if english.startswith("was ")} | {"was", "is based"}, key=len, reverse=True))
_VERB = "|".join((_PASSIVE, *sorted(BASE_FORMS, key=len, reverse=True)))
_ASKING = rf"(?:when|where){AND}(?:when|where)|what|when|where|who|why|how|how many \w+|(?:on |in |at )?which \w+"
#: A clause (a run of text up to a mark, or to "and" between two clauses).
CLAUSE = lazy_pattern(r"\band\b|(?:(?!\band\b)[^,?!.;])+")
#: A clause asked with an asking word and a verb after what it asks of: "conference when was held exactly".
_ASKED = lazy_pattern(rf"^(?P<before>\s*)(?P<of>.*?)\s*\b(?P<asking>{_ASKING})\s+(?P<verb>{_VERB})\b(?P<tail>.*)$")
#: What follows an asked clause asked again of the same thing: "... when began| when ended".
_ASKED_AGAIN = lazy_pattern(rf"^\s+(?P<asking>{_ASKING})\s+(?P<verb>{_VERB})\b(?P<tail>.*)$")
#: A clause asked yes or no: "yaşar güler at·the·tirana·conference spoke \x01".
_YES_NO_ASKED = lazy_pattern(rf"^(?P<before>\s*)(?P<of>.*?)\s*\b(?P<verb>{_VERB}|was there|is there)\s*{YES_NO}(?P<tail>.*)$")
#: A statement with its verb last: "rome conference in·2021 was held".
_STATED = lazy_pattern(rf"^(?P<before>\s*)(?P<of>\S.*?)\s+(?P<verb>{_VERB})(?P<tail>\s*)$")
#: A clause that names what it asks of first: "ernest noorman who", "cyber coalition what is".
_NAMED_FIRST = lazy_pattern(r"^(?P<before>\s*)(?P<of>\S.*?)\s+(?P<asking>who|what is|what was|who was|what)(?P<tail>(?:\s+(?:now|exactly|then))?)\s*$")
#: "mark rutte since when nato secretary general": asked since when.
_SINCE_WHEN = lazy_pattern(r"^(?P<before>\s*)(?P<of>\S.*?)\s+since when\s+(?P<rest>.+?)\s*$")
#: What a yes/no "said" asks of: who (a name, capitalised as typed) and what: "Stoltenberg| 'cyber is ...'".
_SAID = lazy_pattern(r"(?P<who>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*)*) (?P<what>\S.*)$")
#: A where/when/about phrase, bound into one word: "in·the·hague", "about·china".
_PHRASE_WORD = lazy_pattern(rf"^(?:(?:in|at|to|from|about|for|according|by){BOUND}|there$|ever$)")
#: "who is Ernest Noorman, what did they do ...": the person just asked about is the one the next clause asks of.
_CARRIED = lazy_pattern(r"^(?P<asked>\s*who is (?P<name>[^,?!.;]+?)\s*[,?!.;]\s*(?:and )?\w+ did )they\b")
#: "2020 why is there none": why there is none of something.
_WHY_NONE = lazy_pattern(r"^(?P<before>\s*)(?P<of>\S.*?)\s+why is there none\s*$")


def clause_ordered(match) -> str:
    """A clause (a match of ``CLAUSE``) with its asking word and verb put first, as English asks."""
    clause = match[0]
    if clause == "and":
        return clause
    if (none := _WHY_NONE.match(clause)) is not None:
        return f"{none['before']}why is there no {none['of']}"
    if (asked := _ASKED.match(clause)) is not None:
        return _asked(asked)
    if (yes_no := _YES_NO_ASKED.match(clause)) is not None:
        return _yes_no(yes_no)
    if WAS_IT in clause:
        stripped = clause.lstrip()
        return f"{clause[: len(clause) - len(stripped)]}was {stripped}"  # "warsaw summit in·2015 \x02": was it
    if (stated := _STATED.match(clause)) is not None and stated["verb"] == "said" and (said := _SAID.match(stated["of"])) is not None:
        return f"{stated['before']}{said['who']} said {said['what']}{stated['tail']}"  # "Stoltenberg allies recommit said"
    if (stated := _STATED.match(clause)) is not None and (parts := _split(stated["of"]))[1]:
        return f"{stated['before']}{parts[0]} {stated['verb']}{parts[1]}{stated['tail']}"
    if YES_NO not in clause and (named := _NAMED_FIRST.match(clause)) is not None:
        asking = named["asking"]
        return f"{named['before']}{asking if ' ' in asking else asking + ' is'} {named['of']}{named['tail']}"
    if (since := _SINCE_WHEN.match(clause)) is not None:
        return f"{since['before']}since when is {since['of']} {since['rest']}"
    return clause


def _split(of: str) -> tuple[str, str]:
    """(the subject, " " and the where/when/about phrases) of what a clause asks of."""
    words = of.split(" ")
    phrases = [word for word in words if _PHRASE_WORD.match(word)]
    return " ".join(word for word in words if not _PHRASE_WORD.match(word)), "".join(f" {phrase}" for phrase in phrases)


def _asked(match) -> str:
    before, asking, verb, tail = match["before"], match["asking"], match["verb"], match["tail"]
    subject, phrases = _split(match["of"])
    if (again := _ASKED_AGAIN.match(tail)) is not None:
        tail = f" and {_asked_of(again['asking'], ' it', again['verb'], '')}{again['tail']}"
    return before + _asked_of(asking, f" {subject}" if subject else "", verb, phrases) + tail


def _asked_of(asking: str, subject: str, verb: str, phrases: str) -> str:
    if not subject and asking != "who" and (asking != "what" or verb in BASE_FORMS):
        subject = " they" if verb in BASE_FORMS else " it"  # "when was it held", "what did they say"
    if asking == "who" or not subject:
        return f"{asking} {verb}{subject}{phrases}"
    if verb in BASE_FORMS:
        return f"{asking} did{subject} {BASE_FORMS[verb]}{phrases}"
    first, _, rest = verb.partition(" ")
    return f"{asking} {first}{subject}{' ' + rest if rest else ''}{phrases}"


def _yes_no(match) -> str:
    before, verb, tail = match["before"], match["verb"], match["tail"]
    of, phrases = _split(match["of"])
    if verb == "said" and (said := _SAID.match(of)) is not None:
        return f"{before}did {said['who']} say {said['what']}{phrases}{tail}"
    if verb in BASE_FORMS:
        return f"{before}did {of} {BASE_FORMS[verb]}{phrases}{tail}"
    first, _, rest = verb.partition(" ")
    return f"{before}{first} {of}{' ' + rest if rest else ''}{phrases}{tail}"


def subject_carried(english: str) -> str:
    """"who is X, what did they do" -> "who is X, what did X do": Turkish leaves out a subject asked of just before."""
    return _CARRIED.sub(lambda m: f"{m['asked']}{m['name']}", english)
