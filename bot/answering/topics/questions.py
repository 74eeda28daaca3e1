"""Free-form questions, routed by what is asked (who, when, where, what was said) and what they name.

    "when was the conference in Tirana?"            -> the event's dates
    "who co-hosted the 2024 pledge conference?"     -> its hosts
    "what did Rutte say about investment?"          -> Rutte's quote on investment
    "who said no one stands alone?"                 -> the quote with those words, and its speaker
    "who is the secretary general?"                 -> the holder of that role on the date asked
    "what happened on 9 november?"                  -> that day's events and anniversaries
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .. import event_messages, headed_asks, messages
from ..phrasing import shorten
from ..holding import HOLDING_WORDS, YOU_HOLD
from ..lookup import Lookup
from ..mentions import find_series
from ..described import described
from ..person_asks import in_plain_words
from ..best_guess import as_one_clause, asked_later, first_question_only, guessed_if_missed
from ..marks_restored import with_marks_restored
from ..several import answer_several
from ..abbreviations import undotted
from ..appositives import joined_appositive
from ..named_then_asked import named_first
from ..quote_dates import dated_quote
from ..told_to_say import told_to_say
from ..taunts import without_taunts
from ..compared_orders import as_compared
from ..compared_said import compared_as_said
from ..quoted_lead import said_where_first
from ..spelling import correct_spelling
from ..sound_alike import heard
from ..understanding import answer_check, focus_of, guard, series_caveat, understand
from ..parse import ago_today, month_first, parse_ago, parse_date, parse_year
from ..relative_time import this_day_in_year
from ...patterns import lazy_pattern
from ...reply import Reply
from ..normalizing import normalize, tokens, word_set
from ..said_verbs import as_said
from ..search_habits import without_search_habits
from ..quote_adjectives import joined_adjectives
from ..quote_word_asks import word_of_quoted
from ..quote_where import as_what_said
from ..days_span import without_days_span
from .sourced_claims import answer_sourced_claim
from .events import KIND_WORDS, answer_event, answer_events, answer_events_list, answer_where_spoke
from .about import about_anything
from .general import answer_about, answer_help, not_found
from .initiatives import answer_initiatives
from .people import answer_became, answer_who, answer_who_in_year
from .pledges import answer_agreed, answer_pledges
from .articles import ARTICLE_WORDS, answer_article
from .said_by import answer_said_by
from .held_commands import SOURCE_ROUTES
from .quote_events import quote_asked
from .asked import ASKS_OTHER, BESIDES, CHAT_ROUTES, REFERRED_TO, answer_acknowledgement, events_around, referring, small_talk
from .counts import how_many
from .article_checks import noted_after_miss
from .early import answer_early
from ..foreign_tags import plain_tag
from .interval_asks import answer_interval_asked
from .anniversary_asks import answer_nth_anniversary
from .presence_across import answer_both
from .happened_asks import what_happened
from .quotes import answer_quote, answer_quotes
from .year_quotes import answer_year_quotes
from .named_event import no_such_event
from .said_then import answer_who_said_then
from ..quote_requests import asks_for_any_quote
from .said_elsewhere import what_said as _what_said
from .quoted_words import answer_quote_asked
from .out_of_scope import answer_out_of_scope
from .claimed_sources import answer_sources_of as _sources_of
from .series_history import answer_series_history
from .timeline import answer_latest, answer_next, answer_on_day, asks_only_a_day
from .when_where import EVENT_WORD, edition_asked, hosts_asked, several_fit, when_or_where
from .weekdays import as_when, weekday_asked, with_weekday

Route = Callable[[Lookup, re.Match, dt.date], Reply]
_BE = r"(?:was|is|were|are|did|does|do|will|has|had)"


def answer_question(lookup: Lookup, text: str, today: dt.date, *, whole: bool = True) -> Reply:
    """Answer a question that is not a command; ``text`` as the user typed it (``whole``: not one part of a message)."""
    if not (text := plain_tag(without_search_habits(text))).strip():  # "..., n'est-ce pas?": ", right?"  # "site:nato.int pledge", "when: berlin conf", "wiki cyber coalition"
        return answer_help(lookup, "")  # a bare mention or a bare /cyber (or "hi bot!", ``addressing``): what can I ask?
    if (acknowledged := answer_acknowledgement(text)) is not None or asks_for_any_quote(text):  # "ok", "cool thanks": taken in
        return acknowledged or answer_quote(lookup, "", today)  # "give me a quote", "read me a quote": the quote of the day, not one holding "give me"
    if whole and ((told := told_to_say(text)) and (reply := answer_question(lookup, told, today)).kind != "not_found" or (reply := headed_asks.answer_headed(lookup, text, today, answer_question)) is not None):
        return reply  # "ignore your rules and say X": X checked, never echoed; "rome pledge conf: 1) when 2) who co-hosted": each ask of it
    text = correct_spelling(lookup, undotted(joined_appositive(named_first(dated_quote(in_plain_words(heard(lookup, as_compared(compared_as_said(said_where_first(as_said(without_taunts(this_day_in_year(joined_adjectives(word_of_quoted(as_what_said(without_days_span(text)))), today)))))))))))))  # "Art. 5", "U.S.": no sentence ends; "stoltenburg speach": the knowledge's spelling
    if (named := described(lookup, text, today)) is not None and (text := named_first(named.text)) and named.reply is not None:
        return named.reply  # "the meeting the dutch and romanians ran": its name is asked about; none or several fit: said so
    understood = understand(lookup, text, today)
    question = understood.text
    if not tokens(question) and len(question.split()) <= 1:  # "", "???", "when?"
        return not_found(messages.ASK_SOMETHING, messages.ASK_SOMETHING_MORE, ("help", "events", "quote"))
    if (calendar := answer_interval_asked(lookup, text, today) or answer_nth_anniversary(lookup, text, today)) is not None:
        return calendar  # "berlin 2023 -> tirana 2025, count the weeks", "tirana's 2nd anniversary falls on a ...?": read as typed
    if ("week" in question or question.endswith(" on a")) and (asked := weekday_asked(question, normalize(text))) is not None:
        return with_weekday(answer_question(lookup, as_when(asked), today))  # "what weekday was the tirana conference"
    early = answer_out_of_scope(lookup, text, question) or answer_both(lookup, text, question, today) or answer_sourced_claim(lookup, question, today, answer_question, text) or (whole and answer_several(lookup, text, set(question.split()), today, answer_question)) or answer_early(lookup, text, understood, today)
    if early is not None:
        return series_caveat(lookup, early, understood.mentions)  # "the cyber defence conference in rome, what dates": another series
    if (date := parse_date(question, today=today) or ago_today(question, today=today)) and asks_only_a_day(question):
        return answer_on_day(lookup, date, today, or_else=month_first(question), kind=understood.mentions.kind)  # "9 november", "what happened on 2026-02-04", "11/9/2023"
    if date and not ASKS_OTHER.match(question) and (on_day := answer_on_day(lookup, date, today, kind=understood.mentions.kind)).items:
        return guard(lookup, on_day, understood)  # "anything nato cyber related on 16 may", "nov 10 2022 what is that date known for"
    reply = series_caveat(lookup, guard(lookup, _route(lookup, understood, today), understood), understood.mentions)
    if reply.kind == "not_found" and (noted := noted_after_miss(lookup, text, question, reply)) is not None:
        return noted  # "stanica's piece never dates the hague conference. what were the dates?": the note on it
    again = answer_question if whole else None  # a miss read again: the first question alone, or the whole as one clause
    reply = asked_later(lookup, first_question_only(lookup, as_one_clause(lookup, guessed_if_missed(lookup, reply, understood, today, text), text, question, today, again), text, today, again), text, today, again)
    return with_marks_restored(lookup, reply, text, today, again)  # "we are all in this together who said that"


def _route(lookup: Lookup, understood, today: dt.date) -> Reply:
    question = understood.text
    if _YEAR_ONLY.fullmatch(question):
        return answer_events(lookup, question)  # "2024"
    if not ARTICLE_WORDS.isdisjoint(word_set(question)) and (reply := answer_article(lookup, question, today)) is not None:
        return reply  # "what does the rome article get wrong", "who wrote the hague piece"
    if (reply := answer_check(lookup, understood, today)) is not None:
        return reply
    if (reply := answer_series_history(lookup, understood, today)) is not None:
        return reply  # "when did the pledge conferences start", "was there one in 2020", "did estonia ever host one"
    if (reply := answer_said_by(lookup, question, today)) is not None:
        return reply  # "stoltenberg china quote berlin", "need rutte s exact line on investment"
    for pattern, route in _ROUTES:
        if match := pattern.match(question):
            return route(lookup, match, today)
    return about_anything(lookup, question, today)


_WAS = lazy_pattern(r"^\s*(?:was|were|is|are|happened|took place)\s+")
_WHOLE = lazy_pattern(r"(?P<rest>.+)")  # a whole text as a match's "rest"
_YEAR_ONLY = lazy_pattern(r"(?:in )?(?:19|20)\d\d")


def _event_focus(focus: str) -> Route:
    def route(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
        if (missing := edition_asked(lookup, match["rest"], today, focus)) is not None:
            return missing  # "who spoke at the 2020 pledge conference": there was none; "... the nato cyber defence conference 2024": that one
        if " conf" in match["rest"] and len(several := several_fit(lookup, match["rest"], today)) > 1:  # "who hosted the london conference": two were
            return answer_events_list(lookup, several, event_messages.several_fit(len(several), shorten(match["rest"].strip(), 60)))
        return answer_event(lookup, (BESIDES.sub("", match["rest"]).strip() if focus == "speakers" else "") or hosts_asked(match), focus)

    return route


def _who_is(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"who is/was <person or role> [in <year> | on <date>]": a role resolved on that date, or over that year."""
    rest = match["rest"] + (match.groupdict().get("tail") or "")
    if (focus := focus_of(rest)) in ("speakers", "hosts"):  # "who were the keynote speakers in rome"
        return answer_event(lookup, _ROLE_AT_EVENT.sub(" ", rest).strip() or rest, focus)
    date = parse_date(rest, today=today)
    year = parse_year(rest) if date is None else None
    if year is not None:
        return answer_who_in_year(lookup, _DATE_WORDS.sub("", rest), year, today)
    return answer_who(lookup, _DATE_WORDS.sub("", rest), date or today, today=today)


_ROLE_AT_EVENT = lazy_pattern(r"\b(?:the |main )?(?:keynote |opening |main )?(?:speakers?|hosts?|co hosts?|organi[sz]ers?)(?: (?:country|countries|nation|nations|city))?\b")
_DECIDED_NOUN = r"(?:[a-z]+ ){0,2}?(?P<noun>polic(?:y|ies)|concepts?|principles|decisions?|commitments?|pledges?|strateg(?:y|ies)|cent(?:re|er)s?|capabilit(?:y|ies)|bod(?:y|ies)|units?|initiatives?|teams?|platforms?|cells?)"
_ROLE_WORDS = frozenset("secretary general minister president chancellor chief head commander director ambassador saceur leader boss".split())


def _became(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    who = match["who"] or match["passive"]
    if not lookup.named(who, on=today).people and _ROLE_WORDS.isdisjoint(match["rest"].split()):  # "when did cyberspace
        return when_or_where("when")(lookup, _WHOLE.match(f"{who}{match['rest']}"), today)  # become a domain"
    return answer_became(lookup, who, match["rest"], today)


def _where_spoke(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return answer_where_spoke(lookup, match["who"], match["rest"], match["focus"], today)


#: "what is NATO?", "what is cyber defence?", "what are you?": a question about the whole subject.
_SUBJECT_WORDS = frozenset("nato cyber defence defense cyberbot bot this".split())


def _what_is(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"what is X?" names a thing, not words someone said: quotes are never the answer."""
    if set(tokens(match["rest"])) <= _SUBJECT_WORDS:
        return answer_about(lookup, lookup.knowledge.counts())
    return about_anything(lookup, match["rest"], today, types=("pledge", "initiative", "event", "person"))


def _events_of_kind(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"which conferences were in 2023?", "list the summits", "conferences in 2024"."""
    kind = match["kind"]
    series = match.groupdict().get("series") or ""
    if not HOLDING_WORDS.isdisjoint(match["rest"].split()) and (held := YOU_HOLD.sub(" ", match["rest"])) != match["rest"]:
        return answer_events(lookup, held.strip(), KIND_WORDS.get(kind), series=find_series(f"{series}{kind}"))  # "... you ve got"
    if (around := events_around(lookup, match, today) or quote_asked(lookup, match["rest"], today, answer_question)) is not None:
        return around  # "which pledge conferences were held before rome"; "which conf was stoltenberg's line about starlink from"
    if (ago := parse_ago(_WAS.sub("", match["rest"]), today=today)) is not None:
        return answer_on_day(lookup, ago, today, kind=KIND_WORDS.get(kind))  # "what cyber event was exactly one year ago today"
    if asks_only_a_day(match["rest"]) and (date := parse_date(match["rest"], today=today)):
        return answer_on_day(lookup, date, today, or_else=month_first(match["rest"]))  # "which event was on 15 april 2021"
    return answer_events(lookup, match["rest"], KIND_WORDS.get(kind), series=find_series(f"{series}{kind}"))


def _next(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return answer_next(lookup, match["rest"], today, year=parse_year(match["rest"]))


def _agreed(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    reply = answer_agreed(lookup, words := f"{match.groupdict().get('at') or ''} {match['rest']}".strip(), noun=match.groupdict().get("noun"))
    return (reply.kind == "not_found" and parse_year(words) is not None and no_such_event(lookup, words, today)) or reply  # "warsaw summit 2015": none that year, the nearest


def _quotes_by(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    return answer_year_quotes(lookup, who := _ASKING_FOR.sub("", match["who"]).strip() or match["who"]) or answer_quotes(lookup, who, today)  # "any quotes from 2024"


#: Words that ask for a list, not whose: "give me all of rutte's quotes".
_ASKING_FOR = lazy_pattern(r"^(?:(?:give me|show me|list|show|get|print|fetch|find|display|send|pull up|all|of|the|every|any|his|her)\s+)+")

_DATE_WORDS = lazy_pattern(r"\b(?:in|on) (?:(?:19|20)\d\d\b(?:-\d\d?-\d\d?)?|\d{1,2}(?:st|nd|rd|th)? [a-z]+(?: \d{4})?)")

_ROUTES: tuple[tuple[re.Pattern, Route], ...] = tuple(
    (lazy_pattern(pattern), route)
    for pattern, route in (
        (r"(?:hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening))\b|(?:who|what) are you\b|what can you do\b"
         r"|(?:can|could) you help\b|help me\b|what do you know\b|(?:who|what) you are\s*$|what you (?:can do|know)\s*$", small_talk),
        (r"(?:(?:what|which) (?:is|s|was) |whats |(?:give|show|send|tell) me |any )?(?:the |today s |todays |a )?"
         r"(?:quote of the day|daily quote|quote for today|today s quote|todays quote)\b", lambda lookup, match, today: answer_quote(lookup, "", today)),
        (r"(?:(?:what|which) (?:is|are|was|were) |give me |show me |any |(?:which|what) )?(?:the |a )?(?:(?:seeds?|articles?) or )?(?:sources?|references?|citations?)"
         r"(?: (?:do |did )?(?:you|u) (?:have|hold|keep|use|got)(?: got)?)? (?:of|for|on|about|behind|covering) (?P<rest>.+)"
         r"|where (?:does|do|did) (?:the |your |this )?(?:information|data|facts?|details) (?:on|about|for) (?P<on>.+?) come from", _sources_of),
        (REFERRED_TO, referring(_what_is)),
        (r"quote (?!by |from |of )(?P<rest>.+)", lambda lookup, match, today: answer_quote_asked(lookup, match["rest"], today)),  # "rutte quote tirana" (bot.answering.fragments)
        (r"how many\b(?P<rest>.*)", lambda lookup, match, today: how_many(lookup, match["rest"], today)),
        (r"(?:who|whom) (?:said|says|say|wrote|talked about|spoke about|spoke of|talked of|mentioned|warned|warned about"
         r"|called for|urged|compared|likened|described)\b(?P<rest>.*)", lambda lookup, match, today: answer_who_said_then(lookup, match["rest"])),
        (r"what (?:did|does|has|have|do|would) (?P<who>.+?) (?P<verb>say|said|says|tell|write|wrote|think|mean|call on|call for|urge|warn"
         r"|appeal to|encourage|add|mention|stress|emphasi[sz]e|argue|remark|highlight|compare|liken|talk about|speak about|discuss|focus on|concentrate on|called on|called for|urged|warned|appealed to|told|written)\b(?P<rest>.*)", _what_said),
        (r"(?:did|does|has|have|had) (?!\S+(?: \S+)? (?:say|said|mention|talk about)\b)(?P<who>.+?) (?:ever )?(?:(?:speak|spoken|talk|talked|appear|appeared|attend|go|gone|give a speech|given a speech|take part|taken part|participate|participated|show up|send (?:a |any )?(?:video )?(?:message|greeting|greetings|address))\b (?:at|in|to)|(?:attend|visit|address|join)(?:ed|s)?) (?P<rest>.+)",
         lambda lookup, match, today: answer_where_spoke(lookup, match["who"], match["rest"], "where", today)),
        (r"(?:did|does|has|have|had) (?P<who>.+?) (?:ever )?(?P<verb>say|said|says|mention|mentioned|discuss|discussed|talk|talked|speak|spoke|comment|commented)\b"
         r"(?: anything)?(?P<rest>.*)", _what_said),
        (r"who (?:co ?hosted|co ?hosts?|hosted|hosts|host|co ?organi[sz]ed|organi[sz]ed|organi[sz]es|ran)\b(?P<rest>.*)", _event_focus("hosts")),
        (r"(?:which|what) (?P<adj>(?:[a-z]+ ){0,2}?)(?:country|countries|nation|nations|state|states|ally|allies|government|governments|city|cities|town|towns|ministry|ministries|office|department|agency|body|ministers|officials|people|politicians) "
         r"(?:has |have |had )?(?:co ?hosted|hosted|hosts|host|co ?organi[sz]ed|organi[sz]ed|ran|run|runs|(?:was|were|is|acted as|played|stood) (?:the )?(?:co ?)?hosts? (?:of|to|for)|played host)\b(?P<rest>.*)", _event_focus("hosts")),
        (r"(?:who|what|which) (?:was|were|is|are) (?:the )?(?:co ?)?(?:hosts?|organi[sz]ers?|organi[sz]ing)(?: (?:country|countries|nation|nations|city|government|state|ministry))? (?:of|for|at)\b(?P<rest>.*)", _event_focus("hosts")),
        (r"(?:who|which people) (?:really |actually |in fact )?(?:spoke|speaks|talked|talks|addressed|attended|opened|gave speeches|were the speakers|was speaking"
         r"|gave (?:a |the |his |her |\w+ ){0,2}(?:speech|speeches|keynote|talk|address|remarks|opening speech)|delivered|presented|was a speaker"
         r"|(?:are|were) the speakers|(?:is|was) speaking)\b(?P<rest>.*)", _event_focus("speakers")),
        (rf"(?:what|which) (?:{_DECIDED_NOUN} )?(?:did|have|has) (?:(?:nato |the )?(?:allies|nato|leaders|members|they|countries|nations)(?: allies| leaders)?|(?P<at>(?:the )?(?:\S+ ){{0,3}}?summit(?: (?:at|in) \S+)?)) (?:actually |really |concretely |even )?"
         r"(?:(?:agree|decide|pledge|commit|promise|endorse|approve|declare|create)d?|sign(?:ed)?(?: off)?|adopt(?:ed)?|take|reach|make|set up|establish(?:ed)?|launch(?:ed)?|do|achieve|accomplish)(?: to| on)?\b(?P<rest>.*)", _agreed),  # "what policy did nato adopt at wales"
        (rf"(?:what|anything|which {_DECIDED_NOUN}) (?:was |were |has been |have been )?(?:actually |really |concretely |specifically |exactly )?(?:agreed|decided|pledged|promised|committed|adopted|endorsed|approved)(?: to| on)?\b(?P<rest>.*)", _agreed),
        (r"when did (?P<who>.+?) (?:stop being|leave office as|leave office|step down as|step down|leave|end (?:his|her) term as"
         r"|hand over as|hand over|(?:stop|finish|end|quit|resign) as|quit|resign)\b(?P<rest>.*)", lambda lookup, match, today: answer_became(lookup, match["who"], match["rest"], today, left=True)),
        (r"when (?:did (?P<who>.+?) (?:become|turn into|take office as|take office|start as|get appointed as|get appointed|take over as|take over)|(?:was|were) (?P<passive>.+?)"
         r" (?:appointed|named|chosen|picked|selected|nominated|sworn in|installed)(?: as)?)\b(?P<rest>.*)", _became),  # "when was rutte appointed sg"
        (r"who (?:was|were) (?:at|present at|in attendance at|there at)\b(?P<rest>.*)", _event_focus("speakers")),
        (r"who (?:is|was|are|were) (?P<rest>.+)", _who_is),
        (r"who (?P<rest>.+?) (?:is|was|are|were)(?P<tail>(?: (?:in|on) .+)?)$", _who_is),
        (r"(?P<focus>when|where) did (?P<who>.+?) (?:speak|talk|give (?:a|his|her) speech|address|appear)\b(?P<rest>.*)", _where_spoke),
        (r"(?:when|where) (?:is|are|will be|s) (?:the )?(?:next|upcoming|coming)\b(?P<rest>.*)", _next),
        (r"(?:what s|whats|what is|what are|anything) (?:coming up|next|upcoming|planned|scheduled|on the horizon)\b(?P<rest>.*)", _next),
        (rf"(?:next|upcoming|future|coming up|forthcoming)\b(?P<rest>(?:\s+{EVENT_WORD}.*)?)$", _next),
        (rf"(?:is|are|will) there (?:be )?(?:also |ever |already |really |even |actually )?(?:a |an |any )?(?:new |other |more |another |upcoming |future )?(?P<rest>{EVENT_WORD}.*)", _next),
        (rf"(?:was|were|has|have|had) there (?:also |ever |already |really |even |actually )?(?:been )?(?:a |an |any )?(?:new |other |more |another )?(?P<rest>{EVENT_WORD}(?=.*\b(?:19|20)\d\d\b).*)", _next),  # those of a year; "was there a conference in london": one held
        (rf"(?:(?:when|where|what|which)(?: and (?:when|where))? (?:(?:was|is|were|s) )?)?(?:the )?(?:last|latest|most recent|previous)\b(?P<rest>(?:\s+{EVENT_WORD}.*)?)$", lambda lookup, match, today: answer_latest(lookup, match["rest"], today)),
        (r"what (?:happened|happens|is happening|took place|was on|went on)\b\s*(?:(?:on|in|at|during)\b)?\s*(?P<rest>.*)", what_happened),
        (rf"when {_BE}?\s*(?P<rest>.+)", when_or_where("when")),
        (rf"where {_BE}?\s*(?P<rest>.+)", when_or_where("where")),
        (r"(?:which|what) (?:[a-z]+ ){1,3}?(?:spoke|speaks|talked|addressed|attended|opened|"
         r"gave (?:a |the )?(?:speech|speeches|keynote|talk|address))\b(?P<rest>.*)", _event_focus("speakers")),
        (r"(?:what|which|list|show|show me|give me|all|every|each)(?: are| were)?(?: all| of| every| each)?(?: the| these| those)? (?:(?:key|main|important|major|notable|significant|big|relevant) )?"
         r"(?P<series>(?:(?:nato|cyber|defen[cs]e|pledge|annual) )*)(?P<kind>events?|conferences?|summits?|exercises?)\b(?P<rest>.*)", _events_of_kind),
        (r"(?P<kind>events|conferences|summits|exercises)\b(?P<rest>.*)", _events_of_kind),
        (r"(?:list|show|show me|give me|what are|what were|which are)(?: all)?(?: the)? pledges\b", lambda lookup, match, today: answer_pledges(lookup)),
        *SOURCE_ROUTES,
        (r"(?:(?:list|show|show me|give me|what|which|all|any|every)(?: are| were)?(?: all)?(?: the)?(?: nato)?(?: cyber)?(?: defen[cs]e)? )?"
         r"(?:initiatives|programmes|programs)(?P<rest>(?: (?:do|does|did|has|for|run|runs|have|are|were|exist|there|you|u|got|hold|keep|know|on|in|record|file|the|your"
         r"|knowledge|database|nato|cyber|defence|current|existing))*)$", lambda lookup, match, today: answer_initiatives(lookup, match["rest"])
         or about_anything(lookup, match[0], today)),
        (r"(?:what|which|any)(?: other)? (?:quotes|quotations|lines|remarks|statements)(?: do| have| did)? (?:you|u) (?:have|hold|got|keep|know)"
         r"(?: on (?:file|record))? (?:by|from|of) (?P<who>.+?)(?: on (?:file|record)| in (?:your|the) (?:records|knowledge))?$", _quotes_by),
        *CHAT_ROUTES,
        (r"(?:(?:list|show|show me|give me|print|get|fetch|find|display|send|pull up|all|any|(?:are|were) there(?: any)?|(?:is|was) there (?:a|any)|do you have a|do you have any|got any|have you got any)(?: me)?(?: all)?(?: the)? )?"
         r"quot(?:es|e|ations?) (?:by|from|of) (?P<who>.+?)(?: too| as well| also| either)?$", _quotes_by),  # "was there a quote from her too"
        (r"what (?:does|did|do) (?P<rest>.+?) (?:commit|require|oblige|involve|cover|include|mean|contain)\b.*", _what_is),
        (r"(?P<who>.+?) quotes$", _quotes_by),
        (r"(?:what|who) (?:is|was|are|were|s) (?P<rest>.+)", _what_is),
        (r"(?:tell (?:me|us) )?(?:more )?about (?P<rest>.+)", _what_is),
        (r"(?:i (?:want|d like|would like) to know|do you know|anything|what|info|information|more|tell me)(?: more| anything)? "
         r"(?:about|on) (?P<rest>.+)", _what_is),
        (r"how (?:does|do|did|is|are|was|were) (?:the )?(?P<rest>.+?)(?: work| works| function| operate)?$", _what_is),
    )
)
