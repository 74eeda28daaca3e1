"""A person's words asked for by name, without a question word: "what did <who> say" put another way.

    "need stoltenberg s exact line from rome about recommitting to cyber defence"
        -> what Stoltenberg said in Rome about recommitting to cyber defence
    "stoltenberg china quote berlin"       -> what Stoltenberg said in Berlin about China
    "rutte exact words on investment"      -> what Rutte said about investment
    "rutte on iran cyber?", "sg on starlink", "baerbock re china at berlin"
                                           -> what that person (the role's holder then) said about it

Only a text that names a person before the noun is read so ("the hague quotes" is
an event's quotes, answered elsewhere); the answer is ``answer_what_said``'s.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from ..lookup import Lookup
from ..places import PLACES
from ..quote_rank import LINE_FORMS
from .general import answer_sources
from .quotes import answer_quotes, answer_what_said
from ...patterns import lazy_pattern

#: A question is only tried here when it holds one of these words.
NOUNS = frozenset("line lines words quote quotes quotation quotations statement remark remarks comment soundbite speech speach address keynote message".split())
#: Nouns for a whole speech: asked with a topic ("ollongren speech title") they ask about the speech, not words in it.
_SPEECH = frozenset("speech speach address keynote message".split())
_ASKING = lazy_pattern(r"^(?:(?:i |we )?(?:need|want|would like|d like)|(?:give|get|show|send|find) (?:me|us)|what (?:are|were|is|was)|list|show)(?: all| every)?(?: the| a)? ")
_SAID_BY = lazy_pattern(r"^(?P<who>(?!(?:who|whom|whose|what|when|where|which|how|did|does|do|is|was|were|are|can|could|has|have)\b)"
                      r"\S+(?: \S+){0,4}?)(?: s)? (?:exact |precise |actual |full |original |verbatim |famous |best )?"
                      r"(?P<noun>line|lines|words|quotes|quote|quotations|quotation|statement|remark|remarks|comment|soundbite|speech|speach|address|keynote|message)(?P<rest>(?: \S+)*)$")
#: Words around the name that ask nothing: "odobescu - any quote from the hague", "rutte s best line".
_EVERY = frozenset("every all".split())
#: Words asking for the wording as well as the source ("exact text and source"): the quote, with its sources.
_WORDING_ASKED = frozenset("exact exactly wording verbatim text words precise".split())
_WORDING_TAIL = lazy_pattern(r"(?: (?:the|its|their))?(?: (?:exact|full|precise|verbatim))? (?:text|wording|words)(?: and| \+| &| plus)?(?: (?:the|its|their))?$")
_EVERY_QUOTE = lazy_pattern(r"^(?:every|all)(?: of)?(?: the)? (?P<who>\S+(?: \S+)?)(?: s)? (?:quotes|lines|remarks|statements)$")
#: What the knowledge holds, said after the noun: "every rutte quote you ve got", "... in the knowledge".
_HELD_TAIL = lazy_pattern(r"\s+(?:(?:that )?you (?:ve got|have got|have|got|know|hold)|in the knowledge|on file|available)$")
_FILLER = frozenset("every all each of s any a an the some one his her their that this famous best exact real actual direct verbatim me us good great nice short punchy strong "
                    "usable quotable memorable catchy snappy decent key main headline opening closing welcome video recorded keynote".split())  # what the line should be like, not what about
#: "any line from pat mcfadden in london": the noun first, then whose (a "quote from X" is the quotes route's).
_LINE_FROM = lazy_pattern(r"^(?:any |a |some |one |the )?(?:(?:good|great|nice|short|punchy|strong|usable|quotable|memorable|catchy) )?"
                          r"(?P<noun>line|lines|words|remark|remarks|soundbite|comment) (?:from|by|of) (?P<who>\S+(?: \S+)?)(?P<rest>(?: (?:in|at|from|during|about|on) \S.*)?)$")
#: What the writer will do with the line, after it: "... i can use", "... for my post".
_USE_TAIL = lazy_pattern(r"\s+(?:(?:that |which )?(?:i|we) (?:can|could|might) (?:use|post|quote|tweet)|to (?:use|post|quote|tweet)|for (?:a|my|the|our) (?:post|tweet|thread|caption|graphic))$")
#: "the exact words rutte used about standing together": the noun first, then who used them.
_WORDS_USED = lazy_pattern(r"^(?:the )?(?:exact |precise |actual |full |original )?(?P<noun>words|line|quote|statement|phrase) (?:that )?"
                         r"(?P<who>\S+(?: \S+)?) (?:used|said|gave|spoke|uttered)(?P<rest>(?: \S+)*)$")
_PREPOSITION = frozenset("in at from during about on regarding".split())
#: "pat mcfadden at lancaster house got his key line", "rutte in tirana - do you have her best quote": the person and
#: where first, then the line asked for with "his" or "her" (read as "<who> line at <where>").
_WHERE_THEN_HIS = lazy_pattern(r"^(?P<who>\S+(?: \S+)?) (?P<where>(?:at|in|from|during) \S+(?: \S+){0,4}?) (?:(?:got|have you got|do you have|you have|any|give me|what s|what is|what was)"
                               r" )?(?:his|her|their) (?:(?:key|main|best|big|exact|actual|headline|top) )?(?P<noun>line|lines|words|quote|quotes|quotation|soundbite|remark|remarks)$")
_ALL_OF = frozenset({"quotes", "quotations"})
#: "rutte on iran cyber", "sg on starlink": a person or a role, then only what about, no verb and no noun (chat shorthand).
_ON_TOPIC = lazy_pattern(r"^(?P<who>(?!(?:who|whom|whose|what|when|where|which|how|did|does|do|is|was|were|are|can|could|has|have|and|any)\b)"
                         r"\S+(?: \S+){0,3}?) (?:on|re|about|regarding) (?P<topic>\S+(?: \S+){0,5})$")
#: Words after "on" that say how or where someone was, not what they talked about: "rutte on video", "geoana on stage".
_NOT_A_TOPIC = frozenset("video screen stage record file leave duty site board camera tape line call zoom air tv behalf time".split())


def answer_said_by(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The reply to "<person> [exact] line|words|quote [from <place>] [about <topic>]", or None when it is not one."""
    if NOUNS.isdisjoint(words := question.split()):
        return _on_topic(lookup, question, today) if len(words) <= 10 and not _ON_WORDS.isdisjoint(words) else None
    if question.startswith("sources for "):  # "what is the source of the stoltenberg quote about china": that quote's sources
        found = answer_said_by(lookup, _WORDING_TAIL.sub("", question.removeprefix("sources for ")), today)
        wording = not _WORDING_ASKED.isdisjoint(words)  # "odobescu quote on x, exact text and source": both asked
        quote = next((i for i in found.items if i.type == "quote"), None) if found is not None and (found.kind == "answer" or wording and found.kind == "list") else None
        if quote is not None and wording:
            return replace(found, items=(*found.items, *answer_sources(lookup, quote.id).items[1:]))  # the words, their sources named
        return answer_sources(lookup, quote.id) if quote is not None else None
    asked = _HELD_TAIL.sub("", _USE_TAIL.sub("", _ASKING.sub("", question)))
    if (his := _WHERE_THEN_HIS.match(asked)) is not None:
        asked = f"{his['who']} {his['noun']} {his['where']}"
    if (every := _EVERY_QUOTE.match(asked)) and len((named := lookup.named(every["who"], on=today)).people) == 1 and not named.role:
        return answer_quotes(lookup, every["who"], today)  # "all stoltenberg quotes you have": the list (of those from a place named)
    found = next(((m, named) for pattern in (_SAID_BY, _WORDS_USED, _LINE_FROM) if (m := pattern.match(asked))
                  and len((named := lookup.named(m["who"], on=today)).people) == 1 and (not named.role or _city_in((*named.rest, *m["rest"].split())))), None)
    if found is None:
        return None
    match, named = found
    person = named.people[0]
    if match["noun"] in _ALL_OF and not match["rest"].strip():
        return None  # "all the rutte quotes": every one of them, listed elsewhere
    extra = [w for w in (named.rest if named.role else match["who"].split()) if w not in lookup.name_words and w not in _FILLER and w not in LINE_FORMS]
    rest = match["rest"].split()
    if rest and rest[0] not in _PREPOSITION:  # "stoltenberg china quote berlin": the words after name a place or a topic
        extra, rest = extra + rest, []
    places = [w for w in extra if w in PLACES and PLACES[w].is_city]  # "china" is a topic, "berlin" where it was said
    topic = [w for w in extra if w not in places]
    if topic and match["noun"] in _SPEECH:
        return None
    if not (topic or places or rest) and not _EVERY.isdisjoint(match["who"].split()):
        return answer_quotes(lookup, person.name, today)  # "every rutte quote you have": all of them, not one
    tail = " ".join(["in" if w == "from" else w for w in rest])
    said = (f" in {' '.join(places)}" if places else "") + (f" {tail}" if tail else "") + (f" about {' '.join(topic)}" if topic else "")
    every = not topic and not _EVERY.isdisjoint(match["who"].split())  # "every rutte quote tirana": all of those there
    return answer_what_said(lookup, named.role or person.name, said.strip(), today, every=every)  # a role: its holder there


_ON_WORDS = frozenset("on re about regarding".split())


def _on_topic(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"rutte on iran cyber", "secretary general on starlink": what that person said about it, or None when the words
    before "on" are not one person or role alone, or the words after it say how they took part ("on video")."""
    if (match := _ON_TOPIC.match(question)) is None or match["topic"].split()[0] in _NOT_A_TOPIC:
        return None
    named = lookup.named(match["who"], on=today)
    if len(named.people) != 1 or named.rest or named.unknown:
        return None
    return answer_what_said(lookup, named.role or named.people[0].name, f"about {match['topic']}", today)


def _city_in(words) -> bool:
    """"sg berlin art 5 line", "the sg s welcome line at berlin": a role named with a city, which sets the day the role's
    holder is found on."""
    return any(w in PLACES and PLACES[w].is_city for w in words)
