"""French words and phrases, read into English for ``other_languages``.

Francophone staff (Brussels, Mons) mix French into their questions, or write them wholly in
French. This is French's share of the tables ``other_languages`` reads with: single words, and
phrases whose word order English turns round ("c'était où?" -> "where was it?", "qu'a-t-elle
dit" -> "what did she say", "elle a eu lieu quand?" -> "when was it held?"):

    "la conférence de Berlin, elle a eu lieu quand?" -> "the conference in berlin, when was it held?"
    "qui a écrit l'article sur la conférence de La Haye?" -> "who wrote the article about the conference in the hague?"

``before_folding`` reads the two words whose accent alone tells them apart ("où" where, "ou" or;
"à" at, "a" has) before accents are dropped. Tables only; no module imports this but
``other_languages``. Table-tested in tests/test_french.py.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

#: French words that are no English word, read alone ("" drops chatter).
FRENCH_WORDS: dict[str, str] = {
    "qui": "who", "quand": "when", "quel": "which", "quelle": "which", "quels": "which", "quelles": "which", "quoi": "what",
    "pourquoi": "why", "combien": "how many", "sommet": "summit", "attaque": "attack", "attaques": "attacks", "aujourd": "today",
    "hui": "", "ans": "years", "annee": "year", "annees": "years", "jour": "day", "jours": "days", "mois": "months",
    "semaine": "week", "semaines": "weeks", "merci": "thanks", "bonjour": "hello", "salut": "hello", "svp": "please",
    "stp": "please", "dit": "said", "les": "the", "du": "of the", "des": "of the", "qu": "what", "derriere": "behind", "lieu": "held",
    "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "ete": "been", "ordre": "order",
    "chronologique": "order", "toutes": "all", "tous": "all", "s'il": "", "plait": "", "etait": "was", "etaient": "were",
    "au": "at the", "aux": "at the", "et": "and", "ou": "or", "avec": "with", "dans": "in", "pour": "for", "sur": "about", "sans": "without",
    "pendant": "during", "avant": "before", "apres": "after", "depuis": "since", "entre": "between", "selon": "according to",
    "elle": "she", "ils": "they", "elles": "they", "nous": "we", "vous": "you", "tu": "you", "je": "i", "une": "a",
    "sa": "her", "ses": "his", "leur": "their", "cette": "this", "ces": "these", "pas": "not",
    "premiere": "first", "deuxieme": "second", "troisieme": "third", "quatrieme": "fourth",
    "cinquieme": "fifth", "dernier": "last", "derniere": "last", "prochain": "next", "prochaine": "next", "toute": "",
    "nouveau": "new", "nouvelle": "new", "ministre": "minister", "secretaire": "secretary", "discours": "speech",
    "marquante": "memorable", "mots": "words", "mot": "word",
    "exactement": "exactly", "vraiment": "really", "seule": "alone", "seul": "alone", "aussi": "also", "deja": "already",
    "jamais": "ever", "ecrit": "wrote", "parle": "spoke", "parlait": "spoke", "parlaient": "spoke", 
    "decidee": "decided", "reconnu": "recognised", "remplace": "replaced", "ouvert": "opened", "annonce": "announced",
    "appele": "called", "accueilli": "welcomed", "adopte": "adopted", "cree": "created", "creee": "created",
    "prise": "taken", "pris": "taken", "signe": "signed", "fait": "made", "cyberespace": "cyberspace", "integre": "integrated", "numero": "number", "paragraphe": "paragraph", "paragraphes": "paragraphs", "integree": "integrated",
    "cyberdefense": "cyber defence", "cyberattaque": "cyber attack", "cyberattaques": "cyber attacks", "domaine": "domain",
    "reste": "remains", "promet": "promises", "demandes": "requests", "armees": "armed forces",
    "etrangeres": "foreign", "francaise": "french", "francais": "french", "albanais": "albanian", "albanaise": "albanian",
    "allemande": "german", "allemand": "german", "italienne": "italian", "italien": "italian", "neerlandaise": "dutch",
    "neerlandais": "dutch", "roumaine": "romanian", "roumain": "romanian", "estonienne": "estonian", "estonien": "estonian",
    "britannique": "british", "americain": "american", "americaine": "american", "belge": "belgian", "turc": "turkish",
    "turque": "turkish", "jeunes": "young", "influenceurs": "content creators", "influenceuses": "content creators",
    "pays": "country", "comme": "as", "explique": "explain", "expliquer": "explain", "erreur": "mistake", "remarquable": "memorable",
    "organisateur": "host", "organisatrice": "host", "organisateurs": "hosts", "hote": "host",
    "quelqu": "someone", "personne": "person", "basee": "based", "situe": "located", "situee": "located", "aura": "will",
    "argent": "money", "chine": "china", "russie": "russia", "energie": "energy", "faciale": "facial", "menace": "threat",
    "menaces": "threats", "espionnage": "espionage", "ennemi": "enemy", "adversaire": "adversary", "valeurs": "values",
    "dissuasion": "deterrence", "investissement": "investment", "investissements": "investment", "depenses": "spending",
    "tribune": "op-ed", "tribunes": "op-eds", "sera": "will be", "participe": "took part", "notre": "our", "nos": "our", "vos": "your", "votre": "your",
}
#: French words that are also English (or another table's) words: read only beside a word of the tables.
FRENCH_AMBIGUOUS = {"organise": "hosted", "premier": "first", "decide": "decided", "citation": "quote", "citations": "quotes", "est": "is", "un": "a", "aide": "help", "base": "based", "il": "", "en": "in"}
_NATIONALITIES = ("albanais", "albanaise", "francais", "francaise", "allemand", "allemande", "italien", "italienne", "neerlandais",
                  "neerlandaise", "roumain", "roumaine", "estonien", "estonienne", "britannique", "americain", "americaine", "belge", "turc", "turque")
_PRONOUNS = {"il": "he", "elle": "she", "ils": "they", "elles": "they", "on": "they"}
_BASE_VERBS = {"decide": "decide", "dit": "say", "fait": "do", "annonce": "announce", "promis": "promise", "adopte": "adopt", "ecrit": "write"}


def _asked_said(match) -> str:
    """"qu'a-t-il dit" -> "what did he say"."""
    return f"what did {_PRONOUNS[match[1]]} say"


def _asked_what(match) -> str:
    """"ils ont décidé quoi" -> "what did they decide"."""
    return f"what did {_PRONOUNS[match[1]]} {_BASE_VERBS[match[2]]}" + (" about" if match[0].endswith(("pour", "sur")) else "")


def _summit_of_place(match) -> str:
    """"sommet de Varsovie", "sommet du pays de Galles" -> "warsaw summit", "wales summit" (a place's summit, as English names it)."""
    place = next((p for p in (match[1], match[1].split()[0]) if p in PLACES), None)
    return f"{place} summit{match[1][len(place):]}" if place else match[0]


def _called_to_do(match) -> str:
    """"il a appelé les Alliés à quoi" -> "what did he call the allies to do"."""
    return f"what did {_PRONOUNS[match[1]]} call {match[2]} to do"


_A = r"\W?"  # an apostrophe or hyphen as typed ("c'était", "c’était", "est-ce", "c etait")
#: (cue, pattern, replacement): each pattern runs only when its cue word is in the question; in this order.
FRENCH_PHRASES = (
    ("quand", r"^(.+?) (?:a ete|etait) (.+?) de quand (?:a|at) quand\b", r"from when to when was \1 \2"),
    ("est", rf"\bqu{_A}est{_A}ce qui s{_A}est passe\b", "what happened"),
    ("passe", rf"\b(?:il )?s{_A}est passe (?:quoi|what)\b", "what happened"),
    ("est", rf"\bqu{_A}est{_A}ce qu{_A}(il|elle|ils|elles|on) (?:(?:a|ont) )?({'|'.join(_BASE_VERBS)})\b(?: (?:pour|sur)\b)?", _asked_what),
    ("est", rf"\bqu{_A}est{_A}ce (?:que |qu{_A})", "what "),
    ("est", rf"\b(quand|where|comment|pourquoi) est{_A}ce (?:que |qu{_A})", r"\1 did "),
    ("est", rf"\b(qui|quoi) est{_A}ce (?:que |qu{_A})", r"\1 "),
    ("est", rf"\best{_A}ce (?:que |qu{_A})", "did "),
    ("dit", rf"\bqu{_A}a{_A}t{_A}(il|elle) dit\b", _asked_said),
    ("dit", rf"\bqu{_A}ont{_A}ils dit\b", "what did they say"),
    ("dit", r"\bwhat ([a-z]+(?: [a-z]+)?) (?:a|ont) dit\b", r"what did \1 say"),
    ("dit", rf"\bqui (?:l{_A})?a dit(?: (?:ca|cela|ceci|cette phrase|ces mots)\b|(?=\s*(?:[-?!.,:]|$)))", "who said that"),
    ("dit", r"\bqu ?a dit ([a-z]+)", r"what did \1 say"),
    ("dit", r"\b(il|elle) a dit (?:quoi|what)\b", r"what did \1 say"),
    ("parole", r"\b(?:a|ont|avait) pris la parole\b", "spoke"), ("parole", r"\bprendre la parole\b", "speak"),
    ("parle", r"\b(?:a|ont) parle\b", "spoke"), ("parle", r"\bil parle\b", "he talks"),
    ("lieu", r"\b(?:il|elle|ca|cela) a eu lieu (?:quand|when)\b", "when was it held"),
    ("lieu", r"\ba eu lieu\b", "was held"), ("lieu", r"\baura lieu\b", "will be held"),
    ("ete", r"\b(?:il|elle) a ete ([a-z]+) (?:quand|when)\b", r"when was it \1"),
    ("ete", r"\b(?:il|elle) a ete\b", "was it"), ("ete", r"\ba ete\b", "was"),
    ("organise", r"\bco ?-?organise\b", "co-hosted"),
    ("combien", rf"\b(?:c{_A}etait )?il y a combien (?:de |d{_A})(ans|annees|jours|mois|semaines)(?: (?:aujourd hui|today))?", r"how many \1 ago was it"),
    ("etait", rf"\bc{_A}etait (where|when|who|quand|qui|quoi) (and|et) (where|when|quand)\b", r"\1 and \3 was it"),
    ("etait", rf"\bc{_A}etait (where|quand|qui|quoi)\b", r"\1 was it"),
    ("etait", rf"\bc{_A}etait (quel(?:le)?s? [a-z]+(?: [a-z]+)?)", r"\1 was it"),
    ("etait", rf"\bc{_A}etait (?:a|at) (?!la\b|le\b|l')", "was it in "), ("etait", rf"\bc{_A}etait\b", "was it"),
    ("est", r"\b(where|when|who|how|qui|quand|comment) est\b", r"\1 is"), ("est", rf"\bc{_A}est (qui|quoi)\b", r"\1 is it"), ("est", rf"\bc{_A}est de qui\b", "who said it"),
    ("est", rf"\bc{_A}est (quel(?:le)?s? [a-z]+)", r"\1 is it"), ("est", rf"\bc{_A}est (?:correct|vrai|juste|exact)\b", "is that right"), ("est", rf"\bc{_A}est\b", "is it"),
    ("est", r"\b(?:il|elle) est (?:(actually|vraiment|aujourd hui) )?(?:base|basee|situe|situee) where\b", r"where is it \1 based"),
    ("ans", r"\bil y a ([a-z0-9]+) (ans|annees|jours|mois|semaines)\b", r"\1 \2 ago"),
    ("combien", rf"\bcombien (?:de |d{_A})", "how many "),
    ("avait", r"\by avait{_A}il\b", "was there"), ("avait", r"\bil y avait\b", "there was"),
    ("il", r"\bil y a eu\b", "there was"), ("ans", r"\b([a-z0-9]+) (ans|annees) (avant|apres|plus tard)\b", r"\1 \2 \3"),
    ("plait", r"\bs il (?:te|vous) plait\b", "please"), ("aujourd", r"\baujourd hui\b", "today"),
    ("ou", r"^ou (?=est|a|se|s est|etait|sont)\b", "where "), ("ca", r"\b(where|who|when) ca\b", r"\1"),
    ("le", r"\ble (?=\d)", "on "), ("un", r"\bun (?=\d{1,2} (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)", "on "),
    ("mai", r"\ben mai\b", "in may"), ("en", r"\ben (?=(?:19|20)\d\d\b)", "in "),
    ("annee", r"\bcette annee\b", "this year"), ("annee", r"\bl{_A}annee (?:derniere|passee)\b", "last year"),
    ("dernier", r"\bl{_A}an dernier\b", "last year"), ("annee", r"\bl{_A}annee prochaine\b", "next year"),
    ("ministre", rf"\b(premier ministre|ministre|ambassadeur|ambassadrice|president|presidente)((?: des armees| de la defense| des affaires etrangeres)?) ({'|'.join(_NATIONALITIES)})\b", r"\3 \1\2"),
    ("premier", r"\bpremier ministre\b", "prime minister"), ("ministre", r"\bministre des armees\b", "armed forces minister"),
    ("ministre", r"\bministre (?:de la )?defense\b", "defence minister"), ("ministre", r"\bministre des affaires etrangeres\b", "foreign minister"),
    ("secretaire", r"\bsecretaire general\b", "secretary general"), ("fait", r"\bau fait\b", "by the way"),
    ("avance", r"\bmerci d{_A}avance\b", "thanks"),
    ("expliquer", rf"^(.+?),? (?:tu peux|vous pouvez|peux{_A}tu|pouvez{_A}vous) (?:m{_A}|me |nous )?(?:l{_A})?expliquer\b", r"explain \1"), ("peux", rf"\b(?:tu peux|vous pouvez|pourrais{_A}tu|pouvez{_A}vous) (?:m{_A}|me |nous )?", "can you "),
    ("tu", rf"\b(?:tu as|as{_A}tu)\b", "do you have"), ("avez", rf"\b(?:vous avez|avez{_A}vous)\b", "do you have"), ("crois", r"\bje (?:crois|pense)\b", "i think"),
    ("aide", rf"\b(?:demandes|demande) d{_A}aide\b", "requests for help"),
    ("discours", r"\b(?:(?:a|ont|avait) )?(?:fait|prononce|donne) (un|son|le|leur) discours\b", r"gave \1 discours"), ("phrase", r"\bune phrase (?:marquante|remarquable|celebre|forte)\b", "a memorable line"),
    ("decide", r"\b(was it|was|were|ete) decidee?s?\b", r"\1 decided"),
    ("de", r"\b(discours|citation|citations|speech|quote|quotes|article|photo|texte) (?:de|d') ?(?=[a-z])", r"\1 by "),
    # the knowledge's own names, as French names them
    ("integre", rf"\bcentre integre (?:de |d{_A})?(?:la )?(?:cyberdefense|cyber defence|cyber)\b", "integrated cyber defence centre"),
    ("renforcee", rf"\bpolitique (?:de |d{_A})?(?:la )?(?:cyberdefense|cyber defence) renforcee\b", "enhanced cyber defence policy"),
    ("engagement", rf"\bengagement (?:en matiere )?(?:de |d{_A})?(?:la )?(?:cyberdefense|cyber defence)\b", "cyber defence pledge"),
    ("son", r"\b(dans|de|pour|avec|sur|selon|at|in|with) (son|sa|ses)\b", r"\1 his"), ("son", r"\b(?:son|sa) (?=discours|op|article|message|texte|intervention|allocution)", "his "),
    ("sommet", rf"\bsommet (?:du |de la |des |de |d{_A})([a-z]+(?: [a-z]+)?)", _summit_of_place),
    ("reconnaissance", r"\breconnaissance faciale\b", "facial recognition"), ("prive", r"\bsecteur prive\b", "private sector"),
    ("quand", r"\bde quand (?:a|at) quand\b", "from when to when"), ("au", r"\bau (?=wales\b)", "in "),
    ("derriere", r"\bqui est derriere\b", "who is behind"), ("personne", r"\ben personne\b", "in person"),
    ("que", r"\b(dit|dire|disent|ecrit|writes|says|said|pense|crois|think) que\b", r"\1 that"), ("que", r"\bparce que\b", "because"),
    ("appele", r"\b(il|elle|ils|elles|on) (?:(?:a|ont) )?appele (.+?) (?:a|at) quoi\b", _called_to_do), ("quoi", r"\b(?:at|a) quoi\b", "to what"), ("quoi", rf"\b(il|elle|ils|elles|on) (?:(?:a|ont) )?({'|'.join(_BASE_VERBS)}) (?:quoi|what)(?: (?:pour|sur)\b)?", _asked_what),
    ("toute", r"\b(?:la|le) (?:toute|tout) (premiere|premier)\b", r"the very \1"),
)
for _participle in ("ecrit", "remplace", "decide", "reconnu", "ouvert", "annonce", "appele", "accueilli", "adopte", "cree", "signe",
                    "fait", "organise", "participe"):  # "qui a écrit": who wrote; "qui a co-organisé": who co-hosted
    FRENCH_PHRASES = ((_participle, rf"\b(?:a|ont|avait|avaient) (?=(?:co ?-?)?{_participle}\b)", ""), *FRENCH_PHRASES)
#: Read after every other phrase (of every language): what is left elided, "l'op-ed", "d'opérations".
FRENCH_ELISIONS = (("l", r"\bl'(?=[a-z])", "the "), ("d", r"\bd'(?=[aeiouy])", "of "))
_ASCII_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "—": "-", "–": "-"})
_FRENCH_WORD = lazy_pattern(r"(?<!\w)(?:où|à)(?!\w)")


def before_folding(text: str) -> str:
    """``text`` lowercased with "où" read as "where" and "à" as "at", and the marks folding would drop (curly quotes,
    guillemets, dashes) typed as ASCII: a quotation or a clause break survives the reading."""
    lowered = text.lower().translate(_ASCII_MARKS)
    if "où" not in lowered and "à" not in lowered:
        return lowered
    return _FRENCH_WORD.sub(lambda m: "where" if m[0] == "où" else "at", lowered)
