"""A follow-up asking for the rest of the last answer's list: "more", "anything else?", "the rest", "next page".

    after "what did rutte say in tirana" (3 of his 4 quotes shown; the rest: "quotes Mark Rutte")
    "anything else?"   -> "quotes Mark Rutte"
    after "quotes stoltenberg" (page 1)
    "more pls"         -> "quotes stoltenberg page 2"
    after one quote ("stoltenberg on starlink?")
    "more"             -> the line he said next in the same speech ("They responded to direct requests …")

Only a message that asks nothing else is read so, and only where the last answer left something out
(``Reply.more_hint``); where nothing was, it is more of the entry talked about. A vague ask of it ("why?", "context?",
"and?", "why not?" after a quote's trust) is the same: the entry's whole card (an event's or decision's summary and
note, a quote with its trust and note), all the knowledge holds of it. So is the whole of it asked for: "full quote pls",
"the whole quote?", "in full" (a quote's card, or the whole sentence a source splits in two; after an event, its quotes;
after a person, theirs). An ask for the same answer shorter ("in one line", "shorter", "tl;dr") is the last question
asked again: the replies are already chat-sized. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .rest_of_line import next_line, other_half
from .search import normalize

_MORE = lazy_pattern(r"^(?:(?:and|ok|okay|so|pls|please|can i see|show me|give me)\s+)*(?:more|show more|see more|load more|any more|anymore|some more"
                     r"|anything else|something else|any others?|others|what else|who else said something|the rest|rest|the rest of them|next|next page"
                     r"|the next page|page 2|keep going|go on|continue|the others|the other ones|list the rest|all of them|the full list"
                     r"|tell me more|more info|more information|more details|details|elaborate|go deeper)(?: about (?:it|that|them|this))?"
                     r"(?:\s+(?:please|pls|then|too|of them|quotes|ones))?$")
_CUES = frozenset("more anymore else others rest next page going go continue all full details elaborate deeper".split())


def more_asked(lookup: Lookup, text: str, more: str, subject: ItemRef | None, asked: str = "") -> str | None:
    """``more`` (the command showing the rest of the last list) when ``text`` asks only for the rest; where nothing
    was left out, or it asks vaguely ("why?", "context?") or for the whole ("full quote pls"), the card of the entry
    talked about; the last question ``asked`` again when ``text`` asks only for it shorter; else None."""
    words = (flat := normalize(text)).split()
    if not _SHORTER_CUES.isdisjoint(words) and _SHORTER.match(flat):
        return asked or None  # "in one line", "tl;dr": the same answer, which is chat-sized already
    if not _WHOLE_CUES.isdisjoint(words) and _WHOLE.match(flat) and subject is not None:
        return _whole(lookup, subject)
    if (_CUES.isdisjoint(words) or not _MORE.match(flat)) and (_VAGUE_CUES.isdisjoint(words) or not _VAGUE.match(flat)):
        return None
    if more and _MORE.match(flat):  # the rest of a list, never for "why?"
        return more
    item = lookup.item(subject) if subject is not None and subject.type in _CARDS else None
    if item is not None and subject.type == "quote" and _MORE.match(flat) and (later := next_line(lookup, item)) is not None:
        return f"quote {later.id}"  # "more" after one line: what was said next
    return _card(lookup, subject.type, item) if item is not None else None


def _card(lookup: Lookup, kind: str, item) -> str:
    """The command showing all the knowledge holds of one entry (a quote by its id: its words are no name); an initiative
    by the decision that set it up, where a pledge's name holds its name ("why?" after the NICC), else by itself."""
    if kind == "initiative" and lookup.best(item.name, ("pledge",)) is None:
        return f"what is {item.name}"  # "more" after the cyber rapid reaction teams: no decision is named for them
    return f"{_CARDS[kind]} {item.id if kind == 'quote' else item.name}"


def _whole(lookup: Lookup, subject: ItemRef) -> str | None:
    """"full quote pls" of the entry talked about: a quote whole (both halves of a sentence a source splits), an event's
    or a person's quotes, any other entry's card."""
    if (item := lookup.item(subject)) is None:
        return None
    if subject.type == "quote":
        return f"the full sentence of “{item.text}”" if other_half(lookup, item) is not None else _card(lookup, "quote", item)
    if subject.type == "event":
        return f"quotes from {item.id}"
    if subject.type == "person":
        return f"quotes {item.name}"
    return _card(lookup, subject.type, item) if subject.type in _CARDS else None


_CARDS = {"event": "event", "person": "who", "pledge": "pledge", "initiative": "pledge", "quote": "quote"}
#: A vague ask of the last entry: "why?", "context?", "background pls", "and?", "why not?" (after "unverified").
_VAGUE = lazy_pattern(r"^(?:(?:and|ok|okay|so|hmm|wait|but)\s+)?(?:why|why not|why so|how come|how so|context|some context|any context|the context|background"
                      r"|some background|any background|the background|and|and then|explain|explain please|explain that|meaning|what does that mean"
                      r"|what do you mean|in what sense|like what|such as)(?:\s+(?:please|pls|thanks|then))?$")
_VAGUE_CUES = frozenset("why come so context background and explain meaning mean sense like such".split())
_POLITE = r"(?:\s+(?:please|pls|plz|then|thx|thanks|ty|mate|bro|tho|though))*$"
_ASKING = r"^(?:(?:and|ok|okay|so|now|just|can i (?:get|have|see)|could i (?:get|have|see)|can you (?:give|show|send) me|give me|show me|send me|i want|i need|i d like)\s+)*"
#: The whole of the entry asked for: "full quote pls", "can i get the whole thing", "the complete text?", "in full".
_WHOLE = lazy_pattern(_ASKING + r"(?:the |a |that |this |his |her |its |their )?(?:(?:full|whole|complete|entire|unabridged|uncut|unedited|untruncated)"
                      r"(?: (?:quote|quotation|text|thing|version|statement|line|words|wording|passage|remarks?|speech))?"
                      r"|(?:(?:the )?(?:quote|quotation|text|line|statement|words|it|that|this) )?in full)" + _POLITE)
_WHOLE_CUES = frozenset("full whole complete entire unabridged uncut unedited untruncated".split())
#: The same answer asked for shorter: "in one line", "shorter", "tl;dr", "short version pls", "summarise".
_SHORTER = lazy_pattern(_ASKING + r"(?:(?:can you |could you |pls |please )?(?:make it |say it |put it |keep it )?(?:in (?:one|1|a single|a) (?:line|sentence)|(?:in )?(?:one|1) (?:line|sentence|liner)"
                        r"|(?:a |as a |in a )?one liner|(?:even |a bit |bit )?shorter|short|(?:the |a )?short(?:er)? version|in short|briefly|brief|in brief|tl dr|tldr"
                        r"|(?:a )?(?:quick )?summary|summari[sz]e(?: it| that| this)?|sum (?:it|that) up|(?:that s |thats |it s |its )?too long|shorten (?:it|that)"
                        r"|(?:just )?the gist|in a nutshell|short answer|condensed|shorter pls))" + _POLITE)
_SHORTER_CUES = frozenset("line sentence liner shorter short briefly brief tl tldr summary summarise summarize sum long shorten gist nutshell condensed".split())
