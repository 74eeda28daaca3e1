"""Questions about attacks and incidents: which attack a text means, who was behind it, when, how long ago.

    "did anyone hack NATO?"                               -> the attack the knowledge records, with its date
    "which attack does the op-ed mean by 'two years ago'" -> the incident the op-ed's words are identified with
    "who was behind the attack on NATO's website?"        -> the knowledge's own sentence on who claimed it
    "did china ever hack nato?", "who hacked the German government computers?"
                                                          -> honest miss: no recorded attack fits those words

An incident answers only when every word the question names (a target, an
attacker, a year) is in that incident's own text; otherwise the reply says
the knowledge records no such attack and shows the recorded ones as labelled
suggestions, so a question about another attack never gets this one as its
answer. Most questions hold no attack word and pay one frozenset test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event
from ...reply import Block, Reply
from .. import topic_messages as say
from ..claims import claim_of
from ..event_index import closest_in_time
from ..lookup import Lookup
from ..phrasing import event_label, item_refs
from ..places import PLACES
from ..quoted import quoted_spans
from ..constraints import missed, nearest
from ..mentions import find_mentions
from ..search import normalize, tokens
from .checks import answer_behind, answer_how_long
from .events import answer_events_list, event_reply
from .pledge_asks import named_as_phrase, named_initiative
from ...patterns import lazy_pattern

#: Words without which a question is not about an attack (most questions: one set test, nothing else run).
ATTACK_WORDS = frozenset(
    "hack hacks hacked hacking hacker hackers attack attacks attacked attacking cyberattack cyberattacks ddos ddosed ddosing "
    "breach breached incident incidents blocked offline compromised knocking knocked apt apts targeted".split()
)
#: Attack words inside any word of the message as typed ("hackers", "DDoSed"): a few substring tests, no regex.
_ATTACK_STEMS = ("hack", "attack", "ddos", "breach", "incident", "blocked", "offline", "compromised", "knock", "taken down", "brought down")
#: The forms that ask about an attack itself, not what someone said about attacks in general.
_ASKS = lazy_pattern(
    r"^(?:(?:did|has|have|had|was|were|is) (?:\S+ ){1,3}?(?:ever |really |actually |once |recently )?"
    r"(?:hack|hacked|attack|attacked|ddos|ddosed|breach|breached|targeted|target|hit|affected|blocked|(?:go|goes|went|gone|taken|knocked) (?:down|offline|dark))\b"
    r"|(?:which|what) (?:\S+ ){0,2}?(?:attack|attacks|incident|incidents|hack|ddos|breach)\b"
    r"|who (?:\S+ )?(?:hacked|attacked|ddosed|breached|was behind|is behind|were behind|claimed|carried out|launched|did|took down|knocked|brought down"
    r"|targeted|(?:was|is|were) (?:responsible|to blame))\b"
    r"|(?:which|what) (?:group|country|hackers|actor|actors|state|apt|threat actor) (?:was|were|is|did|claimed|carried|hit|hacked|attacked|targeted|took down|ddosed|took|accepted)\b"
    r"|who (?:took|accepted|has taken|has claimed)\b"
    r"|what (?:was|is) (?:that|the|this) (?:\S+ ){0,5}?(?:attack|ddos|hack|breach|incident)\b"
    r"|(?:what|anything) happened (?:to|with) (?:\S+ ){0,4}?(?:website|websites|site|sites|networks?)\b"
    r"|when (?:was|did|were) (?:the|that|this|nato s|nato) (?:\S+ ){0,3}?(?:attack|hack|ddos|breach|incident)\b"
    r"|when (?:was|were|did) (?:\S+ ){1,3}?(?:(?:got|get|getting|being) )?(?:hacked|attacked|ddosed|blocked|breached"
    r"|(?:knocked|taken|brought|go|went) (?:down|out|offline|dark))\b"
    r"|how (?:long|many years|many months|many days) ago"
    r"|(?:was|were|is|are|did) (?:\S+ ){1,3}?(?:behind|responsible for|to blame for|carry out|carried out|launch|launched|conduct|conducted)\b)"
)
#: An attack asked after as a topic, with words of its own before it: "anything on the estonia 2007 attacks",
#: "what about the 2015 bundestag hack" (answered only when those words name a place, a year or an unknown word).
_ANYTHING_ON = lazy_pattern(r"^(?:(?:and|so|ok|okay) )?(?:anything|something|any info|any information|info|information|what|tell me|details|more)(?: \S+){0,2}? (?:on|about) (?:the |that |those )?"
                            r"(?:\S+ ){1,4}?(?:attack|attacks|hack|hacks|ddos|breach|incident|incidents|cyberattack|cyberattacks)$")
#: An attack claimed rather than asked (the claim of "is it true that nato got hacked", "i heard hackers attacked nato in 2014").
_ATTACK_CLAIMED = lazy_pattern(r"^(?P<who>.+?) (?:(?P<passive>got|was|were|has been|have been|had been) (?P<done>hacked|attacked|ddosed|breached|targeted|hit)(?P<by> by .+)?"
                        r"|(?P<verb>hacked|attacked|ddosed|breached|targeted)(?P<rest> .+)?)$")
#: An attack asked of someone as its doer or its target: "did stoltenberg attack rutte", "was rutte hacked".
_DID_ATTACK = lazy_pattern(r"^(?:did|has|have|had|was|were) (?:\S+ ){1,3}?(?:ever |really |actually )?(?:hack|hacked|attack|attacked|ddos|ddosed|breach|breached|target|targeted)\b")
#: Taken out of service, said in chat words: "nato's websites got knocked out", "taken down", "brought down" are attacked.
_KNOCKED_OUT = lazy_pattern(r"\b(?:(?:got|get|gets|getting|being|been) )?(?:knocked|taken|brought) (?:down|out|offline)\b")
#: What an attack takes out of service; "the conference was taken down from the agenda" is no attack.
_TAKEN_OUT_TARGETS = ("site", "network", "server", "mail", "system", "portal", "page", " int ")
_BASE = {"hacked": "hack", "attacked": "attack", "ddosed": "ddos", "breached": "breach", "targeted": "target"}


def _as_asked(question: str) -> str:
    """"is it true that nato got hacked" -> "was nato hacked"; "i heard hackers attacked nato in 2014" -> "did hackers attack nato in 2014"."""
    if (claimed := claim_of(question)) is None or (claim := _ATTACK_CLAIMED.match(claimed)) is None:
        return question  # the claim as normalised questions put it ("i heard ..." is "is it true that ...")
    if claim["passive"]:
        return f"was {claim['who']} {claim['done']}{claim['by'] or ''}"  # "... hacked by anonymous in 2014": by whom, checked
    return f"did {claim['who']} {_BASE[claim['verb']]}{claim['rest'] or ''}"


#: "was russia behind the attack on nato websites", "was the ddos carried out by cyber berkut": an attacker named, to check.
_WAS_BEHIND = lazy_pattern(r"^(?:was|were|is) (?P<what>.+?) (?:carried out|launched|conducted|done|claimed|caused|hacked|attacked|ddosed|hit|targeted|breached"
                           r"|taken down|knocked offline|brought down) by (?P<who>.+?)(?P<when> in (?:19|20)\d\d)?$"
                           r"|^(?:was|were|is|are) (?P<who2>.+?) (?:behind|responsible for|to blame for) (?P<what2>.+)$"
                           r"|^did (?P<who3>.+?) (?:do|carry out|launch|conduct|cause) (?P<what3>.+)$")
#: An attack asked as backed by a state, or by someone: "was the 2014 ddos state sponsored", "was the ddos russian state backed",
#: "was the nato websites attack linked to russia".
_SPONSORED = lazy_pattern(r"^(?:was|were|is) (?P<what>.+?) (?:(?:(?P<who>[a-z]+) )?(?:nation )?state )?(?:sponsored|backed|linked|directed|attributed|tied)"
                          r"(?: (?:by|to) (?:the )?(?P<by>.+))?$")
#: The attacks recorded, asked for as a list: "list attacks", "all the incidents", "what attacks are recorded", "attacks?".
_LISTED = lazy_pattern(r"^(?:(?:list|show|show me|give me|all|any|every|what|which)(?: (?:the|all|of the|other))?(?: (?:recorded|known|nato|cyber))* )?"
                       r"(?:attacks|incidents|cyberattacks|cyber attacks|hacks)(?: (?:are|were|do you have|have you got|you have|you know))?"
                       r"(?: (?:recorded|known|there|listed|on record|in (?:your|the) (?:data|knowledge|records?|database)))?(?: pls| please)?$")
#: Asking form, chat, reference and time words: never a target or an attacker the question names.
_NOT_NAMING = frozenset(
    """did does do has have had was were is are be been it its that this the a an of on in at to by for from with about
    which what who whom whose when where how why ever really actually exactly once recently anyone anybody someone somebody
    everyone everybody channel here responsibility credit
    any one thing stuff so yo hey ok wait lol omg ngl bro mate pls please thanks again just like kind sort
    many long ago years year months month days day now today from since then back time
    hack hacks hacked hacking hacker hackers attack attacks attacked attacking cyber cyberattack cyberattacks ddos ddosed
    breach breached incident incidents blocked offline compromised target targeted hit behind responsible blame knocking knocked claimed claim
    carried out launched group groups country state actor actors exactly
    op ed oped article piece story report column author says said say mean means meant talk talks talking talked mention
    mentions mentioned refer refers referring describe describes described write writes wrote writing words line bit
    two three few some got get gets before after yrs hq headquarters
    happen happens happened take took taken place occur occurred start started go went down tell know
    there any all first last recent latest ones other another
    too also just only or either site website affected gone dark responsibility responsible credit ownership
    arrested arrest arrests charged charges prosecuted prosecution convicted sentenced indicted jailed sanctioned sanctions punished
    extradited caught tried court over imposed recorded record records listed known data database sponsored backed linked directed attributed attribution tied apt apts nation
    anything something info information details detail more""".split()
)
#: Long asking words a typo may miss by a letter or two ("responsiblity"): still no target or attacker named.
_LONG_NOT_NAMING = tuple(w for w in _NOT_NAMING if len(w) >= 7)
#: "who is behind the attacks according to rutte": a quote question; "is a cyber attack an article 5 case": policy, not an incident.
#: "did the attack come before or after the wales summit", "which came first, the ddos or ...": entries compared (topics/comparisons.py).
_COMPARES = lazy_pattern(r"\b(?:before or after|after or before|(?:come|came|was|were|happen|happened|take place|took place) (?:before|after|earlier|later|first)"
                         r"|(?:pre|ante|post)dated?|precede[ds]?|other way round|other way around)\b")
_ABOUT_SAYING = lazy_pattern(r"\baccording to\b|\barticle (?:5|five)\b|\bcollective defen[cs]e\b|\bquot(?:e|es|ed)\b|\b(?:in|from) (?:his|her|their) (?:speech|address|remarks|words)\b")
#: The sentence of an incident's text that says who claimed it or was blamed for it.
_CLAIMED = lazy_pattern(r"[^.]*\b(?:claimed|attributed|blamed|behind|responsible)\b[^.]*\.")
_WHO = lazy_pattern(r"^(?:who|(?:which|what) (?:group|country|hackers|actor|actors|state|apt|threat actor))\b")
_HOW_LONG = lazy_pattern(r"^how (?:long|many (?P<unit>years|months|days)) ago\b")
_WHEN = lazy_pattern(r"^when\b")
_REFERS_BACK = frozenset("that it this".split())
#: What may follow an attack and the knowledge never records unless its text says so: "was anyone arrested or charged".
_AFTERMATH = lazy_pattern(r"\b(?:arrested|arrest|arrests|charged|charges|prosecuted|prosecution|convicted|sentenced|indicted|jailed|"
                          r"sanctioned|sanctions|punished|extradited|caught|tried in court)\b")
_AFTERMATH_NOUNS = {"arres": "arrest or charge", "charg": "arrest or charge", "sanct": "sanctions", "punis": "punishment"}
INCIDENTS_SHOWN = 3


_SAYING_VERBS = frozenset("say said says saying wrote write mention mentioned".split())


def _only_quoted(typed: str) -> bool:
    """Whether every attack ``typed`` names is inside the words it asks someone said ("did ollongren say 'an attack on one ally ...'")."""
    if not (spans := quoted_spans(typed)):
        return False
    outside = typed.lower()
    for span in spans:
        outside = outside.replace(span.lower(), " ")
    words = normalize(outside).split()  # asked whether someone said them; a claim quoted to check ("tweet: '...'. fact?") is the attack's
    return ATTACK_WORDS.isdisjoint(words) and not any(stem in outside for stem in _ATTACK_STEMS) and not _SAYING_VERBS.isdisjoint(words)


def answer_incident(lookup: Lookup, typed: str, question: str, today: dt.date) -> Reply | None:
    """The reply to a question about an attack, or None for any other question.

    ``question`` is the normalised question clause; ``typed`` the whole message as typed, whose
    other clauses may say which attack "that" is ("the op-ed says the website was blocked. how long ago is that?").
    """
    words = question.split()
    lowered = typed.lower()
    if ATTACK_WORDS.isdisjoint(words) and not any(stem in lowered for stem in _ATTACK_STEMS) or _only_quoted(typed):
        return None  # most questions: no attack in the question nor around it; "did X say 'an attack on one ...'": words said
    if (" down" in question or " out" in question or "offline" in question) and any(t in question for t in _TAKEN_OUT_TARGETS):
        typed, question = _KNOCKED_OUT.sub("attacked", typed.lower()), _KNOCKED_OUT.sub("attacked", question)  # "websites got knocked out": attacked
        words = question.split()
    question = _as_asked(question)  # "is it true that nato got hacked": was nato hacked
    if _LISTED.match(question):  # "list attacks", "all the incidents", "attacks?": every attack recorded, newest first
        incidents = _incidents(lookup)
        return answer_events_list(lookup, incidents, say.attacks_recorded(len(incidents))) if incidents else None
    whole = normalize(typed) if ATTACK_WORDS.isdisjoint(words) else question
    on_topic = _ANYTHING_ON.match(question) is not None  # "anything on the estonia 2007 attacks": only if it names the attack
    if ATTACK_WORDS.isdisjoint(whole.split()) or not (_ASKS.match(question) or _AFTERMATH.search(question) or on_topic) or _ABOUT_SAYING.search(question) or _COMPARES.search(question):
        return None
    if whole is not question and not (_HOW_LONG.match(question) or _REFERS_BACK & set(words)):
        return None  # an attack in another clause, but this clause asks about something else
    if named_initiative(lookup, question) is not None or named_as_phrase(lookup, question, "pledge") is not None:
        return None  # "what is the virtual cyber incident support capability": a thing named, not an attack
    incidents = _incidents(lookup)
    if not incidents:
        return None
    if (behind := _WAS_BEHIND.match(question)) is not None and (checked := _attacker_checked(
            lookup, behind["who"] or behind["who2"] or behind["who3"], (behind["what"] or behind["what2"] or behind["what3"]) + (behind["when"] or ""),
            incidents, today)) is not None:
        return checked
    if (backed := _SPONSORED.match(question)) is not None:  # "was the 2014 ddos state sponsored", "... russian state backed"
        what, who = backed["what"], backed["who"]
        if who in ATTACK_WORDS or (who or "").isdigit():  # "was the 2014 attack state sponsored": the attack's own word
            what, who = f"{what} {who}", None
        who = " ".join(w for w in (who, backed["by"]) if w)
        if (checked := _attacker_checked(lookup, who or "anyone", what, incidents, today)) is not None:
            return checked if who else answer_behind(lookup, checked.items[0].id, today)
    content, naming = _named_words(lookup, whole, today)
    if _DID_ATTACK.match(question):  # "did stoltenberg attack rutte": the people named are the attacker and the target
        naming |= {normalize(p.name).split()[-1] for p in lookup.named(question, on=today).people}
    if on_topic and not naming and not _ASKS.match(question):
        return None  # "anything on the cyber attacks": a topic, for the quote steps
    fitting = [(len(content & _words_of(e)), e) for e in incidents if naming <= _words_of(e)]
    if not fitting and not _WHO.match(question) and (unmet := [w for w in naming if not any(w in _words_of(e) for e in incidents)]) and all(len(w) == 4 and w.isdigit() for w in unmet):
        mentions = find_mentions(lookup, normalize(whole), today)  # "the ddos on the nato website in 2015": only a year unmet
        return missed(lookup, "incident", [f"in {min(unmet)}"], nearest(lookup, mentions, "incident"))  # "I have no incident in 2015", the nearest
    if not fitting:
        return _no_such_attack(lookup, whole, naming, incidents)
    incident = max(fitting, key=lambda pair: pair[0])[1]  # most words in common; equal: the newest
    if (after := _AFTERMATH.search(question)) and after[0] not in normalize(f"{incident.summary} {incident.notes or ''}"):
        return Reply("not_found", say.no_aftermath(event_label(incident), _AFTERMATH_NOUNS.get(after[0][:5], "arrest, charge or penalty")),
                     items=item_refs([incident]), suggestions=(f"event {incident.name}",))  # "was anyone ever arrested over it"
    if _WHO.match(question):
        return answer_behind(lookup, incident.id, today)
    if long_ago := _HOW_LONG.match(question):
        return answer_how_long(lookup, incident.id, today, unit=long_ago["unit"] or "years")
    if _WHEN.match(question):
        return event_reply(lookup, incident, "when")
    reply = event_reply(lookup, incident)
    claim = next((m[0].strip() for part in (incident.summary, incident.notes) if part and (m := _CLAIMED.search(part))), None)
    return replace(reply, title=say.the_attack(event_label(incident), claim))


def _incidents(lookup: Lookup) -> list[Event]:
    """The attacks recorded, newest first (at most 50)."""
    return closest_in_time(lookup.event_index, None, 50, keep=lambda e: e.kind == "incident")


def _attacker_checked(lookup: Lookup, who: str, what: str, incidents: list[Event], today: dt.date) -> Reply | None:
    """The recorded attack ``what`` names, with whether its text names ``who`` as the attacker; None when the
    words name no recorded attack (the honest miss below says so)."""
    content, naming = _named_words(lookup, what, today)
    fitting = [(len(content & _words_of(e)), e) for e in incidents if naming <= _words_of(e) and content & _words_of(e)]
    if not content and len(incidents) == 1:
        fitting = [(0, incidents[0])]  # "did russia do the ddos": the one attack recorded
    if not fitting:
        return None
    incident = max(fitting, key=lambda pair: pair[0])[1]
    claim = next((m[0].strip() for part in (incident.summary, incident.notes) if part and (m := _CLAIMED.search(part))), None)
    attacker = [w for w in tokens(who) if w not in _NOT_NAMING]
    named = bool(attacker) and claim is not None and set(attacker) <= set(normalize(claim).split())
    shown = " ".join(w.capitalize() for w in attacker) or who
    return replace(event_reply(lookup, incident), title=say.attacker_claimed(shown, event_label(incident), claim, named))


def _named_words(lookup: Lookup, text: str, today: dt.date) -> tuple[set[str], set[str]]:
    """The content words of ``text`` (not asking, chat, reference or time words, nor a person's name), and those of them
    that name a target, an attacker or a time: a place or its people, a year, a word the knowledge has never seen."""
    named = lookup.named(text, on=today)
    people = {w for p in named.people for w in normalize(p.name).split()}
    content = {w for w in tokens(text) if w not in _NOT_NAMING and w not in people and len(w) > 1 and not _misspelt_asking(w)}
    unknown = set(named.unknown)
    return content, {w for w in content if w in PLACES or w[:1].isdigit() or w in unknown}


def _misspelt_asking(word: str) -> bool:
    """``word`` is one of the long asking words with a typo: "responsiblity", "attribtued"."""
    from rapidfuzz.distance import OSA

    return len(word) >= 7 and any(OSA.distance(word, known) <= 2 for known in _LONG_NOT_NAMING)


def _words_of(event: Event) -> set[str]:
    text = " ".join((event.name, event.summary or "", event.notes or "", *event.aliases, event.city or "", event.country or ""))
    words = set(normalize(text).split()) | set(normalize(text.replace("-", "")).split())  # "e-mail": also "email"
    return words | {w[:-1] for w in words if w.endswith("s")} | {w + "s" for w in words}


def _no_such_attack(lookup: Lookup, text: str, asked: set[str], incidents: list[Event]) -> Reply:
    unknown = [w for w in tokens(text) if w in asked and not any(w in _words_of(e) for e in incidents)]
    shown = incidents[:INCIDENTS_SHOWN]
    blocks = (Block(say.RECORDED_ATTACKS, heading=say.SUGGESTIONS_HEADING),) + tuple(
        Block("", style="item", heading=event_label(e)) for e in shown)
    return Reply("not_found", say.no_such_attack(" ".join(dict.fromkeys(unknown)) or " ".join(sorted(asked))), blocks=blocks,
                 items=item_refs(shown), suggestions=tuple(f"event {e.name}" for e in shown[:2]) + ("events",))
