"""Albanian questions, read into English before ``other_languages`` reads the rest.

Albanian puts the verb before its subject after a question word, the adjective after its noun, the
place's case on its end, and marks the passive with "u". A question with a word of ``albanian.MARKERS`` is
read here in that order (folded text in, folded text out; any other question pays one set check):

    "kur e njoftoi Stoltenberg qe samiti do jete ne Vilnius?" -> "when did stoltenberg announce that the summit will be in vilnius?"
    "kur u tha kjo?"                                        -> "when was this said?"
    "po ministrja rumune çfarë tha?"                        -> "and what did the romanian minister say?"
    "cilat ishin temat kryesore te konferences ne Tiranë?"  -> "which were the main topics of the conference in tirana?"
    "a mori pjese Kosova ne konferencen e Tiranës?"         -> "did kosova take part in the conference of tirana?"

Table-tested in tests/test_albanian.py.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .albanian import BASE_FORMS, CUE_WORDS, ENDINGS, INDEFINITE_ENDINGS, MARKERS, PASSIVES, PLURAL_ENDINGS, STEMS, WORDS
from .places import PLACES, english_name

_VERBS = "|".join(BASE_FORMS)
_ASKING = r"kur|ku|pse|si|cfare|me cfare [a-z]+|cil[a-z]* [a-z]+"
#: "kur e njoftoi Stoltenberg ...": the asking word, the verb, then its subject (one or two words).
_VERB_FIRST = lazy_pattern(rf"\b({_ASKING}) (?:e )?({_VERBS}) ([a-z]+)(?: ([a-z]+))?")
#: "po Stoltenberg çfarë tha atje?", "Olaf Scholz ne Berlin, çfarë tha?": the subject before the asking word, or none.
_SUBJECT_FIRST = lazy_pattern(r"(?:^|(?<=[,.?!-] ))(po |dhe )?([a-z]+(?: [a-z]+)?) cfare (tha|thane|foli)\b")
_UNSAID_SUBJECT = lazy_pattern(r"\bcfare (?:tha|thane)(?= *[?.!]|$)")
#: "Cyber Coalition çfarë është?", "Greta Tuckute kush është?": what, or who, the words before are.
_NAMED_THEN_ASKED = lazy_pattern(r"(?:^|(?<=[.?!] ))([a-z][a-z0-9 ]*?),? (cfare|kush) (eshte|ishte)(?= *[?.!]|$)")
#: "çfarë është?" after a sentence naming it: what it is.
_UNNAMED_ASKED = lazy_pattern(r"\b(cfare|kush) (eshte|ishte)(?= *[?.!]|$)")
#: "e organizoi vetëm Italia?": did (only) Italy host it.
_YES_NO_VERB = lazy_pattern(rf"(?:^|(?<=[,.?!-] ))(?:a )?e ({'|'.join(BASE_FORMS)}) (vetem )?([a-z]+)")
#: "u mbajt" (was held), "u tha kjo" (this was said), "u njoh cyberspace si ..." (cyberspace was recognised as).
_PASSIVE_ALONE = lazy_pattern(r"\bu (" + "|".join(PASSIVES) + r")(?=\s*[?.!,]|\s*$)")
_PASSIVE = lazy_pattern(r"\bu (" + "|".join(PASSIVES) + r")\b(?: (ky|kjo|kete)(?: ([a-z]+))?| ([a-z]+)(?= (?:si|nga|ne)\b))?")
_ADJECTIVES = {"sakte": "exact", "sakta": "exact", "kryesore": "main", "kryesor": "main", "vjetore": "annual", "vjetor": "annual",
               "partnere": "partner", "rumune": "romanian", "britanike": "british", "shqiptare": "albanian", "shqiptar": "albanian",
               "gjermane": "german", "holandeze": "dutch", "italiane": "italian", "amerikan": "american", "franceze": "french",
               "kibernetik": "cyber", "kibernetike": "cyber", "pare": "first", "para": "first", "dyte": "second", "trete": "third",
               "katert": "fourth", "fundit": "last"}
#: A noun, then its adjective ("data e sakte": the exact date; "ministrja rumune": the Romanian minister).
_NOUN_THEN_ADJECTIVE = lazy_pattern(r"\b([a-z]+) (?:e |i |te )?(" + "|".join(_ADJECTIVES) + r")\b")
_PHRASES = tuple((lazy_pattern(pattern), repl) for pattern, repl in (
    (r"\bsekretar[a-z]* i pergjithshem\b", "secretary general"), (r"\b(kur|ku) ndodhi\b", r"\1 did it happen"),
    (r"\bqe kur\b", "since when"), (r"\bsa (?:vjet|vite) (?:me )?(?:pare|perpara|para)\b", "how many years ago"),
    (r"\b(ku|kur) do (?:te )?(?:mbahet|behet) ([^?.!,]+)", r"\1 will \2 be held"), (r"\bmund te\b", "could"), (r"\bdo (?:te )?(?:jete|jene)\b", "will be"),
    (r"\bdo (?:te )?(?:mbahet|behet)\b", "will be held"), (r"\be di\b", "i know"), (r"\bbashke me\b", "together with"),
    (r"\b(?:e |te )?vit(?:it|in) (?:te |e )?kaluar\b", "last year"), (r"\b(ishte|eshte) e (?:para|pare)\b", r"\1 the first"),
    (r"(?:^|(?<=[,.?!-] ))a mori pjese ([a-z]+)", r"did \1 take part"), (r"\bmori(?:n)? pjese\b", "took part"),
    (r"(?:^|(?<=[,.?!-] ))a (?=(?:ishte|ishin|eshte|jane|foli|folen|ka|kane|u|e)\b)", ""),
    (r"(?:^|(?<=[.?!] ))po (?=[a-z])", "and "), (r",? po(?=\s*[?!.]*\s*$)", ", right"),
    (r"\be (?=(?:" + _VERBS + r")\b)", ""), (r"\bme (?=\d)", "on "), (r"\bme\b", "with"), (r"(?<=[a-z] )si (?=[a-z])", "as "),
    (r"\b(tha|thane|foli|folen|shkroi|said|spoke|say|speak|wrote|quote|quotes) ((?:[a-z]+ ){0,2}?)per\b", r"\1 \2about"),
    (r"\bper\b", "for"), (r"\bne\b", "in"), (r"(?:^|(?<=[.?!] ))([a-z][a-z ]*?),? since when(?=\s*[?.!]|\s*$)", r"since when is \1"), (r"(?<=[a-z] )(?:e|te) (?=[a-z])", "of "),
    (r"(?<=[a-z] )i (?!(?:think|need|want|remember|am|was|know|have|mean|guess|believe|read|saw|heard|do|did|can|could|would|will)\b)", "of "),
))
_WORD = lazy_pattern(r"[a-z]+")
_PRONOUNS = {"ai": "he", "ajo": "she", "ata": "they", "ato": "they"}
_ASKED_THE = lazy_pattern(r"\b(what|which) the\b")  # "cfare gabimi": what mistake
_PLACE_ENDINGS = ("it", "es", "se", "ne", "in", "en", "ut", "un", "s", "n", "e", "a")
#: An Albanian ending put on an English word with a hyphen ("Pledge-i", "NATO-s"): the word alone.
_HYPHENED_ENDING = lazy_pattern(r"(?<=[a-z])-(?:i|u|a|ja|in|it|un|ut|ne|se|s|n)\b")


def _noun_forms() -> dict[str, str]:
    """Every case of every noun of ``STEMS`` -> its English, but a form English spells so ("date", "dates")."""
    english = {word for table in (WORDS, CUE_WORDS, PASSIVES, BASE_FORMS) for value in table.values() for word in value.split()}
    english |= {word for pair in STEMS.values() for noun in pair for word in noun.split()}
    forms: dict[str, str] = {}
    for stem, (one, many) in STEMS.items():
        for ending in ENDINGS + PLURAL_ENDINGS:
            noun = many if ending in PLURAL_ENDINGS else one
            if stem + ending not in english:
                forms.setdefault(stem + ending, noun if ending in INDEFINITE_ENDINGS else f"the {noun}")
    return forms


_NOUNS = {**_noun_forms(), "hosti": "the host", "hostet": "the hosts", "ministrja": "the minister", "qeveria": "the government",
          "presidenti": "the president", "sulmi": "the attack", "konferenca": "the conference", "samiti": "the summit", "vende": "countries"}
#: Every word the reader reads alone: the cue words, the words, every case of every noun.
_READ = {**_NOUNS, **WORDS, **CUE_WORDS}


def read_if_albanian(folded: str, words: set[str]) -> str:
    """``folded`` read into English if ``words`` (its words) hold an Albanian-only word; else as it is."""
    if MARKERS.isdisjoint(words):
        return folded
    text = _UNSAID_SUBJECT.sub("what did they say", _SUBJECT_FIRST.sub(_subject_first, _HYPHENED_ENDING.sub("", folded)))
    text = _UNNAMED_ASKED.sub(_unnamed_asked, _NAMED_THEN_ASKED.sub(_named_then_asked, text))
    text = _YES_NO_VERB.sub(lambda m: f"did {m[2] or ''}{m[3]} {BASE_FORMS[m[1]]} it", text)
    text = _PASSIVE_ALONE.sub(lambda m: f"was it {PASSIVES[m[1]]}", text)
    text = _PASSIVE.sub(_passive, _VERB_FIRST.sub(_verb_first, text))
    text = _NOUN_THEN_ADJECTIVE.sub(_adjective_first, text)
    for pattern, repl in _PHRASES:
        text = pattern.sub(repl, text)
    return _ASKED_THE.sub(r"\1", _WORD.sub(lambda m: _read_word(m[0]), text))


def _read_word(word: str) -> str:
    return _READ.get(word) or place_named(word) or word if word not in ("", "sigurisht") else ""


def place_named(word: str) -> str:
    """The English name of a place an Albanian case ending is on ("tiranes", "madridit", "ankarase"), or ""."""
    if len(word) < 5 or word in PLACES:
        return ""
    for ending in _PLACE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            for name in (stem, stem + "a", stem + "e"):
                if (english := english_name(name)) or name in PLACES:
                    return english or name
    return ""


def _subject_first(m: re.Match) -> str:
    return f"{'and ' if m[1] else ''}what did {m[2]} say"


def _verb_first(m: re.Match) -> str:
    asked, verb, subject, more = m[1], m[2], m[3], m[4]
    if subject in _READ and subject not in _PRONOUNS or subject in ("ne", "per", "qe", "me", "nga", "te", "e", "u", "i", "a", "po"):
        return m[0]
    asked, subject = asked + " ", _PRONOUNS.get(subject, subject)
    if more and (more in _READ or more in ("ne", "per", "qe", "me", "nga", "te", "e", "i", "in", "at", "about", "on", "for")):
        return f"{asked}did {subject} {BASE_FORMS[verb]} {more}"
    return f"{asked}did {subject}{' ' + more if more else ''} {BASE_FORMS[verb]}"


def _passive(m: re.Match) -> str:
    done = PASSIVES[m[1]]
    if m[2]:
        return f"was this {m[3] + ' ' if m[3] else ''}{done}"
    return f"was {m[4]} {done}" if m[4] else f"was {done}"


def _named_then_asked(m: re.Match) -> str:
    return f"{'what' if m[2] == 'cfare' else 'who'} {'is' if m[3] == 'eshte' else 'was'} {m[1]}"


def _unnamed_asked(m: re.Match) -> str:
    return f"{'what' if m[1] == 'cfare' else 'who'} {'is' if m[2] == 'eshte' else 'was'} {'it' if m[1] == 'cfare' else 'that'}"


def _adjective_first(m: re.Match) -> str:
    noun = _NOUNS.get(m[1])
    if not noun or m[1] in _ADJECTIVES:
        return m[0]
    adjective = _ADJECTIVES[m[2]]
    return f"the {adjective} {noun[4:]}" if noun.startswith("the ") else f"{adjective} {noun}"
