"""Short clauses around a question that are part of what it asks: "in 2024, who hosted?", "not the pledge one - where ...",
and what a clause before a question names, for the "it" or "he" in it (``subject_of``).

A quiz's numbering ("Round 1, question 1: ...") names no year or day, and "not the pledge one" names the other series.
Pure, used by ``question_text.question_clause``.
"""

from __future__ import annotations

import re

from .calendar_periods import names_a_stretch
from .claims import REPORTED, REPORTED_OF_PERSON
from .parse import MONTHS
from .role_words import ROLE_HEADS
from .places import PLACES, places_in
from .normalizing import normalize, word_set
from .statement_things import thing_of_statement
from ..patterns import lazy_pattern
from .titled_names import last_titled

#: A quiz's numbering, not a year or a day: "round 1", "question 3", "q2", "bonus round"; a bare "1" left of "question 1".
_QUIZ_NUMBER = lazy_pattern(r"^(?:(?:round|question|q|part|number|no|level|game|bonus|final|tiebreaker|quiz)\s*\d*\s*)+$|^\d{1,2}$")
#: What "not the pledge one" is spelt out as (``other_series``): a clause naming only a series.
_SERIES_ONLY = frozenset({"annual", "pledge"})
#: A polite request asks as a question word does: "I'm compiling a timeline; could you tell me the exact dates of X?"
POLITE_REQUEST = lazy_pattern(r"(?:can|could|would|will) you (?:please |kindly )?(?:tell|give|remind|show|name) (?:me|us) ")


def names_year_or_place(clause: str) -> bool:
    """"in 2024", "rome 2022", "16 may", "the 3rd": a lead clause naming a year, a day or a place (not "round 1",
    nor the count in "coffee number 3")."""
    words = clause.split()
    dated = not _DAY_WORDS.isdisjoint(words) or not MONTHS.keys().isdisjoint(words)
    return (any(word in PLACES or (word[:1].isdigit() and (dated or not word.isdigit() or len(word) >= 3)) for word in words)
            and not _QUIZ_NUMBER.match(clause)) or not _COUNTED_WORDS.isdisjoint(words) and _DAY_COUNTED.search(clause) is not None


_COUNTED_WORDS = frozenset("ago day date history year".split())
#: A day counted from today: "today exactly one year ago", "on this day in history" name a day as a date does.
_DAY_COUNTED = lazy_pattern(r"\b(?:(?:exactly |precisely )?(?:a |an |one |two |three |four |five |\d{1,2} )?(?:years?|weeks?|days?) ago today|today (?:exactly |precisely )?(?:a|an|one|two|three|four|five|\d{1,2}) (?:years?|weeks?|days?) ago|on this (?:day|date)(?: in (?:\w+ )?history)?|this day in (?:\w+ )?history|(?:last|previous|this) year(?: in \w+)?)\b")


#: Words that make a bare small number a day: "day 2", "16 may" (a month is the other).
_DAY_WORDS = frozenset("day days on".split())


def names_what_is_asked(clause: str) -> bool:
    """A short lead clause the question needs: a year, a day or a place, or the series asked about."""
    return clause in _SERIES_ONLY or names_year_or_place(clause)


#: A lead naming the gathering a question is set at: "at the 2019 pledge conference in ottawa", "during the vienna summit".
#: Not "in his address to the hague conference": a speech there, whose "he" is the speaker.
_AT_GATHERING = lazy_pattern(r"^(?:at|in|during|for|from) (?P<gathering>(?!(?:his|her|their|its|my|our|your)\b)(?:\S+ ){0,7}?"
                             r"(?:conference|summit|meeting|exercise|event|communique|declaration)s?\b(?: \S+){0,3})$")


def sets_the_gathering(clause: str) -> bool:
    """A lead clause of any length naming the gathering (with its year or place) the question after it asks about."""
    return _AT_GATHERING.match(clause) is not None and names_year_or_place(clause)


_NAMES_GATHERING = lazy_pattern(r"^(?!(?:his|her|their|its|my|our|your)\b)(?:\S+ ){0,5}?(?:conference|summit|meeting|exercise|event)s?\b(?: \S+){0,2}$")


def names_the_gathering(clause: str, question: str) -> bool:
    """A lead naming a gathering with its place or year, with or without "at", before a question word: "london annual nato
    cyber defence conference 2024 - which building" (an initialism spelt out makes it longer than a short lead); not
    before a yes-or-no question, which would read it as a claim ("second berlin conference - did germany host again");
    or a stretch of the calendar the question is asked of: "between q3 2023 and q2 2024, what did i miss"."""
    return sets_the_gathering(clause) or names_a_stretch(clause) or (_ASKS_WHAT.match(question) is not None and names_year_or_place(clause) and (
        _NAMES_GATHERING.match(clause) is not None or _only_naming(clause))) or _DAY_COUNTED.fullmatch(clause) is not None  # "on this day in history,"


#: Words of a gathering's name, besides places, months and numbers: "the london one in nov 2024", "rome pledge conf 2022".
_NAMING = frozenset("the a in at on of one conference conf summit meeting event pledge annual nato cyber defence defense cdc".split())


def _only_naming(clause: str) -> bool:
    """A lead of at most eight words each naming the gathering (its place, month, year, series): never a statement."""
    words = clause.split()
    return len(words) <= 8 and all(w in _NAMING or w in PLACES or w in MONTHS or w.isdigit() for w in words)


_ASKS_WHAT = lazy_pattern(r"(?:(?:in|at|on|as|with|from|for) )?(?:which|what|when|where|who|how)\b")


def gathering_of(clause: str) -> str | None:
    """"the 2024 pledge conference in the hague" for "at the 2024 pledge conference in the hague", "a pledge conference in
    bucharest" for "romania co hosted so there was also a pledge conference in bucharest", the thing a statement names
    (``statement_things``): what a question's "it" after such a lead stands for; None for any other lead."""
    if sets_the_gathering(clause):
        return _AT_GATHERING.match(clause)["gathering"]
    said = (_THERE_WAS.search(clause) or _WAS_THERE.match(clause)) if " there " in f" {clause} " else None  # "there was", read as "was there"
    return said["gathering"] if said and names_year_or_place(said["gathering"]) else thing_of_statement(clause)  # "the allies adopted a pledge"


#: "... so there was also a pledge conference in bucharest": a gathering said to have been, with its place or year.
_THERE_WAS = lazy_pattern(r"\bthere (?:was|were|is|are|has been) (?:also |even |really |already |once )?(?:an? |another |one more |the )?"
                          r"(?P<gathering>(?:\S+ ){0,4}?(?:conference|summit|meeting|exercise|event)s?(?: (?:in|at) \S+(?: \S+)?)?(?: in (?:19|20)\d\d)?)$")


_WAS_THERE = lazy_pattern(r"^(?:was|were) there (?:an? |some |the )?(?P<gathering>(?:\S+ ){0,5}?(?:conference|summit|meeting|exercise|event)s?(?: (?:in|at) \S+(?: \S+)?)?(?: in (?:19|20)\d\d)?)$")


#: A lead clause naming a line someone said, by its topic and where: "the russia energy line from berlin".
_LINE_LEAD = lazy_pattern(r"^(?:the |that |this |his |her |a )?(?P<topic>(?:\S+ ){1,4}?)(?:line|quote|quotation|remark|phrase|soundbite|passage)"
                          r"(?: (?:from|at|in|during) (?:the )?(?P<where>\S+(?: \S+){0,2}))?$")
_ASKS_SAID = frozenset("say said says saying".split())


def line_lead(clause: str, question: str) -> str | None:
    """"the russia energy line from berlin" before "what did stoltenberg actually say": "about russia energy in berlin",
    what the question asks about; None for any other lead."""
    match = _LINE_LEAD.match(clause) if not _ASKS_SAID.isdisjoint(word_set(question)) else None
    if match is None:
        return None
    return f"about {match['topic'].strip()}" + (f" in {match['where']}" if match["where"] else "")


#: "stoltenberg said something about starlink in berlin": who said it and what about, before "what was it exactly?".
#: A lead that names its gathering only by "one": "the annual one", "the other one" after "the 2022 conference".
_ONE_APPOSITIVE = lazy_pattern(r"^(?:the|that|this) (?:[a-z]+ ){0,2}?ones?\b")


def with_one_named(named: list[str]) -> list[str]:
    """"the 2022 conference, the annual one, where was it": the last lead's "one" is the gathering the lead before names."""
    if len(named) > 1 and _ONE_APPOSITIVE.match(named[-1]):
        return [*named[:-1], f"{named[-2]} {named[-1]}"]
    return named


#: Options offered after a question: "which came first, the rome or the hague conference?", "paris or london?".
_OPTIONS = lazy_pattern(r"^(?:the )?(?:\S+ ){0,3}?\S+ or (?:the )?(?:\S+ ){0,2}?\S+$")


def options_named(clause: str, question: str) -> bool:
    """A clause after a "which" question that names its options (up to about eight words), part of what it asks."""
    return question.startswith("which ") and " or " in clause and _OPTIONS.match(clause) is not None and not clause.startswith(("or ", "and "))


def claim_with_subject(leads: list[str]) -> str:
    """The last of ``leads``, the claim a tag question asks about, with a "he" or "she" it opens with taken from the
    clause before it: "rutte at the lectern in tirana - he flew in, didn't he?" -> "rutte at the lectern in tirana flew in"."""
    claim = leads[-1]
    first, _, rest = claim.partition(" ")
    if first not in ("he", "she") or len(leads) < 2 or not rest or len(leads[-2].split()) > 8:
        return claim
    return f"{leads[-2]} {rest}"


def only_places(clause: str) -> bool:
    """"belgium or netherlands": a clause naming places as options only, what is asked about, never what "it" stands for."""
    words = [w for w in clause.split() if w not in ("or", "and", "the", "in", "at")]
    return " or " in f" {clause} " and bool(words) and all(w in PLACES for w in words)  # "the tirana one" is a subject


def other_series(match: re.Match) -> str:
    """"not the pledge one" -> "annual" (the annual NATO Cyber Defence Conferences); "not the annual one" -> "pledge"."""
    return "annual" if match[1] == "pledge" else "pledge"


#: What the bot (or someone) was said to have said, before the claim: "you wrote that X", "u said X".
YOU_SAID = lazy_pattern(r"^(?:but |so |well |earlier |before |previously |yesterday )*(?:you|u|the bot|cyberbot|your answer|your last answer|someone|somebody|my \w+) "
                        r"(?:wrote|said|says|told (?:me|us)|claimed|claims|answered|replied|stated)(?: that)? ")
_EVENT_KINDS = frozenset("summit conference meeting exercise event".split())
#: What only an event has: "a piece on the berlin article. who was the host?" asks about the Berlin conference.
_EVENT_ASKS = frozenset("host hosts hosted venue".split())


def place_from_lead(question: str, leads: list[str]) -> list[str]:
    """The place a chatty lead names for a question about an event that names none: "doing a thread on Vilnius,
    when was the summit itself?" -> ["vilnius"]; [] when the question names a place or year, or is about no event."""
    words = question.split()
    if _EVENT_KINDS.isdisjoint(words) and _EVENT_ASKS.isdisjoint(words) or any(w[:1].isdigit() for w in words) or places_in(question):
        return []
    named = [name for lead in leads for name, _ in places_in(lead)]
    return named[-1:]


#: A clause that comments on the one before rather than asks: "..., which is strange for me", "which seems odd".
COMMENT = lazy_pattern(r"^which (?:is|was|seems|sounds|looks|feels|i find) (?:very |a bit |quite |really |so |rather |a little |kind of |kinda )?"
                       r"(?:strange|weird|odd|off|wrong|fishy|suspicious|dodgy|unlikely|doubtful|like a stretch|curious|interesting|surprising|confusing|funny|unusual|unclear|not clear|a pity|a shame|bad|sad|nice|great)\b|^(?:when|while|as|where|since) (?:i|we) (?:was|were|am|are|still |first |served|worked|lived|joined|started|had)"  # "when i was posted to warsaw": the asker's life
                       r"|^(?:it |this |that )?(?:is|s) (?:for|going in|going into) (?:my|our|an?|the) (?:\S+ )?(?:article|piece|story|slide|report|paper|thesis|column|blog|post|box|newsletter|segment|presentation)$")  # "..., is for my article"
#: "was there a nato conference in london in 2024 also": the event asked about, which a "there" after refers to.
_IS_THERE = r"(?:was|is|were|are) there (?:also |really |even |already |ever |actually )?(?:an? |any |the |one )?"
IS_THERE = lazy_pattern("^" + _IS_THERE)
#: What a clause names before its subject: "i know the pledge is ...", "the article of stanica about the pledge conference ...", "since rutte ...".
ABOUT_LEAD = lazy_pattern(r"^(?:(?:about|regarding|concerning|as for|as regards|since|given that|now that|because|seeing as|seeing that) |(?:i|we) (?:know|knew|read|have read|heard|have heard|think|believe|understand|remember|have seen|saw)(?: that)? "
                          r"|(?:the |an |this |that |his |her )?(?:article|piece|report|op ed|story|text|paper) (?:of|by|from|in) (?:\S+ ){1,4}?(?:about|on) "
                          r"|(?:\S+ ){0,4}?(?:a |an |the |my |our |this )?(?:thread|post|caption|graphic|carousel|tweet|reel|slide|card) (?:on|about|for) "  # "boss wants a thread on X"
                          rf"|{_IS_THERE})")
#: A lead clause that says where or when, not who: "in his address to the tirana conference,".
SAYS = lazy_pattern(r" (?:said|says|told|wrote) ")  # a lead reporting someone's words names who "she" is after it
ADVERBIAL = lazy_pattern(r"^(?:in|at|during|on|for|from|to|after|before|with) (?:his|her|their|its|the|that|this) ")
#: "who was this saceur": a demonstrative before a noun names the subject itself (resolved only when the clause before names it too).
_WHO_IS_THIS = lazy_pattern(r"^(?:who|what) (?:was|is|were|are) (?:this|that|these|those) (?P<noun>(?!one$|ones$)[a-z]{3,})$")
#: Nouns "this" can put before anyone or anything named before: "ollongren spoke. who is this minister?"
_ANY_ONE = ROLE_HEADS | frozenset("person man woman guy lady official speaker politician secretary diplomat event conference summit meeting "
                                  "exercise quote line article initiative centre center thing".split())


def names_another(question: str, named: str) -> bool:
    """"who was this saceur" after "stoltenberg speaks about saceur": the demonstrative names a noun the clause before
    does not have as its subject, so "this" is not that subject; or (after "stoltenberg mentions saceur") names that
    subject itself, so nothing stands in for "this"."""
    this = _WHO_IS_THIS.match(question)
    return this is not None and this["noun"] not in _ANY_ONE and (this["noun"] not in named.split() or named.split() == [this["noun"]])


#: Where the subject of a clause ends: "the albanian prime minister | was at tirana right".
_SUBJECT_NOISE = lazy_pattern(r"(?<!\bfrom )(?<!\bof )\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|some|\d+) (?:years?|months?|weeks?|days?) ago\b"
                              r"|\b(?:anniversary|anniversaries)\b|\bby (?:eod|cob|tonight|tomorrow|noon|end of (?:the )?day)\b")  # "the pledge anniversary by eod"
#: A work's name ends the subject only before what it does ("the berlin article has no date"), not before its title
#: ("that stoltenberg op ed time to raise our game": the op-ed is the subject).
_WORK_DOES = r"(?:\w+s|\w+ed|never|only|just|also|doesn|didn|does|did|can|could|will|would|got|gave|put|left|had|isn|wasn)\b"
_SUBJECT_END = lazy_pattern(r"(?<!\bwho)(?<!\bthat)\s(?:was|is|were|are|has|had|have|never|only|says|said|gives|does|did|right|yes|(?:article|piece|op ed)(?= " + _WORK_DOES + ")"
                          r"|spoke|speaks|came|went|attended|co hosted|hosted|opened|gave|mentions|mentioned|talks|talked|writes|wrote|cites|cited|describes|described"
                          r"|welcoming|greeting|thanking|introducing|alongside|standing|sitting)\b.*")  # "a minister baerbock welcoming everyone alongside X": the minister
_MENTIONED_BY = lazy_pattern(r"^(?:\S+ ){0,2}?\S+ (?:also )?(?:mentioned|mentions|talked about|spoke of|spoke about|referred to|brought up)(?: (?:some|a|an|the|this|that))?(?: new)? (?=\S)")
_MENTIONS = lazy_pattern(r"^(?:\S+ ){0,3}?(?:article|piece|report|op ed|speech|address|story) (?:mentions|mentioned|refers to|talks about|cites|brings up)(?: a| an| the)? ")


def subject_of(clause: str, person: bool = False) -> str:
    """"the two years ago nato website attack in the op ed" -> "the nato website attack": what the clause is about."""
    clause = YOU_SAID.sub("", _MENTIONS.sub("", (REPORTED_OF_PERSON if person else REPORTED).sub("", ABOUT_LEAD.sub("", clause, count=1), count=1), count=1), count=1)  # "the op ed says X", "his op ed mentions X", "you wrote that X": X is the subject
    clause = clause if person else _MENTIONED_BY.sub("", clause, count=1)  # "rutte mentioned some new nicc": "it" is the nicc, "he" rutte
    return _SUBJECT_NOISE.sub(" ", _SUBJECT_END.sub("", clause)).split(" in the")[0].strip()


def with_setting(subject: list[str], leads: list[str]) -> list[str]:
    """"in 2012, was there a conference? who hosted it?": what "it" stands for keeps the short lead naming its year or place."""
    if len(leads) < 2 or names_year_or_place(" ".join(subject)):
        return subject
    return [*subject, *(w for a in leads[:-1] if len(a.split()) <= 5 and names_year_or_place(a) for w in a.split())]


_THERE_ASKED = lazy_pattern(r"\b(?<!is )(?<!was )(?<!are )(?<!were )there\b")
_VENUE_NOUNS = frozenset("house centre center palace hall hotel militaire building ministry castle academy college school headquarters hq forum "
                         "square museum campus castle theatre arena".split())
_GATHERING_NOUNS = frozenset("conference conferences summit summits meeting meetings event events edition one gathering".split())


def there_as_place(question: str, before: list[str]) -> str:
    """"my editor wants rome in the piece too, when did stoltenberg speak there?" -> "... speak in rome": a "there"
    standing for the one city the clauses before name, where they name no gathering (that one is resolved as "it" is)."""
    if "there" not in question.split() or not _THERE_ASKED.search(question):
        return question
    if any(not _GATHERING_NOUNS.isdisjoint(c.split()) or IS_THERE.match(c) for c in before):
        return question
    cities = list(dict.fromkeys(p.name for c in before for _, p in places_in(c) if p.is_city))
    if not cities and len(before) == 1 and len(before[0].split()) <= 5 and not _VENUE_NOUNS.isdisjoint(before[0].split()):
        return _THERE_ASKED.sub(f"at {before[0]}", question, count=1)  # "lancaster house - which event was held there": a venue
    return _THERE_ASKED.sub(f"in {normalize(cities[0])}", question, count=1) if len(cities) == 1 else question


_WHO_WAS_IT = lazy_pattern(r"^who (?P<be>was|is|were|are) (?:it|that|this|he|she|they)(?: then| at the time)?$")


def role_asked(question: str, before: list[str]) -> str:
    """"germany s foreign minister then, at the berlin conference, who was it?" -> "who was germany s foreign minister then":
    a bare "who was it" after a lead naming a role asks who held it (the gathering lead is kept as any lead is)."""
    if not question.startswith("who ") or not (match := _WHO_WAS_IT.match(question)):
        return question
    role = next((c for c in reversed(before) if not ROLE_HEADS.isdisjoint(c.split()) and not _AT_GATHERING.match(c)), None)
    return f"who {match['be']} {last_titled(role) or role}" if role else question  # "X opened it with minister baerbock. who is she?"


_PRONOUN_SUBJECT = lazy_pattern(r"^(?:what|who|when|where|which|how) (?:does|did|do|is|was) (?:that|this)\b(?! (?:conference|summit|meeting|event|quote|line|article|piece|one)\b)"
                               r"|^(?:is|was) (?:that|this) (?:an? |the )?(?:\S+ )?(?:quote|quotation|line|statement|remark)$")  # "X said Y - is that an official quote"


def pronoun_subject(question: str) -> bool:
    """"vcisc, what does that stand for and ...": a "that" or "this" the question is about, however long it is."""
    return _PRONOUN_SUBJECT.match(question) is not None


_DETERMINERS = frozenset("that this these those".split())


def names_after(question: str, pronoun: str) -> bool:
    """"when was that rome do": a "that" followed by a place or a year names its subject, and refers back to nothing."""
    if pronoun not in _DETERMINERS:
        return False
    words = question.split()
    after = words[words.index(pronoun) + 1 : words.index(pronoun) + 2]
    return bool(after) and (after[0] in PLACES or after[0].isdigit())
