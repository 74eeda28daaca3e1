"""Follow-up questions: "it", "there", "he" and "that one" mean what the conversation last talked about.

    after "when was the hague pledge conference?"
    "who organised it?"            -> "who organised NATO Cyber Defence Pledge Conference 2024?"
    "and the dates for that one?"  -> "and the dates for NATO Cyber Defence Pledge Conference 2024?"
    "who spoke there"              -> "who spoke at NATO Cyber Defence Pledge Conference 2024"
    after a quote by Mark Rutte
    "is that quote real?"          -> "is “every day state and non state actors are working …” real?"
    "what else did he say"         -> "what else did Mark Rutte say"

Only a question that names nothing of its own is read this way: "when was the Berlin one?" names Berlin, "did he
say that allies must invest" keeps its own "that", "is the quote 'stepping up their investment' real?" its quoted
words, "who said there's nothing wrong with that?" its "there is", and "the conference in tiana and who spoke there"
the place it names. Bare asks ("and who spoke?") are ``bare_asks``'. Pure: the bot keeps what each conversation last
talked about.
"""

from __future__ import annotations

import datetime as dt
import re

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .claim_after import claims_of_it
from .decision_nouns import as_agreed
from .lookup import Lookup
from .own_antecedent import names_an_entry
from .mentions import find_mentions, series_events
from .person_meant import another_meant, as_pronoun, only_one_meant, person_at, person_by_role, person_meant
from .places import PLACES, places_in
from .quoted import quoted_spans
from .search import normalize
from .series_at_place import series_yields
from .verb_last import there_was

_PERSONAL = frozenset("he she him his her they them their".split())
#: Words that point back. "that" and "this" point back only before a noun, at the end ("how long ago was that") or as the
#: subject of a passive ("where was that agreed").
_NOUNS = ("one", "quote", "quotation", "line", "statement", "event", "conference", "summit", "meeting", "thing", "attack",
          "pledge", "initiative", "centre", "center", "person", "guy", "man", "woman", "minister", "article")
#: A pronoun and what it stands for: "that one", "this conference", "it", "there", "his".
_POINTER = lazy_pattern(r"\b(?:(?:that|this) (?:" + "|".join(_NOUNS) + r")|(?:that|this)(?=(?: again| exactly| then)?(?: (?:and|n) how)?(?:$| like\b))|(?:(?<=was )|(?<=is )|(?<=were ))(?:that|this)(?= (?:first )?(?:agreed|signed|decided|adopted|held|launched|founded|set up|announced|created|approved|published|written|established|endorsed|organi[sz]ed|hosted|recogni[sz]ed|introduced|started|made|said|endorsed|taken)\b)|(?:(?<=after )|(?<=before )|(?<=since ))(?:that|this)(?= (?:was|were|is|did|came|happened|had)\b)|(?:that|this|those|these)(?= (?:really |actually )?(?:his|her|their|the) (?:exact |own |actual |real |original |precise |true )*(?:wording|words|english|phrasing|phrase|line|quote)\b)|it|its|(?<!is )(?<!are )(?<!was )(?<!were )there(?! is| are| was| were| s\b| been\b)"
                      r"|he|she|him|his|her|they|them|their)\b")  # "is there", "there were": no place pointed at
_MAY_POINT = frozenset("it its there he she him his her they them their that this those these same".split())
QUOTE_WORDS = 8  # of a quote, put in quotation marks for "is that quote real?"
#: Words after which a pronoun belongs to the words quoted: "who said that is why this conference matters".
_SAYING = lazy_pattern(r"\b(?:said|say|says|saying|wrote|write|words|line|called|mentioned)\b")
#: "say it", "say that": the "it" after a saying verb is the words said.
_SAID_IT = lazy_pattern(r"\b(say|said|says|write|wrote|use|used|mean|meant)\s+(?:it|that|this)\b")
_QUOTATION_MARKS = frozenset("\"“”«»‘’")


def points_back(text: str) -> bool:
    """Cheap gate: whether ``text`` holds a word that may point back at all."""
    return not _MAY_POINT.isdisjoint(normalize(text).split())  # memoised: the routes normalise the same text


def follow_up(lookup: Lookup, text: str, subject: ItemRef, today: dt.date, people: tuple[ItemRef, ...] = (), title: str = "") -> str | None:
    """``text`` with its pointer replaced by ``subject``, or None when it names its own subject or points at nothing;
    "he" or "she" after an event is the person of ``people`` the last answer (its ``title``) was about."""
    if not _QUOTATION_MARKS.isdisjoint(text) or quoted_spans(text):
        return None  # the question carries its own words: "is the quote 'stepping up their investment' real?"
    if _MENTION_LEAD.match(text):
        return None  # "he mentions nato's website getting knocked out, when was that": "that" is what he mentions, named
    question = there_was(normalize(text))  # "and in 2025, gave it a pledge conference": "es gab", no "it" pointing back
    if " they " in f" {question} " and subject.type == "event":  # "what did they agree there": the Allies, and "there" the event
        decided = _THEY_DECIDED.sub("nato ", question)
        question = decided if decided == question or _POINTER.search(decided) else f"{decided} there"  # "what did they agree on cyber"
    if (_WHEN_ASKED.match(question) or subject.type == "quote" and _WHERE_SAID.match(question)) and subject.type != "person" and (
            name := named_entry(lookup, subject, personal=False)):  # "where was that?" after a quote: where (and when) it was said
        return f"when was {name}{' said' if subject.type == 'quote' else ''}"  # "and what day was that exactly"
    if "?" in text.rstrip("? ") and (asked := normalize(text.partition("?")[0])):  # "and the english of that? my editor wants it":
        question = asked if _POINTER.search(asked) else question  # the question ends at its mark
    question, same = as_pronoun(question)  # "did the same person also speak at the hague": he or she, whichever fits
    if subject.type == "pledge" and " at " in question:  # "was it at wales?" after the pledge: agreed there?
        question = _BARE_AT.sub(r"\1 agreed at ", question, count=1)
    pointer = _POINTER.search(question)
    if pointer is None or ((saying := _SAYING.search(question)) and saying.start() < pointer.start() and not (
            pointer[0] == "there" and subject.type == "event" and _SAID_THERE.search(question)) and not claims_of_it(question)):  # "what did stoltenberg say there"
        return None
    word = pointer[0].split()[0]
    if word == "there" and _SAID_BEFORE.search(question, 0, pointer.start()):
        return None  # "when was the conference in tiana and who spoke there": the place it names, however spelt
    if word in _PERSONAL and people and subject.type != "person" and (meant := person_by_role(lookup, question, people, today)) is not None:
        subject = meant  # "what post did he hold before becoming sg", after the speakers at tirana: the one who became sg
    elif (not _NEXT_TO.search(question, 0, pointer.start()) and _names_its_own(lookup, question[: pointer.end()] + _ALONGSIDE.sub("", question[pointer.end():]), today, there=word == "there")
          and not person_at(lookup, word, subject, question, today, people) and not _decided_at(word, subject, question)):
        return None  # "which pledge conference came after that one": the series is what is asked, "that one" the anchor
    if word in _PERSONAL and subject.type == "event" and (said_there := _said_there(lookup, question, subject, word, people, title)):
        return said_there
    if subject.type == "quote" and word in _THING and _GATHERING_ASKED.search(question) and (event := _event_of(lookup, subject)):
        subject = ItemRef("event", event.id)  # "who hosted it?" after a quote: a line is not hosted, the gathering it was said at is
    if subject.type == "person" and another_meant(lookup, question, lookup.item(subject), word):
        return None  # "baerbok berlin 2023 who is she" after Rutte: not him
    who_said_it = subject.type == "quote" and _WHO_WAS.search(question[: pointer.end()])  # "who was that again": the speaker
    named = named_entry(lookup, subject, personal=word in _PERSONAL or bool(who_said_it))
    meant = named is None and word in _PERSONAL and subject.type == "event"  # "who opened berlin?" then "was she there in person?"
    named = (person_meant(lookup, word, people, title) or (person_meant(lookup, "she", people, title) if same else None)) if meant else named
    if named is None:
        return None
    if word == "there":
        named = f"at {named}"
    elif word in ("his", "its", "their") or (word == "her" and _before_a_noun(question, pointer.end())):
        named = f"{named} s"  # "her role", not "any quotes from her?"
    rest = question[pointer.end():]
    if word in _PERSONAL and _THERE.search(rest) and (event := _event_of(lookup, subject)) is not None:
        rest = _THERE.sub(lambda m: f"{'at' if m[0] == 'there' else m[0].split()[0]} {event.name}", rest, count=1)  # "was he there in person": at the event talked about
    elif meant and _AT_EVENT.search(question) and not _names_its_own(lookup, question, today) and (event := _event_of(lookup, subject)) is not None:
        rest = f"{rest} at {event.name}"  # "did she speak in person": at that event, not at another of hers
    if subject.type == "quote" and word in _PERSONAL:  # "when did he say it?": the speaker, and the words he said
        rest = _SAID_IT.sub(lambda m: f"{m[1]} {named_entry(lookup, subject, personal=False)}", rest, count=1)
    return f"{question[: pointer.start()]}{named}{rest}"


def _decided_at(word: str, subject: ItemRef, question: str) -> bool:
    """"so it was vilnius summit decision?", "was it agreed at vilnius?" after a pledge or initiative: "it" is that entry,
    the gathering named is the one it is claimed to come from; "was that taken at the rome conf" after a photo (an event
    of its own): that event, claimed to be part of the gathering named."""
    if word in ("that", "this", "it") and subject.type == "event" and _PART_OF_AT.match(question):
        return True
    return word == "it" and subject.type in ("pledge", "initiative") and _DECIDED_AT.search(as_agreed(question)) is not None


_PART_OF_AT = lazy_pattern(r"^(?:so |and |but |ok )?(?:was|is) (?:it|that|this) (?:really |actually |also |even )?(?:taken|made|shot|snapped|given|done|announced|recorded)"
                           r" (?:at|during) (?:the |that |a )?\S+(?: \S+)? (?:conference|conf|summit|meeting|event)$")


#: "was it agreed at vilnius", and the doubter's "it wasn't at wales, was it", "wasn't it decided in 2023", "it was at wales?":
#: a pledge's or initiative's "it", with or without its verb, the place or time claimed for it.
_DECIDED_AT = lazy_pattern(r"\b(?:it (?:was|is)(?: not|n t)?|(?:was|is)(?: not|n t)? it) (?:first |really |actually |also |even |only )?(?:(?:agreed|decided|adopted|launched|created|established"
                           r"|approved|endorsed|set up|founded|made|announced|signed) )?(?:at|in|during|by)\b")
#: "was it at wales", "it wasn't at wales": a past "it" put at a place without its verb (of a pledge: agreed there).
_BARE_AT = lazy_pattern(r"\b(it was(?: not|n t)?|was(?: not|n t)? it) (?:really |actually |even |only )?at ")
#: A pronoun's mention of something, then a question of that thing: "he mentions X two years earlier, when was that".
_MENTION_LEAD = lazy_pattern(r"^\W*(?:(?:and|so|ok|also) )?(?:he|she|it|they) (?:also )?(?:mentions|mentioned|mention|refers to|referred to|talks about|talked about"
                             r"|brings up|brought up|cites|cited) [^,;:?]{3,}?\s*(?:[,;:?]|\s[-\u2013\u2014]+)\s*(?:so )?(?:when|where|who|what|which|how)\b.*\b(?:that|it|this)\W*$",
                             re.IGNORECASE)
_THERE = lazy_pattern(r"\bthere\b|\bin it\b")  # "was he there", "the tools he mentions in it": at or in the event
#: A place named in the question before its "there" ("the conference in X and who spoke there"), not a manner ("in person").
_SAID_BEFORE = lazy_pattern(r"\b(?:in|at) (?!(?:person|total|fact|all|short|general|particular|detail|full|the same|that|this|it)\b)[a-z]\w+ (?:and|then|so)\b")
_THEY_DECIDED = lazy_pattern(r"\bthey (?=(?:agree|decide|pledge|commit|sign|adopt|endorse|approve|announce|launch|set up)(?:d|ed|s)?\b)")
#: A pointer right after "after", "before": the anchor of a series or kind asked ("which summit came before that").
_NEXT_TO = lazy_pattern(r"\b(?:after|before|following|preceding|followed|preceded|prior to|earlier than|later than|than)\s+$")
#: Someone named after the pointer as a companion ("who opened it alongside the secretary general"), or a role of theirs ("his predecessor as sg").
_ALONGSIDE = lazy_pattern(r" (?:alongside|together with|along with|besides|as well as|apart from|other than|next to|(?:(?<=predecessor )|(?<=successor ))as) .*$")
#: What a person did at the event talked about: "did she speak in person", "what did he say".
_AT_EVENT = lazy_pattern(r"\b(?:speak|spoke|talk|talked|say|said|address|addressed|attend|attended|open|opened|in person|by video|remotely|keynote|speech)\b")


def _event_of(lookup: Lookup, subject: ItemRef):
    """The event ``subject`` is, or the one a quote was said at; None for anything else."""
    item = lookup.item(subject)
    if subject.type == "quote" and item is not None and item.event:
        return lookup.knowledge.events.get(item.event)
    return item if subject.type == "event" else None


_THING = frozenset({"it", "its", "that", "this"})
#: What is asked of a gathering, never of a line said at it.
_GATHERING_ASKED = lazy_pattern(r"\b(?:host|hosts|hosted|co hosted|cohosted|organi[sz]ed?|organi[sz]ers?|theme|venue|attended|attendees|agenda|who ran)\b")
_WHO_WAS = lazy_pattern(r"\bwho (?:was|is|s) (?:that|this|it)$")
#: "and what day was that exactly", "when was this": when something (a quote) was said.
_THANKED = r"^(?:(?:and|so|ok|okay|wait|hmm|thanks|thank you|thx|ty|cheers|cool|great|perfect|awesome)\s+)*"  # "thanks. which conference was that?"
#: The asker's forgetting after the question: "where was that, i forgot", "when was it again, cant remember".
_FORGOT = r"(?: (?:i (?:forgot|forget|dont remember|don t remember|cant remember|can t remember)|cant remember|can t remember|remind me))?"
_WHEN_ASKED = lazy_pattern(_THANKED + r"(?:(?:at |on |in )?(?:what|which) (?:day|date|year|month)|when)\b(?: exactly| precisely)?"
                           r"(?: (?:was|is|did|were)\b)?(?: (?:that|this|it|he|she))(?: (?:has|had))?(?: (?:exactly|again|then|said|say|from))?(?: (?:that|this|it))?(?: said)?"
                           + _FORGOT + "$")  # "at which date did he say this", "... he has this said", "when was it, i forgot"
_WHERE_SAID = lazy_pattern(_THANKED + r"(?:where|(?:at |from )?(?:which|what) (?:event|conference|summit|meeting|speech|occasion))\b"
                           r"(?: (?:was|is|did|were)\b)?(?: (?:that|this|it|he|she))(?: (?:exactly|again|then|said|say|from|at))?(?: (?:and|n) (?:when|where))?" + _FORGOT + "$")  # "which conference was that at, and when"
#: "what did he say there", "anything she said there": words said at the event the conversation is about.
_SAID_THERE = lazy_pattern(r"\b(?:say|said|says|talk about|talked about|speak about|spoke about|mention|mentioned)\b(?: \S+){0,3}? there\b")


def _said_there(lookup: Lookup, question: str, subject: ItemRef, pronoun: str, people: tuple[ItemRef, ...], title: str) -> str | None:
    """After an answer about an event, "what did he say there" asks what was said at it: what the one person of
    ``people`` the pronoun fits said there ("she" after Stoltenberg and Baerbock), else the event's quotes, each with its speaker."""
    if not _SAID_THERE.search(question) or (event := lookup.item(subject)) is None:
        return None
    if (person := only_one_meant(lookup, pronoun, people, title)) is not None:
        return f"what did {person} say at {event.name}"
    return f"quotes from {event.name}"


def _before_a_noun(question: str, end: int) -> bool:
    """Whether the word after ``end`` is one "her" owns ("her speech"), not the question's end or a preposition ("ask her about")."""
    after = question[end:].split()[:1]
    return bool(after) and after[0] not in _NOT_OWNED


_NOT_OWNED = frozenset("at in on about from to for with by during and or again too then now there".split())


#: "and the 2025 one?", "what about 2021?", "ok and the tallinn one": another edition of the series just talked about.
_OTHER_EDITION = lazy_pattern(r"^(?:(?:ok|okay|and|so|then|hmm|what about|how about|same for|same question for|same with)\s+)*(?:the\s+)?(?:one\s+(?:in|from|of|held in)\s+|in\s+)?"
                              r"(?:(?P<year>(?:19|20)\d\d)|(?P<place>[a-z]+))(?:\s+(?:one|edition|conference|conf|summit))?(?:\s+(?:then|too|though))?$")


def other_edition(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """After an answer about an event of a series, a question naming only a year or a place asks about that
    series then or there: "and the 2025 one?" -> "the 2025 Cyber Defence Pledge Conference" (answered, or missed)."""
    words = normalize(text)
    if (edition := _next_edition(lookup, words, subject)) is not None:
        return edition  # "and the year after that one?"
    match = _OTHER_EDITION.match(words) if " " in words else None  # a bare "2024" or "tallinn" asks what it names
    if match is None and " happen" in words and (fate := _HAPPENED_TO.search(words)) and subject.type == "event":
        event = lookup.item(subject)  # "why online, and what happened to the 2020 one": that edition's fate (postponed, cancelled)
        return f"the {fate['year']} {event.series}" if event is not None and event.series else None
    if match is None and subject.type == "event" and not _ASKS.isdisjoint(words.split()) and (" one" in words or " edition" in words) and (one := _YEAR_ONE.search(words)):
        comma = "," if one.end() < len(words) and words[: one.start()].strip() in ("", "and", "ok", "so") else ""  # "the 2024 one, who hosted"
        match, words = one, f"{words[: one.start()]}{{edition}}{comma}{words[one.end():]}"  # "who spoke at the 2024 one"
    event = _edition_of(lookup, subject, bool(match["year"])) if match else None
    series = (event.series or (event.kind if event.kind in _SERIES_KINDS else None)) if event is not None else None
    if series is None:
        return None
    if match["year"]:
        return words.format(edition=f"the {match['year']} {series}") if "{edition}" in words else f"the {match['year']} {series}"  # "and the 2014 one?" after the Warsaw summit: the 2014 summit
    if match["place"] not in PLACES:
        return None
    return series_yields(lookup, f"the {series} in {match['place']}", PLACES[match["place"]])  # "and the hague?": its own series


def _edition_of(lookup: Lookup, subject: ItemRef, year_asked: bool):
    """The event ``subject`` is; after a person, asked of a year, the one event they took part in ("tell me more about
    her", then "and the 2021 one?": of the series she hosted), else None."""
    if subject.type == "person" and year_asked and (person := lookup.item(subject)) is not None:
        return attended[0] if len(attended := lookup.events_attended(person)) == 1 else None
    return lookup.item(subject) if subject.type == "event" else None


#: "the 2024 one" in a question of its own ("who spoke at the 2024 one", "the 2024 one. who hosted"): that edition.
_ASKS = frozenset("who what when where which how did was were".split())  # the question's own ask: never the last one's put before it
_YEAR_ONE = lazy_pattern(r"\b(?:the )?(?P<year>(?:19|20)\d\d) (?:one|edition)\b")
#: Kinds of event that recur with no series named: another year of one is that kind then ("the 2014 summit").
_SERIES_KINDS = frozenset(("summit",))


_HAPPENED_TO = lazy_pattern(r"\bwhat (?:happened|happens) (?:to|with) (?:the )?(?P<year>(?:19|20)\d\d)(?: one| edition| conference| conf)?\b")
#: "and the year after that one?", "the next one?", "what about the one before", "and after that?": the edition next to the last one.
_NEXT_EDITION = lazy_pattern(r"^(?:(?:ok|okay|and|so|then|hmm|what about|how about)\s+)*(?:what about |how about )?(?:the\s+)?(?:(?P<year>year|edition|one|conference|conf)\s+"
                             r"(?P<side>after|before)(?:\s+(?:that|this|it))?(?:\s+one)?|(?P<order>next|following|previous|preceding|prior|last)"
                             r"\s+(?:one|edition|year|conference|conf)(?:\s+(?:then|too))?"
                             r"|(?:what (?:came|comes|was|is|s) |which (?:came|comes|was|one) )?(?P<bare>after|before) (?:that|this|it)(?: one)?)$")  # "and after that?"
_LATER = frozenset("after next following".split())


def _next_edition(lookup: Lookup, words: str, subject: ItemRef) -> str | None:
    """The edition of the last event's series next to it, on the side asked; "the year after" is the edition of the
    next year (its name, or "the <year> <series>" when the series held none that year: an honest miss)."""
    match = _NEXT_EDITION.match(words)
    event = lookup.item(subject) if match and subject.type == "event" else None
    if event is None or not event.series:
        return None
    later = (match["side"] or match["order"] or match["bare"]) in _LATER
    if match["year"] == "year" or match["order"] and words.endswith(("year", "year then", "year too")):
        year = event.when.start.year + (1 if later else -1)
        held = [e for e in series_events(lookup, event.series) if e.when.start.year == year]
        return held[0].name if held else f"the {year} {event.series}"
    editions = series_events(lookup, event.series)
    at = next((n for n, e in enumerate(editions) if e.id == event.id), None)
    near = at + (1 if later else -1) if at is not None else -1
    return editions[near].name if 0 <= near < len(editions) else f"the {event.series} {'after' if later else 'before'} {event.name}"


def _names_its_own(lookup: Lookup, question: str, today: dt.date, *, there: bool = False) -> bool:
    """Whether the question names a person, role, place, year or series itself (with ``there``, a place, year or series:
    "did stoltenberg speak there" names who, and "there" is still the gathering talked about)."""
    mentions = find_mentions(lookup, _ROLE_ASKED.sub("which ", _HOSTED_BY.sub("", question)), today)  # "hosted by france", "which french minister": not the subject
    if mentions.places or mentions.year or mentions.series or mentions.date:
        return True
    if there:  # "tirana - was rutte there in person?": the city typed is where "there" is
        return names_an_entry(lookup, question) or any(p.is_city for _, p in places_in(question))
    named = lookup.named(_ROLE_ASKED.sub("which ", _COMPANION.sub("", question)) if " " in question else question, on=today)
    return bool(named.people or named.role) or names_an_entry(lookup, question)


_HOSTED_BY = lazy_pattern(r"(?<=\bit) (?:co )?hosted by .+$")
_ROLE_ASKED = lazy_pattern(r"^(?:and |so |ok |then )?(?:which|what) (?:\S+ ){0,2}?(?:minister|official|diplomat|president|secretary)\b")  # the holder asked, not named
#: A person named beside the one asked about, not the question's subject: "who opened it with stoltenberg".
_COMPANION = lazy_pattern(r"\b(?:with|alongside|beside|besides|apart from|other than|except(?: for)?|together with|as well as|along with|next to)"
                          r" (?:the )?\S+(?: \S+)?$")




def named_entry(lookup: Lookup, subject: ItemRef, *, personal: bool) -> str | None:
    """How to name ``subject`` in a question: a person's or entry's name, or a quote's first words in quotation marks."""
    item = lookup.item(subject)
    if item is None:
        return None
    if subject.type == "quote":
        if personal:
            speaker = lookup.knowledge.get("person", item.speaker)
            return speaker.name if speaker else None
        words = normalize(item.text).split()
        return f"“{' '.join(words[:QUOTE_WORDS])}”"
    if personal and subject.type != "person":
        return None  # "he" after an event: nobody to point at
    return getattr(item, "name", None)
