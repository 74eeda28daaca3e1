"""The asker's own stories around a question: sentences and clauses that tell of their past, dropped before anything reads the question.

    "I was in Berlin in November '89 when the Wall came down. When was the NATO conference there?"
                                                     -> "When was the NATO conference there?" (the asker's past, dated before 2000)
    "In my day one knew one's ministers by name. What was her first name?"   -> "What was her first name?"
    "Splendid. And what did she say?"                                        -> "And what did she say?" (an exclamation alone)
    "Two quick ones, if I may. Who hosted Rome, and who spoke there?"        -> "Who hosted Rome, and who spoke there?"
    "the Wales summit, at Newport if memory serves, not far from where I did basic training at Brecon."
                                                     -> "the Wales summit at Newport." (a hedge; where the asker was)
    "I've been drawing up a table of the Pledge conferences, like a deployment roster." -> "... of the Pledge conferences."
    "How long was Stoltenberg Secretary General all told?"                   -> "How long was Stoltenberg Secretary General?"
    "I read somewhere it was set up at Vilnius, is that right?"             -> "I read it was set up at Vilnius, is that right?"

A sentence is the asker's story when it dates itself before the knowledge begins ('89, 1995, the seventies) or speaks of
the asker's service ("in my day", "in the army", "I served"), and reports nobody's claim ("I'm told", "my son says": those
are checked). A message with no question mark, or whose every sentence is a story, is left as typed. Pure, no knowledge
read; cheap gate: a message with neither a sentence break nor a cue word runs one search.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .quoted import quoted_spans

_SENTENCES = lazy_pattern(r"(?<=[.!?])\s+(?=\S)")
#: Words that show a message may hold a story, a hedge or a simile: only then are its sentences read.
_CUE = lazy_pattern(r"[.!?]\s+\S|\b(?:read|heard|saw|seen) (?:somewhere|once|recently|online|in the )|\b(?:memory serves|so to speak|as it were|all told|some such|thereabouts|that sort|like that|to that effect|warrant|daresay|mind you|where I|when I|where we|when we|like (?:a|an|the|our|my|some) )", flags=2)
#: What every match of ``_CUE`` holds, in a message of ASCII letters lowercased: a sentence break, or one of these pieces.
_CUE_BREAK = lazy_pattern(r"[.!?]\s+\S")
_CUE_PIECES = ("read ", "heard ", "saw ", "seen ", "memory serves", "so to speak", "as it were", "all told", "some such", "thereabouts", "that sort",
               "to that effect", "warrant", "daresay", "mind you", "where i", "when i", "where we", "when we", "like ")
#: Before the knowledge begins: '89, 1995, the seventies; the asker's service.
_ASKERS_PAST = lazy_pattern(
    r"(?:^|\s)['‘’](?:[3-9]\d)\b|\b19\d\d\b|\b(?:the )?(?:fifties|sixties|seventies|eighties|nineties)\b"
    r"|\b(?:in|back in) my (?:day|time|youth|service|service days|army days)\b|\bin the (?:army|forces|regiment|mess|services)\b"
    r"|\bforgive an old\b|\bwhen i was (?:a|an|in|at|still|stationed|serving|posted)\b|\b(?:i|we) (?:\w+ )?(?:served|trained|was stationed|were stationed|was posted)\b"
    r"|^(?:did|spent|served|toured|trained|drank) (?:a|an|some|my|two|three|four|five|six|several|many) ", flags=2)
#: A sentence announcing the questions to come: "Two quick ones, if I may.", "A couple of questions before the cricket starts."
_ANNOUNCES = lazy_pattern(r"^(?:(?:just|only|now|right|ok|okay|so)\W+)*(?:a|one|two|three|four|a couple of|a few|some|several|one or two|a quick|a small|a little) "
                          r"(?:(?:more|quick|small|little|short|brief|simple|further|last) ){0,2}(?:ones?|questions?|quer(?:y|ies)|points?|things?|matters?)\b", flags=2)
#: Someone's claim the answer should settle: such a sentence is kept, whatever else it tells.
_REPORTS = lazy_pattern(r"\b(?:told|tells|tell me|says|said|say|think|thinks|believe|gather|read|heard|hear|insists?|reckons?|claims?|according|remember that|recall that)\b", flags=2)
#: A sentence that only exclaims or acknowledges: "Splendid.", "Now here's a thing.", "I see."
_EXCLAIMS = frozenset((
    "splendid", "marvellous", "marvelous", "excellent", "capital", "jolly good", "very good", "good", "right", "right then",
    "righto", "well", "well well", "indeed", "quite", "quite so", "hmm", "fair enough", "i see", "now then", "now here s a thing",
    "here s a thing", "how times change", "dear me", "good heavens", "goodness me", "bless me", "how interesting", "fascinating",
))
#: Hedges and fillers anywhere: "at Newport if memory serves", "phone it in, so to speak", "all told", "I'll warrant".
_FILLER = lazy_pattern(r",?\s*\b(?:if (?:my )?memory serves(?: me)?(?: right| rightly| correctly| well)?|so to speak|as it were|all told|(?:or )?something (?:of that sort|of the sort|like that)|or some such|or thereabouts|or words to that effect|i(?:'|’| wi)ll warrant|i daresay|mind you)\b(?=\s*[,.!?;]|\s*$)"
, flags=2)
#: Where the asker came across a claim: "I read somewhere it was set up at Vilnius": I read it was.
_CAME_ACROSS = lazy_pattern(r"\b(read|heard|saw|seen) (?:somewhere|once|recently|online|in the (?:papers?|news|paper)|on the (?:wireless|radio|news|telly|television))\b", flags=2)
#: A place hedged before a comma: "at Vilnius I think, ...": the place.
_PLACE_HEDGE = lazy_pattern(r"\b((?:at|in) [A-Z][a-z]{2,}) (?:I think|I believe|I gather|I fancy)(?=\s*,)")
#: Where or when the asker was, after a comma: ", not far from where I did basic training at Brecon".
_ASKERS_PLACE = lazy_pattern(r",\s*(?:not far from |near |close to |just |only )?(?:where|when) (?:i|we) [^,.!?;\"“”]*(?=[,.!?;]|$)", flags=2)
#: A place put after a gathering between commas, as a hedge leaves it: "the Wales summit, at Newport": the summit at Newport.
_PLACE_AFTER = lazy_pattern(r"\b(summit|conference|meeting|exercise)s?,\s+(?=(?:at|in) [A-Z][a-z]+\s*[,.!?;]|(?:at|in) [A-Z][a-z]+$)")
#: A simile closing a sentence that asks nothing: ", like a deployment roster.", ", like the Three Musketeers."
_SIMILE = lazy_pattern(r",\s*like (?:a|an|the|our|my|some) [^,.!?;\"“”]*(?=[.!]\s*$)", flags=2)


def without_anecdotes(text: str) -> str:
    """``text`` without the asker's stories, exclamations, hedges and similes; as typed when nothing else would be left."""
    if "?" not in text or not _may_tell(text) or not _CUE.search(text):
        return text
    sentences = _SENTENCES.split(text)
    kept = [plain for s in sentences if (plain := _plain(s)).rstrip().endswith("?") or not _is_story(plain)]
    if len(kept) == len(sentences) and kept == sentences or not any("?" in s for s in kept):
        return text
    return " ".join(s for s in kept if s.strip())


def _may_tell(text: str) -> bool:
    """Whether ``_CUE`` may match ``text``: false only of an ASCII text with no sentence break and none of ``_CUE_PIECES``
    (the pattern ignores case, and outside ASCII more letters than ``lower`` knows match its own)."""
    return not text.isascii() or _CUE_BREAK.search(text) is not None or any(piece in low for low in (text.lower(),) for piece in _CUE_PIECES)


def _is_story(sentence: str) -> bool:
    """The asker telling of themselves, or exclaiming; never a sentence with words in quotation marks unless it is their service."""
    bare = " ".join("".join(c if c.isalnum() else " " for c in sentence.lower()).split())
    if bare in _EXCLAIMS or _ANNOUNCES.match(sentence.strip()) and not sentence.rstrip().endswith("?"):
        return True
    return bool(_ASKERS_PAST.search(sentence.strip())) and not _REPORTS.search(sentence) and (not quoted_spans(sentence) or "my" in bare.split() or " army " in f" {bare} ")


def _plain(sentence: str) -> str:
    """A sentence without fillers and where the asker was (a place after a gathering joined to it), and, when it asks
    nothing, the simile it closes on."""
    sentence = _PLACE_AFTER.sub(r"\1 ", _ASKERS_PLACE.sub("", _FILLER.sub("", _PLACE_HEDGE.sub(r"\1", _CAME_ACROSS.sub(r"\1", sentence)))))
    return sentence if sentence.rstrip().endswith("?") else _SIMILE.sub("", sentence)
