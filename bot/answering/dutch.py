"""Dutch, and Dunglish (Dutch with English nouns), read into English: its small words, its "klopt het dat", its verbs last.

A Dutch civil servant writes "Klopt het dat de NATO pledge conference in Den Haag in juni 2024 was?": English
names, Dutch glue. Read word by word that is "is that right that de nato pledge conference in the hague in june 2024
was", which no English route reads. These tables put the glue into English before ``other_languages`` reads the
rest (folded to ASCII, places already in English):

    "klopt het dat de conference in the hague in juni 2024 was?" -> "is it true that de conference was in the hague in juni 2024?"
    "klopt het dat nederland de conferentie samen met polen organiseerde" -> "is it true that nederland organiseerde de conferentie ..."
    "wat zei mykhailo fedorov in tirana"                          -> "what did mykhailo fedorov say in tirana"
    "welke quote gaat over 'one for all'"                         -> "welke quote is about 'one for all'"
    "sinds wanneer bestaat het?"                                  -> "since when does it exist?"

Words English also has ("de", "en", "met", "op", "top", "of", "die") are read the Dutch way only in a question that
has a word of ``MARKERS`` (no English word): "wanneer was de vilnius top" reads "the vilnius summit", "top 3
quotes" stays. Tables only, like ``german``; no module imports this but ``other_languages``. Table-tested in
tests/test_dunglish.py.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: Dutch words that are no English word, read alone (the question words and nouns are in ``other_languages.WORDS``).
DUTCH_WORDS: dict[str, str] = {
    "graag": "please", "tot": "until", "secretaris": "secretary", "generaal": "general", "allereerste": "very first",
    "oproep": "call", "bekendgemaakt": "announced", "aangekondigd": "announced", "heette": "was called", "heet": "is called",
    "schreef": "wrote", "geschreven": "written", "volgens": "according to", "iets": "anything", "immoreel": "immoral",
    "immoreels": "immoral", "bedrijven": "companies", "leger": "military", "samenwerken": "cooperate", "oefening": "exercise",
    "dag": "day", "hij": "he", "zij": "she", "haar": "her", "hem": "him", "behalve": "except", "gedaan": "done",
    "roemeense": "romanian", "duitse": "german", "franse": "french", "albanese": "albanian", "britse": "british",
    "nederlandse": "dutch", "italiaanse": "italian", "estse": "estonian", "amerikaanse": "american", "litouwse": "lithuanian",
    "afgesproken": "agreed", "besloten": "decided", "aangenomen": "adopted", "erkend": "recognised", "opgericht": "founded",
    "lijstje": "list", "lijst": "list", "gehost": "hosted", "niet": "not", "nieuw": "new", "nieuwe": "new", "citeren": "quote",
    "verhaal": "story", "nota": "note", "ik": "i", "moet": "must", "bestaat": "exists",
    "investeringen": "investment", "investering": "investment", "openingstoespraak": "opening speech",
    "welkomstwoord": "welcome speech", "datums": "dates", "citaten": "quotes", "uitspraak": "quote", "uitspraken": "quotes",
    "samenwerking": "collaboration", "kondigde": "announced", "wordt": "is", "worden": "are", "hebben": "have", "gaan": "go", "ging": "went", "gaat": "goes", "naar": "to",
    "jongeren": "young people", "jonge": "young", "bij": "at",
}
#: Dutch words English (or another table) also has: read so only in a Dutch question (one with a word of ``MARKERS``).
DUTCH_AMBIGUOUS: dict[str, str] = {
    "de": "the", "het": "the", "en": "and", "met": "with", "van": "of", "op": "on", "top": "summit", "die": "that",
    "dan": "then", "om": "at", "voor": "for", "al": "already", "nog": "still", "wie": "who", "zijn": "are", "premier": "prime minister",
    "dit": "this", "deze": "this", "hier": "here", "door": "by", "aan": "to", "er": "there", "over": "about",
}
#: Words only Dutch spells so: a question with one of them is read as Dutch.
MARKERS = frozenset(DUTCH_WORDS) | frozenset(
    "wanneer waar welke welk wat hoe hoeveel klopt conferentie conferenties zei gezegd sprak spraken sprekers heeft werd "
    "gehouden georganiseerd organiseerde organiseerden geopend opende precies toch daar toen sinds tijdens samen "
    "citaat letterlijk persoonlijk een steeds elkaar gesproken".split())

#: Finite verbs a Dutch clause puts last, with the English verb: "dat de conferentie in Den Haag was".
_LAST_VERBS = dict(pair.split(":") for pair in (
    "was:was is:is waren:were zijn:are werd:was organiseerde:hosted organiseerden:hosted opende:opened sprak:spoke "
    "zei:said hostte:hosted besloot:decided besloten:decided schreef:wrote gaf:gave").split())
#: Words a subject stops before: prepositions, articles, adverbs, numbers ("dat stoltenberg tot 2025 ...", "dat nederland de ...").
_STOPS = "(?:{}|\\d+)".format("|".join(
    "in op tot met samen bij van voor door naar om uit over tijdens dan de het een ook nog al echt toen daar persoonlijk niet wel iets "
    "the at on by with until".split()))
_NAME_WORD = rf"(?!{_STOPS}\b)[a-z-]+"
#: Who a "dat"-clause is about: "de eerste nato cyber defence conference" (article and words to the first stop) or a name.
_SUBJECT = rf"(?:(?:de|het|the)(?: {_NAME_WORD}){{1,6}}|{_NAME_WORD}(?: {_NAME_WORD})?)"
_CLAUSE = (rf"\b(?P<that>dat|that) (?P<subject>{_SUBJECT}) (?P<rest>(?:[^,?!.]*? )?)(?P<verb>{'|'.join(_LAST_VERBS)})"
           r"(?=\s*(?:[,?!.]|$| toch\b))")

_TIME_FIRST = lazy_pattern(r"(?P<time>(?:tot|sinds|vanaf|in|until|since) (?:[a-z]+ )?\d{4}) (?P<rest>.+)")

#: Participles a Dutch perfect puts last, with the English verb: "heeft zij ook iets gezegd" (did she say anything).
_PARTICIPLES = dict(pair.split(":") for pair in (
    "gezegd:say gesproken:speak georganiseerd:host geopend:open gehost:host ondertekend:sign aangekondigd:announce").split())


def _did_subject_verb(match) -> str:
    """"heeft zij ook iets gezegd op de conferentie" -> "did zij say ook iets op de conferentie"."""
    return f"did {match['subject'].strip()} {_PARTICIPLES[match['done']]} {match['rest'].strip()}".rstrip()


def _verb_after_subject(match) -> str:
    """"dat de conferentie in den haag was" -> "that de conferentie was in den haag"."""
    subject, rest = match["subject"].strip(), match["rest"].strip()
    if time := _TIME_FIRST.match(rest):  # "dat stoltenberg tot 2025 secretaris-generaal was": was secretary general until 2025
        rest = f"{time['rest']} {time['time']}"
    return f"that {subject} {_LAST_VERBS[match['verb']]} {rest}".rstrip()


#: (cue, pattern, replacement): each runs only when its cue word is in the question, before the other languages' phrases.
DUTCH_PHRASES = (
    ("klopt", r"\bklopt (?:het|dat|dit|that)(?: echt| wel)?,? (?=dat\b|that\b)", "is it true "),
    ("waar", r"\bis (?:het|dat) (?:echt )?waar,? (?=dat\b|that\b)", "is it true "),
    ("klopt", r"[,.]? ?(?:klopt (?:het|dat)|klopt dat toch)(?=\s*[?.!]*\s*$)", ", right"),
    ("dat", _CLAUSE, _verb_after_subject), ("klopt", _CLAUSE, _verb_after_subject),  # "dat" may be read as "that" before
    ("zei", rf"\bwat zei (?P<subject>{_SUBJECT})(?= (?:in|op|over|tijdens|bij|daar|toen|dan)\b|\s*[?!.]*$)", r"what did \g<subject> say"),
    ("heeft", rf"\b(?:heeft|hebben) (?P<subject>{_SUBJECT}) (?P<rest>(?:[^,?!.]*? )?)(?P<done>{'|'.join(_PARTICIPLES)})\b", _did_subject_verb),
    ("gaat", r"\bgaat over\b", "is about"), ("gaan", r"\bgaan over\b", "are about"),
    ("heette", r"\bhoe heette (?:het|die|dat|hij|ze)\b", "what was it called"), ("heet", r"\bhoe heet (?:het|die|dat)\b", "what is it called"),
    ("bestaat", r"\bsinds wanneer bestaat (?:het|die|dat|dit)\b", "since when does it exist"),
    ("bestaat", r"\bsinds wanneer bestaat (.+?)(?=\s*[?.!]*$)", r"since when does \1 exist"),
    ("kondigde", r"\bwat kondigde ([a-z]+) (.*?)aan\b", r"what did \1 announce \2"),
    ("geschreven", r"\bwie heeft (.+?) geschreven\b", r"who wrote \1"),
    ("samen", rf"\bsamen met (?P<who>{_NAME_WORD}(?: {_NAME_WORD})?) (?P<what>(?:de|het) [^?!.,]+)", r"\g<what> together with \g<who>"),
    ("jaar", r"\b(?:(later|eerder) )?(?:dat|that|hetzelfde|datzelfde) jaar\b", lambda m: {"later": "later that year", "eerder": "earlier that year"}.get(m[1], "that same year")), ("of", r"\bof (?=de |het |een |niet\b)", "or "),
    ("op", r"\bop (?=(?:de|het|een|die|deze|dat) (?!\d))", "at "),  # "op de conferentie": at; "op welke datum": on
    ("namens", r"\bnamens\b", "on behalf of"), ("behalve", r"\bbehalve\b", "besides"),
    ("secretaris", r"\bsecretaris[- ]generaal\b", "secretary general"),
    ("toch", r"^(?P<claim>.+?) toch (?P<rest>[^?!.,]+?)(?P<end>\s*[?!.]*)$", r"\g<claim> \g<rest>, right\g<end>"),
    ("elkaar", r"[.,]? ?\b(?:ik|we) (?:haal|halen|gooi|gooien) (?:ze|die|dat|deze|die twee)(?: [a-z]+)? door elkaar\b", ""),  # "I keep mixing them up"
    ("ik", r"[.,]? ?\b(?:ik|we) (?:moet|moeten|wil|wilde|ga)(?: het| dit| dat)? (?:in|voor) (?:een|de|het|mijn|onze) [a-z]+ "
     r"(?:zetten|opnemen|gebruiken|citeren|noemen)\b", ""),
)
