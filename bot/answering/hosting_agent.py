"""Who hosted, asked with the host doing it: "was berlin 2023 the german defence ministry hosting or the foreign ministry?".

Read as the claim the routes check (``claims``): "is it true that berlin 2023 was hosted by
the german defence ministry or the foreign ministry", so that the either/or check answers
with the host the knowledge records; "was italy organising rome 2022 alone" likewise. A country's or NATO's part in it is asked the same way:
"did the americans have anything to do with the rome pledge conf or was it all italy" -> "is it true that the
rome pledge conference was hosted by american or italy"; "were the romanians involved in the hague one"; "for berlin, the host
was the german defence ministry, yes?" likewise; "did nato itself have any role in organising rome or just the two countries"
-> "is it true that rome was hosted by nato".
Runs its patterns only when a word of ``_CUES`` is there; must not touch a question whose
"hosting" is a noun ("who is hosting next year").
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX
from .places import PLACES
from .sole_host import sole_host
from .normalizing import word_set

_CUES = frozenset("hosting organising organizing running".split())
_AGENT = r"(?P<agent>the .+?|[a-z]+(?: [a-z]+)?)"
_DOING_WORD = r"(?:hosting|organi[sz]ing|running)"
_ALONE = r" alone| by itself| on its own| together| jointly"
#: "was <event> <agent> hosting (it) (or <other>)"
_EVENT_FIRST = lazy_pattern(rf"^(?:was|is|were) (?P<event>.+?) {_AGENT} {_DOING_WORD}"
                            rf"(?: it| this| that| the (?:conference|event|summit|meeting))?(?P<rest> or .+|{_ALONE})?$")
#: "was <agent> hosting <event> (alone)", "was <agent> hosting that alone <event>" (a lead put after it)
_AGENT_FIRST = lazy_pattern(rf"^(?:was|is|were) {_AGENT} {_DOING_WORD} (?:(?:it|this|that)(?P<lead>{_ALONE})? )?(?!or )(?P<event>.+?)(?P<rest> or .+|{_ALONE})?$")


#: "was <event> run by nato itself or by the germans": who hosted it, asked with another verb.
_RUN_BY = lazy_pattern(r"^(?P<was>was|is|were) (?P<event>.+?) (?:run|organi[sz]ed|staged|put on|led) by (?P<a>.+?)(?: itself| themselves| alone)? or (?P<b>.+)$")


#: "did <agent> have anything to do with <event> (or was it just <other>)", "were <agent> involved in <event>".
_INVOLVED = lazy_pattern(
    r"^(?:did|do|does|were|was|are|is) (?:the )?(?P<agent>[a-z]+(?: [a-z]+)?) (?:(?:have|had) (?:anything|something|any(?:thing)? part|a hand|a part|a role|any role)"
    r"(?: to do)? (?:with|in)|(?:help|helped)(?: with| to)?(?: (?:organi[sz]e|run|host|put on))?|(?:get|got) involved (?:in|with)|(?:(?:really|actually|also) )?involved (?:in|with)"
    r"|(?:play|played) (?:a|any) (?:part|role) in|(?:take|took) part in (?:organi[sz]ing|running|hosting)|(?:co ?host|cohost))(?: (?:organi[sz]ing|running|hosting))? (?P<event>.+?)"
    r"(?: or (?:was|is|did) (?:it|that|this) (?:(?:just|all|only|solely|entirely|purely|simply) )?(?:by |run by |hosted by )?(?P<other>.+?)(?: alone| on (?:its|their) own| by (?:itself|themselves))?)?$")
_ITSELF = lazy_pattern(r"(?<=^did nato) (?:itself|themselves|as such|as an organisation|as an organization)\b")
#: "... or (was it) just the two countries": the other side named only as the hosts, none in particular.
_HOSTS_ONLY = lazy_pattern(r" or (?:was it |is it )?(?:just|only|all|solely|simply) (?:the |by the )?(?:two |three |host )?(?:countries|hosts|nations|governments|allies)\b")
_INVOLVED_CUES = frozenset("anything something involved help helped part role hand".split())
_EVENT_WORDS = frozenset("conference conferences summit pledge meeting event one".split())


def _involved_host(text: str) -> str | None:
    """"did the us have anything to do with rome 2022 or was it just italy" -> "is it true that rome 2022 was hosted by us or italy"."""
    if _INVOLVED_CUES.isdisjoint(words := text.split()) or words[0] not in ("did", "do", "does", "were", "was", "are", "is"):
        return None
    text = _HOSTS_ONLY.sub("", _ITSELF.sub("", text))  # "did nato itself have any role in organising or just the two countries": nato's part
    if not (match := _INVOLVED.match(text)) or (match["agent"] not in PLACES and match["agent"] != "nato"):
        return None  # "was stoltenberg involved in berlin": a person's part is not hosting
    event = match["event"].split()
    if _EVENT_WORDS.isdisjoint(event) and not any(w.isdigit() or w in PLACES for w in event):
        return None
    other = f" or {_host_name(match['other'])}" if match["other"] else ""
    return f"{CLAIM_PREFIX}{match['event']} was hosted by {_host_name(match['agent'])}{other}"


#: "for berlin, the host was the german defence ministry", "the host of rome was italy": who hosted it, claimed with the host as subject.
_HOST_WAS = lazy_pattern(r"^(?:is it true that )?(?:(?:for|in|at) (?P<event>.+?) )?the (?:main |official )?(?:host|hosts|co hosts|host country|host countries|organi[sz]ers?)"
                         r"(?: (?:of|for|at) (?P<of>.+?))? (?:was|were|is) (?P<agent>(?!(?:who|which|what|where)\b).+?)(?: yes| right| no| correct| true)?$")
_HOST_NOUNS = frozenset("host hosts organiser organizer organisers organizers".split())


#: "the conference of rome was organized by which ministry", "X was hosted by whom": who hosted it, the ask put last.
_BY_WHICH = lazy_pattern(r"^(?P<event>(?!(?:who|which|what|when|where|how|was|were|is)\b).+?) (?:was|were) (?:hosted|co hosted|organi[sz]ed|run|staged|put on) by (?:which|what|whom|who)(?: [a-z]+)?$")


def _host_named(text: str) -> str | None:
    """"for berlin the host was the german ministry of defence" -> "is it true that berlin was hosted by the german ministry of defence"."""
    if " by " in text and (by := _BY_WHICH.match(text)):
        return f"who hosted {by['event']}"
    if _HOST_NOUNS.isdisjoint(word_set(text)) or not (match := _HOST_WAS.match(text)) or not (event := match["event"] or match["of"]):
        return None
    return f"{CLAIM_PREFIX}{event} was hosted by {match['agent']}"


def _host_name(named: str) -> str:
    """"us" -> "united states", "the dutch" -> "netherlands": the country a demonym or short name stands for."""
    place = PLACES.get(named.removeprefix("the "))
    return place.name.lower() if place is not None else named


def hosting_agent(text: str) -> str:
    """"was X the dutch hosting (or Y)" -> "is it true that X was hosted by the dutch (or Y)"; other text as it is."""
    text = sole_host(text)  # "was italy the only host of X": "was X hosted by italy alone"
    if " by " in text and " or " in text and (run := _RUN_BY.match(text)):
        return f"{run['was']} {run['event']} hosted by {run['a']} or {run['b']}"
    if involved := _involved_host(text) or _host_named(text):
        return involved
    if _CUES.isdisjoint(word_set(text)):
        return text
    if match := _EVENT_FIRST.match(text) or _AGENT_FIRST.match(text):
        rest = match["rest"] or match.groupdict().get("lead") or ""
        return f"{CLAIM_PREFIX}{match['event']} was hosted by {match['agent']}{rest}"
    return text


#: "... the rome conference together with france", "... the 2024 one with poland": a partner named after the event.
_WITH_PARTNER = lazy_pattern(r" (?:together |jointly )?(?:with|alongside) (?P<partner>(?:the )?[a-z]+(?: [a-z]+)?)$")


def with_partner(hosts: str, event: str) -> tuple[str, str]:
    """"did italy host the rome conference together with france": the country named after the event is a host claimed
    too -> ("italy and france", "the rome conference"); else (``hosts``, ``event``)."""
    if (match := _WITH_PARTNER.search(event)) and (place := PLACES.get(match["partner"].removeprefix("the "))) and not place.is_city:
        return f"{hosts} and {match['partner']}", event[: match.start()]
    return hosts, event
