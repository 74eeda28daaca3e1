"""Polish words and phrases, read into English for ``other_languages``.

Polish officials mix Polish into English questions ("kiedy exactly was the szczyt in Warszawa?", "a kto tam
przemawiał from NATO side?", "gdzie i kiedy to było powiedziane?"). This is Polish's share of the tables
``other_languages`` reads with: single words, and the phrases English words differently:

    "a kto tam przemawiał from NATO side?"      -> "and who spoke there from nato side?"
    "konferencja Pledge w Hadze - kiedy dokładnie?" -> "conference pledge in the hague - when exactly?"
    "czy Rutte był tam osobiście?"              -> "was rutte there in person?"
    "kto po nim?"                               -> "who came after him?"
    "10 lat temu in Warszawa"                   -> "10 years ago in warsaw"

The text arrives folded to ASCII ("ł" read as "l": "mówił" is "mowil"). "a", "i", "z", "co", "to", "tam" and "po" are
English words too (or parts of them: "co-hosted"): read only where Polish puts them, opening a question or
beside a Polish word. Tables only; no module imports this but ``other_languages``. Table-tested in tests/test_polish.py.
"""

from __future__ import annotations

#: Polish words that are no English word, read alone ("" drops a particle that only marks a question).
POLISH_WORDS: dict[str, str] = {
    "kiedy": "when", "gdzie": "where", "kto": "who", "jest": "is", "byl": "was", "byla": "was", "bylo": "was", "byli": "were",
    "konferencja": "conference", "konferencji": "conference", "konferencje": "conferences", "konferencjach": "conferences",
    "szczyt": "summit", "szczytu": "summit", "szczycie": "summit", "powiedzial": "said", "powiedziala": "said",
    "powiedziane": "said", "cytat": "quote", "cytatu": "quote", "dzisiaj": "today", "dzis": "today", "temu": "ago",
    "ktory": "which", "ktora": "which", "ktore": "which", "gospodarz": "host", "gospodarzem": "host", "gospodarze": "hosts",
    "gospodarzami": "hosts", "przemowienie": "speech", "przemowieniu": "speech", "dziekuje": "thanks", "dzieki": "thanks",
    "czesc": "hello", "przemawial": "spoke", "przemawiala": "spoke", "przemawiali": "spoke",
    "mowil": "spoke", "mowila": "spoke", "mowili": "spoke", "wystapil": "spoke", "wystapila": "spoke", "dokladnie": "exactly",
    "dokladna": "exact", "dokladny": "exact", "dokladne": "exact", "slowa": "words", "pierwsza": "first", "pierwszy": "first",
    "pierwsze": "first", "pierwszej": "first", "druga": "second", "drugi": "second", "trzecia": "third", "trzeci": "third",
    "czwarta": "fourth", "piata": "fifth", "ostatnia": "last", "ostatni": "last", "ostatniej": "last", "nastepna": "next",
    "nastepny": "next", "edycja": "edition", "edycje": "editions", "edycji": "edition", "lat": "years", "dni": "days",
    "miesiecy": "months", "roku": "year", "osobiscie": "in person", "zrobil": "did", "zrobila": "did", "zrobili": "did",
    "ile": "how many", "jaki": "which", "jaka": "which", "jakie": "which", "dlaczego": "why", "uczestnikow": "participants",
    "uczestnicy": "participants", "prezydent": "president", "atak": "attack", "ataku": "attack", "ataki": "attacks",
    "cyberatak": "cyber attack", "wszystkie": "all", "prosze": "please", "artykul": "article", "artykule": "article",
    "zdjecie": "photo", "zdjeciu": "photo", "napisal": "wrote", "opublikowany": "published", "postanowiono": "decided",
    "zdecydowano": "decided", "ustalono": "agreed", "uzgodniono": "agreed", "teraz": "now", "wczoraj": "yesterday",
    "czy": "", "prawda": "right", "sekretarz": "secretary", "generalny": "general", "nastepca": "successor", "sekretarzem": "secretary", "ludzie": "people", "rzad": "government", "rzadu": "government", "generalnym": "general",
    "poprzednik": "predecessor", "razem": "together", "wideo": "video",
}
#: Polish words that are English words too (or a part of one): read only beside a word of the tables.
POLISH_AMBIGUOUS = {"z": "from", "tam": "there"}
#: Of those, the ones read anywhere in a question with two or more words of the tables: "a kto tam mówił z NATO?".
POLISH_READ_AMONG_OTHERS = frozenset({"z"})
#: Questions opened by Polish "a" or "i" (and): "a kto tam przemawiał", "i kto z NATO HQ tam mówił".
_OPENED = r"(?:^|(?<=[.?!] ))(?:a|i) (?=(?:kto|kiedy|gdzie|co|czy|jak|ile|ktory|ktora)\b)"
#: Phrases, each with a word of it that is no English word (its cue).
POLISH_PHRASES = (
    *((cue, _OPENED, "and ") for cue in ("kto", "kiedy", "gdzie", "czy", "ile")),
    ("tam", r"\btam (przemawial[aio]?|mowil[aio]?|wystapil[aio]?|byl[aio]?|byli)\b", r"\1 tam"),  # "kto tam mówił": who spoke there
    *((cue, r"\b(gdzie|kiedy|kto) i (?=(?:gdzie|kiedy|kto)\b)", r"\1 and ") for cue in ("gdzie", "kiedy", "kto")),
    ("powiedziane", r"\bto (byl|byla|bylo) powiedziane\b", "was it said"),
    ("powiedzial", r"\bco (powiedzial|powiedziala)(?= ?[?.!]|$)", "what did they say"),
    ("powiedzial", r"\bco (?:powiedzial|powiedziala) ([a-z]+)", r"what did \1 say"),
    ("czy", r"\bczy ([a-z]+(?: [a-z]+)??) (?:byl|byla|bylo) ", r"was \1 "), ("czy", r"\bczy ([a-z]+(?: [a-z]+)??) byli ", r"were \1 "),
    ("czy", r"\bczy to prawda,? ze\b", "is it true that"), ("prawda", r"\bto prawda\b", "is that right"),
    ("nim", r"\bkto (?:byl |przyszedl )?po nim\b", "who came after him"), ("niej", r"\bkto (?:byl |przyszedl )?po niej\b", "who came after her"),
    ("nim", r"\bpo nim\b", "after him"), ("niej", r"\bpo niej\b", "after her"),
    ("sie", r"\b(?:sie odbyl[aoy]?|odbyl[aoy]? sie)\b", "was held"), ("zrobil", r"\bkto to zrobil[aiy]?\b", "who did it"),
    ("jest", r"\bco to jest\b", "what is"),
    *((verb, rf"\bco (?={verb}\b)", "what ") for verb in ("zdecydowano", "postanowiono", "ustalono", "uzgodniono", "napisal", "zrobil")), ("roku", r"\b(\d{4}) roku\b", r"\1"),
    ("ile", r"\bile lat temu\b", "how many years ago"),
    *((cue, r"\bsekretarz(?:em)? generaln(?:y|ym)\b", "secretary general") for cue in ("generalny", "generalnym")),
    ("roku", r"\bw (\d{4})\b", r"in \1"), ("rzadu", r"\bz rzadu ([a-z]+)\b", r"from the \1 government"),
    ("strony", r"\b(?:ze|od|z) strony ([a-z]+)\b", r"from the \1 side"),
    ("zeszlym", r"\bw zeszlym roku\b", "last year"), ("tym", r"\bw tym roku\b", "this year"),
)
