"""Questions typed partly or wholly in Romanian, read into English before any step reads them (tables: ``romanian``).

Romanian puts the subject after the verb ("ce a spus Stoltenberg"), asks with a reflexive ("când s-a anunțat
NICC-ul": when was the NICC announced), writes the article as an ending ("NICC-ul", "summitul") and the adjective
after its noun ("datele exacte"). This reads those into English order, word by word for the rest:

    "când a fost conferința de la Haga?"            -> "when was the conference in Haga?"
    "ce a spus ministra Odobescu la Haga?"         -> "what did minister Odobescu say at Haga?"
    "Baerbock ce funcție avea?"                    -> "what position did Baerbock have?"
    "unde s-a ținut Pledge Conference 2022?"        -> "where was Pledge Conference 2022 held?"
    "cine e secretarul general NATO acum?"         -> "who is secretary general NATO now?"

Names, English words and quotations stay as typed (their capitals and letters too). Only a question with a word of
``MARKERS``, a letter only Romanian writes ("ș", "ț", "ă") or a clitic ("s-a", "n-a") is read: any other pays a set
intersection. Table-tested in tests/test_romanian.py.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import ascii_folded, normalize
from .places import PLACES
from .romanian import AFTER_NOUN, ASKED_NOUNS, ASKING, MARKERS, PARTICIPLES, PHRASES, PRESENT_VERBS, SUBJECT_ENDS, WORDS

_LETTERS = lazy_pattern(r"[șşțţăȘŞȚŢĂ]")
_CLITIC = lazy_pattern(r"\b(?:s|n|l|le)-au?\b|\bnu-l\b")
_QUOTATION = lazy_pattern(r"\"[^\"]+\"|“[^”“]+”|(?<![\w'‘’])['‘](?:[^'‘’]|(?<=\w)['’](?=\w))+?['’](?![\w'‘’])")
_HELD = lazy_pattern(r"\x06(\d+)\x06")
_TYPED_WORD = lazy_pattern(r"[^\W\d_]+")
_WORD = lazy_pattern(r"[a-z]+")
_ENDINGS = ((lazy_pattern(r"\b([a-z0-9]+)-(?:ul|ului|urile)\b"), r"the \1"), (lazy_pattern(r"\bco-(organizat|gazduit)\b"), r"co\1"))
_PHRASE_RES = tuple((cue, lazy_pattern(pattern), repl) for cue, pattern, repl in PHRASES)
_PARTICIPLE = "|".join(PARTICIPLES)
#: "cand s-a anuntat nicc", "ce s-a decis", "s-a tinut": the reflexive passive, with what was done after it.
_PASSIVE = lazy_pattern(r"(?:\b(ce|cand|unde|cum|why|since when) )?\bs-?au? (" + _PARTICIPLE + r")\b([^?!.,;:()\[\]-]*)")
#: "l-a zis", "le-a anuntat": the verb with "it", "them".
_OBJECT_CLITIC = lazy_pattern(r"\b(l|le)-au? (" + _PARTICIPLE + r")\b")
#: A clause asking what someone did, the subject before or after: "Baerbock ce a spus ...", "ce a spus Odobescu la ...".
_ASKED = lazy_pattern(r"(?:^|(?<=\s))(?P<before>(?:[^\s?!.,;:]+ ){0,3}?)(?P<ask>ce|cand|unde|cum|why|since when)"
                      r"(?: (?P<noun>" + "|".join(ASKED_NOUNS) + r"))? (?:(?P<aux>au?) (?P<done>" + _PARTICIPLE + r")|(?P<now>"
                      + "|".join(PRESENT_VERBS) + r"))\b(?P<after>(?: [^\s?!.,;:]+){0,3})")
#: "Stoltenberg despre Microsoft - ce a zis?": what did Stoltenberg say about Microsoft.
_TOPIC_FIRST = lazy_pattern(r"^([^\s?!.,;:]+(?: [^\s?!.,;:]+)?) despre ([^?!.;:\-]+?)\s*[-,]\s*ce (?:a|au) (spus|zis|declarat)\b")
_SPACES = lazy_pattern(r" {2,}")
_BEFORE_MARK = lazy_pattern(r" +(?=[?!.,])")  # a word dropped before a mark: "discursul lui ?"
_ASKING_WORDS = frozenset("cine ce cand unde cum care".split())
#: Demonstratives and possessives Romanian puts after their noun ("citatul asta": this quote; "discursul ei": her speech).
_AFTER_NOUN_SAID = {"asta": "this", "acesta": "this", "aceasta": "this", "ala": "that", "aia": "that", "lui": "his", "ei": "her", "lor": "their"}
#: Nouns with the article as their ending, which a demonstrative or a possessive follows.
_NOUNS = frozenset(word for word, english in WORDS.items() if english.startswith("the ") and not english.startswith("the one"))


def is_romanian(text: str) -> bool:
    """Whether ``text`` holds a word only Romanian spells so, a letter only Romanian writes or a Romanian clitic."""
    if not MARKERS.isdisjoint(normalize(text).split()):
        return True
    if not text.isascii() and _LETTERS.search(text) is not None:
        return True
    return "-" in text and _CLITIC.search(text.lower()) is not None


def read_if_romanian(text: str) -> str:
    """``text`` read into English if it is partly Romanian, else as it is."""
    return read_romanian(text) if is_romanian(text) else text


def read_romanian(text: str) -> str:
    """``text`` (see ``is_romanian``) read into English, quotations and unknown words as typed."""
    held: list[str] = []

    def hold(match) -> str:
        held.append(match[0])
        return f"\x06{len(held) - 1}\x06"

    text = _QUOTATION.sub(hold, text)
    typed = {ascii_folded(word).lower(): word for word in _TYPED_WORD.findall(text) if not (word.islower() and word.isascii())}
    folded = ascii_folded(text.lower().replace("’", "'"))
    for pattern, repl in _ENDINGS:
        folded = pattern.sub(repl, folded)
    present = set(_WORD.findall(folded))
    for cue, pattern, repl in _PHRASE_RES:
        if cue in present:
            folded = pattern.sub(repl, folded)
    folded = _TOPIC_FIRST.sub(lambda m: f"what did {m[1]} {PARTICIPLES[m[3]][1]} about {m[2]}", folded)
    folded = _OBJECT_CLITIC.sub(lambda m: f"{PARTICIPLES[m[2]][0]} {'it' if m[1] == 'l' else 'them'}", folded)
    folded = _ASKED.sub(_asked, _PASSIVE.sub(_passive, folded))
    parts, found = _WORD.split(folded), _WORD.findall(folded)
    read = _words_read(found)
    english = "".join(part + word for part, word in zip(parts, [*read, ""]))
    english = _WORD.sub(lambda m: typed.get(m[0], m[0]) if m[0] in typed and m[0] not in WORDS else m[0], english)
    english = _BEFORE_MARK.sub("", _SPACES.sub(" ", english)).strip()
    return _HELD.sub(lambda m: held[int(m[1])], english)


def _passive(match) -> str:
    """"cand s-a anuntat nicc" -> "when was nicc announced"; "ce s-a decis" -> "what was decided"; "s-a tinut" -> "was it held"."""
    asking, done, rest = match[1], PARTICIPLES[match[2]][0], match[3]
    if done == "happened":
        return f"{ASKING.get(asking, asking or '')} happened{rest}".lstrip()
    if asking == "ce":
        return f"what was {done}{rest}"
    subject = rest.strip()
    if asking and subject and len(subject.split()) <= 6:
        return f"{ASKING.get(asking, asking)} was {subject} {done}{' ' if rest.endswith(' ') else ''}"
    opening = f"{ASKING.get(asking, asking)} " if asking else ""
    return f"{opening}was {'it ' if not subject else ''}{done}{rest}"


def _asked(match) -> str:
    """A clause asking what a subject did or does, read "<asking> did <subject> <verb>"; a subject of none of its
    words (a question word, a preposition) leaves the clause to be read word by word."""
    before, after = match["before"].split(), match["after"].split()
    lead = "and " if before[:1] == ["si"] else ""
    before = before[1:] if lead else before
    opening = match.string[: match.start()]
    at_start = not opening.strip() or opening.rstrip()[-1] in "?!.,;:-" or opening == "si "
    topic = not at_start or any(word in SUBJECT_ENDS or word in ASKING or word in PARTICIPLES for word in before)  # "summitul de la haga ce a decis"
    if topic:
        lead, before = match["before"], []
    subject = before
    rest = after
    if not subject:
        taken = []
        for word in after:
            if word in SUBJECT_ENDS or word in ASKING:
                break
            taken.append(word)
        subject, rest = taken, after[len(taken):]
    if match["done"] == "fost" or (not subject and match["aux"] != "au" and match["now"] is None and match["ask"] != "ce"):
        return match[0]
    if not subject and match["done"] == "decis":
        return f"{lead}what was decided" + "".join(f" {word}" for word in rest)
    who = " ".join(subject) or ("they" if match["aux"] == "au" else "he")
    if match["done"]:
        auxiliary, base = "did", PARTICIPLES[match["done"]][1]
    else:
        auxiliary, base = PRESENT_VERBS[match["now"]]
    noun = match["noun"]
    if noun == "legatura" and base == "have":
        return f"{lead}what {auxiliary} {who} have to do" + "".join(f" {word}" for word in rest)
    asked = ASKING.get(match["ask"], match["ask"]) + (f" {ASKED_NOUNS[noun]}" if noun else "")
    return f"{lead}{asked} {auxiliary} {who} {base}" + "".join(f" {word}" for word in rest)


def _words_read(words: list[str]) -> list[str]:
    """Each word read into English, by the words beside it where Romanian and English share it."""
    read: list[str] = []
    for n, word in enumerate(words):
        before, after = (words[n - 1] if n else ""), (words[n + 1] if n + 1 < len(words) else "")
        if word == "a":
            read.append("" if after in PARTICIPLES else "the" if after in ("doua", "treia", "patra", "cincea") else "of" if before in WORDS or before in PLACES else "a")
        elif word == "au":
            read.append("" if after in PARTICIPLES else "au")
        elif word == "fost" and before == "au":
            read.append("were")
        elif word == "de" and after == "la":
            read.append("")
        elif word == "la" and before == "de":
            read.append("in" if after in PLACES or (words[n + 1 : n + 3] and " ".join(words[n + 1 : n + 3]) in PLACES) else "from")
        elif word == "din" and (after in PLACES or after.isdigit()):
            read.append("in")
        elif word == "si" and (before in PARTICIPLES or before in ("e", "este", "was")) and after not in _ASKING_WORDS:
            read.append("also")
        elif word == "are" and before not in WORDS:
            read.append("are")
        elif word in _AFTER_NOUN_SAID and read and before in _NOUNS:
            read[-1] = f"{_AFTER_NOUN_SAID[word]} {read[-1][4:] if read[-1].startswith('the ') else read[-1]}"
            read.append("")
        elif word in AFTER_NOUN and read and (before in WORDS or not word.startswith("exact")) and before not in PARTICIPLES and before not in ASKING and before not in SUBJECT_ENDS and before not in ("e", "este", "a", "ce"):
            english = AFTER_NOUN[word]
            previous = read[-1]
            read[-1] = f"the {english} {previous[4:]}" if previous.startswith("the ") else f"{english} {previous}"
            read.append("")
        else:
            read.append(WORDS.get(word, word))
    return read
