"""Words of a question that name something the knowledge lacks: "shield" in "what is Cyber Shield?".

    "what is cyber shield"                               -> ["shield"]  (the knowledge has "cyber", no "shield")
    "what's the Tallinn Protocol"                        -> ["protocol"]
    "tell me about Operation Blue Harbour"               -> ["blue", "harbour"]  ("Blue" typed as a name)
    "what is the cyber defence pledge, short version"    -> []  (ordinary words of a question)
    "what is the pledge mechanism"                       -> []  (a word that asks about an aspect of the thing)

A word is lacking when the knowledge's vocabulary neither holds it nor mends it to a word it holds, and it
is no ordinary word: not one of the most common English words (``common_words``) and not a word that asks
about an aspect of a thing or the form of the answer (``ASPECT_WORDS``), unless it is typed with a capital
inside a sentence that is not all capitals ("Operation Blue Harbour"). Counted in a search's coverage
(``SearchIndex.search(lacking=...)``), such words keep a common word ("cyber") from covering the question alone.
Pure; a common word costs a set test, any other one vocabulary look-up.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .acronyms import acronyms
from .common_words import COMMON_WORDS
from .lookup import Lookup
from .per_load import PerLoad, per_load
from .places import PLACES
from .search import normalize, tokens

#: Words that ask about an aspect of a thing, or how to put the answer: never a name ("the pledge's mechanism").
ASPECT_WORDS = frozenset(
    """mechanism mechanisms significance summary summarise summarize overview gist remit mandate relevance rationale scope
    essence nutshell tl dr tldr eli5 synopsis recap rundown lowdown definition explanation description breakdown outline
    basics fundamentals specifics particulars backstory context upshot takeaway takeaways implications implication
    consequences outcome outcomes impact purpose objective objectives structure setup composition membership
    headquarters timeline origins originate originated originates premise principle principles framework criteria procedure procedures process
    processes workings functions responsibilities tasks duties aims goals priorities elements components features
    pillars provisions clauses wording gist thingy thingie whatsit whatchamacallit deets info attendance attendees turnout
    notable noteworthy remarkable significant special unique important interesting newsworthy memorable layman laymans
    agenda keynote keynotes venue panels themes motto slogan logo hashtag livestream conclusions highlights readout
    headline headlines pics footage signatories signatory delegation delegations organisers organizers sponsor sponsors
    staffing headcount url acronym abbreviation nickname""".split()
)
#: Chat's own words and short forms, and months cut short: never names ("wtf is the nicc", "anything on 25 nov").
CHAT_WORDS = frozenset(
    """wtf wut wat wot whats lol lmao omg tbh idk pls plz thx thnx ty btw fyi imo imho ngl smh iirc afaik asap rn ya yep nope
    yeah yup hmm hm uh um eh ok okay kinda sorta gonna wanna gotta dunno bro bruh fr nah yea lowkey dat dis thru sry srry soz
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
#: A name asked of whether it is a thing of some kind, typed in lower case: "is iron net a nato programme".
_IS_A_KIND = lazy_pattern(r"^(?:is|was|are) (?P<name>[a-z]+(?: [a-z]+){0,2}) (?:an?|one of) (?:nato |real |official |actual )*"
                          r"(?:programme|program|project|initiative|centre|center|agency|body|unit|team|exercise|operation|tool|platform|system|treaty|pledge)s?\W*$")
#: One word asked of on its own, as a thing: "what is shape", "what does ncia stand for", "whats cyops".
_WHAT_IS_WORD = lazy_pattern(r"^(?:what|wat|wht)(?: is| s|s|'s|\u2019s| does| do)? (?:the |an? )?(?P<word>[a-z]+)(?: (?:stands? for|means?))?\W*$")
_SENTENCE_START = lazy_pattern(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)(\w+)")
_WORD = lazy_pattern(r"[A-Za-z][\w'’-]*")


def lacking_words(lookup: Lookup, text: str, typed: str = "") -> list[str]:
    """The words of ``text`` (a question, or the part of it naming what is asked) that name something the knowledge
    lacks; ``typed`` is the question as typed, whose capitals mark names."""
    names = typed_names(typed)
    lacking = []
    for word in tokens(normalize(text)):
        if word[0].isdigit() or word in PLACES or (_ordinary(word) and word not in names):
            continue
        if not lookup.index.expand(word):
            lacking.append(word)
    return lacking


def mentioned_only(lookup: Lookup, text: str, typed: str = "") -> list[str]:
    """The words of ``text`` the knowledge holds only in its texts, in no entry's name or aliases, and that are no
    ordinary words: "ccdcoe" (mentioned in the account of the 2014 attack), not "range" or "cyber"."""
    names, capital = entry_words(lookup), typed_names(typed) | acronym_asked(lookup, typed)
    return [w for w in tokens(normalize(text)) if not w[0].isdigit() and w not in names and w not in PLACES
            and (w in capital or not _ordinary(w)) and w in lookup.index.vocabulary]


def acronym_asked(lookup: Lookup, typed: str) -> frozenset[str]:
    """The word ``typed`` asks of on its own when the knowledge writes it in capitals ("what is shape": SHAPE, the
    headquarters its texts mention, not a question about shapes), else none."""
    found = _WHAT_IS_WORD.match(typed.strip().lower())
    return frozenset((found["word"],)) if found is not None and found["word"] in acronyms(lookup) else frozenset()


#: Words of many entries' names that name no one thing: "the nato ccdcoe" names only the CCDCOE.
_SHARED_NAME_WORDS = frozenset("nato cyber defence defense".split())


def names_only_mentioned(lookup: Lookup, text: str) -> list[str]:
    """The words of ``text`` (normalised) the knowledge only mentions, when they are all it names besides places and
    ordinary words: "the ccdcoe in tallinn" -> ["ccdcoe"]; "the ccdcoe s role in the pledge" -> [] (the pledge is named)."""
    mentioned = mentioned_only(lookup, text)
    if not mentioned:
        return []
    named = set(tokens(normalize(text))) - set(mentioned) - _SHARED_NAME_WORDS
    return [] if any(w in entry_words(lookup) and w not in PLACES for w in named) else mentioned


def entry_words(lookup: Lookup) -> frozenset[str]:
    """The words of every event's, pledge's, initiative's and person's names and aliases, built once per load."""
    knowledge = lookup.knowledge
    return per_load(_ENTRY_WORDS, lookup, lambda lookup: frozenset(
        w for group in (knowledge.events, knowledge.pledges, knowledge.initiatives, knowledge.people) for item in group.values()
        for name in (item.name, *getattr(item, "aliases", ())) for w in normalize(name).split()))


_ENTRY_WORDS = PerLoad("unnamed.entry_words")


def _ordinary(word: str) -> bool:
    """A common word, or one made of a common word and an ending ("hosted", "safely", "organised")."""
    return word in CHAT_WORDS or any(w in COMMON_WORDS or w in ASPECT_WORDS for w in _stems(word))


def _stems(word: str):
    yield word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            yield from (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)  # "planned" -> "plan"


_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ation", "ations")


def typed_names(typed: str) -> frozenset[str]:
    """The words typed with a capital inside a sentence ("tell me about Operation Blue Harbour" -> operation, blue,
    harbour), lowercased; none when the text is all capitals or most of its words are capitalised (a headline). In
    lower case, the words a question asks whether they are a thing of some kind: "is iron net a nato programme"."""
    if (framed := _IS_A_KIND.match(typed.strip().lower())) is not None:
        return frozenset(normalize(framed["name"]).split())
    words = _WORD.findall(typed)
    capital = [w for w in words if w[0].isupper()]
    if not capital or len(capital) * 2 > len(words) + 1 or typed.upper() == typed:
        return frozenset()
    starts = {m[1] for m in _SENTENCE_START.finditer(typed)}
    return frozenset(normalize(w) for w in capital if w not in starts and w != "I")
