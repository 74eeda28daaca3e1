"""Italian words and phrases, read into English for ``other_languages``.

Italian journalists and officials mix Italian into English questions ("quando exactly was the conference in Roma?",
"the esatta citazione of Stoltenberg", "dove e quando?"). This is Italian's share of the tables ``other_languages``
reads with: single words, and the phrases English words differently:

    "chi l'ha detto e dove?"                         -> "who said it and where?"
    "dove was it held in Roma?"                      -> "where was it held in roma?"
    "the Wales summit - dove fu pubblicato?"         -> "the wales summit - where was it published?"
    "cyberspace a domain like terra, mare e aria?"   -> "cyberspace a domain like land, sea and air?"

"dove" and "e" are English words too ("dove", Albanian's "e"): read only where Italian puts them, a question word
opening or closing a clause, "e" between two of them. Tables only; no module imports this but ``other_languages``.
Table-tested in tests/test_italian.py.
"""

from __future__ import annotations

#: Italian words that are no English word, read alone ("" drops chatter).
ITALIAN_WORDS: dict[str, str] = {
    "chi": "who", "quando": "when", "quale": "which", "quali": "which", "quanti": "how many", "quante": "how many",
    "cosa": "what", "conferenza": "conference", "conferenze": "conferences", "convegno": "conference", "vertice": "summit",
    "attacco": "attack", "attacchi": "attacks", "siti": "sites", "partecipanti": "participants", "delegati": "delegates",
    "detto": "said", "oggi": "today", "ieri": "yesterday", "anni": "years", "giorni": "days", "giorno": "day", "mesi": "months",
    "mese": "month", "grazie": "thanks", "ciao": "hello", "buongiorno": "hello", "favore": "", "stata": "", "stato": "",
    "tenuta": "held", "tenuto": "held", "dietro": "behind", "della": "of the", "dello": "of the", "degli": "of the", "nel": "in the",
    "nella": "in the", "ospitato": "hosted", "organizzato": "hosted", "successo": "happened", "tutte": "all", "tutti": "all",
    "ordine": "order", "anno": "year", "citta": "city", "esatta": "exact", "esatto": "exact", "esatte": "exact", "esattamente": "exactly",
    "preciso": "exact", "precisa": "exact", "citazione": "quote", "citazioni": "quotes", "virgolettato": "quote", "frase": "line",
    "frasi": "lines", "articolo": "article", "editoriale": "op-ed", "pubblicato": "published", "discorso": "speech",
    "intervento": "speech", "saluto": "greeting", "ministero": "ministry", "ministro": "minister", "ministra": "minister",
    "segretario": "secretary", "generale": "general", "esteri": "foreign", "difesa": "defence",
    "ambasciatore": "ambassador", "ambasciatrice": "ambassador", "collega": "colleague", "ragazzi": "young people",
    "giovani": "young people", "tema": "theme", "ufficiale": "official", "palazzo": "building", "satelliti": "satellites",
    "avversari": "adversaries", "adversari": "adversaries", "parlava": "spoke", "perfetto": "", "poi": "then", "altra": "other",
    "altro": "other", "anche": "also", "ancora": "still", "insieme": "together", "italiano": "italian", "italiana": "italian",
    "italiani": "italians", "americani": "americans", "tedesco": "german", "tedesca": "german", "francese": "french",
    "rumena": "romanian", "rumeno": "romanian", "olandese": "dutch", "albanese": "albanian", "fu": "was", "erano": "were",
    "sono": "are", "hanno": "have", "primo": "first", "secondo": "second", "terzo": "third", "quarto": "fourth", "quinto": "fifth",
    "ultimo": "last", "ultima": "last", "prossimo": "next", "prossima": "next", "perche": "why", "quanto": "how much",
    "rappresentato": "represented", "annunciato": "announced", "deciso": "decided",
}
#: Italian words that are also English words (or another table's): read only beside a word of the tables.
ITALIAN_AMBIGUOUS = {"persona": "person"}
#: Phrases, each with a word of it that is no English word (its cue).
ITALIAN_PHRASES = (
    ("dove", r"\bdove e quando\b", "where and when"), ("quando", r"\bquando e dove\b", "when and where"),
    ("e", r"\b(chi|citta|anno|mese|giorno|detto) e (?=dove|quando|anno|mese|giorno|citta|chi\b)", r"\1 and "),
    ("dove", r"(?:^|(?<=[.?!,;:] )|(?<=- )|(?<=\band ))dove(?= (?:was|is|were|did|does|do|fu|era|si|e|are)\b)", "where"),
    ("dove", r"\bdove(?=\s*[?!.]*$)", "where"),
    ("detto", r"\bchi l ?'?ha detto\b", "who said it"), ("detto", r"\bchi (?:lo )?ha detto\b", "who said"),
    ("rappresentato", r"\bchi ha rappresentato\b", "who represented"), ("era", r"\bchi c ?'?era\b", "who was there"),
    ("persona", r"\bin persona\b", "in person"), ("capisco", r"\b(?:non )?capisco\b", ""),
    ("aria", r"\bterra,? mare e aria\b", "land, sea and air"), ("per", r"\bper l ?'?(?=italia|italy)", "for "),
    ("poi", r"\be poi\b", "and then"), ("segretario", r"\bsegretario generale\b", "secretary general"), ("fu", r"\bfu pubblicato\b", "was published"),
    ("data", r"\bdata (?=precisa|esatta)", "date "),
    # the adjective after its noun: "giorno preciso", "citazione esatta", "tema ufficiale" -> "exact day", ..., "official theme"
    *((adjective, rf"\b(giorno|giorni|data|date|citazione|citazioni|frase|parole|anno|mese|luogo|tema) {adjective}\b", rf"{adjective} \1")
      for adjective in ("preciso", "precisa", "esatto", "esatta", "esatte", "ufficiale")),
)
