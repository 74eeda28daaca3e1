"""Czech words and phrases, read into English by ``czech_reading``.

Czech ministry staff mix Czech into English questions, or write them in Czech, with or without the diacritics
("kdy byla konference v Římě?", "Wales summit kdy?", "kdo řekl 'No one stands alone'?", "a co tam řekla?").
These are the tables, all folded to ASCII ("ř" is "r", "ě" is "e"): words only Czech spells so (``MARKERS``), words
read alone (``WORDS``), past forms of verbs with their English past and base forms (``PAST``: "řekl" is "said",
"co řekla" is "what did she say"), Czech's small words that English also has, read only in a Czech question
(``SMALL_WORDS``), and phrases read before the words (``PHRASES``). Tables only; no module imports this but
``czech_reading``. Table-tested in tests/test_czech_questions.py.
"""

from __future__ import annotations

#: Past forms (the "-l" participle, with its endings for she and they): Czech stem -> (English past, English base form).
PAST_STEMS: dict[str, tuple[str, str]] = {
    "rekl": ("said", "say"), "mluvil": ("spoke", "speak"), "promluvil": ("spoke", "speak"), "vystoupil": ("spoke", "speak"),
    "hostil": ("hosted", "host"), "poradal": ("hosted", "host"), "usporadal": ("hosted", "host"), "organizoval": ("hosted", "host"),
    "napsal": ("wrote", "write"), "psal": ("wrote", "write"), "oznamil": ("announced", "announce"), "zahajil": ("opened", "open"),
    "otevrel": ("opened", "open"), "vyhral": ("won", "win"), "rozhodl": ("decided", "decide"), "dohodl": ("agreed", "agree"),
    "schvalil": ("approved", "approve"), "prijal": ("adopted", "adopt"), "podepsal": ("signed", "sign"), "udelal": ("did", "do"),
    "prohlasil": ("stated", "state"), "varoval": ("warned", "warn"), "zalozil": ("founded", "found"), "zminil": ("mentioned", "mention"),
    "citoval": ("quoted", "quote"), "reagoval": ("responded", "respond"), "slibil": ("promised", "promise"), "vedl": ("led", "lead"),
    "zucastnil": ("took part", "take part"), "predstavil": ("presented", "present"), "zavazal": ("pledged", "pledge"),
    "odpovedel": ("responded", "respond"), "reprezentoval": ("represented", "represent"), "zastupoval": ("represented", "represent"),
}
#: Each past form with its ending -> (English past, English base form, the pronoun its ending names).
PAST: dict[str, tuple[str, str, str]] = {
    stem + ending: (*english, pronoun) for stem, english in PAST_STEMS.items()
    for ending, pronoun in (("", "he"), ("a", "she"), ("i", "they"), ("y", "they"), ("o", "it"))
}
#: "byl", "byla" ...: was, read with the words around it ("kdy byl" is "when was").
BE_PAST = {"byl": "was", "byla": "was", "bylo": "was", "byli": "were", "byly": "were", "nebyl": "was not", "nebyla": "was not",
           "nebylo": "was not", "je": "is", "jsou": "are", "neni": "is not", "bude": "will be"}
#: Czech words read alone.
WORDS: dict[str, str] = {
    "kdy": "when", "kde": "where", "kdo": "who", "koho": "who", "proc": "why", "jak": "how", "kolik": "how many",
    "ktery": "which", "ktera": "which", "ktere": "which", "kterou": "which", "kteri": "which", "kterem": "which",
    "jaky": "which", "jaka": "which", "jake": "which", "jakou": "which", "odkud": "from where",
    "konference": "conference", "konferenci": "conference", "konferencich": "conferences",
    "summitu": "summit", "summitem": "summit", "summite": "summit", "schuzka": "meeting", "schuzce": "meeting", "setkani": "meeting",
    "citat": "quote", "citatu": "quote", "citaty": "quotes", "vyrok": "quote", "vyroky": "quotes", "projev": "speech", "projevu": "speech",
    "zavazek": "pledge", "zavazku": "pledge", "zavazky": "pledges", "utok": "attack", "utoku": "attack", "utoky": "attacks",
    "kyberneticky": "cyber", "kyberneticke": "cyber", "kyberneticka": "cyber", "kybernetickou": "cyber", "kybernetickych": "cyber",
    "kybernetickem": "cyber", "obrana": "defence", "obrany": "defence", "obrane": "defence", "obranu": "defence",
    "bezpecnost": "security", "bezpecnosti": "security", "cviceni": "exercise", "centrum": "centre", "centra": "centre",
    "tajemnik": "secretary", "tajemnikem": "secretary", "tajemnika": "secretary", "generalni": "general", "generalnim": "general",
    "generalniho": "general", "ministr": "minister", "ministryne": "minister", "ministra": "minister", "ministrem": "minister",
    "zahranici": "foreign affairs", "premier": "prime minister", "premierka": "prime minister", "prezident": "president",
    "prezidentka": "president", "vlada": "government", "vlady": "government", "spojenci": "allies", "spojencu": "allies",
    "zeme": "country", "zemi": "countries", "statu": "countries", "rok": "year", "roce": "year", "roku": "year", "lety": "years",
    "dny": "days", "dni": "days", "mesici": "months", "dnes": "today", "dneska": "today", "vcera": "yesterday", "letos": "this year",
    "loni": "last year", "vloni": "last year", "prvni": "first", "druhy": "second", "druha": "second", "druhe": "second",
    "treti": "third", "ctvrta": "fourth", "posledni": "last", "dalsi": "next", "predchozi": "previous", "presne": "exactly",
    "presny": "exact", "presna": "exact", "presnou": "exact", "datum": "date", "prosim": "please", "diky": "thanks",
    "dekuji": "thanks", "dekuju": "thanks", "ahoj": "hello", "potrebuju": "i need", "potrebuji": "i need", "chci": "i want",
    "clanek": "article", "clanku": "article", "clanky": "articles", "fotka": "photo", "fotce": "photo", "fotografie": "photo",
    "autor": "author", "webu": "website", "stranky": "website", "velitelstvi": "headquarters", "sidli": "is based",
    "sidlo": "seat", "osobne": "in person", "skutecne": "really", "opravdu": "really", "jeste": "still", "uz": "already",
    "taky": "also", "jen": "only", "jenom": "only", "pouze": "only", "nebo": "or", "ale": "but", "ano": "yes", "pise": "writes",
    "rika": "says", "rikal": "said", "mel": "had", "mela": "had", "meli": "had", "tedy": "so", "vlastne": "", "vubec": "at all",
    "konala": "held", "konal": "held", "konalo": "held", "probehla": "took place", "probehl": "took place", "probehlo": "took place",
    "dohodnuto": "agreed", "rozhodnuto": "decided", "schvaleno": "approved", "prijato": "adopted", "oznameno": "announced",
    "uznan": "recognised", "uznano": "recognised", "zalozeno": "founded", "zalozen": "founded", "vznikl": "was founded",
    "vzniklo": "was founded", "ona": "she", "oni": "they", "jeho": "his", "jeji": "her", "mezi": "between", "podle": "according to",
    "pred": "before", "pri": "at", "tady": "here", "tom": "that", "tomu": "that", "viz": "see", "pls": "please",
}
#: Czech's small words that English (or a name) also has: read so only in a Czech question.
SMALL_WORDS: dict[str, str] = {
    "v": "in", "ve": "in", "na": "at", "o": "about", "z": "from", "ze": "from", "od": "from", "do": "until", "za": "for",
    "s": "with", "po": "after", "tam": "there", "ten": "the", "ta": "the",
    "to": "it", "web": "website", "mi": "me", "se": "", "si": "", "a": "and", "co": "what", "jo": "yes", "ne": "no",
}
#: Words only Czech spells so: a question with one of them (or a letter only Czech writes) is read as Czech.
#: Not these, which English, Polish, Spanish or Albanian also spell so ("byl", "rok", "jak" are Polish; "ano" is Spanish
#: "año"; "konference" Albanian; "jake" and "hostil" English).
MARKERS = frozenset(PAST) | {"nebyl", "nebyla", "nebylo", "jsou", "neni"} | frozenset(WORDS) - frozenset(
    "premier prezident centrum centra datum autor ale ano jen jenom ona oni viz pls rok roku statu zeme mel mela meli taky "
    "ministra dni mezi tom pred pri proc jak jaka jake uz citat konal konala konalo pouze nebo tedy konference hostil hostila "
    "hostili hostily hostilo".split())
#: Phrases read before the words (folded, lower case), each with a word of it that is no English word (its cue).
PHRASES = (
    ("jo", r",? ?ze jo\b", ", right"), ("ne", r",\s*(?:nebo )?ne(?=\s*[?!.]*\s*$)", ", right"), ("vid", r",?\s*vid(?=\s*[?!.]*\s*$)", ", right"),
    ("pravda", r",?\s*(?:je to )?pravda(?=\s*[?!.]*\s*$)", ", right"), ("spravne", r",?\s*spravne(?=\s*[?!.]*\s*$)", ", right"),
    ("tajemnik", r"\bgeneraln(?:i|im|iho) tajemnik(?:em|a)?\b", "secretary general"),
    ("tajemnikem", r"\bgeneraln(?:i|im|iho) tajemnik(?:em|a)?\b", "secretary general"),
    ("tajemnika", r"\bgeneraln(?:i|im|iho) tajemnik(?:em|a)?\b", "secretary general"),
    ("zahranici", r"\bministr(?:yne|a|em)? zahranici\b", "foreign minister"), ("obrany", r"\bministr(?:yne|a|em)? obrany\b", "defence minister"),
    ("vlady", r"\bpredsed(?:a|ou|kyne) vlady\b", "prime minister"),
    ("kdy", r"\bod kdy do kdy\b", "from when until when"), ("kdy", r"\bod kdy\b", "since when"),
    ("lety", r"\bpred (\w+) lety\b", r"\1 years ago"), ("pred", r"\bpred (\d+) (?:lety|let)\b", r"\1 years ago"),
    ("ta", r"\bta v(?: roce)?\b", "the one in"), ("ten", r"\bten v(?: roce)?\b", "the one in"), ("ze", r",? ze\b(?! jo\b)", " that"),
    ("konala", r"\bse konala\b|\bkonala se\b", "was held"), ("konal", r"\bse konal\b|\bkonal se\b", "was held"),
    ("konalo", r"\bse konalo\b|\bkonalo se\b", "was held"),
    ("roce", r"\bv roce (\d{4})\b", r"in \1"), ("roku", r"\bv roce (\d{4})\b", r"in \1"), ("rok", r"\bminul(?:y|ej|eho) rok(?:u)?\b", "last year"),
    ("pristi", r"\bpristi rok\b", "next year"), ("dej", r"\bdej(?:te)? mi\b", "give me"), ("rekni", r"\brekn(?:i|ete) mi\b", "tell me"),
    ("je", r"\bco je to\b", "what is"), ("jsou", r"\bco jsou to\b", "what are"), ("to", r"\bco to je\b", "what is"),
    ("video", r"\bpres video\b", "by video"),
    ("to", r"(?:^|(?<=, ))to o\b", "the one about"), ("to", r"\bto o (?=recommit|more|money)", "the one about "),
    ("co", r"\bco se (?:stalo|delo)\b", "what happened"), ("stalo", r"\bse stal[oa]?\b", "happened"),
    ("sidli", r"\bkde sidli\b", "where is based"),
)
#: A "-l" past form read with a subject after it, as English asks: the question words it follows.
ASKING = {"co": "what", "kdy": "when", "kde": "where", "proc": "why", "jak": "how", "kolik": "how much"}
