"""Details the knowledge never records, asked for a post: a gathering's hashtag, accounts or livestream; who heads a centre;
a speech's length or recording, the page an article ran on, the paragraph of a communiqué, the names of people in a photo,
a spokesperson's word; whether a pledge is legally binding; who closed a gathering or moderated its panels, and its side events (a CTF, a hackathon, workshops).

    "what was the official hashtag for tirana 2025?"     -> "The knowledge does not record the hashtag of NATO Cyber Defence Conference 2025"
    "who heads the nicc?"                                -> "The knowledge does not record who heads NATO Integrated Cyber Defence Centre"
    "which partner countries were at the hague? full list" -> "The knowledge does not record which countries attended NATO Cyber ..."
    "who gave the closing remarks in tirana"             -> "The knowledge does not record who gave the closing remarks of NATO ..."
    "did the hague have a ctf or hackathon track"        -> "The knowledge does not record any side event (a CTF, ...) of NATO ..."

The entry named is not the answer. Where an entry's own text does say such a detail, the other routes
answer. The hour of a gathering is ``clock_time``'s (the knowledge records days, never hours).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import messages
from ..lookup import Lookup
from ..places import places_in
from ..search import normalize
from .general import not_found
from .events import event_reply
from .initiatives import initiative_reply

_MODERATED = "who moderated the panels or sessions of"
_SPONSORED = "who funded or sponsored"
_STATUS = "the legal status (binding or not) of"
#: (what is asked, how the reply names it, what in an entry's text would say it).
_DETAILS = (
    (lazy_pattern(r"\b(?:hashtags?|hash tags?)\b"), "the hashtag of", lazy_pattern(r"#\w|\bhashtag")),
    (lazy_pattern(r"\b(?:livestream(?:ed|ing)?|live ?streamed|streamed live|webcast|stream link|official (?:account|handle|page|channel)|social media (?:account|handle)s?)\b"),
     "the livestream or social-media accounts of", lazy_pattern(r"\b(?:livestream|live stream|webcast|twitter|instagram)\b|@\w")),
    (lazy_pattern(r"\bwho (?:(?:is|s) )?(?:heads|leads|runs|directs|commands|in charge of)\b|\b(?:head|director|commander|chief)s? (?:of|at)\b"
                  r"|\bname of (?:the|its) (?:director|head|commander|chief)\b|\b(?:director|head|commander|chief)s? (?:was |were )?(?:appointed|named|chosen)\b"),  # of a centre, not of NATO
     "who heads", None),  # answered by _no_head
    (lazy_pattern(r"^(?!how many\b)(?=.*\b(?:which|what|list|full list|all the)\b).*\b(?:(?:partner|participating|attending|delegate) (?:countries|nations|states)|delegations"
                  r"|(?:countries|nations) (?:were (?:at|there|present|represented)|attended|took part|participated|joined|sent))\b"),
     "which countries attended", lazy_pattern(r"\bcountries (?:attending|present|represented) (?:were|included)\b")),  # counts only, no list
    (lazy_pattern(r"\bhow many minutes\b|\b(?:\d+|five|ten|fifteen|twenty|thirty|forty|sixty) (?:min|mins|minutes?)(?: long)?\b|\bhow long (?:was|did) (?:\S+ ){1,3}?(?:speech|keynote|address|remarks|talk)\b|\blength of (?:the|his|her) (?:\S+ )?(?:speech|keynote|address)\b"
                  r"|\b(?:archived|archive|recorded) (?:video|recording|footage|copy)\b|\b(?:video|recording|footage) (?:of (?:it|the|his|her)|archived|online|available)\b|\bis there (?:an? |any )?(?:video|recording|footage)\b"),
     "the length or any recording of", lazy_pattern(r"\b(?:minutes long|\d+ minutes|recording|archived|footage)\b")),
    (lazy_pattern(r"\b(?:doi|dois|isbn|issn)\b"), "a DOI or other catalogue identifier of", lazy_pattern(r"\bdoi\b|\bisbn\b|\bissn\b")),  # "the doi of the op-ed"
    (lazy_pattern(r"\b(?:which|what) page\b|\bpage (?:number|no)\b|\bprint (?:issue|edition)\b|\bissue number\b"),
     "the page or print issue of", lazy_pattern(r"\bpage \d|\bprint (?:issue|edition)\b")),
    (lazy_pattern(r"\b(?:which|what) (?:paragraph|para|section|clause|subsection)s?\b|\b(?:paragraph|para|section|clause) (?:number|no|numbers)\b"),
     "the paragraph numbers of", lazy_pattern(r"\b(?:paragraphs?|paras?|sections?) \d|§")),  # "which paragraph of the vilnius communique ..."
    (lazy_pattern(r"\bnames? (?:of )?(?:the |those |these )?(?:\S+ ){0,2}(?:content creators|creators|influencers|youngsters|young people|participants|attendees|delegates|people)\b"
                  r"|\bnames please\b|\bwho (?:were|are) (?:the |those |these )?(?:\S+ ){0,2}(?:content creators|creators|influencers|youngsters|young people)\b"),
     "the names of the people at", None),  # the entry's own participants, if any, are the answer
    (lazy_pattern(r"\bspokes(?:person|man|woman|people)\b|\bpress (?:officer|office|secretary)\b"),
     "a spokesperson's statement on", lazy_pattern(r"\bspokes(?:person|man|woman)\b")),
    (lazy_pattern(r"\bwho (?:moderated|moderates|chaired|chairs|led|introduced|ran) (?:the |a |that |this |each )?(?:\S+ )?(?:panels?|sessions?|discussions?|debates?|roundtables?)\b"
                  r"|\bwho (?:moderated|was the moderator|were the moderators)\b|\b(?:moderators?|panel chairs?|master of ceremonies|emcee)\b"),
     _MODERATED, lazy_pattern(r"\bmoderat|\bchaired by\b|\bpanel chair")),  # "who moderated the panel where X spoke in berlin"
    (lazy_pattern(r"^(?!.*\b(?:co ?)?host(?:ed|s|ing)?\b).*?(?:\bwho (?:paid|pays|funded|funds|financed|finances|sponsored|sponsors|bankrolled|covered the costs?|foot(?:ed)? the bill)\b"
                  r"|\bsponsors?\b|\bsponsorship\b|\b(?:sponsored|funded|financed|paid for|bankrolled) by\b)"),  # not "who paid for it. jk who co-hosted": the hosts
     _SPONSORED, lazy_pattern(r"\b(?:funded|sponsor|sponsored|paid for|financed)\b")),
    (lazy_pattern(r"\bclos(?:ing|ed) (?:remarks|remark|speech|address|session|statement|keynote|words|plenary|panel)\b|\bwho closed\b|\bwrapped up\b|\bwrap up\b"),
     "who gave the closing remarks of", lazy_pattern(r"\bclos(?:ing|ed) (?:remarks|speech|address|session|the conference)\b")),
    (lazy_pattern(r"\b(?:is|was|are|were) (?:\S+ ){1,6}?(?:(?:legally|politically|internationally) )?(?:binding|non binding|mandatory|obligatory|compulsory|enforceable|voluntary)"
                  r"(?: (?:on|for) (?:the )?(?:allies|members|nato|states|countries))?(?: or (?:not|\S+))?$|\blegal (?:status|force|effect|obligation)\b"),  # said of it, not "a binding decision"
     _STATUS, lazy_pattern(r"\b(?:binding|obligat\w*|voluntary|political commitment|legally|treaty)\b")),  # "is the pledge binding on allies"
    (lazy_pattern(r"\b(?:ctf|capture the flag|hackathons?|workshops?|exhibitions?|expo|trade fair|side events?|breakout (?:sessions?|rooms?)|gala(?: dinner)?|(?:welcome|evening|drinks) reception|networking (?:dinner|event|session)s?|startup pitch(?:es)?)\b"),
     "any side event (a CTF, hackathon, workshop or exhibition) of",
     lazy_pattern(r"\b(?:ctf|capture the flag|hackathon|workshop|exhibition|expo|side event|breakout|gala|reception|networking)\b")),
)
#: A piece of a word every pattern asking a detail above holds (or a count of minutes): a question with none asks none of them.
_DETAIL_PIECES = ("hash", "stream", "webcast", "official", "social", "head", "lead", "runs", "direct", "command", "charge", "chief",
                  "countries", "nations", "states", "delegations", "how long", "length", "archive", "record", "video", "footage", "doi",
                  "isbn", "issn", "page", "print", "issue", "para", "section", "clause", "name", "creator", "influencer", "young", "spokes",
                  "press", "panel", "session", "discussion", "debate", "roundtable", "moderat", "ceremonies", "emcee", "paid", "pays", "fund",
                  "financ", "sponsor", "bankroll", "cost", "bill", "clos", "wrap", "binding", "mandatory", "obligatory", "compulsory",
                  "enforceable", "voluntary", "legal", "ctf", "capture the flag", "hackathon", "workshop", "exhibition", "expo", "trade fair",
                  "side event", "breakout", "gala", "reception", "networking", "startup pitch")
_MINUTES = lazy_pattern(r"\bmin(?:s|utes?)?\b")  # not "minister"
#: The gathering whose text a paragraph is asked of: "of the vilnius summit communique", "in the wales declaration".
_DOCUMENT = lazy_pattern(r"\b(?:of|in|from) (?:the )?(?P<of>\S+(?: \S+){0,3}?) (?:communiques?|declarations?|final statement|joint statement)\b")
_WHEN_ANNOUNCED = lazy_pattern(r"\bwhen (?:was|were|did (?:nato|they) announce) (?P<what>.+?)(?: first)? announced\b|\bwhen did (?:nato|they) announce (?P<what2>.+)$")
_STATUS_WORDS = lazy_pattern(r"\b(?:legally|politically|internationally|non|binding|mandatory|obligatory|compulsory|enforceable|voluntary|legal|status|force|effect|obligation|not|states|countries)\b")
_QUOTE_WORDS = lazy_pattern(r"\b(?:quotes?|quotations?|lines)\b")
_HEADED = lazy_pattern(r"\b(?:headed|led|directed|commanded|run) by\b|\b(?:director|commander)\b")
#: When the head of a centre took up the post, asked of the head: "when was the first director of the nicc appointed".
_HEAD_ASKED = lazy_pattern(r"^(?:on )?(?:when|which date|what date|which day|what day)\b.*?\b(?:first |new |current |founding )?(?:director|head|commander|chief)s?\b")
_HEAD_WORDS = frozenset("first new current founding director directors head heads commander chief appointed named chosen selected picked date day when on s".split())
_WHICH_HEAD = frozenset("first new current founding former next".split())  # which head is asked: no part of the body's name
#: "was the wales summit sponsored by microsoft": who is said to have paid is no part of the entry's name.
_BY_SOMEONE = lazy_pattern(r"\b(?:sponsored|funded|paid for|financed) by \S+(?: \S+)?$")
_OTHER_ASKS = lazy_pattern(r"\b(?:when|where|what|which|how)\b")
#: The asking words around the detail, dropped before the entry is looked up by the rest.
_TALK = lazy_pattern(r"\b(?:full list|list|partner|participating|attending|countries|nations|delegations|attended|took part|participated|on (?:day (?:one|two|1|2)|the (?:first|second|last) day)|what|which|was|is|were|the|of|for|at|did|does|do|official|its|it|start|started|begin|began|open|opened|kick off"
                     r"|kicked off|go live|went live|live|use|used|post|posts|tweet|there|any|an|a|for my|please|pls|name|named|names|director|commander|head"
                     r"|who|ten|that|this|in|on|run|ran|confirmed?|to|press|how|long|minutes|video|archived|speech|keynote|address|page|print|issue"
                     r"|speak|spoke|speaking|talk|talked|remarks|recording|online|footage|edition|young|commented|comment|gave|give|did|have|had|has|track|tracks"
                     r"|panels?|sessions?|or|and|conf|paid|funded|financed|sponsored|sponsors?|costs?|covered|pays|funds|paragraph|number|cite|sets? out|legally|allies|members)\b")


def answer_unrecorded_detail(lookup: Lookup, typed: str, today: dt.date) -> Reply | None:
    """The honest miss for a detail the knowledge does not hold of the entry ``typed`` names; None when it asks no such
    detail, names no entry, or the entry's text says it."""
    text = normalize(typed)  # as typed: "what time" is "when" once the question is put in one spelling
    if "announc" in text and (when := _WHEN_ANNOUNCED.search(text)):  # "when was the den haag conference announced"
        what = when["what"] or when["what2"]
        if (initiative := lookup.best(what, ("initiative",), min_coverage=0.75)) is not None:
            return initiative_reply(lookup, initiative, "when")  # "when was the nicc announced": when it was established
        item = lookup.best(what, ("event",))  # an initiative's date is when it was agreed and announced
        announced = lookup.best(f"announcement {what}", ("event",))  # "the vilnius summit": its dates' announcement is an entry
        if item is not None and "announc" not in f"{item.name} {item.summary or ''} {item.notes or ''} {announced.name if announced else ''}".lower():
            return not_found(f"The knowledge does not record when {item.name} was announced", messages.ONLY_WHAT_SOURCES_REPORT,
                             (f"{type(item).__name__.lower()} {item.name}",))
    if "nato" in (words := set(text.split())) and words & (_FOUNDING | _SEAT) and words <= _NATO_ITSELF:  # "when was nato founded"
        return _nato_itself(lookup, words)  # not an entry that was "established"
    if not _TECHNICAL.isdisjoint((text := text.replace("zero day", "zeroday")).split()) and (technical := _technical_detail(lookup, text)) is not None:
        return technical  # "cve exploited in the 2014 nato ddos": the attack named, its technical details never recorded
    if not any(piece in text for piece in _DETAIL_PIECES) and ("min" not in text or _MINUTES.search(text) is None):
        return None  # most questions: no detail asked, no pattern run
    for asked, what, saying in _DETAILS:
        if not asked.search(text):
            continue
        rest = _QUOTE_WORDS.sub(" ", _TALK.sub(" ", asked.sub(" ", _BY_SOMEONE.sub("", text) if what == _SPONSORED else text)))  # "a spokesperson on the hague quotes": the hague
        if what == _STATUS:  # "is the pledge legally binding on allies": the pledge
            rest = _QUOTE_WORDS.sub(" ", _TALK.sub(" ", _STATUS_WORDS.sub(" ", text)))
        if what == "the paragraph numbers of" and (document := _DOCUMENT.search(text)):
            rest = document["of"]  # "which paragraph of the vilnius summit communique sets out ...": the summit's
        if what == "who heads":
            return _no_head(lookup, text, rest)
        if what == _STATUS:  # a pledge or concept named outright, never the nearest of them
            named = rest.strip() and not lookup.named(rest, on=today).people  # "is rutte binding": no pledge of his
            if (item := lookup.best(rest, ("event", "initiative", "pledge"), min_coverage=0.5) if named else None) is None:
                return None
        else:
            item = lookup.best(rest, ("event", "initiative")) if rest.strip() else None
        if item is None and len(events := [e for p in lookup.named(rest, on=today).people[:1] for e in lookup.events_with(p)]) == 1:
            item = events[0]  # "rutte's livestream": the one gathering he spoke at
        if item is None and what == _MODERATED and len(places := places_in(rest)) == 1:
            item = lookup.best(places[0][1].name, ("event",))  # "the panel where the lithuanian vice minister spoke in berlin": the berlin one
        if item is None:
            return None
        said_of = [item, *(p for p in lookup.knowledge.pledges.values() if p.event == item.id)] if what == "the paragraph numbers of" else [item]
        if saying is None and getattr(item, "participants", ()) or saying is not None and any(saying.search(  # a decision made there may cite its paragraphs
                " ".join(filter(None, (getattr(i, "summary", None), getattr(i, "notes", None)))).lower()) for i in said_of):
            return None
        return not_found(messages.not_recorded(what, item.name), messages.ONLY_WHAT_SOURCES_REPORT, (f"{type(item).__name__.lower()} {item.name}",))
    return None


def _no_head(lookup: Lookup, text: str, rest: str) -> Reply | None:
    """"who heads the nicc": a centre or programme named outright has no head the knowledge records; never asked
    of NATO itself (its Secretary General), nor beside other asks ("when did it begin, and who runs it?")."""
    if (head := _HEAD_ASKED.search(text)) is not None:
        rest = " ".join(w for w in _TALK.sub(" ", text).split() if w not in _HEAD_WORDS)  # "on which date was the first director of the nicc appointed": the nicc
    if _OTHER_ASKS.search(text) and head is None or not set(rest.split()) - {"nato", "the", "alliance"}:
        return None
    rest = " ".join(w for w in rest.split() if w not in _WHICH_HEAD) or rest  # "who was the first director of the nicc": the nicc
    item = lookup.best(rest, ("initiative",), min_coverage=0.75)
    if item is None or _HEADED.search(" ".join(filter(None, (item.summary, getattr(item, "notes", None)))).lower()):
        return None
    return not_found(messages.not_recorded("who heads", item.name), messages.ONLY_WHAT_SOURCES_REPORT, (f"initiative {item.name}",))


#: NATO's own founding or seat, asked with no other words: the knowledge holds its cyber defence, not its history.
_FOUNDING = frozenset("founded formed created established founding birth born".split())
_SEAT = frozenset("headquarters hq headquartered based located seat".split())
_NATO_ITSELF = _FOUNDING | _SEAT | frozenset("nato s the when what which year in where is was are were did it its get set up start started begin began located city "
                                             "country alliance itself of".split())
def _nato_itself(lookup: Lookup, words: set[str]) -> Reply:
    """Where NATO sits, as far as an event held at its headquarters says; never when it was founded (not recorded)."""
    held_there = [e for h in lookup.hits("nato headquarters", ("event",), limit=20)
                  if "headquarters" in normalize((e := lookup.item(h.ref)).venue or "") and e.city]
    if words & _SEAT and held_there:
        event = held_there[0]
        return replace(event_reply(lookup, event), title=f"NATO Headquarters: {event.city}, {event.country} (where {event.name} took place)")
    return not_found("The knowledge does not record when NATO was founded" + ("" if held_there else " or where its headquarters are"),
                     messages.ONLY_WHAT_SOURCES_REPORT, ("about", "events"))


#: Technical details of an attack asked for (an exploit, malware, traffic volume): the knowledge records who, when and what was hit.
_TECHNICAL = frozenset("cve cves exploit exploits exploited vulnerability vulnerabilities vuln vulns malware botnet botnets ioc iocs ttps ttp "
                       "gbps tbps mbps bandwidth payload payloads zeroday vector vectors amplification".split())  # "zero day": one word, not "day"


_NAMES_THE_ATTACK = 0.5  # share of the other words an attack's entry must hold: "what's on this day" names none


def _technical_detail(lookup: Lookup, text: str) -> Reply | None:
    """The honest miss for an attack's technical detail, when the attack is named and its text does not say it."""
    rest = " ".join(w for w in _TALK.sub(" ", text).split() if w not in _TECHNICAL)
    item = lookup.best(rest, ("event",), min_coverage=_NAMES_THE_ATTACK) if rest.strip() else None
    if item is None or item.kind != "incident":
        return None
    said = " ".join(filter(None, (item.summary, item.notes))).lower()
    if any(word in said for word in _TECHNICAL.intersection(text.split())):
        return None
    asked = ", ".join(dict.fromkeys(_ACRONYMS.get(w, w) for w in text.split() if w in _TECHNICAL))  # "any iocs": "IOCs"
    return not_found(messages.not_recorded(f"{asked} or other technical details (an exploit, malware, traffic volume) of", item.name),
                     messages.ONLY_WHAT_SOURCES_REPORT, (f"event {item.name}",))


#: The analyst's acronyms as written: the miss names what was asked ("which CVE": "The knowledge does not record CVEs ...").
_ACRONYMS = {"cve": "CVEs", "cves": "CVEs", "ioc": "IOCs", "iocs": "IOCs", "ttp": "TTPs", "ttps": "TTPs", "vuln": "vulnerabilities",
             "vulns": "vulnerabilities", "exploit": "exploits", "exploited": "exploits", "vector": "attack vectors", "vectors": "attack vectors",
             "botnet": "botnets", "payload": "payloads", "zeroday": "zero-days", "gbps": "traffic volume", "tbps": "traffic volume", "mbps": "traffic volume"}
