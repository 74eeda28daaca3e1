"""Someone the knowledge does not know, asked about as present at an event: an honest miss, and who was recorded there.

    "was macron at the paris pledge conf"     -> There is nobody called “macron” in the knowledge. Speakers at
                                                 Cyber Defence Pledge Conference 2018: Jens Stoltenberg; ...
    "was elon musk present at tirana"          -> nobody called “elon musk”; the speakers at Tirana 2025
    "what role did ursula von der leyen play at the berlin conference" -> nobody called so; who was recorded there
    "was the rome conf at the farnesina"       -> None (the event itself is asked about)
    "macron speech paris pledge conf"          -> nobody called “macron”; the speakers at Paris 2018 (a fragment: the name first)
    "scholz at berlin cyber conf - what he said", "biden remarks at the hague" -> likewise
    "pistorius opened the berlin cyber conference didnt he", "did macron speak at the paris conference" -> likewise
    "did president iohannis send a message to the hague conference" -> nobody called “iohannis” (a title before the name is no part of it)
    "mattarella came to the rome conference?", "did tajani go to the hague conference" -> likewise

Only "was/were <name> at|present at|there at <event>", "did <name> speak at|attend <event>", "what role did <name> play at <event>" / "what did <name>
do at <event>" and the fragments that put the name first ("<name> speech|remarks|keynote|quote|at <event>") are read so, and only when no word of the name is one the
knowledge or English holds (a person the knowledge does not name, not a thing it does) and the rest names one
event. Never the event's card as if the person had been there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import messages
from ..common_words import COMMON_WORDS
from ..lookup import Lookup
from ..places import PLACES
from .events import event_reply
from .named_event import event_named
from ..normalizing import word_set

_WAS_AT = lazy_pattern(r"^(?:was|were|is) (?P<who>[a-z]+(?: [a-z]+){0,2}?) (?:really |actually |even |ever |personally )?(?:at|in|present at|there at|in attendance at"
                       r"|attending|a speaker at|a guest at|invited to) (?P<rest>.+)$")
#: "what role did X play at <event>", "what part X played in <event>", "what did X do at <event>": X's presence asked too.
_ROLE_AT = lazy_pattern(r"^what (?:(?:role|part|function) (?:did |does |do )?(?P<who>[a-z]+(?: [a-z]+){1,3}?) (?:play|played|plays|have|had|take|took)"
                        r"|did (?P<doer>[a-z]+(?: [a-z]+){1,3}?) do|(?:was|is) (?P<holder>[a-z]+(?: [a-z]+){1,3}?)(?: s)? (?:role|job|part|function|position))"
                        r" (?:at|in|during) (?P<rest>.+)$")  # "what was X role at <event>": the rephrasing of "what did X do at <event>"
#: "macron speech paris pledge conf", "scholz at berlin cyber conf - what he said": a name first, then what they did there.
_NAME_FIRST = lazy_pattern(r"^(?P<who>[a-z]+(?: [a-z]+){0,3}?) (?:s )?(?:speech|speeches|remarks|keynote|address|talk|quote|quotes|statement|words"
                           r"|line|lines|comments|spoke|said|speaking|talking|(?=at |in ))(?: (?:at|in|from|during))? (?P<rest>.+)$")
#: "what did scholz at berlin cyber conference say" (the rephrasing of "scholz at berlin cyber conf - what he said").
_SAID_AT = lazy_pattern(r"^what did (?P<who>[a-z]+(?: [a-z]+){0,3}?) (?:at|in) (?P<rest>.+) (?:say|said|talk about|speak about)$")
#: "(is it true that) pistorius opened the berlin conference", "did macron speak at paris": the claim that they spoke there.
_SPOKE_AT = lazy_pattern(r"^(?:is it true that |did )?(?:(?:president|prime minister|pm|minister|chancellor|king|queen|mr|mrs|ms|dr|sir|lord|lady) )?(?P<who>[a-z]+(?: [a-z]+){0,2}?) (?:really |actually |ever |even |personally )?(?:opened|open|spoke at|speak at"
                         r"|addressed|address|gave (?:a |the )?(?:keynote|speech|talk|opening speech) at|give (?:a |the )?(?:keynote|speech|talk|opening speech) at"
                         r"|keynoted|closed|close|attended|attend|turned up at|turn up at|showed up at|show up at|came to|come to|went to|go to|visited|visit) (?P<rest>.+)$")
_SPOKE_CUES = frozenset("opened open spoke speak addressed address gave give keynoted closed close attended attend turned turn showed show came come went go visited visit".split())
#: "did zelensky (also) speak at <event> (too)", "did scholz attend <event>".
_DID_SPEAK = lazy_pattern(r"^(?:did|does) (?:(?:president|prime minister|pm|minister|chancellor|king|queen|mr|mrs|ms|dr) )?(?P<who>[a-z]+(?: [a-z]+)?) "
                          r"(?:really |actually |also |even |ever )?(?:speak|talk|attend|appear|show up|turn up|present|give a speech|take part in|participate in|come to|go to|visit"
                          r"|send (?:a |any )?(?:video |written )?(?:message|greeting|greetings|letter|address|statement|representative|delegate)(?: to)?)"
                          r"(?: (?:at|in|during))? (?P<rest>.+?)(?: (?:too|as well|also|then|either))?$")
_NOT_A_NAME = frozenset("the a an this that it he she they there anyone anybody someone somebody nato".split())


def answer_unknown_attendee(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The honest miss for a person the knowledge does not name asked about at an event, or None."""
    if question.startswith(("was ", "were ", "is ")) and not question.startswith("is it true that "):
        match = _WAS_AT.match(question)
    elif question.startswith(("did ", "does ")):
        match = _DID_SPEAK.match(question)  # "did zelensky speak there too", after the berlin conference
    else:
        match = (_ROLE_AT.match(question) or _SAID_AT.match(question)) if question.startswith("what ") else _NAME_FIRST.match(question)
    if match is None and not _SPOKE_CUES.isdisjoint(word_set(question)):
        match = _SPOKE_AT.match(question)  # "is it true that pistorius opened the berlin conference"
    if match is None:
        return None
    named = match.groupdict().get("who") or match.groupdict().get("doer") or match.groupdict().get("holder") or ""
    who = named.split()
    vocabulary = lookup.index.vocabulary
    if not who or who[-1] in COMMON_WORDS or any(w in _NOT_A_NAME or w in vocabulary or w in PLACES or w in lookup.name_words for w in who):
        return None  # a surname no English word is spelt as: "grant shapps" is a name, "any minister" is not
    if lookup.named(named, on=today).people:
        return None  # "did geoanaa speak": a known person, spelt as typed
    event = event_named(lookup, match["rest"], today)
    if event is None:
        return None
    reply = event_reply(lookup, event, "speakers")
    title, _ = messages.nobody_called(named, [], False)
    return replace(reply, kind="not_found", title=f"{title}. {reply.title}")
