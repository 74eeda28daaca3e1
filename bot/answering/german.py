"""German word order read into English: claims "stimmt es, dass ...", verbs at the clause's end, quotes "im Original".

German puts the finite verb of a clause last ("dass Rutte in Tirana war") and splits a verb around its
object ("fand ... statt", "hat ... gesprochen"); read word by word, the English routes get "that rutte in
tirana was". These phrases put the verb back where English has it before ``other_languages`` reads the
remaining words (folded to ASCII: "ü" as "u", "ß" as "ss"):

    "stimmt es, dass rutte in tirana persönlich da war?"      -> "is it true that rutte was in tirana persönlich?"
    "dass die konferenz vom auswärtigen amt ausgerichtet wurde" -> "that die konferenz was ausgerichtet by the foreign office"
    "hat boris pistorius in berlin gesprochen?"               -> "did boris pistorius speak in berlin?"
    "gibt es das zitat auch auf englisch im original?"        -> "how was it in the original english?"
    "wann fand die konferenz in tallinn statt?"               -> "wann was die konferenz in tallinn held?"

Tables only, like ``french``; no module imports this but ``other_languages``. Table-tested in tests/test_german.py.
"""

from __future__ import annotations

#: German words that are no English word, read alone.
GERMAN_WORDS: dict[str, str] = {
    "dass": "that", "nicht": "not", "unser": "our", "unsere": "our", "unseren": "our", "feind": "enemy", "feinde": "enemies",
    "russland": "russia", "deutschland": "germany", "personlich": "in person", "persoenlich": "in person", "sei": "is",
    "auch": "also", "englisch": "english", "englischen": "english", "deutsch": "german", "zitate": "quotes", "satz": "line",
    "gebaude": "building", "gebaeude": "building", "welchem": "which", "investitionen": "investment", "artikel": "article",
    "rumanische": "romanian", "rumaenische": "romanian", "rumanischen": "romanian", "rumaenischen": "romanian",
    "niederlandische": "dutch", "niederlaendische": "dutch", "niederlandischen": "dutch", "niederlaendischen": "dutch",
    "albanische": "albanian", "albanischen": "albanian", "deutsche": "german", "deutschen": "german", "britische": "british",
    "nochmal": "", "redner": "speakers", "rednerin": "speaker", "eroffnungsrede": "opening speech",
    "eroeffnungsrede": "opening speech", "wortlich": "word for word", "woertlich": "word for word",
    "originalwortlaut": "original wording", "ubersetzung": "translation", "uebersetzung": "translation",
    "ubersetzt": "translated", "uebersetzt": "translated", "originalzitate": "original quotes", "erschienen": "published",
    "abgehalten": "held", "geld": "money", "zugesagt": "pledged", "wissensbasis": "knowledge", "cyberabwehr": "cyber defence",
    "liste": "list", "virtuelle": "virtual", "londoner": "london", "firmen": "companies", "privaten": "private",
    "chronologischer": "", "irgendwas": "anything", "geschichte": "history", "sicherheit": "security", "aus": "from",
    "beim": "at the", "unternehmen": "companies", "zeig": "show", "zeige": "show", "rede": "speech",
    "zusammenarbeit": "collaboration", "gastbeitrag": "op-ed", "seinen": "his", "seine": "his", "ihre": "her", "ihren": "her",
    "veroffentlicht": "published", "veroeffentlicht": "published", "meinte": "said", "meint": "says", "tage": "days",
    "monate": "months", "insgesamt": "", "wirklich": "really", "tatsachlich": "really", "tatsaechlich": "really",
    "zugeschaltet": "by video", "cyberangriffe": "cyber attacks", "gefahrlich": "dangerous", "gefaehrlich": "dangerous",
    "kinetische": "kinetic", "warschauer": "warsaw", "berliner": "berlin", "romer": "rome", "roemer": "rome",
    "haager": "hague", "tallinner": "tallinn", "tiranaer": "tirana", "ereignisse": "events", "veranstaltungen": "events",
    "begrussungsrede": "welcome speech", "begruessungsrede": "welcome speech", "alles": "", "kinetischen": "kinetic",
    "maschinell": "machine", "cyberraum": "cyberspace", "als": "as", "domane": "domain", "domaene": "domain",
    "thema": "theme", "konfernz": "conference", "konferez": "conference", "konfrenz": "conference", "konferenzn": "conference",
    "hatte": "had", "wir": "we", "mussen": "must", "muessen": "must", "zusammenstehen": "stand together",
    "operationsgebiet": "domain of operations", "anerkannt": "recognised", "beschlossen": "decided", "gegrundet": "founded",
    "damals": "then", "fur": "for", "fuer": "for", "niemand": "no one", "allein": "alone", "dasteht": "stands",
    "steht": "stands", "lander": "countries", "laender": "countries", "glaube": "think", "denke": "think", "dachte": "thought",
    "verifiziert": "verified", "belegt": "verified", "rumanien": "romania", "rumaenien": "romania", "albanien": "albania",
    "niederlande": "netherlands", "estland": "estonia", "litauen": "lithuania", "polen": "poland", "frankreich": "france",
    "grossbritannien": "united kingdom", "premierminister": "prime minister", "premierministerin": "prime minister",
    "ministerprasident": "prime minister", "ministerpraesident": "prime minister", "kannst": "can", "konntest": "could",
    "koenntest": "could", "zeigen": "show", "geben": "give", "nennen": "name", "schicken": "send", "sagen": "tell",
    "brauche": "need", "brauchen": "need", "daten": "dates", "datum": "date", "mein": "my", "meine": "my", "meinen": "my",
    "referat": "presentation", "hausarbeit": "paper", "themen": "themes", "etwas": "anything", "unterschrieben": "signed",
    "erwahnt": "mentions", "erwaehnt": "mentions", "verkundet": "announced", "verkuendet": "announced", "amt": "office",
    "fehler": "mistake", "gemeint": "meant", "zusammengefasst": "in short", "wichtig": "important", "eigene": "own",
    "angefangen": "started", "begonnen": "started", "abschlusserklarung": "final declaration", "abschlusserklaerung": "final declaration",
    "politiker": "politician", "politikerin": "politician", "gefordert": "demanded", "leute": "people", "gelesen": "read",
    "unterschied": "difference", "unterschiede": "differences", "zwischen": "between", "allererste": "very first",
    "allerersten": "very first", "doch": "", "sonst": "else", "dabei": "there", "uberschrift": "headline",
    "ueberschrift": "headline", "tippfehler": "typo", "falsch": "wrong", "bedeutet": "mean", "verwendet": "use",
    "stattfindet": "is held", "stattfand": "was held", "tage": "days", "laut": "according to", "uberhaupt": "",
    "ueberhaupt": "", "nur": "only", "begrussungssatz": "welcome line", "begruessungssatz": "welcome line",
}
#: Short words other languages spell alike ("es" in Spanish, "mir" a name): read only beside a word of the tables.
GERMAN_AMBIGUOUS = {"es": "it", "mir": "me", "er": "he", "noch": "still", "einer": "a", "arbeit": "paper", "tag": "day"}

_NOT_SUBJECT = (r"(?!(?:in|im|bei|beim|auf|am|an|zu|zum|zur|der|die|das|den|dem|ueber|uber|mit|von|vom|nicht|auch|da|dort|as|so|sehr"
                r"|wirklich|tatsachlich|eigentlich|schon|per|by|sein|seine|seinen|ihr|ihre|ihren|ein|eine|einen|etwas"
                r"|unser|unsere|unseren|kein|keine)\b)")
#: Who a clause is about: a name of one or two words, or "die erste cyber defence conference" (with its year) up to the first preposition.
_NEXT_WORD = rf"(?: {_NOT_SUBJECT}[a-z-]+)?"
_SUBJECT = rf"(?:(?:die|der|das|the) [a-z-]+{_NEXT_WORD}{_NEXT_WORD}{_NEXT_WORD}(?: \d{{4}})?|[a-z]+{_NEXT_WORD})"
#: Past participles German puts last, with the English verb ("hat X gesprochen": did X speak; "X ... eröffnet wurde": was opened).
_PARTICIPLES = {"gesprochen": ("speak", "spoken"), "gesagt": ("say", "said"), "eroffnet": ("open", "opened"),
                "eroeffnet": ("open", "opened"), "organisiert": ("host", "hosted"), "veranstaltet": ("host", "hosted"),
                "ausgerichtet": ("host", "hosted"), "zugesagt": ("pledge", "pledged"), "gehalten": ("give", "held"),
                "abgehalten": ("hold", "held"), "unterzeichnet": ("sign", "signed"), "beschlossen": ("decide", "decided"),
                "vereinbart": ("agree", "agreed"), "angekundigt": ("announce", "announced"), "geschrieben": ("write", "written"),
                "veroffentlicht": ("publish", "published"), "veroeffentlicht": ("publish", "published"),
                "anerkannt": ("recognise", "recognised"), "gegrundet": ("found", "founded"), "gegruendet": ("found", "founded"),
                "eingerichtet": ("set up", "set up"), "verabschiedet": ("adopt", "adopted"), "unterschrieben": ("sign", "signed"),
                "gehostet": ("host", "hosted"), "angefangen": ("start", "started"), "begonnen": ("start", "started")}
_PARTICIPLE = "|".join(_PARTICIPLES)
_FINITE = {"war": "was", "ist": "is", "sei": "was", "waren": "were", "sind": "are", "wurde": "was", "wurden": "were"}


def _verb_after_subject(match) -> str:
    """"dass die konferenz in berlin vom amt ausgerichtet wurde" -> "that die konferenz was hosted in berlin by the amt";
    ", als die konferenz in berlin war" -> " when die konferenz was in berlin"."""
    rest, verb = match["rest"], _FINITE[match["verb"]]
    if (last := rest.rsplit(" ", 1)[-1]) in _PARTICIPLES:  # passive: "ausgerichtet wurde" -> "was hosted"
        rest = rest[: -len(last)].strip().replace("vom ", "by the ").replace("von ", "by ")
        verb = f"{verb} {_PARTICIPLES[last][1]}"
    conjunction = "that" if match["conjunction"] == "dass" else " when"
    return f"{conjunction} {match['subject']} {verb} {rest}".rstrip()


def _was_done(match) -> str:
    """"wann wurde das nicc beschlossen" -> "wann was das nicc decided"; "was wurde in vilnius beschlossen" -> "what was decided in vilnius"."""
    past, rest = _PARTICIPLES[match["participle"]][1], match["rest"] or ""
    return f"what was {past} {rest}".rstrip() if match[1] == "was" else f"{match[1]} was {rest} {past}".replace("  ", " ")


def _did_subject_verb(match) -> str:
    """"hat boris pistorius in berlin gesprochen" -> "did boris pistorius speak in berlin"."""
    rest = "that" if match["rest"] in ("das", "dies", "es") else match["rest"] or ""  # "hat X das gesagt": said that
    return f"{match[1]}did {match['subject']} {_PARTICIPLES[match['participle']][0]} {rest}".rstrip()


def _what_did_say(match) -> str:
    """"was hat der generalsekretar in berlin uber artikel 5 gesagt" -> "what did der generalsekretar say in berlin uber artikel 5"."""
    return f"what did {match['subject']} say {match['rest'] or ''}".rstrip()


def _who_did(match) -> str:
    """"wer hat den artikel uber tirana geschrieben" -> "who wrote den artikel uber tirana"."""
    done = _PARTICIPLES[match["participle"]][1]
    return f"who {_SIMPLE_PAST.get(done, done)} {match['rest']}"


_PRONOUNS = {"sie": "she", "er": "he"}
_UNITS = {"jahr": "year", "jahren": "years", "monat": "month", "monaten": "months", "tag": "day", "tagen": "days", "woche": "week", "wochen": "weeks"}
_NUMBERS = {"einem": "a", "einer": "a", "zwei": "two", "drei": "three", "vier": "four", "funf": "five", "fuenf": "five"}


def _ago(match) -> str:
    """"vor einem jahr" -> "a year ago", "vor 3 jahren" -> "3 years ago"."""
    return f"{_NUMBERS.get(match[1], match[1])} {_UNITS[match[2]]} ago"


def _you_do_for_me(match) -> str:
    """"kannst du mir die quotes zeigen" -> "kannst you zeigen me die quotes" (read "can you show me the quotes")."""
    return f"{match[1]} you {match['verb']} me {match['rest'] or ''}".rstrip()


def _which_did(match) -> str:
    """"welche lander haben den pledge unterschrieben" -> "welche lander signed den pledge"."""
    return f"{match[1]} {_did(match)}"


def _did(match) -> str:
    """"die rom-konferenz hat heute vor vier jahren angefangen" -> "die rom-konferenz started heute vor vier jahren"."""
    done = _PARTICIPLES[match["participle"]][1]
    return f"{match['who']} {_SIMPLE_PAST.get(done, done)} {match['rest']}"


_SIMPLE_PAST = {"written": "wrote", "spoken": "spoke"}  # the other participles are their simple past too


def _true_that(match) -> str:
    """"stimmt das: rutte war per video" -> "is it true that rutte was per video"."""
    said = f" {match['subject']} {_FINITE[match['verb']]}" if match["subject"] else ""
    return f"is it true that{said}" if said else "is it true that "


#: "dass X ... war", ", als X ... war" (not "wie lange ist es her, dass", read whole below): the clause whose verb goes after its subject.
_DASS_CLAUSE = (rf"(?:(?<!her )(?<!her, )\b(?P<conjunction>dass)|, ?(?P<als>als)) (?P<subject>{_SUBJECT}) (?P<rest>[^,?!.]*?)(?: da| dabei| dort)? "
                rf"(?P<verb>{'|'.join(_FINITE)})(?=\s*(?:[,?!.]|$))")
#: "hat X ... gesprochen?", "wann hat X ... veröffentlicht", "wie viel Geld hat X ... zugesagt": a perfect asked.
_PERFECT_QUESTION = (rf"(^|(?:wann|wo|warum|wie viel [a-z]+|[,!] ?) )(?:und )?hat (?P<subject>{_SUBJECT}) "
                     rf"(?:(?P<rest>[^,?!.]+?) )?(?P<participle>{_PARTICIPLE})\b")
_ORIGINAL = "how was it in the original english"
#: (cue, pattern, replacement): each runs only when its cue word is in the question, before the other languages' phrases.
GERMAN_PHRASES = (
    ("stimmt", r"\bstimmt (?:es|das)(?: eigentlich| wirklich)?,? (?=dass\b)", "is it true "),
    ("stimmt", rf"\bstimmt (?:es|das)(?: eigentlich| wirklich)? ?: ?(?:(?P<subject>{_SUBJECT}) (?P<verb>war|ist)\b)?", _true_that),
    ("genauso", r"\b(?:genauso|ebenso) ([a-z]+) wie\b", r"as \1 as"),
    ("richtig", r"\bist (?:es|das) (?:wirklich |tatsachlich )?(?:richtig|wahr|korrekt),? (?=dass\b)", "is it true "),
    ("wahr", r"\bist (?:es|das) (?:wirklich |tatsachlich )?wahr,? (?=dass\b)", "is it true "),
    ("dass", r"\bdass (?P<subject>[a-z]+) gesagt (?:hat|hatte),? (?:dass )?", r"that \g<subject> said "),
    ("dass", r",\s?(?=dass\b)", " "), ("dass", _DASS_CLAUSE, _verb_after_subject), ("als", _DASS_CLAUSE, _verb_after_subject),
    ("welchem", r"\ban welchem tag\b", "wann"),  # read on as "when": "an welchem tag hat X das gesagt"
    ("wurde", rf"\b(wann und wo|wo und wann|wann|wo|was|wie) (?:wurde|wurden) (?:(?P<rest>[^,?!.]+?) )?(?P<participle>{_PARTICIPLE})\b", _was_done),
    ("thema", r"\bthema (?:der|des|vom)\b", "theme of the"), ("war", r"^(?:und )?was war (?=(?:das|der|die|den) )", "what was "),
    ("beschlossen", r"\bwer (?:hat|hatte) (.+?) (?:beschlossen|vereinbart)\b", r"who agreed \1"),
    ("vereinbart", r"\bwer (?:hat|hatte) (.+?) vereinbart\b", r"who agreed \1"),
    ("worum", r"\bworum (?:ging|geht) es (?:denn )?(?:bei|in|auf) (.+?)(?=\s*[?.!]*$)", r"what was \1 about"),
    ("gesagt", rf"\bwas (?:genau |eigentlich |denn )?(?:hat|hatte) (?P<subject>{_SUBJECT}) (?:(?P<rest>[^?!.]+?) )?gesagt\b", _what_did_say),
    ("eroffnung", r"\b(?:rede|ansprache) zur eroe?ffnung\b", "eroffnungsrede"),
    ("gehalten", r"\bwer (?:hat|hatte) (.+?) (?:eine|seine|ihre|die) (?:rede|ansprache|speech) gehalten\b", r"who spoke \1"),
    ("gehalten", r"\bwer (?:hat|hatte) (?:die|eine) (begru(?:e)?ssungsrede|eroe?ffnungsrede|keynote)(.*?) gehalten\b", r"who gave the \1\2"),
    ("lange", r"\bwie lange ist es (?:jetzt |schon )?her,? (?:dass|seit) (.+?)(?: (?:war|ist|stattfand|stattgefunden hat))?(?=\s*[?.!]*$)",
     r"how long ago was \1"),
    ("alt", r"\bwie (?:viele jahre |lange )?(?:ist|sind) (.+?) (?:schon |jetzt )?alt\b", r"how old is \1"),
    ("genau", r"\bheute vor genau ([a-z0-9]+) (jahren|monaten|tagen)\b", r"exactly \1 \2 ago today"),
    ("oder", r",? oder(?= ?\?)", ", right"),
    ("gesagt", r"\bzu (?=(?:[a-z0-9]+ ){1,3}gesagt\b)", "about "), ("zusammengefasst", r"[,.]? ?(?:kurz )?zusammengefasst(?: bitte)?\b", ""),
    ("amt", r"\bwelches amt hatte (\S+)\b", lambda m: f"what office did {_PRONOUNS.get(m[1], m[1])} hold"),
    ("vor", r"(?<!heute )\bvor (einem|einer|zwei|drei|vier|funf|fuenf|\d+) (jahr|jahren|monat|monaten|tag|tagen|woche|wochen)\b", _ago),
    ("rolle", r"\bwelche (?:rolle|aufgabe|funktion) (?:hatte|hat) (?P<who>.+?) (?:bei|auf|in) (?:der|dem|den)\b", r"what role did \g<who> have at the"),
    ("bis", r"\bbis wann\b", "until when"),
    ("kommt", r"\b(?:wer|welche[rs]?) kommt (.+?) zu wort\b", r"who is quoted \1"),
    ("hat", _PERFECT_QUESTION, _did_subject_verb),
    ("hat", rf"^(?P<who>{_SUBJECT}) (?:hat|hatte) (?P<rest>[^,?!.]+?) (?P<participle>{_PARTICIPLE})\b", _did),
    ("wer", rf"\bwer (?:hat|hatte) (?P<rest>.+?) (?P<participle>{_PARTICIPLE})\b", _who_did),
    ("stimmt", r",? ?stimmt (?:das|es)(?: so)?(?=\s*[?.!]*$)", ", right"),
    ("du", r"\b(kannst|konntest|koenntest) du (?:mir )?(?:(?P<rest>(?!mir\b)[^,?!.]+?) )?(?P<verb>zeigen|geben|sagen|nennen|schicken)\b", _you_do_for_me),
    ("haben", rf"\b(welche[rsn]?) (?P<who>[a-z]+) (?:haben|hat|hatten) (?P<rest>.+?) (?P<participle>{_PARTICIPLE})\b", _which_did),
    ("original", r"\b(?:gibt es|hast du|gab es) (?:das|dieses|den|diesen|dazu das|dazu den) (?:zitat|satz)(?: auch)?(?: auf englisch)?"
     r" im (?:englischen )?original(?: auf englisch)?", _ORIGINAL),
    ("original", r"\bwie (?:lautet|lautete|heisst|hiess|war) (?:das|es|der satz|das zitat)(?: denn| eigentlich)? im (?:englischen )?original\b",
     _ORIGINAL),
    ("original", r"^(?:und )?(?:auf englisch )?im (?:englischen )?original(?: auf englisch)?(?= ?[?.!]*$)", _ORIGINAL),
    ("lautet", r"\bwie lautet\b", "what is"), ("englisch", r"\bauf englisch\b", "in english"),
    ("original", r"\bim original\b", "in the original"),
    ("gab", r"\bgab es heute(?: vor [a-z0-9 ]+? (?:jahren|tagen|monaten))? (?:irgendwas|etwas|was|eine? [a-z]+|einen [a-z]+)\b",
     "what happened on this day"),
    ("gibt", r"\bwelche (?:zitate|aussagen) gibt es (?:von|vom)\b", "quotes by"), ("gibt", r"\b(welche [a-z]+) gibt es\b", r"\1 are there"),
    ("gibt", r"\bgibt es (?=zitate|aussagen|konferenzen|gipfel|quotes)", "are there "),
    ("gab", r"\bgab es (?=(?:19|20)\d\d\b)", "were there in "), ("gab", r"\bgab es\b", "were there"),
    ("das", r"\bwar das(?= ?[,?!.]|$)", "was that"), ("das", r"\bist das(?= ?[,?!.]|$)", "is that"), ("gibt", r"\bgibt es\b", "is there"),
    ("diesem", r"\ban diesem tag\b", "on this day"),
    ("viele", r"\bwie viele (jahre|tage|monate) (?:ist|war|liegt) (.+?) (?:jetzt |schon )?her\b", r"how many \1 ago was \2"),
    ("viel", r"\bwie viel (?=geld\b)", "how much "),
    ("statt", r"\bfand (.+?) statt\b", r"was \1 held"), ("statt", r"\bfanden (.+?) statt\b", r"took place \1"),
    ("welchem", r"\bin welchem land\b", "in which country"),
    ("video", r"\bper video(?: zugeschaltet| dabei)?\b", "by video"),
    ("kommen", r"\bkommen (.+?) vor\b", r"are \1"),
    ("dabei", r"\bwar ([a-z]+(?: [a-z]+)?) (auch )?(?:in|bei|auf) (.+?) dabei\b", r"was \1 \2at \3"),
    ("liste", r"\bliste (?:mir |uns )?(?:bitte )?(.+?) auf\b", r"list \1"),
    ("auf", r"\bauf (?:der|dem) (?=konferenz|gipfel|tagung|veranstaltung|pledge|cyber)", "at the "),
    ("hast", r"\bhast du\b", "do you have"), ("habt", r"\bhabt ihr\b", "do you have"),
    ("zitate", r"\b(zitate|zitat|aussagen) von\b", r"\1 by"),
    ("amt", r"\bausw(?:a|ae)rtige[mn]? amt\b", "foreign office"),
)
