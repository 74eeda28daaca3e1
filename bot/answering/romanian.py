"""Romanian words and phrases, read into English by ``romanian_reading``.

Romanian diplomats and students write their questions in Romanian, or mix it into English, with or without
the diacritics ("când a fost conferința de la Haga?", "cine e Mircea Geoană, pe scurt", "ce s-a decis pe cyber
la summitul de la Vilnius?"). These are the tables, all folded to ASCII: words only Romanian spells so
(``MARKERS``), words read alone (``WORDS``), past participles with their English past and base forms
(``PARTICIPLES``: "a spus" is "said", "ce a spus X" is "what did X say"), adjectives Romanian puts after their noun
(``AFTER_NOUN``) and phrases read before the words (``PHRASES``). Tables only; no module imports this but
``romanian_reading``. Table-tested in tests/test_romanian.py.
"""

from __future__ import annotations

#: Past participles: Romanian -> (English past, English base form). "a"/"au" before one is the perfect's auxiliary.
PARTICIPLES: dict[str, tuple[str, str]] = {
    "fost": ("was", "be"), "spus": ("said", "say"), "zis": ("said", "say"), "declarat": ("stated", "state"),
    "vorbit": ("spoke", "speak"), "scris": ("wrote", "write"), "tinut": ("held", "hold"), "organizat": ("hosted", "host"),
    "coorganizat": ("co-hosted", "co-host"), "gazduit": ("hosted", "host"), "cogazduit": ("co-hosted", "co-host"),
    "decis": ("decided", "decide"), "adoptat": ("adopted", "adopt"), "anuntat": ("announced", "announce"),
    "lansat": ("launched", "launch"), "semnat": ("signed", "sign"), "participat": ("took part", "take part"),
    "reprezentat": ("represented", "represent"), "comparat": ("compared", "compare"), "avut": ("had", "have"),
    "deschis": ("opened", "open"), "infiintat": ("founded", "found"), "creat": ("created", "create"),
    "desfasurat": ("held", "hold"), "intamplat": ("happened", "happen"), "blocat": ("blocked", "block"),
    "atacat": ("attacked", "attack"), "confirmat": ("confirmed", "confirm"), "existat": ("existed", "exist"),
    "vazut": ("saw", "see"), "cerut": ("asked", "ask"), "promis": ("promised", "promise"), "mentionat": ("mentioned", "mention"),
    "avertizat": ("warned", "warn"), "facut": ("did", "do"), "prezentat": ("presented", "present"), "aprobat": ("approved", "approve"),
    "convenit": ("agreed", "agree"), "stabilit": ("set", "set"), "venit": ("came", "come"), "durat": ("lasted", "last"), "cheltuit": ("spent", "spend"), "condus": ("led", "lead"),
}
#: Present and imperfect verbs asked of a subject ("X ce face?": what does X do): Romanian -> (auxiliary, English base form).
PRESENT_VERBS: dict[str, tuple[str, str]] = {
    "face": ("does", "do"), "are": ("does", "have"), "avea": ("did", "have"), "spune": ("does", "say"), "zice": ("does", "say"),
    "crede": ("does", "think"), "inseamna": ("does", "mean"),
}
#: Words only Romanian spells so: one of them, a letter only Romanian writes ("ș", "ț", "ă") or a clitic ("s-a",
#: "n-a") marks a question as Romanian.
MARKERS = frozenset(
    "cand cine unde fost spus zis despre conferinta conferintei conferintele summitul summitului citatul vorbit anuntat "
    "tinut cati cate ceva vreo acolo pentru dupa impreuna functie functia secretarul presedintele ministrul decis adoptat "
    "gazduit cogazduit coorganizat avut legatura diferenta intre anume parca datele zile delegatii tara tari eveniment "
    "evenimentul editia exercitiul nimic gasesc intamplat desfasurat infiintat reprezentat participat scris discursul "
    "articolul deschiderea deschidere anul trecut urmator urmatorul primele cuvintele formularea traducere engleza "
    "exista acum alaturi fata catre inceput sfarsit doar citat concret corect rog scurt anuala virtuala".split())
#: Months (Romanian "mai" is also "more": read as May only beside a day, a year or "in").
MONTHS = {"ianuarie": "january", "februarie": "february", "martie": "march", "aprilie": "april", "iunie": "june",
          "iulie": "july", "august": "august", "septembrie": "september", "octombrie": "october", "noiembrie": "november",
          "decembrie": "december"}
#: Adjectives Romanian puts after their noun ("datele exacte": the exact dates).
AFTER_NOUN = {"exacte": "exact", "exacta": "exact", "exact": "exact", "anuala": "annual", "anual": "annual", "virtuala": "virtual",
              "virtual": "virtual", "interna": "internal", "ruseasca": "russian", "rusesti": "russian", "chinezeasca": "chinese",
              "chinezesti": "chinese", "romaneasca": "romanian", "romana": "romanian", "olandeza": "dutch", "oficial": "official",
              "urmatoare": "next", "urmator": "next", "urmatorul": "next", "trecut": "last", "trecuta": "last", "nou": "new", "noua": "new"}
#: Words read alone ("" drops chatter).
WORDS: dict[str, str] = {
    "cand": "when", "unde": "where", "cine": "who", "ce": "what", "care": "which", "cum": "how", "cat": "how much", "cata": "how much",
    "cati": "how many", "cate": "how many", "ca": "that", "e": "is", "este": "is", "sunt": "are", "erau": "were", "va": "will", "fi": "be",
    "si": "and", "sau": "or", "dar": "but", "nu": "not", "la": "at", "in": "in", "din": "from", "pe": "on", "cu": "with",
    "despre": "about", "pentru": "for", "pt": "for", "dupa": "after", "inainte": "before", "intre": "between", "fara": "without",
    "catre": "by", "de": "of", "al": "of", "ai": "of", "ale": "of", "o": "a", "un": "a", "unei": "a", "unui": "a", "vreo": "any",
    "ceva": "something", "nimic": "nothing", "acolo": "there", "aici": "here", "acum": "now", "atunci": "then", "azi": "today",
    "astazi": "today", "ieri": "yesterday", "mereu": "always", "anume": "exactly", "exact": "exactly", "concret": "exactly", "oficial": "officially",
    "personal": "in person", "parca": "", "oare": "", "deci": "so", "totusi": "still", "doar": "only", "inca": "still",
    "el": "he", "ea": "she", "lui": "his", "lor": "their", "eu": "i", "noi": "we", "asta": "this", "acesta": "this",
    "aceasta": "this", "acest": "this", "ei": "her", "mai": "", "ul": "", "aceea": "that", "acela": "that", "cea": "the one", "cel": "the one",
    "conferinta": "conference", "conferintei": "of the conference", "conferinte": "conferences", "conferintele": "the conferences",
    "summitul": "the summit", "summitului": "of the summit", "reuniunea": "the meeting", "reuniune": "meeting",
    "intalnirea": "the meeting", "eveniment": "event", "evenimentul": "the event", "evenimente": "events", "editia": "edition",
    "editie": "edition", "editii": "editions", "exercitiul": "the exercise", "exercitiu": "exercise", "atac": "attack",
    "atacul": "the attack", "atacuri": "attacks", "citat": "quote", "citatul": "the quote", "citate": "quotes",
    "citatele": "the quotes", "discurs": "speech", "discursul": "the speech", "discursuri": "speeches", "deschidere": "opening",
    "deschiderea": "the opening", "articol": "article", "articolul": "the article", "articolului": "of the article",
    "data": "date", "datele": "the dates", "date": "dates", "zi": "day", "ziua": "the day", "zile": "days", "zilele": "the days",
    "an": "year", "anul": "the year", "ani": "years", "anii": "the years", "luna": "month", "saptamana": "week",
    "tara": "country", "tarii": "of the country", "tari": "countries", "tarile": "the countries", "oras": "city", "orasul": "the city",
    "ministerul": "the ministry", "ministra": "minister", "ministrul": "minister", "ministrului": "of the minister",
    "presedintele": "president", "presedinte": "president", "premierul": "prime minister", "premier": "prime minister",
    "secretarul": "the secretary", "secretar": "secretary", "adjunct": "deputy", "adjunctul": "the deputy", "delegatii": "delegations",
    "delegatia": "the delegation", "delegatie": "delegation", "gazda": "host", "gazde": "hosts", "gazdele": "the hosts",
    "rol": "role", "rolul": "the role", "functie": "position", "functia": "the position", "legatura": "connection",
    "diferenta": "difference", "formularea": "the wording", "formulare": "wording", "traducere": "translation",
    "tradus": "translated", "engleza": "english", "romana": "romanian", "buget": "budget", "bugetul": "the budget",
    "investitii": "investment", "investitiile": "investment", "aparare": "defence", "apararea": "defence",
    "apararii": "of defence", "securitate": "security", "securitatea": "security", "centrul": "the centre",
    "nota": "note", "agenda": "diary", "comunicatul": "the press release", "comunicat": "press release", "cuvinte": "words",
    "cuvintele": "the words", "primele": "the first", "prima": "first", "primul": "first", "ultima": "last", "ultimul": "last",
    "urmatoarea": "the next", "urmatorul": "the next", "energia": "energy", "energie": "energy", "tehnologia": "technology",
    "tehnologie": "technology", "dependenta": "dependence", "angajamentul": "the pledge", "angajament": "pledge",
    "alianta": "alliance", "aliatii": "allies", "aliati": "allies", "atacurile": "the attacks", "site": "site", "sursa": "source",
    "sursele": "the sources", "numele": "the name", "exista": "exists", "scrie": "writes", "suna": "sounds", "era": "was",
    "doi": "two", "doua": "two", "trei": "three", "patru": "four", "cinci": "five", "sase": "six", "zece": "ten",
    "olanda": "the netherlands", "olandei": "the netherlands", "romaniei": "romania", "albaniei": "albania",
    "germaniei": "germany", "belgia": "belgium", "belgiei": "belgium", "italiei": "italy", "tirane": "tirana",
    "multumesc": "thanks", "salut": "hello", "buna": "hello", "rog": "please",
    **MONTHS, **{participle: past for participle, (past, _) in PARTICIPLES.items()},
}
#: Words that are also English ("a", "are", "am", "era", "personal", "exact"): read only when a Romanian word stands beside them.
AMBIGUOUS = frozenset("a are era e o la in de pe date data personal exact oficial concret cat care cea".split())
#: Words after which a subject ends ("ce a spus Stoltenberg la Roma": the subject is Stoltenberg).
SUBJECT_ENDS = frozenset("la in din de pe cu despre pentru pt dupa acolo aici exact anume atunci cand unde si".split())
#: The asking words a subject and a verb follow or come before: Romanian -> English.
ASKING = {"ce": "what", "cand": "when", "unde": "where", "cum": "how", "de ce": "why", "de cand": "since when"}
#: Nouns asked of with "ce" ("ce rol a avut": what role did ... have).
ASKED_NOUNS = {"rol": "role", "functie": "position", "legatura": "connection", "citat": "quote", "atac": "attack",
               "zi": "day", "data": "date", "date": "dates", "zile": "days", "summit": "summit", "conferinta": "conference"}
#: (cue, pattern, replacement) read before the words, in this order; each runs only when its cue word is in the question.
PHRASES = (
    *((cue, rf"\b(?:a|al) {cue}\b", f"the {english}") for cue, english in (("doua", "second"), ("doilea", "second"), ("treia", "third"),
                                                                       ("treilea", "third"), ("patra", "fourth"), ("patrulea", "fourth"), ("cincea", "fifth"), ("cincilea", "fifth"))),
    ("exista", r"\bde cand exista\b", "since when has it existed"), ("diferenta", r"\bce diferenta (?:e|este) intre\b", "what is the difference between"),
    ("fost", r"\b(unde|cand) a fost(?=\s*(?:[?!.,]|$))", r"\1 was it"), ("fi", r"\b(unde|cand) va fi\b", r"\1 will it be"),
    ("nimic", r"\bnu gasesc nimic\b", "i cannot find anything"), ("suna", r"\bsuna a\b", "sounds like"),
    ("tinut", r"\ba tinut\b(?=(?: [a-z]+){0,2} discurs)", "gave"), ("participat", r"\bparticipat la\b", "participat in"),
    ("din", r"\bdin (?=\d)", "in "), ("ce", r"\bin ce (zi|data)\b", r"on which \1"),
    ("cyber", r"\b(conferint[a-z]*|aparar[a-z]*|atac[a-z]*|exercitiul|securitatea) (nato )?cyber\b(?! coalition)", r"\2cyber \1"),
    *((cue, rf"(?:,\s*|\s+)\b{cue}\s*\?", ", right?") for cue in ("corect", "da", "nu")),
    ("fost", r"\bn-?a fost\b", "was there no"), ("existat", r"\bn-?au existat\b", "there were none"),
    ("gasesc", r"\bnu-?l gasesc\b", "i cannot find it"), ("gasesc", r"\bnu (?:o )?gasesc\b", "i cannot find"),
    ("nevoie", r"\bam nevoie de\b", "i need"), ("vazut", r"\bam vazut ca\b", "i saw that"), ("rog", r"\bva rog\b", "please"),
    ("scurt", r"\bpe scurt\b", "briefly"), ("fapt", r"\bde fapt\b", "actually"), ("general", r"\bin general\b", "at all"),
    ("ce", r"\bde ce\b", "why"), ("cand", r"\bde cand\b", "since when"), ("partea", r"\bdin partea\b", "on behalf of"),
    ("impreuna", r"\bimpreuna cu\b", "together with"), ("asa", r"\basa e\b", "is that right"), ("incurc", r"\bma incurc\b(?: mereu)?", "i mix them up"),
    ("deschidere", r"\bdiscursul de deschidere\b", "the opening speech"), ("externe", r"\bministrul? (?:de )?externe\b", "foreign minister"),
    ("externe", r"\b(?:ministerul )?afacerilor externe\b", "foreign ministry"), ("mae", r"\bmae\b", "foreign ministry"),
    ("general", r"\bsecretar(?:ul)? general\b", "secretary general"), ("acum", r"\bacum (\d+|un|o|doi|doua|trei|patru|cinci) (ani|an|zile|zi|luni|saptamani)\b", r"\1 \2 ago"),
    ("trecut", r"\banul trecut\b", "last year"), ("urmator", r"\banul urmator\b", "the next year"), ("asta", r"\b(?:anul|in anul) asta\b", "this year"),
    ("intamplat", r"\bce s-?a intamplat\b", "what happened"), ("mai", r"\b(\d{1,2}|in|din|pe|luna) mai\b(?!\s+(?:mult|multe|vorbit|spus|zis|fost|ales)\b)", r"\1 may"),
    ("mai", r"\bmai (?=\d{4}\b)", "may "), ("mai", r"\bcine a mai\b", "who else"),
    ("acum", r"\bacum\b(?=\s*(?:[?!.,]|$))", "now"), ("arata", r"\bcum arata\b", "what does it look like"),
)
