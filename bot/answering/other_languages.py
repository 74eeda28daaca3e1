"""Questions typed partly or wholly in German, Spanish, French, Italian, Dutch, Polish, Albanian or Romanian, read into English.

CERT and NATO staff mix their own language into chat. This reads their question
words and the nouns these questions need into English, so the English routes
answer them; everything else (names, places, numbers) is left as typed:

    "wer steckt hinter dem Angriff auf die NATO-Webseiten 2014?" -> "who is behind the attack on the nato-websites 2014?"
    "hace cuántos días dio Rutte su video address ..."           -> "how many days ago did rutte give his video address ..."
    "kur u mbajt konferenca në Tiranë?"                          -> "when was held the conference in tirana?"
    "ce a spus Odobescu la Haga?"                                -> "what did odobescu say at the hague?"

Table-driven and gated: a question with no word of ``CUES`` pays one set
intersection. Words that are also English ("was", "die", "war", "den", "de",
"son", "door") are read only inside a phrase or next to a word that is no
English word ("auf die nato", "la conferencia"). Table-tested in tests/test_other_languages.py.
"""

from __future__ import annotations


from ..patterns import lazy_pattern
from .asked_memo import text_memo
from .cued_entries import CuedEntries
from .albanian import CUE_WORDS as ALBANIAN_WORDS, MARKERS as ALBANIAN_MARKERS
from .albanian_reading import read_if_albanian
from .french import FRENCH_AMBIGUOUS, FRENCH_ELISIONS, FRENCH_PHRASES, FRENCH_WORDS, before_folding
from .dutch import DUTCH_AMBIGUOUS, DUTCH_PHRASES, DUTCH_WORDS, MARKERS as DUTCH_MARKERS
from .german import GERMAN_AMBIGUOUS, GERMAN_PHRASES, GERMAN_WORDS
from .italian import ITALIAN_AMBIGUOUS, ITALIAN_PHRASES, ITALIAN_WORDS
from .normalizing import ascii_folded, normalize
from .polish import POLISH_AMBIGUOUS, POLISH_PHRASES, POLISH_READ_AMONG_OTHERS, POLISH_WORDS
from .places import PLACES, in_english
from .portuguese_reading import is_portuguese, read_portuguese, typed_portuguese
from .romanian_reading import read_if_romanian
from .hinglish_reading import read_if_hinglish
from .czech_reading import read_if_czech
from .turkish_reading import read_if_turkish

#: Words of the five languages that are no English word, read alone ("" drops chatter).
WORDS: dict[str, str] = {
    # German
    "wer": "who", "wann": "when", "wo": "where", "warum": "why", "welche": "which", "welcher": "which", "welches": "which",
    "welchen": "which", "wieviele": "how many", "konferenz": "conference", "konferenzen": "conferences", "gipfel": "summit",
    "gipfeltreffen": "summit", "angriff": "attack", "angriffe": "attacks", "cyberangriff": "cyber attack", "webseiten": "websites",
    "webseite": "website", "teilnehmer": "participants", "gesagt": "said", "sagte": "said", "heute": "today",
    "jahren": "years", "jahre": "years", "tagen": "days", "monaten": "months", "alle": "all", "chronologisch": "in order",
    "reihenfolge": "order", "bitte": "please", "danke": "thanks", "hallo": "hello", "eigentlich": "", "genau": "exactly",
    "genauer": "exact", "wortlaut": "words", "zitat": "quote", "der": "the", "dem": "the", "das": "the", "des": "of the",
    "ein": "a", "eine": "a", "auf": "on", "mit": "with", "von": "of", "vom": "of the", "zum": "about the", "zur": "about the",
    "zu": "about", "im": "in the", "ist": "is", "sind": "are", "waren": "were", "wurde": "was", "gehalten": "held",
    "stattgefunden": "held", "veranstaltet": "hosted", "ausgerichtet": "hosted", "gastgeber": "host", "und": "and", "oder": "or",
    "zwei": "two", "drei": "three", "vier": "four", "fuenf": "five", "funf": "five", "jahr": "year", "sitzt": "is",
    "gibt": "is", "eroffnet": "opened", "eroeffnet": "opened", "organisiert": "hosted", "moin": "hello", "servus": "hello",
    "ueber": "about", "uber": "about", "ich": "i", "welt": "world",
    "aussenministerin": "foreign minister", "aussenminister": "foreign minister", "auenministerin": "foreign minister",  # "ß" folds away
    "auenminister": "foreign minister", "verteidigungsministerin": "defence minister", "verteidigungsminister": "defence minister",
    "generalsekretar": "secretary general", "generalsekretaer": "secretary general", "gastgeberin": "host", "vizeministerin": "vice minister",
    "erste": "first", "ersten": "first", "zweite": "second", "zweiten": "second", "dritte": "third", "dritten": "third", "vierte": "fourth", "vierten": "fourth", "fuenfte": "fifth", "funfte": "fifth",
    "fuenften": "fifth", "sechste": "sixth", "siebte": "seventh", "vierde": "fourth", "vijfde": "fifth", "zesde": "sixth",
    "letzte": "last", "letzten": "last", "naechste": "next", "nachste": "next", "bei": "at", "passierte": "happened", "passiert": "happened",
    "maerz": "march", "sie": "it", "dort": "there", "dorthin": "there", "gemacht": "made", "gesprochen": "spoke", "sprach": "spoke", "ausser": "except", "auer": "except",
    # Spanish
    "quien": "who", "quienes": "who", "cuando": "when", "donde": "where", "que": "what", "cual": "which", "cuales": "which",
    "cuantos": "how many", "cuantas": "how many", "conferencia": "conference", "conferencias": "conferences", "cumbre": "summit",
    "ataque": "attack", "ataques": "attacks", "participantes": "participants", "dijo": "said", "hoy": "today",
    "anos": "years", "dias": "days", "meses": "months", "todas": "all", "todos": "all", "orden": "order", "gracias": "thanks",
    "hola": "hello", "buenas": "hello", "oye": "", "organizo": "hosted", "fue": "was", "fueron": "were", "el": "the", "los": "the",
    "las": "the", "del": "of the", "su": "his", "dio": "gave", "fecha": "date", "fechas": "dates", "esta": "is", "detras": "behind", "paso": "happened",
    "ocurrio": "happened", "sitios": "sites", "cronologico": "order", "sobre": "about", "exactas": "exact", "palabras": "words",
    "verdad": "right", "presencial": "in person", "presencialmente": "in person", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "ano": "year",
    # Dutch
    "wanneer": "when", "waar": "where", "welke": "which", "hoeveel": "how many", "conferentie": "conference",
    "conferenties": "conferences", "aanval": "attack", "aanvallen": "attacks", "deelnemers": "participants", "zei": "said",
    "gezegd": "said", "vandaag": "today", "jaar": "years", "dagen": "days", "maanden": "months", "geleden": "ago",
    "alsjeblieft": "please", "alstublieft": "please", "bedankt": "thanks", "hoe": "how", "het": "the", "zit": "is",
    "achter": "behind", "heeft": "has", "werd": "was", "gehouden": "held", "georganiseerd": "hosted", "volgorde": "order",
    "chronologische": "order", "twee": "two", "drie": "three", "vijf": "five", "wat": "what", "otan": "nato", "navo": "nato", "hoi": "hello", "goedemorgen": "hello",
    "dat": "that", "functie": "position", "funktion": "position", "rolle": "role", "beruf": "job", "pozitie": "position", "functia": "position",
    "ook": "also", "persoonlijk": "in person", "onze": "our", "defensie": "defence", "buitenlandse": "foreign", "zaken": "affairs",
    "ministerie": "ministry", "ambassadeur": "ambassador", "echt": "really", "eigenlijk": "", "precies": "exactly", "toen": "then",
    "daar": "there", "welk": "which", "sprak": "spoke", "gesproken": "spoken", "spreker": "speaker", "sprekers": "speakers",
    "toespraak": "speech", "citaat": "quote", "vertaling": "translation", "vertaald": "translated", "letterlijk": "word for word",
    "bron": "source", "bronnen": "sources", "eerste": "first", "tweede": "second", "derde": "third", "laatste": "last",
    "volgende": "next", "gisteren": "yesterday", "sinds": "since", "tijdens": "during", "samen": "together", "gastheer": "host",
    "gastland": "host country", "geopend": "opened", "opende": "opened", "dankjewel": "thanks", "dankuwel": "thanks", "hoelang": "how long",
    "nietwaar": "right", "toch": "right", "een": "a", "geweest": "", "namens": "for", "landen": "countries", "spraken": "spoke", "organiseerden": "hosted", "organiseerde": "hosted",
    # months in Dutch and German that English does not spell so
    "januari": "january", "januar": "january", "februari": "february", "februar": "february", "maart": "march", "marz": "march",
    "mei": "may", "juni": "june", "juli": "july", "augustus": "august", "oktober": "october", "dezember": "december",
    # months in Italian, French, Spanish and Polish (the Polish also as dates write them: "9 pazdziernika 2025")
    "gennaio": "january", "febbraio": "february", "aprile": "april", "maggio": "may", "giugno": "june", "luglio": "july",
    "settembre": "september", "ottobre": "october", "dicembre": "december", "janvier": "january", "fevrier": "february",
    "avril": "april", "juin": "june", "juillet": "july", "aout": "august", "septembre": "september", "octobre": "october",
    "decembre": "december", "enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may",
    "junio": "june", "julio": "july", "agosto": "august", "septiembre": "september", "octubre": "october", "noviembre": "november",
    "diciembre": "december", "novembre": "november", "styczen": "january", "stycznia": "january", "luty": "february",
    "lutego": "february", "marzec": "march", "marca": "march", "kwiecien": "april", "kwietnia": "april", "maja": "may", "czerwiec": "june", "czerwca": "june", "lipiec": "july", "lipca": "july", "sierpien": "august",
    "sierpnia": "august", "wrzesien": "september", "wrzesnia": "september", "pazdziernik": "october", "pazdziernika": "october",
    "listopad": "november", "listopada": "november", "grudzien": "december", "grudnia": "december",
    # months in Romanian ("pe 9 noiembrie"; "mai" and "mars" only after a day: they are words too)
    "ianuarie": "january", "februarie": "february", "martie": "march", "aprilie": "april", "iunie": "june", "iulie": "july",
    "septembrie": "september", "octombrie": "october", "noiembrie": "november", "decembrie": "december",
    # Romanian ("cand a fost conferinta de la haga", "ce a spus rutte")
    "cand": "when", "unde": "where", "cine": "who", "care": "which", "cati": "how many", "cate": "how many", "spus": "said",
    "conferinta": "conference", "conferintei": "of the conference", "summitul": "the summit", "astazi": "today", "azi": "today",
    "acum": "ago", "ani": "years", "zile": "days", "multumesc": "thanks", "buna": "hello", "organizat": "hosted", "gazda": "host",
    "ministrul": "the minister", "acolo": "there", "ea": "she", "vorbit": "spoke", "citatul": "the quote", "haga": "the hague", "romaniei": "romania",
    "albaniei": "albania", "germaniei": "germany", "olandei": "the netherlands", "tiranes": "tirana",
    "prima": "first", "primul": "first", "primei": "first", "doua": "second", "treia": "third", "patra": "fourth", "cincea": "fifth", "pesta": "fifth", "despre": "about", "varshaves": "warsaw",
}
#: Words that are also English: read only next to a word of ``WORDS`` ("auf die nato", "wie heeft").
_AMBIGUOUS = {"die": "the", "den": "the", "war": "was", "hat": "has", "de": "the", "di": "of", "la": "the", "le": "the",
              "son": "are", "door": "by", "da": "there", "en": "in", "op": "on", "van": "of", "wie": "who", "ha": "has", "hace": "ago", "vor": "ago", "fa": "ago", "il": "", "y": "and", "al": "of",
              "e": "of", "te": "of"}
#: Phrases, each with a word of it that is no English word (its cue): a pattern runs only when its cue is in the question.
_PHRASES = (
    ("mit", r",? (?:der|die|das) mit (?:dem|der|den)\b", ", the one with the"),
    ("sitzt", r"\bwo sitzt (.+?)(?= eigentlich\b|,|\?|$)", r"where is \1 based"),
    ("wer", r"\bwer (?:hat|hatte) (.+?) (eroffnet|eroeffnet|organisiert|veranstaltet|ausgerichtet|gesagt|gesprochen)\b", r"who \2 \1"),
    ("wer", r"\bwer (?:hat|hatte) (gesagt|eroffnet|eroeffnet|organisiert|veranstaltet|ausgerichtet)\b", r"who \1"),
    ("otan", r"\b(?:(?:de|del) )?(?:la |l ?')?otan\b", "nato"), ("navo", r"\b(?:van )?de navo\b", "nato"),
    ("tenuta", r"\bsi e tenuta\b", "was held"), ("tenuto", r"\bsi e tenuto\b", "was held"),
    ("steckt", r"\b(?:wer )?steckt (?:eigentlich )?hinter\b", "who is behind"),
    ("lange", r"\bwie lange (?:ist|war) (.+?) (?:(?:jetzt|eigentlich|schon|denn) )*her\b", r"how long ago was \1"),
    ("lange", r"\bwie lange (?:ist (?:es )?|liegt )?(?:das |es )?(?:jetzt |schon )?her,? (?:dass |seit )?", "how long ago was "),
    ("viele", r"\bwie viele?\b", "how many"), ("oft", r"\bwie oft\b", "how often"),
    ("gesagt", r"\bwas (?:hat|hatte) (.+?) gesagt\b", r"what did \1 say"),
    ("gesagt", r"\bwer (?:hat|hatte) (?:das|dies|es|den satz|das zitat) (?:eigentlich |genau |wirklich )?gesagt\b", "who said that"),
    ("wem", r"\bvon wem (?:ist|stammt|kommt) (?:das|dies|der satz|das zitat)\b", "who said that"),
    ("sagte", r"\bwas sagte ([a-z]+)", r"what did \1 say"),
    ("heute", r"\bheute vor ([a-z0-9]+) (jahren|tagen|monaten)\b", r"on this day \1 \2 ago"),
    ("da", r"\bwas (?:war|geschah|passierte) (?:da|damals|an diesem tag|heute)(?: los)?\b", "what happened"),
    ("geschah", r"\bwas (?:geschah|passierte)\b", "what happened"),
    ("vielen", r"\bvor wie viel(?:en)? (jahren|tagen|monaten)\b", r"how many \1 ago"), ("haben", r"\bhaben (.+?) gemacht\b", r"did \1 make"),
    ("passiert", r"\bwas ist (.+?) passiert\b", r"what happened \1"), ("passierte", r"\bwas passierte\b", "what happened"),
    ("mai", r"\b(\d{1,2})\.? mai\b", r"\1 may"), ("maj", r"\b(\d{1,2})\.? maj\b", r"\1 may"), ("mars", r"\b(\d{1,2})\.? mars\b", r"\1 march"), ("pe", r"\bpe (?=\d)", "on "), ("me", r"\bme (?=\d)", "on "),
    ("intamplat", r"\bce s\W?\s?a intamplat\b", "what happened"), ("ndodhi", r"\bcfare ndodhi\b", "what happened"),
    ("vjet", r"\bsa (?:vjet|vite) (?:me )?(?:pare|perpara|para)\b", "how many years ago"), ("am", r"\bam (?=\d)", "on "), ("en", r"^en (?=wie|wat|waar|wanneer|hoe|welke|de|het)\b", "and "), ("over", r"\b((?:zei|sprak) [a-z]+|say|said|spoke|speak|talk|talked|gezegd|gesproken) over\b", r"\1 about"), ("ist", r"\bwer ist (?:das|sie|er)\b", "who is she"),
    ("ist", r"\bwas ist\b", "what is"), ("wann", r"\bwann war\b", "when was"), ("wo", r"\bwo war\b", "where was"),
    ("wer", r"\bwer war\b", "who was"), ("wie", r"\bwie (heeft|is|was|zijn|waren)\b", r"who \1"),
    ("hoy", r"\b(?:en )?un dia como (?:el de )?hoy\b", "on this day"), ("paso", r"\bque paso\b", "what happened"),
    ("hace", r"\bhace cuant[oa]s (anos|dias|meses|semanas) (?:que )?", r"how many \1 ago "),
    ("hace", r"\bhace cuanto(?: tiempo)? (?:que )?", "how long ago "),
    ("hace", r"\bhace ([a-z0-9]+) (anos|dias|meses)\b", r"\1 \2 ago"),
    ("dijo", r"\bque dijo ([a-z]+)", r"what did \1 say"), ("dio", r"\bdio ([a-z]+) su\b", r"did \1 give his"),
    ("haya", r"\bla haya\b", "the hague"), ("detras", r"\bquien esta detras de\b", "who is behind"),
    ("favor", r"\bpor favor\b", "please"), ("sitios", r"\bsitios web\b", "websites"), ("siti", r"\bsiti web\b", "websites"),
    ("palabras", r"\bpalabras exactas\b", "exact words"), ("coincidencia", r"\bque (?:coincidencia|casualidad)\b", ""), ("quien", r"\bquien (?:mas|more)\b", "who else"), ("casualidad", r"\bque casualidad\b", ""),
    ("fa", r"\b([a-z0-9]+) (anni|giorni|mesi) fa\b", r"\1 \2 ago"), ("detto", r"\b(?:che )?cosa ha detto ([a-z]+)", r"what did \1 say"),
    ("dietro", r"\bchi c ?'?e dietro\b", "who is behind"), ("successo", r"\b(?:che )?cosa e successo\b", "what happened"),
    ("oggi", r"\b(?:in )?un giorno come oggi\b", "on this day"),
    ("parlato", r"\b(?:ha|hanno) parlato\b", "spoke"), ("la", r"\ba(?:t)? la\b", "at the"),
    ("zei", r"\bwat zei ([a-z]+)", r"what did \1 say"), ("gezegd", r"\bwat heeft ([a-z]+) gezegd\b", r"what did \1 say"),
    ("geleden", r"\bhoe lang (?:is het )?geleden\b", "how long ago"),
    ("geleden", r"\bvandaag ([a-z0-9]+) (jaar|dagen|maanden) geleden\b", r"on this day \1 \2 ago"),
    ("achter", r"\bwie zit(?:ten)? (?:er )?achter\b", "who is behind"),
    ("er", r"\b(was|is|waren|zijn) er\b", r"\1 there"), ("er", r"\b(sprak|spraken) er\b", r"\1"), ("klopt", r"\bklopt (?:dat|dit|het)\b", "is that right"),
    ("lang", r"\bhoe lang\b", "how long"), ("je", r"\bdank (?:je|u)(?: wel)?\b", "thanks"), ("ons", r"\bons land\b", "the netherlands"),
    ("defensie", r"\bminister van defensie\b", "defence minister"), ("defensie", r"\bministerie van defensie\b", "defence ministry"),
    ("buitenlandse", r"\bminister van buitenlandse zaken\b", "foreign minister"),
    ("buitenlandse", r"\bministerie van buitenlandse zaken\b", "foreign ministry"),
    # "onze premier", "onze minister van defensie": the asker's own, Dutch, office
    ("onze", r"\bonze (?=premier|minister|ambassadeur|regering|defensie|buitenlandse|prime|ambassador|government|defence|foreign)", "dutch "),
    ("president", r"\bminister[- ]president\b", "prime minister"), ("vorig", r"\bvorig jaar\b", "last year"),
    # Albanian and Romanian phrases: "u mbajt" (was held), "a fost" (was), "ce a spus X" (what did X say), "cu cati ani in urma" (how many years ago)
    ("kush", r"\bkush e\b", "who"), ("kibernetike", r"\bkonferenc[a-z]* kibernetike\b", "the cyber conference"),
    ("kibernetike", r"\bmbrojtj[a-z]* kibernetike\b", "cyber defence"), ("per", r"\b(nato|e|te) per\b", r"\1 for"), ("te", r"\bte (?=nato\b)", "of "), ("e", r"\be (?=nato\b)", "of "),
    ("e", r"\bkonferenc[a-z]* e (pare|dyte|trete|katert|fundit)\b", r"the \1 conference"), ("multumesc", r"\bmultumesc (?:mult|frumos)\b", "thanks"),
    ("mbajt", r"\bu mbajt\b", "was held"), ("tha", r"\bcfare tha ai\b", "what did he say"), ("tha", r"\bcfare tha ajo\b", "what did she say"), ("tha", r"\bcfare tha (?!(?:ai|ajo)\b)([a-z]+)", r"what did \1 say"),
    ("si", r"^si (?=cine|ce|unde|cand)\b", "and "), ("si", r",\s*si\s*(?=[?!.]*\s*$)", ", right"), ("tha", r"\bkush e tha\b", "who said"),
    ("fost", r"\ba fost\b", "was"), ("spus", r"\bce a spus(?= ?[?.!]|$)", "what did they say"), ("spus", r"\bce a spus ([a-z]+)", r"what did \1 say"), ("spus", r"\bcine a spus\b", "who said"),
    ("urma", r"\bcu (?:cati|cate) (ani|zile) in urma\b", r"how many \1 ago"), ("ne", r"\bne (?=tirane|tirana|berlin|rome|rom|hage|the hague|hague|londer|london|paris|tallinn|vilnius|warsaw|wales|\d)", "in "),
    ("ministrul", r"\bministrul (?:de )?externe\b", "foreign minister"), ("externe", r"\bafacerilor externe\b", "foreign affairs"),
    ("ce", r"(?:^|(?<=, ))ce (?=a |s a |este |e )", "what "), ("vorbit", r"\bcine a (?:mai )?vorbit\b", "who spoke"), ("este", r"\b(cine|ce) (?:este|e)\b", r"\1 is"),
    ("din", r"\b(conferin[a-z]*|summitul) din\b", r"\1 in"), ("pergjithshem", r"\bsekretar[a-z]* i pergjithshem\b", "secretary general"),
    ("georganiseerd", r"\b(?:wie|who) heeft (.+?) georganiseerd\b", r"who hosted \1"), ("geopend", r"\b(?:wie|who) heeft (.+?) geopend\b", r"who opened \1"), ("la", r"\b(?:de )?la (?=haga|the hague|tirana|roma|rome|berlin|londra|london|paris|washington|varsovia|warsaw|vilnius)", "at "),
)
_PHRASE_RES = tuple((cue, lazy_pattern(pattern), repl) for cue, pattern, repl in (*DUTCH_PHRASES, *FRENCH_PHRASES, *GERMAN_PHRASES, *ITALIAN_PHRASES, *POLISH_PHRASES, *_PHRASES, *FRENCH_ELISIONS))
WORDS.update(FRENCH_WORDS)
WORDS.update(GERMAN_WORDS)
WORDS.update(ITALIAN_WORDS)
WORDS.update(POLISH_WORDS)
WORDS.update(DUTCH_WORDS)
WORDS.update(ALBANIAN_WORDS)
_AMBIGUOUS.update(FRENCH_AMBIGUOUS)
_AMBIGUOUS.update(GERMAN_AMBIGUOUS)
_AMBIGUOUS.update(ITALIAN_AMBIGUOUS)
_AMBIGUOUS.update(POLISH_AMBIGUOUS)
#: Any of these words in a question means it may be written in another language.
_CUED_PHRASES = CuedEntries(_PHRASE_RES)
CUES = frozenset(WORDS) | frozenset(cue for cue, _, _ in _PHRASE_RES) | ALBANIAN_MARKERS
_WORD = lazy_pattern(r"[a-z]+")
_TYPED_WORD = lazy_pattern(r"[A-Za-z]+")
#: A quotation (kept as typed when a question is read whole): 'one for all', "no one stands alone", “...”.
_QUOTED = lazy_pattern(r"""((?:(?<=\s)|^)['"“‘][^'"”’]{3,}?['"”’](?=\s|[?!.,:;]|$))""")
_OTHER_WORDS = frozenset(WORDS) | frozenset(_AMBIGUOUS)
_LOCATIVE = frozenset("de di van von w em na".split())  # "la conferencia de tirana", Polish "konferencja w pradze", Portuguese "na haia": in the place
#: Nouns after which "a"/"w" before a place is "in" (Italian, French, Polish): "conference a madrid", "szczyt w wilnie".
_GATHERINGS = frozenset("conference conferences summit meeting event conferenza conferencia konferencja szczyt sommet vertice".split())
_NAME_PARTICLES = frozenset(("von", "van"))
#: Articles (and Polish "z") read anywhere in a question with two or more words of ``WORDS``: "wann genau war die konferenz".
_ARTICLES = frozenset("die den la le het".split()) | POLISH_READ_AMONG_OTHERS
#: German verbs that open a yes/no question, read there beside any other German word: "war Rutte wirklich in Tirana".
_LEADING_VERBS = frozenset(("war", "hat"))


def read_in_english(text: str, words: list[str]) -> str:
    """``text`` as typed (punctuation kept) with its other-language words read into English.

    ``words`` are its normalised words: with none of ``CUES`` the text is returned as it is.
    """
    return _read_in_english(text, tuple(words))  # several steps of one question ask it of the same text


@text_memo
def _read_in_english(text: str, words: tuple[str, ...]) -> str:
    if is_portuguese(words, _OTHER_WORDS) or typed_portuguese(text):
        return read_portuguese(text)
    if CUES.isdisjoint(words) and not _names_place_after_preposition(words):
        return text
    as_folded = in_english(_folded(text.lower()))
    folded = in_english(_folded(before_folding(text)))  # "où": where
    folded = read_if_albanian(folded, set(_WORD.findall(folded)))  # "kur u tha kjo": when was this said
    present = set(_WORD.findall(folded))
    foreign = len(WORDS.keys() & present)
    for _, pattern, repl in _CUED_PHRASES.cued(present):
        if (read := pattern.sub(repl, folded)) != folded:
            folded, foreign = read, foreign + 1  # a phrase read: one more sign the question is in another language
    parts = _WORD.split(folded)  # the text between words
    found = _WORD.findall(folded)
    dutch = not DUTCH_MARKERS.isdisjoint(present)
    read = [_read(found, n, foreign, dutch) for n in range(len(found))]
    english = "".join(part + word for part, word in zip(parts, [*read, ""]))
    return text if english == as_folded else english  # "fighting over this 😅": nothing read, the emoji kept


def read_if_portuguese(text: str) -> str:
    """``text`` read into English if it is Portuguese, which shares too many short words with English ("a", "no",
    "do") to be read clause by clause later: read whole, first, so every step after reads English."""
    return read_portuguese(text) if is_portuguese(normalize(text).split(), _OTHER_WORDS) or typed_portuguese(text) else text


def read_whole_question(text: str) -> str:
    """``text`` read into English first if it is Ukrainian, Czech, Hinglish, Romanian, Portuguese, partly Turkish or Dutch (read whole, not clause by clause)."""
    return read_if_dutch(read_if_turkish(read_if_portuguese(read_if_romanian(read_if_hinglish(read_if_czech(read_if_ukrainian(text)))))))


def read_if_ukrainian(text: str) -> str:
    """``text`` read into English if it holds Cyrillic; the reader and its tables are imported by the first such text."""
    if text.isascii():
        return text
    from .ukrainian_reading import read_if_ukrainian as read

    return read(text)


def read_if_dutch(text: str) -> str:
    """``text`` read into English if it has a word only Dutch spells so ("wanneer", "klopt", "graag"), so that every
    step after reads English ("graag dd-mm-yyyy" is "please dd-mm-yyyy"); quoted words and names' capitals as typed.
    Two such words, not one: "wat did he do there" is English with a slip."""
    if len(DUTCH_MARKERS.intersection(words := normalize(text).split())) < 2:
        return text
    pieces = _QUOTED.split(text)  # odd pieces are quotations
    read = "".join(piece if n % 2 else read_in_english(piece, normalize(piece).split()) for n, piece in enumerate(pieces))
    capitals = {word.lower(): word for word in _TYPED_WORD.findall(text) if not word.islower() and word.lower() not in _OTHER_WORDS}
    return _WORD.sub(lambda m: capitals.get(m[0], m[0]), read) if capitals and words else read


def _folded(text: str) -> str:
    text = text.replace("ß", "ss")  # "Außenministerin", "größte": as typed without the key
    return ascii_folded(text)


def _read(words: list[str], n: int, foreign: int, dutch: bool = False) -> str:
    """The n-th word read into English; ``foreign`` is how many words of ``WORDS`` the question had, ``dutch`` whether one
    of them is only Dutch (then "de", "met", "top" are Dutch words)."""
    word = words[n]
    if word in _NAME_PARTICLES and words[n + 1 : n + 2] in (["der"], ["den"], ["de"]) or words[n - 1 : n] in (["von"], ["van"]):
        return word  # "von der leyen", "van der bellen": a name
    if word == "du" and (words[n + 1 : n + 2] or [""])[0] in PLACES:
        return "in"  # "le sommet du pays de galles": the summit in Wales
    if dutch and word in DUTCH_AMBIGUOUS and words[n + 1 : n + 2] != ["ed"]:  # "een op-ed": no "at"
        return DUTCH_AMBIGUOUS[word]
    if word in WORDS:
        return WORDS[word]
    if word == "a" and n and words[n - 1] in _GATHERINGS and (words[n + 1 : n + 2] or [""])[0] in PLACES:
        return "in"  # "the conference a madrid": in Madrid
    if word in _LOCATIVE and ((words[n + 1 : n + 2] or [""])[0] in PLACES or " ".join(words[n + 1 : n + 3]) in PLACES):
        return "in"  # "la conferencia de tirana": the conference in Tirana
    if word in _AMBIGUOUS and (any(0 <= m < len(words) and words[m] in WORDS for m in (n - 1, n + 1))
                               or (word in _ARTICLES and foreign > 1) or (word == "war" and foreign > 2) or (n == 0 and word in _LEADING_VERBS and foreign)):
        return _AMBIGUOUS[word]
    return word


def _names_place_after_preposition(words: list[str]) -> bool:
    """"konferencja w pradze", "the conference a madrid", "what did she say na hague": a place after another language's "in",
    read though no other word is foreign."""
    return any(words[n + 1] in PLACES and (word in ("w", "em", "na") or word == "a" and n and words[n - 1] in _GATHERINGS)
               for n, word in enumerate(words[:-1]) if word in ("w", "a", "em", "na"))
