"""German clause order in English words (German machine-translated word by word): the auxiliary early, the
participle last. "Was hat Stoltenberg in Berlin gesagt?" comes out "what has stoltenberg in berlin said"; the
routes read English order, so the participle is put back after its subject:

    "what has stoltenberg in berlin about russia said"        -> "what did stoltenberg say in berlin about russia"
    "with which words has stoltenberg the guests greeted"     -> "with which words did stoltenberg greet the guests"
    "who has the article about the hague conference written"  -> "who wrote the article about the hague conference"
    "which person has in the hague as deputy sg spoken"        -> "which person spoke in the hague as deputy sg"
    "has stoltenberg at the munich conference over cyber spoken" -> "did stoltenberg speak at the munich conference over cyber"
    "when became the pledge conference in the hague held"     -> "when was the pledge conference in the hague held"
    "what became there decided"                                -> "what was decided there"
    "the pledge conference 2021 became in tallinn held"        -> "the pledge conference 2021 was held in tallinn"
    "the summit in vilnius is taken place when"                -> "the summit in vilnius took place when"
    "in 2025 gave it a pledge conference"                      -> "in 2025 was there a pledge conference"
    "what did the summit decide for the cyber defence"        -> "what did the summit decide for cyber defence"

German's article before an abstract noun ("für die Cyberverteidigung") goes too. Only a clause whose last word is one of the participles below, with "has", "have", "had" or "became" before it, is
read; any other text costs a set look-up. Pure; called on normalised text by ``question_text``; table-tested in
tests/test_verb_last.py.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: Participle -> (the form after "did", the past tense).
_VERBS: dict[str, tuple[str, str]] = {
    "said": ("say", "said"), "spoken": ("speak", "spoke"), "held": ("hold", "held"), "written": ("write", "wrote"),
    "given": ("give", "gave"), "made": ("make", "made"), "meant": ("mean", "meant"), "begun": ("begin", "began"),
    "chosen": ("choose", "chose"), "led": ("lead", "led"), "called up": ("call on", "called on"),
    "taken place": ("take place", "took place"), "taken part": ("take part", "took part"),
    **{past: (base, past) for base, past in (
        ("name", "named"), ("mention", "mentioned"), ("greet", "greeted"), ("decide", "decided"), ("agree", "agreed"),
        ("announce", "announced"), ("publish", "published"), ("open", "opened"), ("organise", "organised"),
        ("organize", "organized"), ("host", "hosted"), ("sign", "signed"), ("found", "founded"), ("establish", "established"),
        ("create", "created"), ("launch", "launched"), ("adopt", "adopted"), ("attack", "attacked"), ("pledge", "pledged"),
        ("warn", "warned"), ("demand", "demanded"), ("describe", "described"), ("recognise", "recognised"),
        ("endorse", "endorsed"), ("approve", "approved"), ("discuss", "discussed"), ("criticise", "criticised"),
        ("compare", "compared"), ("visit", "visited"), ("attend", "attended"), ("explain", "explained"),
        ("stress", "stressed"), ("emphasise", "emphasised"), ("promise", "promised"), ("call", "called"),
        ("declare", "declared"), ("state", "stated"), ("introduce", "introduced"), ("present", "presented"),
        ("welcome", "welcomed"), ("thank", "thanked"), ("quote", "quoted"), ("cite", "cited"), ("claim", "claimed"))},
}
#: "a speech held" is one given: "hold" a speech is German's verb ("eine Rede halten"), not English's.
_GIVEN = ("give", "gave")
_SPEECHES = frozenset("speech speeches keynote address talk presentation lecture remarks".split())
_DETERMINERS = frozenset("the a an his her their its this that".split())
_LAST_WORDS = frozenset(verb.split()[-1] for verb in _VERBS)
_AUXILIARIES = frozenset("has have had became is".split())
_PARTICIPLE = "|".join(sorted(_VERBS, key=len, reverse=True))
#: Words that end a subject ("stoltenberg | in berlin ..."): prepositions, articles, adverbs of place and time.
_ENDS_SUBJECT = frozenset("in at on about for from to with by over during of under into after before as there here then also really "
                          "already exactly actually ever once again the a an this that these those its his her their our your "
                          "which what personally himself herself first still yet not".split())
#: Words that open an adverbial, not a subject: "which person has | in the hague spoken" (the asking phrase is the subject).
_OPENS_ADVERBIAL = _ENDS_SUBJECT - frozenset("the a an this that these those its his her their our your which what".split())
#: Nouns of those who act: "which countries", "which minister" asked before "the conference" are its subject.
_AGENTS = frozenset("country countries nation nations ally allies minister ministers person people speaker speakers politician "
                    "politicians official officials leader leaders state states member members government governments woman man".split())
_PRONOUNS = frozenset("he she it they we you nato".split())
_WH_WORDS = frozenset("what which who whom when where why how".split())
#: An asking phrase: "what", "when", "with which words", "to what", "which private companies".
_WH = r"(?:(?:with|to|at|in|on|about|from|for|by|of) )?(?:what|which|whom|when|where|why|how(?: much| many| long)?)(?: (?!has |have |had |became )\S+){0,4}?"
_TAIL = r"(?: (?:exactly|precisely|please|complete|completely|actually))*"
#: "what has stoltenberg in berlin said", "who has the article written", "has stoltenberg over cyber spoken".
_PERFECT = lazy_pattern(rf"^(?P<wh>{_WH}|who) (?:has|have|had) (?P<body>(?!.* been )(?:\S+ )*?)(?P<part>{_PARTICIPLE})(?P<tail>{_TAIL})$|"
                        rf"^(?:has|have|had) (?P<yes_no>(?!you |i )(?!.* been )(?:\S+ )+?)(?P<yes_no_part>{_PARTICIPLE})(?P<yes_no_tail>{_TAIL})$|"
                        rf"^(?P<x>(?!(?:who|what|which|when|where|why|how|whom|has|have|had|and|but|so|if|did|does|do|is|was)\b)(?:\S+ ){{1,3}}?)(?:has|have|had) "
                        rf"(?P<said>(?!.* been )(?:\S+ )+?)(?P<said_part>{_PARTICIPLE})$")
#: "at which date exactly he has this said": the asking phrase, then a pronoun, the auxiliary, the object, the participle.
_WH_PRONOUN_HAS = lazy_pattern(rf"^(?P<wh>{_WH}) (?P<who>he|she|they|we|you) (?:has|have|had) (?P<what>(?:\S+ )*?)(?P<part>{_PARTICIPLE})$")
#: "what the allies": the object after the asking word, not the asked word's noun.
_OBJECT_IN_WH = lazy_pattern(r"^(?:(?:to|for|about|with|at|on) )?(?P<wh>what|which) (?P<object>(?:the|this|that|these|those|his|her|their|our) .+)$")
#: "when became the conference held", "what became there decided", "the conference became in tallinn held".
_BECAME = lazy_pattern(rf"^(?P<wh>{_WH}|who)? ?(?P<x>(?:\S+ )*?)became (?P<body>(?:\S+ )*?)(?P<part>{_PARTICIPLE})(?P<tail>{_TAIL})(?P<end> when| where)?$")
#: "for the cyber defence", "about the energy": German's article before an abstract noun, which English leaves out.
_ABSTRACT_THE = lazy_pattern(r"\b(?P<before>for|about|in|on|of|to|over|with|regarding) the (?=(?:cyber defen[cs]e|cyber security|cybersecurity|cyberspace|energy)\b(?! (?:pledge|conference|centre|center|policy|concept|exercise|capability|platform|summit|series|ministers?|day)))")
#: "said, that": German's comma before every "dass" clause, after a verb of saying or knowing.
_COMMA_THAT = lazy_pattern(r"\b(?P<verb>said|says|say|wrote|writes|written|claimed|claims|mentioned|stated|read|heard|believe|think|thought|know|knew"
                           r"|announced|warned|stressed|explained|meant|means|true|right|correct|sure),(?= that\b)", re.IGNORECASE)
_CLAUSE_START = lazy_pattern(r"[,.;:!?(]")
_AS_ASIDE = lazy_pattern(r"\s*as\b", re.IGNORECASE)  # "..., as our briefing says, that ...": an aside closed
#: "gave it a pledge conference in 2025", "why gave it no conference": "es gab", "gibt es", at a clause's start.
_GAVE_IT = lazy_pattern(r"(?:^|(?<=\band )|(?<=\bwhy )|(?<=\bwhen )|(?<=\bif )|(?<=\bwhether )|(?<=\d ))(?P<verb>gave|gives|give) it "
                        r"(?=(?:a|an|any|also|no|not|in|on|at|then|ever|really|still|already|there|\d+)\b)")
#: "the summit in vilnius is taken place when": "ist stattgefunden" read word by word.
_IS_TAKEN_PLACE = lazy_pattern(r"^(?P<wh>when|where) (?:was|is|were) (?P<x>.+?) (?:is|has|have|became|was) taken place\b|\b(?:is|has|have|became) taken place\b")


def _opens_adverbial(word: str) -> bool:
    """"in", "there", "2016": a word that opens an adverbial (of place or time), not a subject or an object."""
    return word in _OPENS_ADVERBIAL or word.isdigit()


def _subject(words: list[str]) -> int:
    """How many of ``words`` are the clause's subject: a pronoun, or the words up to the first preposition or article
    (after a leading "the"); 0 when none."""
    if words and words[0] in _PRONOUNS:
        return 1
    start = 1 if words and words[0] == "the" else 0
    end = start
    while end < len(words) and end - start < 4 and words[end] not in _ENDS_SUBJECT:
        end += 1
    return end if end > start else 0


def _asks_agent(wh: str, body: list[str]) -> bool:
    """"which countries | have the conference organised": an asking phrase naming those who act, before a noun phrase, is
    the subject ("which companies has he named": a pronoun is)."""
    return body[0] in ("the", "a", "an", "this", "that") and not _AGENTS.isdisjoint(wh.split()[1:3])


def _perfect(match) -> str | None:
    """A ``_PERFECT`` match in English order, or None when no subject stands between the auxiliary and the participle."""
    if match["x"] is not None:  # "stoltenberg has in rome said": stoltenberg said in rome
        subject, part, body = match["x"].split(), match["said_part"], match["said"].split()
        if not _PRONOUNS.isdisjoint(subject[1:]) or not _ENDS_SUBJECT.isdisjoint(subject[1:]):
            return None
        return " ".join((*subject, _forms(part, body)[1], *_object_first(body)))
    if match["yes_no"] is not None:
        wh, body, part, tail = "did", match["yes_no"].split(), match["yes_no_part"], match["yes_no_tail"]
    else:
        wh, body, part, tail = match["wh"], match["body"].split(), match["part"], match["tail"]
        if wh == "who" or (wh.startswith(("what", "which")) and body and (_opens_adverbial(body[0]) or _asks_agent(wh, body))):
            return " ".join((wh, _forms(part, body)[1], *_object_first(body))) + tail  # "who has the article written": who wrote it
        if (object_first := _OBJECT_IN_WH.match(wh)):  # "what the allies has he called up": what he called the allies up to
            wh, body = object_first["wh"], [*body[:_subject(body)], *object_first["object"].split(), *body[_subject(body):]]
        wh += " did"
    size = _subject(body)
    if not size or size == len(body):
        return None  # "what else has he written": English's own perfect, nothing between subject and participle
    return " ".join((wh, *body[:size], _forms(part, body)[0], *_object_first(body[size:]))) + tail


def _forms(participle: str, body: list[str]) -> tuple[str, str]:
    """The participle's form after "did" and its past tense: "held" a speech is given ("eine Rede halten")."""
    return _GIVEN if participle == "held" and not _SPEECHES.isdisjoint(body) else _VERBS[participle]


def _object_first(rest: list[str]) -> list[str]:
    """"in berlin a speech" -> "a speech in berlin": German puts the place before the object, English after it."""
    if not rest or not _opens_adverbial(rest[0]):
        return rest
    at = next((n for n in range(1, len(rest)) if rest[n] in _DETERMINERS and rest[n - 1] not in _ENDS_SUBJECT), None)
    return rest if at is None else [*rest[at:], *rest[:at]]


def _became(match) -> str:
    """A ``_BECAME`` match ("wurde ... gehalten") as English's passive: "was held"."""
    wh, subject, body, part = match["wh"], match["x"].strip(), match["body"].strip(), match["part"]
    if wh and subject and subject.split()[-1] in _PRONOUNS:  # "in which city it became held": in which city was it held
        *noun, pronoun = subject.split()
        return " ".join((wh, *noun, "was", pronoun, part, *body.split())) + match["tail"]
    if wh and wh.split()[-1] in ("which", "what") and subject:
        wh, subject = f"{wh} {subject}", ""  # "which conference became in lisbon held": which conference was held there
    if wh and not subject:  # "when became the conference held", "what became there decided"
        if not body:
            return f"{wh} was {part}{match['tail']}"
        if _opens_adverbial(body.split()[0]):
            return f"{wh} was {part} {body}{match['tail']}"
        if wh.startswith(("what", "which", "who")):  # "what became the conference in brussels decided": decided at it
            return f"{wh} was {part} at {body}{match['tail']}"
        return f"{wh} was {body} {part}{match['tail']}"
    if wh or not subject or not _WH_WORDS.isdisjoint(subject.split()):
        return match[0]
    return " ".join((subject, "was", part, *body.split())) + match["tail"] + (match["end"] or "")  # "the conference became in tallinn held"


def verb_put_back(text: str) -> str:
    """Normalised ``text`` with a participle at its end (or before "that") put back after its subject, in English order;
    else ``text``."""
    if " that " in text and (head := text.partition(" that ")[0]) != (put_back := _put_back(head)):
        return put_back + text[len(head):]  # "stoltenberg has in rome said that china ...": he said in rome that china ...
    return _put_back(text)


def there_was(normalised: str) -> str:
    """``normalised`` with German's "es gab" read word by word put as English's "was there": "and in 2025 gave it a pledge
    conference" -> "and in 2025 was there a pledge conference" ("who gave it", "give it to me" are left as typed)."""
    return _GAVE_IT.sub(lambda m: "was there " if m["verb"] == "gave" else "is there ", normalised) if " it " in f" {normalised} " else normalised


def joined_that(typed: str) -> str:
    """``typed`` without German's comma before a "that" clause: "he said, that china is" -> "he said that china is"
    (not after "as our draft says,": that comma closes an aside)."""
    return _COMMA_THAT.sub(_joined, typed) if ", that " in typed else typed


def _joined(match) -> str:
    """The verb of a ``_COMMA_THAT`` match without its comma, unless the clause it ends is an aside opened by "as"."""
    clause = _CLAUSE_START.split(match.string[: match.start()])[-1]
    return match[0] if _AS_ASIDE.match(clause) else match["verb"]


def _put_back(text: str) -> str:
    """One clause of ``verb_put_back``; a leading "and" ("and at which summit became it agreed") kept before it."""
    if text.startswith("and "):
        return "and " + _put_back(text[4:])
    text = there_was(text)
    if " the cyber" in text or " the energy" in text:
        text = _ABSTRACT_THE.sub(r"\g<before> ", text)
    words = text.split()
    if len(words) < 3 or _AUXILIARIES.isdisjoint(words):
        return text
    if "taken" in words and (taken := _IS_TAKEN_PLACE.search(text)):
        text = text[: taken.start()] + (f"{taken['wh']} did {taken['x']} take place" if taken["wh"] else "took place") + text[taken.end():]
        words = text.split()
    last = next((word for word in reversed(words) if word not in ("exactly", "precisely", "please", "complete", "completely", "actually", "when", "where")), "")
    if last not in _LAST_WORDS:
        return text
    if "became" in words and (became := _BECAME.match(text)):
        return _became(became)
    if (asked := _WH_PRONOUN_HAS.match(text)):  # "at which date exactly he has this said": at which date did he say this
        what = asked["what"].split()
        return " ".join((asked["wh"], "did", asked["who"], _forms(asked["part"], what)[0], *_object_first(what)))
    if (perfect := _PERFECT.match(text)) and (put_back := _perfect(perfect)):
        return put_back
    return text
