"""Questions about the people at events and about events side by side, tried before the main routes.

    "who represented romania at the hague"        -> participants.answer_party
    "which conferences did stoltenberg speak at"  -> person_events.answer_person_events
    "was it rutte or stoltenberg who spoke there" -> person_events.answer_which_of
    "which building was the rome conference in"   -> the venue (or the city), from the event card
    "in which hotel did the delegates meet"       -> the venue, or that the knowledge does not record it
    "speakers at den haag 2024 - list them"       -> the people recorded there
    "which was first, berlin or the hague?"       -> comparisons.answer_comparison

Each step checks a few words of the question first and returns None when the
question is not of its kind, so most questions pay for a set intersection each.
Each checks the event it finds against the year, month and places named.
"""

from __future__ import annotations

from ..phrasing import sentences

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from .. import event_messages
from ..lookup import Lookup
from ..mentions import find_mentions
from ..places import places_in
from ..normalizing import normalize, word_set
from ..contrast_leads import asked_of_the_other
from ..different_asks import compared_text
from .comparisons import answer_comparison
from .compared_outcomes import with_outcomes
from .new_since import answer_new_since
from .statements_compared import answer_statements_compared
from .people_compared import answer_people_compared
from .day_speakers import answer_day_speakers
from .either_role import answer_either_role
from .events import answer_events_list, event_reply
from .named_event import event_named, fitting
from .openers import answer_opening, answer_speech_title
from .participants import answer_party
from ..host_party import host_as_party
from .pledge_asks import named_as_phrase, named_initiative
from .named_phrase import PLEDGE_MADE_AT
from .person_events import answer_person_events, answer_which_of
from .series_history import answer_which_series
from .roles_present import answer_roles_present
from ...patterns import lazy_pattern
from ..difference_asks import DIFFERENCE_PREFIX

_VENUE_WORDS = frozenset("venue venues building buildings premises palace hall hotel hotels auditorium".split())
#: A venue word asks for the venue when asked which one ("in which hotel did they meet"), not in "was he present in the hall".
_WHICH_VENUE = lazy_pattern(r"\b(?:which|what|name of the|where) (?:\S+ ){0,2}?(?:venue|building|premises|palace|hall|hotel|auditorium)s?\b|\bvenues?\b")
_PLACE_WORDS = frozenset("city town place location country capital".split())
#: Words that ask for entries side by side before any one's venue or people: "compare the venues of X and Y".
_COMPARING = frozenset("compare comparing comparison contrast".split())
_PEOPLE_CUES = _COMPARING | frozenset("vs versus both same difference differences differ".split())
#: "how many countries co hosted it": the hosts counted, not the attendance.
_HOSTING = frozenset("hosted host hosts hosting co organised organized".split())


def answer_event_asks(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """``text`` as typed, ``question`` normalised: the reply, or None for the other routes."""
    if (compared := compared_text(text)) is not text:  # "how are the hague and london conferences different": compared
        text = question = compared
    words = word_set(question)
    if question.startswith(DIFFERENCE_PREFIX) and "differ" in text.lower():
        text = question  # "how is the nicc different from the pledge": compared as "the difference between" them
    if asks_attendance(words, question) and words.isdisjoint(_HOSTING) and (there := answer_attendance(lookup, question, today)) is not None:
        return there  # "ok random but how many delegates turned up at the hague one", "berlin had ~1500 attendees right?"
    lowered = text.lower()
    if any(cue in lowered for cue in ("vs", "versus", "compared")) and (said := answer_statements_compared(lookup, normalize(text), today)):
        return said  # "stoltenberg's ask in 2022 vs what rutte said in 2025 about money": each one's statements
    if not words.isdisjoint(_PEOPLE_CUES) and (people := answer_people_compared(lookup, text, question, today)) is not None:
        return people  # "compare stoltenberg and rutte", "which conferences did x and y both attend"
    if "new" in words and (new := answer_new_since(lookup, question, today)) is not None:
        return new  # "what new nato structure came up in tirana that didn't exist yet at berlin"
    if (" between " in text or not words.isdisjoint(_COMPARING)) and (compared := with_outcomes(lookup, answer_comparison(lookup, text, question, today), text)) is not None:
        return compared  # "what changed between the first and the third, in hosts and who spoke": both, not one's speakers
    return (
        answer_which_series(lookup, text, today)
        or answer_either_role(lookup, question, today)  # "was it the dutch foreign or defence minister who co hosted"
        or answer_day_speakers(lookup, question, today)  # "who spoke on 16 may 2024"
        or answer_party(lookup, question, today, asked_of_the_other(text))  # "in rome we had X. at the hague who spoke for nato": not rome
        or ((hosted := host_as_party(lookup, question, today)) and answer_party(lookup, hosted, today))  # "who spoke for the host country in tirana"
        or answer_opening(lookup, question, today)  # "who gave the actual opening speech in den haag"
        or answer_speech_title(lookup, question, today)  # "what was ollongren's speech at the hague called"
        or answer_person_events(lookup, question, today)
        or answer_which_of(lookup, question, today)
        or answer_venue(lookup, question, today)
        or answer_roles_present(lookup, question, today)  # "other foreign ministers at berlin besides baerbock?": its text's sentence
        or answer_people_at(lookup, question, today)
        or with_outcomes(lookup, answer_comparison(lookup, text, question, today), text)
    )


def answer_venue(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"in which building did the rome conference meet": the venue, or that the knowledge does not record it;
    "in which city did the 2024 pledge conference take place": where it was."""
    words = word_set(question)
    venue = bool(words & _VENUE_WORDS) and _WHICH_VENUE.search(question) is not None
    if not venue and not (words & _PLACE_WORDS and _WHICH_PLACE.match(question) and ("country" not in words or words.isdisjoint(_HOST_WORDS))):
        return None  # "which country co hosted rome": its hosts
    event = event_named(lookup, question, today)
    if (event is None and venue and places_in(question) and not _NARROWED.search(question)
            and len(several := fitting(lookup, mentions := find_mentions(lookup, question, today))) > 1):
        return answer_events_list(lookup, several, event_messages.several_fit(len(several), " ".join(p.name for p in mentions.places)))  # "the london one": two were
    return event_reply(lookup, event, "venue" if venue else "where") if event is not None else None


#: Words that narrow a place's gatherings to one the routes find: a year, a season, an edition's number.
_NARROWED = lazy_pattern(r"\b(?:\d|first|second|third|fourth|fifth|last|latest|spring|summer|autumn|fall|winter|pledge|annual)")
_HOST_WORDS = frozenset("host hosts hosted co organised organized organiser organizer organisers organizers".split())
_WHICH_PLACE = lazy_pattern(r"(?:in |at )?(?:which|what) (?:(?!country\b)\S+ ){0,2}?(?<!took )(?<!take )(?<!takes )(?:city|town|place|location|country|capital)\b")  # "which welsh city"


_PEOPLE_WORDS = frozenset("speakers participants attendees delegates delegations guests panellists panelists".split())
_COUNTED = frozenset("how many number count".split())


def answer_people_at(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"speakers at den haag 2024 - list them", "who were the participants in berlin": the people recorded there."""
    words = word_set(question)
    if not words & _PEOPLE_WORDS or words & _COUNTED or words & {"said", "say", "quote", "quotes"}:
        return None
    event = event_named(lookup, question, today)
    return event_reply(lookup, event, "speakers") if event is not None else None


#: What a count of those at an event asks for: "how many delegates turned up at the hague one".
ATTENDANCE = frozenset("delegates delegations participants attendees people persons guests countries nations partners visitors creators influencers".split())
_COUNTED_THERE = lazy_pattern(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|fifty|hundred)\b"
                            r"[^.;]*?\b(?:delegates|delegations|participants|attendees|people|guests|countries|nations|partners|creators|influencers)\b")


#: Words that ask for a count of those present on their own: "hague headcount", "turnout in berlin".
_HEADCOUNT = frozenset("headcount turnout attendance".split())
#: A figure guessed for those present, or "how many" with a verb of coming: "like 300 delegates", "how many attended rome".
_ATTENDANCE_ASKED = lazy_pattern(r"\b\d[\d,]*(?:k| thousand| hundred)? (?:[a-z]+ )?(?:delegates|attendees|participants|people|guests|visitors)\b"
                               r"|\bhow many (?:(?:people|ppl|folks|of them) )?(?:attended|came|showed up|turned up|turned out|were there|went|joined)\b")


def asks_attendance(words: set[str], question: str) -> bool:
    """A count of those at an event asked or guessed: "how many delegates ...", "hague headcount", "like 300 delegates?"."""
    if words & ATTENDANCE and words & _COUNTED or words & _HEADCOUNT:
        return True
    return not words.isdisjoint(_ATTENDANCE_CUES) and _ATTENDANCE_ASKED.search(question) is not None


_ATTENDANCE_CUES = ATTENDANCE | frozenset("attended came showed turned went joined".split())


def answer_attendance(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"how many delegates were at the hague one": what the event's summary and notes count, or that they count nobody;
    None when the question names no one event."""
    event = event_named(lookup, question, today)
    if event is None:
        return None
    said = [s for text in (event.summary, event.notes) if text for s in sentences(" ".join(text.split()))]
    counted = [s for s in said if _COUNTED_THERE.search(s)] + [s for s in said if not _COUNTED_THERE.search(s) and _COUNT_AFTER.search(s)]
    reply = event_reply(lookup, event)
    if not counted:
        return replace(reply, kind="not_found", title=event_messages.not_counted(event.name))
    return replace(reply, title=event_messages.counted_at(event.name, _most_asked(counted, set(question.split()))))


#: "the number of partner countries conflicts: 11 (aksk) or eighteen (nato)": those counted, then the figure.
_COUNT_AFTER = lazy_pattern(r"\b(?:partner countries|partners|delegates|participants|attendees)\b[^.;]*?\b(?:\d[\d,]*|eleven|eighteen|twenty|fifty)\b")


def _most_asked(counted: list[str], asked: set[str]) -> str:
    """The first counting sentence; when partners are asked, the one that holds most of the words asked and fewest other
    kinds of those present ("how many partner countries": the partners' count, not the delegates'), the first on a tie."""
    if asked.isdisjoint(_PARTNERS):
        return counted[0]

    def fit(sentence: str) -> int:
        said = set(normalize(sentence).split())
        return len(said & asked) - len((said & ATTENDANCE) - asked)
    return max(counted, key=fit)


_PARTNERS = frozenset("partner partners".split())


_ASKS_DATES = lazy_pattern(r"\b(?:what|which) (?:(?:were|was|are|is) (?:the )?)?(?:exact |actual |real )?(?:\w+ )?(?:dates?|days?)\b")


_SOMEONE_SPOKE = lazy_pattern(r"\b(?:did|does|do) (?!(?:the|it|that|this|they|we|you|nato|allies|the allies|leaders)\b)\S+(?: \S+){0,3}? (?:speak|talk|address|appear|give|deliver|say|open)\b")
_SOMEONE_DID = lazy_pattern(r"\b(?:did|does|do|was|were) (?!(?:the|it|that|this|they|we|you|nato|allies|the allies|leaders)\b)\S+(?: \S+){0,3}? (?!(?:at|in|on|of)\b)\w+")
_MADE = lazy_pattern(r" (?:issued|agreed|adopted|signed|endorsed|approved|published|released|announced|unveiled|made public|confirmed|set)(?: on)?$")  # "which day was the pledge issued": its day
_GATHERINGS = frozenset("conference conferences summit summits exercise meeting event".split())
_SAYING = frozenset("said say says saying wrote stated".split())
#: "on what date did nato announce the dates of the vilnius summit": the day of the announcement, not of the summit.
_DID_ANNOUNCE = lazy_pattern(r"\bdid \S+(?: \S+){0,2}? (?:announce|publish|release|unveil|confirm|set|fix|decide|choose)\b")


def answer_dates(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """"X never dates the conference. what were the dates?": the one gathering the whole message names, by any one
    of its places with the kind and year named; None unless exactly one fits, or for any other question."""
    lowered = text.lower()
    if not ("date" in lowered or "day" in lowered):
        return None  # most questions
    full = normalize(text)
    if not _ASKS_DATES.search(full) or _SOMEONE_SPOKE.search(full) or _MADE.search(question) or "announcement" in full or _DID_ANNOUNCE.search(full):  # "which dates was it", not "when were the dates announced";
        return None  # "which day did jake sullivan speak in rome": the speaker's day is asked (a miss when not in the knowledge)
    if _GATHERINGS.isdisjoint(word_set(question)) and (named_as_phrase(lookup, question, "pledge", not_a_gathering=True) or named_initiative(lookup, question)):
        return None  # "i know the pledge is from the warsaw summit, but which day was it agreed": the pledge is asked, not the summit
    if PLEDGE_MADE_AT.search(question) and named_as_phrase(lookup, question, "pledge", not_a_gathering=True):
        return None  # "on which day was the cyber defence pledge issued at the warsaw summit": the pledge, made there
    if _GATHERINGS.isdisjoint(word_set(question)) and (_SOMEONE_DID.search(full) or not _SAYING.isdisjoint(full.split())) and lookup.named(question, on=today).people:
        return None  # "on what date did ollongren leave the dutch defence ministry": the person's day, not a gathering in the netherlands;
        # "stoltenberg said china is not our enemy in rome, what date was that": the day of the words (said in Berlin)
    mentions = find_mentions(lookup, full, today)
    places = [*mentions.places, *(p for _, p in places_in(full) if p not in mentions.places)]
    found = {e.id: e for p in places or [None] for e in fitting(lookup, replace(mentions, places=(p,) if p else ()))}
    return event_reply(lookup, next(iter(found.values())), "when") if len(found) == 1 else None
