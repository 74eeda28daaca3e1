"""People in the news whom a question may name and the knowledge may not hold: never answered with someone else's entry.

A question naming a leader the knowledge never mentions ("zelensky nato cyber conference speech", "von der leyen cyber
defence pledge", "what did nato say about macron's cyber plan") was answered by its other words alone: a quote by
Stoltenberg, the pledge's card, as if they were the answer. Like the gazetteer of places (``places``), this is a list of
names people ask about, kept to names no common word shares ("may", "johnson" and "trump" only with a first name):

    figures_named(lookup, "zelensky nato cyber conference speech")  -> ["Volodymyr Zelensky"]
    figures_named(lookup, "blinekn at tirana - what did he say")    -> ["Antony Blinken"] (two letters swapped)
    figures_named(lookup, "what did meloni say")                    -> [] while the knowledge's own text names Meloni

``without_unheld_figure`` turns a reply that never names the person asked about into the honest miss (the matching is
``unheld_names``', shared with ``threat_names``). A name the
knowledge's text holds is left to the other steps: the list is only for names it lacks.
"""

from __future__ import annotations

from ..reply import Reply
from .lookup import Lookup
from .search import normalize
from .spelling import transposed
from .topics.general import not_found
from .unheld_names import names_in, offered, said_in

#: Normalised name as typed -> the name as written. Heads of state and government, foreign and defence ministers of
#: Allies and of the states most in the news, the heads of the EU and the UN, the heads of the firms named in cyber news,
#: and NATO's own officials in the news (deputies, spokespeople, commanders, former Secretaries General).
FIGURES = {
    "zelensky": "Volodymyr Zelensky", "zelenskyy": "Volodymyr Zelensky", "zelenskiy": "Volodymyr Zelensky", "putin": "Vladimir Putin",
    "lavrov": "Sergey Lavrov", "shoigu": "Sergei Shoigu", "medvedev": "Dmitry Medvedev", "xi jinping": "Xi Jinping",
    "macron": "Emmanuel Macron", "scholz": "Olaf Scholz", "merkel": "Angela Merkel", "merz": "Friedrich Merz",
    "pistorius": "Boris Pistorius", "steinmeier": "Frank-Walter Steinmeier", "von der leyen": "Ursula von der Leyen",
    "biden": "Joe Biden", "blinken": "Antony Blinken", "lloyd austin": "Lloyd Austin", "obama": "Barack Obama",
    "donald trump": "Donald Trump", "hegseth": "Pete Hegseth", "rubio": "Marco Rubio", "harris": "Kamala Harris",
    "sunak": "Rishi Sunak", "starmer": "Keir Starmer", "boris johnson": "Boris Johnson", "theresa may": "Theresa May",
    "liz truss": "Liz Truss", "cameron": "David Cameron", "lammy": "David Lammy", "healey": "John Healey", "shapps": "Grant Shapps",
    "wallace": "Ben Wallace", "trudeau": "Justin Trudeau", "carney": "Mark Carney", "erdogan": "Recep Tayyip Erdoğan",
    "sanchez": "Pedro Sánchez", "draghi": "Mario Draghi", "mattarella": "Sergio Mattarella", "crosetto": "Guido Crosetto",
    "tajani": "Antonio Tajani", "tusk": "Donald Tusk", "duda": "Andrzej Duda", "sikorski": "Radosław Sikorski", "nauseda": "Gitanas Nausėda",
    "orban": "Viktor Orbán", "fiala": "Petr Fiala", "frederiksen": "Mette Frederiksen",
    "kristersson": "Ulf Kristersson", "niinisto": "Sauli Niinistö", "stubb": "Alexander Stubb", "marin": "Sanna Marin",
    "schoof": "Dick Schoof", "borrell": "Josep Borrell", "michel": "Charles Michel", "guterres": "António Guterres",
    "iohannis": "Klaus Iohannis", "ciolacu": "Marcel Ciolacu", "karis": "Alar Karis",
    "musk": "Elon Musk", "nadella": "Satya Nadella", "bezos": "Jeff Bezos", "zuckerberg": "Mark Zuckerberg", "pichai": "Sundar Pichai",
    "cavoli": "Christopher Cavoli", "grynkewich": "Alexus Grynkewich", "bauer": "Rob Bauer",
    "shekerinska": "Radmila Shekerinska", "lungescu": "Oana Lungescu", "dakhlallah": "Farah Dakhlallah", "allison hart": "Allison Hart",
    "jamie shea": "Jamie Shea", "fogh rasmussen": "Anders Fogh Rasmussen", "rasmussen": "Anders Fogh Rasmussen",
    "de hoop scheffer": "Jaap de Hoop Scheffer", "van weel": "David van Weel", "cavo dragone": "Giuseppe Cavo Dragone",
    "appathurai": "James Appathurai", "wolters": "Tod Wolters", "brekelmans": "Ruben Brekelmans", "veldkamp": "Caspar Veldkamp",
}
_LONGEST = max(len(name.split()) for name in FIGURES)
_FIRST_WORDS = frozenset(name.split()[0] for name in FIGURES)
#: One-word names by their letters in order: a name typed with two letters swapped has the same letters.
_BY_LETTERS = {"".join(sorted(name)): name for name in FIGURES if " " not in name}


def figures_named(lookup: Lookup, text: str) -> list[str]:
    """The people of ``FIGURES`` that ``text`` names and the knowledge's text does not, as written, in order."""
    words = normalize(text).split()
    vocabulary = lookup.index.vocabulary
    slips = {word: swapped for word in words if len(word) > 3 and word not in vocabulary and word not in FIGURES
             and (near := _BY_LETTERS.get("".join(sorted(word)))) and (swapped := transposed(word, near.__eq__))}  # "mcaron", "blinekn"
    if _FIRST_WORDS.isdisjoint(words) and not slips:
        return []  # most questions: no word any name starts with
    return names_in(lookup, [slips.get(word, word) for word in words], FIGURES, _LONGEST)


def without_unheld_figure(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply``, or where ``text`` names someone of ``FIGURES`` the knowledge lacks and the reply never names them,
    the honest miss: "There is nobody called “Volodymyr Zelensky” in the knowledge". A miss about someone else ("no quote
    by Mircea Geoană" for "deputy secretary general shekerinska") or about nobody ("no spokesperson's statement") too."""
    if reply.kind not in ("answer", "list", "not_found") or not (named := figures_named(lookup, text)):
        return reply
    said = said_in(reply) if reply.kind != "not_found" else f" {normalize(reply.title)} "  # not "Quote with “zelensky …”"; a miss's echo names them
    unsaid = [name for name in named if f" {normalize(name).split()[-1]} " not in said]
    if not unsaid:
        return reply  # "Mark Rutte said it, not Ted Cruz": the reply says so itself
    people = ", ".join(sorted(person.name for person in lookup.knowledge.people.values())[:6])
    return not_found(f"There is nobody called “{unsaid[0]}” in the knowledge", f"People in the knowledge include {people}.",
                     offered(lookup, reply) or ("help",))  # "merkel warsaw summit": the summit, offered
