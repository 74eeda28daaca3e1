"""Questions about words in quotation marks: who said them; are they real, exact, his own, a translation.

    "Who said 'One for all and all for one' in the context of Article 5?"  -> Stoltenberg's quote holding them
    "Is 'China is not our enemy' his exact wording?"                        -> the quote, its trust label, his own English
    "Was it Rutte who said 'one for all and all for one'?"                  -> "Jens Stoltenberg said it, not Mark Rutte"
    "did Stoltenberg say 'cyberspace is the battlefield of the 21st century'?" -> "No quote in the knowledge says …"

The quoted words are what is asked about; the rest of the message only points
(a speaker, "the Berlin article", "about China"). A quote answers only when it
holds the words (``quote_match.holding``). A place or year the rest names must
fit where the words were said, or the reply says where they were.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import check_messages, messages, quote_messages
from ..claims import CLAIM_VERB, REPORTED_OF_PERSON, claim_of
from ..constraints import quote_unmet
from ..line_context import asks_what_meant
from ..lookup import Lookup, Named
from ..mentions import find_mentions
from ..phrasing import join_words, shorten
from ..quote_match import REMEMBERED_LEAST, Held, held_as_typed, holding, remembered
from ..quote_pool import quotes_holding_phrase
from ..places import places_in
from ..marked_answers import quotes_an_answer
from ..paraphrased import paraphrased
from ..one_word_off import one_word_off
from ..quoted import places_offered, quoted_question
from ..described_lines import city_put_to, described_line
from ..search import normalize
from .article_noted_words import answer_article_noted_words
from .checks import answer_verify
from .verdicts import occasion_of, speaker_of, verdict
from .general import not_found
from .gist_quoted import gist_close, held_without_fillers
from .quoted_decision import asks_when_decided, decision_quoted
from .quotes import answer_quote, quote_reply
from .said_then import said_within
from .role_since import with_role_since
from .unquoted_speaker import stranger_named
from .written_words import answer_work_named, answer_written

#: Words a message may hold besides people's names and still ask only whose words it quotes.
_BETWEEN_NAMES = frozenset("or and vs versus was is it that this".split())
#: A question word: words quoted with a speaker's name and no question are offered as that speaker's line, to check.
#: An article's own words, reported: "the seed says X gave the '...'", "the article calls it '...'" (not a speaker's line).
_SOURCE_LABELS = lazy_pattern(r"\b(?:seed|article|piece|report|story|op ed|release|headline)\b(?: \S+)? (?:says|said|calls|called|claims|claimed|describes|has|writes|reports|presents)\b")
#: A place naming a thing agreed or written there, not where words were said: "the vilnius concept", "the warsaw pledge".
_PLACE_OF_A_THING = lazy_pattern(r"\b(\w+(?: \w+)?) (?:concept|decisions?|declaration|communique|agreement|commitments?|policy|pledge|initiative|package|article|seed|piece)\b")
_HEADLINED = lazy_pattern(r"\b(?:headline|title|strapline|subheading|subhead)s? (?:says|said|reads|read|calls|called|claims|claimed|is|was)\b")
_CLAIM_ASKED = lazy_pattern(r"\b(?:was|is|were|are|did) (?:\S+ ){1,5}?(?:really|actually|truly|in fact)\b|\bis (?:that|this|it) (?:true|right|correct|accurate)\b")
_DECISION = lazy_pattern(r"\b(?:decision|decisions|policy|agreement|commitment)\b")  # "which summit decision": a decision asked
_OF_THE_WORDS = lazy_pattern(r"\b(?:mean|means|meaning|tell|tells|signify|indicate|spelt|spelled|spelling|typo|outlet)\b")  # the words themselves asked of
_ASKS_ANYTHING = lazy_pattern(r"\b(?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|was|were|are|can|could|has|have)\b")
#: Quoted words that are only a date or a time told loosely: "7 and 8 june 2015", "june 2015", "2015", "last autumn", "earlier this year".
_DATE_ONLY = lazy_pattern(r"^(?:(?:last|this|next|early|late|earlier this|later this|in the|that) )?(?:spring|summer|autumn|fall|winter|year|month|week|season)$|^(?:(?:early|late|mid) )?(?:\d{1,2}(?:st|nd|rd|th)?(?: (?:and|to) \d{1,2}(?:st|nd|rd|th)?)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{4})?$|^(?:19|20)\d\d$")
#: Words a speaker's own line must hold of words they are asked about: one fewer than with no speaker named,
#: since only that speaker's lines are tried and the reply shows the line as close, not as said.
SPEAKER_LEAST = REMEMBERED_LEAST - 1


def answer_quoted(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The reply to a message asking about words it quotes, or None when it quotes nothing or asks something else."""
    quoted = quoted_question(text) or described_line(lookup, text)  # "the X quote - that was rutte, wasn't it?": X's words
    if quoted is None or quotes_an_answer(quoted.spans, quoted.context):  # "student wrote 'X'. correct?": a claim to check
        return None
    if all(_DATE_ONLY.match(normalize(span)) for span in quoted.spans):
        return None  # "a site dates the warsaw summit to '7 and 8 june 2015'": a date claimed, no one's words
    if quoted.asks != "who" and _HEADLINED.search(quoted.context) and _CLAIM_ASKED.search(quoted.context):
        return None  # "the headline says 'first in nato'. was berlin really nato's first?": the claim is asked, not the words
    named = lookup.named(quoted.context, on=today)
    if quoted.asks == "who" and named.people and not any(_named_outright(p, quoted.context) for p in named.people):
        named = named._replace(people=())  # "which minister said '...'": a description asked about, not "Minister Baerbock"
    only_names = named.people and set(quoted.context.split()) - lookup.name_words <= _BETWEEN_NAMES  # "'...' - Rutte or Stoltenberg?"
    asks = quoted.asks or ("check" if only_names or (named.people and (not _ASKS_ANYTHING.search(quoted.context) or asks_what_meant(quoted.context, quoted.spans))) else None) or (
        "decided" if asks_when_decided(quoted.context) else None)  # "headline: 'X: ...'", "'...' - when was that decided?"
    if asks is None and _OF_THE_WORDS.search(quoted.context) and not _only_a_name(lookup, quoted.spans, today):
        return answer_article_noted_words(lookup, text)  # "the piece has '(tags for translation)' - meaning?": its notes, or None
    if asks is None or ((asks == "who" or _ASKS_ANYTHING.search(quoted.context)) and _only_a_name(lookup, quoted.spans, today)):
        return None  # "who is this 'Minister Baerbock'?", "who opened it? the article says 'Minister Baerbock'": the person
    words = " … ".join(quoted.spans)
    found = holding(lookup, quoted.spans, quoted.context) or held_without_fillers(lookup, quoted.spans, quoted.context)
    if (stranger := _stranger_asked(lookup, text, quoted.context, named)) is not None:  # "Admiral Rob Bauer said '...'": nobody so called
        if not found:
            return not_found(check_messages.stranger_quoted(stranger, words, stranger in words), suggestions=("quote",))
        return _not_the_stranger(lookup, found[0], stranger)
    if not found:
        if quoted.asks and _SOURCE_LABELS.search(quoted.context):
            return None  # "the seed says ollongren gave the 'opening remarks'. who actually opened it?": the article's label, the question asked
        if _names_an_entry(lookup, quoted.spans):  # "who wrote 'Time to raise our game'": a title; a work's is answered
            return answer_work_named(lookup, quoted.spans, named.people[0].name if len(named.people) == 1 else "")  # by its author, any other by the other routes
        if (written := answer_written(lookup, quoted.spans, where_asked=asks == "where", decision_asked=bool(_DECISION.search(quoted.context)))) is not None:
            return written  # a line of the 2016 op-ed: written, not said
        if asks in ("who", "check") and (close := _paraphrased(lookup, quoted.spans, named)):
            return _checked(lookup, close[0]) if asks == "check" or named.people else _who_said(lookup, close, words)
        if asks == "where" and (close := gist_close(lookup, words, named)):  # "when was the as bad as bombs quote": the closest line, where said
            return quote_reply(lookup, [close[0].quote], f"{check_messages.closest_words(speaker_of(lookup, close[0].quote))}, said at {occasion_of(lookup, close[0].quote)}")
        if (noted := answer_article_noted_words(lookup, text)) is not None:
            return noted  # "the op-ed credits 'Defence News' as its publisher": an article's own words, as its notes tell
        title = messages.no_quote_by_with(named.people[0].name, words) if named.people else check_messages.no_quote_says(words)
        return not_found(title, suggestions=(f"search {shorten(words, 40)}", "quote"))
    if named.people or named.role:
        theirs = [h for h in found if _said_by(lookup, named, h) or not named.people and _role_fits(lookup, named.role, h)]
        if not theirs or not any(h.verbatim for h in theirs) and any(h.verbatim for h in found):  # another's word for word beats theirs close
            hit = next((h for h in found if h.verbatim and h not in theirs), found[0])
            other, real = hit.quote, lookup.knowledge.people.get(hit.quote.speaker)
            asked, speaker = named.people[0].name if named.people else named.role, real.name if real else other.speaker
            # "did X say '...'?", "wasn't it X who said '...'?": who did, first ("Mark Rutte said it, not Jens Stoltenberg"); words
            said = quote_messages.said_it_not if hit.verbatim or held_as_typed(quoted.spans, other) else quote_messages.closest_not  # close: nobody "said it"
            return replace(verdict(lookup, other), title=said(speaker, asked))
        found = theirs
    mentions = find_mentions(lookup, quoted.context, today)
    in_words = {p for _, p in places_in(normalize(" ".join(quoted.spans)))}  # "is 'Kiev' what he said": no place asked
    in_words |= {p for m in _PLACE_OF_A_THING.finditer(quoted.context) for _, p in places_in(m[1])}  # "the vilnius concept": agreed there, not said
    mentions = replace(mentions, places=tuple(p for p in mentions.places if p not in in_words) or city_put_to(quoted.context) or places_offered(quoted.context))  # "that was rome", "the hague or tirana"
    if mentions.places or mentions.year:  # "did he say 'X' in Rome?" ("in Berlin or Rome": either): said there, or the reply says where
        options = [replace(mentions, places=(p,)) for p in mentions.places] or [mentions]
        there = [h for h in found if any(not quote_unmet(lookup, h.quote, m) for m in options)]
        if not there:
            failed = " or ".join(f"in {p.name}" for p in mentions.places) + (f" in {mentions.year}" if mentions.year else "")
            return _said_elsewhere(lookup, found[0], words, " " + failed.strip(), _CHECK_TAG.search(quoted.context) is not None)
        found = there
    best = found[0]
    if (decided := decision_quoted(lookup, quoted.context, best.quote)) is not None:
        return decided  # "he says 'we added the cyber domain' - when was that decided?": the decision it describes
    if asks == "where":  # "where did stoltenberg say '...'": the quote, its event and day
        reply = quote_reply(lookup, [best.quote], check_messages.said_at(speaker_of(lookup, best.quote), occasion_of(lookup, best.quote)))
    else:
        several = not (named.people or named.role) and len({h.quote.speaker for h in found if h.verbatim}) > 1  # "is 'stand together' real"
        reply = _checked(lookup, best) if (asks == "check" and not several) or named.people or named.role else _who_said(lookup, found, words)
    return with_role_since(lookup, reply, best.quote, quoted.context)  # "... what office did the speaker hold, and since when?"


def answer_quote_asked(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``answer_quote``; asked whether the line was really said ("the saceur line: has anyone confirmed stoltenberg
    actually said it"), the quote with its trust label and note first."""
    reply = said_within(lookup, args, lambda words: answer_quote(lookup, words, today), keep_year=True)  # "... in spring 2024"
    if _CONFIRMING.isdisjoint(args.split()) or reply.kind != "answer" or not reply.items or reply.items[0].type != "quote":
        return reply
    return verdict(lookup, lookup.knowledge.quotes[reply.items[0].id])


#: Words that ask whether a line was really said as shown.
_CONFIRMING = frozenset("confirmed confirm confirms verified verify verifies actually really genuinely truly authentic genuine verbatim".split())


def verify_words(lookup: Lookup, who: str, words: str, today: dt.date) -> Reply:
    """"did Stoltenberg actually say <words>?" (no quotation marks): ``answer_verify``, and where the speaker's
    quotes hold none of it word for word, the line of theirs that holds most of it in some form, told as close."""
    if not who.strip() and (report := REPORTED_OF_PERSON.match(words)) is not None:
        words = words[report.end():]  # "the berlin article says digital backbone; accurate?": the words, not the article's name
    reply = answer_verify(lookup, who, words, today)
    if reply.kind != "not_found" or not words.strip():
        return reply
    named = lookup.named(who, on=today) if who.strip() else None
    if named is None:  # "does the article say <words>": any speaker's line, held as firmly as "who said something like"
        close = remembered(lookup, words)
    else:
        close = remembered(lookup, words, pool=lookup.quotes_of(named.people[0]), least=SPEAKER_LEAST) if named.people else []
    return _checked(lookup, Held(close[0], 0.0, verbatim=False)) if close else reply


def answer_claimed_words(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"is it true that <claim>" where the claim is words a quote holds word for word (five or more, or two with no
    verb a claim of fact has), checked as words said ("the rome article says cyber is a constantly contested space;
    correct?", "the rome piece says constantly contested space - accurate?"), or None."""
    claim = claim_of(question)
    if claim is None or len(claim.split()) < (5 if CLAIM_VERB.search(claim) else 2) or not quotes_holding_phrase(lookup, normalize(claim)):
        return None
    return verify_words(lookup, "", claim, today)


def _paraphrased(lookup: Lookup, spans: tuple[str, ...], named: Named) -> list[Held]:
    """The line the quoted words give in other words (of the speaker named, if any), held as close, not as said."""
    pool = lookup.quotes_of(named.people[0]) if named.people else None
    close = paraphrased(lookup, " ".join(spans), pool=pool) or (one_word_off(" ".join(spans), pool) if pool else [])  # "'permanently contested space'"
    return [Held(q, 0.0, verbatim=False) for q in close]


def _said_by(lookup: Lookup, named: Named, held: Held) -> bool:
    """Whether the person named (or whoever held the role named when the words were said) said them."""
    quote = held.quote
    if any(p.id == quote.speaker for p in named.people):
        return True
    if not named.role or quote.said is None:
        return False
    return any(p.id == quote.speaker and p.roles[n].held_on(quote.said.first_day()) for p, n in lookup.role_holders(named.role))


def _checked(lookup: Lookup, best: Held) -> Reply:
    """The quote's trust label, source and original English; a line quoted not quite as said is told so first."""
    reply = verdict(lookup, best.quote)
    person = lookup.knowledge.people.get(best.quote.speaker)
    if best.own_english:  # "is 'While China is not our adversary' real": his own words, which the report re-translated
        return replace(reply, title=check_messages.own_english(person.name if person else best.quote.speaker))
    if best.verbatim:
        return reply
    return replace(reply, title=check_messages.close_words(person.name if person else best.quote.speaker, best.quote.trust))


def _who_said(lookup: Lookup, found: list[Held], words: str) -> Reply:
    best = found[0]
    alike = [h for h in found if (h.verbatim, h.share) == (best.verbatim, best.share)]
    speakers = list(dict.fromkeys(h.quote.speaker for h in alike))
    people = lookup.knowledge.people
    names = [people[s].name if s in people else s for s in speakers]
    if len(speakers) > 1:
        shown = [next(h.quote for h in alike if h.quote.speaker == s) for s in speakers][:3]
        return quote_reply(lookup, shown, check_messages.said_by_several(join_words(names), best.verbatim, words))
    title = check_messages.said_it(names[0]) if best.verbatim else check_messages.closest_words(names[0])
    return quote_reply(lookup, [best.quote], title)


def _said_elsewhere(lookup: Lookup, held: Held, words: str, where: str, checked: bool) -> Reply:
    """"No quote in the knowledge says “X” in Rome; Jens Stoltenberg said them at <event>": the miss, then the fact; a
    place or year put to the words as a claim to check ("... was in Brussels, right?"): "No: ... said “X” at <event>, not in Brussels"."""
    speaker, occasion = speaker_of(lookup, held.quote), occasion_of(lookup, held.quote)
    if checked:
        return quote_reply(lookup, [held.quote], check_messages.claim_wrong(check_messages.said_at_not(speaker, words, occasion, where)))
    reply = quote_reply(lookup, [held.quote], check_messages.said_there_instead(words, where, speaker, occasion))
    return replace(reply, kind="not_found")


#: The words' place or year claimed, to check: "... speech was in brussels, right?", "... was from rome 2022, correct?".
_CHECK_TAG = lazy_pattern(r"\b(?:right|correct|accurate|true|wrong|legit)\b")


def _stranger_asked(lookup: Lookup, text: str, context: str, named: Named) -> str | None:
    """A full name the knowledge has never seen ("Admiral Rob Bauer", "General Mark Milley": not Mark Rutte), where no
    one on record is named outright beside it; else None."""
    stranger = stranger_named(lookup, text)
    if stranger is None or any(_named_outright(p, context.replace(stranger.lower(), " ")) for p in named.people):
        return None
    return stranger


def _not_the_stranger(lookup: Lookup, held: Held, stranger: str) -> Reply:
    """Words put to a stranger that someone on record said: "Jens Stoltenberg said it, not Lindsey Graham"; words only
    close to theirs: the stranger is no one on record, and whose the closest words are."""
    if held.verbatim:
        return replace(verdict(lookup, held.quote), title=quote_messages.said_it_not(speaker_of(lookup, held.quote), stranger))
    reply = quote_reply(lookup, [held.quote], check_messages.stranger_closest(stranger, speaker_of(lookup, held.quote)))
    return replace(reply, kind="not_found")


def _names_an_entry(lookup: Lookup, spans: tuple[str, ...]) -> bool:
    """Whether the quoted words are (part of) the name of an event, pledge, initiative or person rather than a line:
    "who wrote 'Time to raise our game'", "what is 'Protect the Future'"."""
    for span in spans:
        item = lookup.best(span, ("event", "pledge", "initiative", "person"), min_coverage=0.75)
        phrase = f" {normalize(span)} "
        if item is not None and any(phrase in f" {normalize(name)} " for name in (item.name, *item.aliases)):
            return True
    return False


def _only_a_name(lookup: Lookup, spans: tuple[str, ...], today: dt.date) -> bool:
    """The quoted words are only someone's name, with a title at most ("Minister Baerbock"), not words they said."""
    named = [lookup.named(span, on=today) for span in spans]
    return all(n.people and not n.unknown and set(n.rest) <= _TITLES for n in named)


#: Words that may stand with a quoted name and leave it a name.
_TITLES = frozenset("minister mr mrs ms dr sir madam president general secretary foreign defence prime the".split())


def _role_fits(lookup: Lookup, role: str, held: Held) -> bool:
    """"which minister said '...'": the speaker held a role with those words ("Foreign Minister of Romania"), so a
    bare role asks who, and claims no one in particular."""
    speaker = lookup.knowledge.people.get(held.quote.speaker)
    asked = set(normalize(role).split())
    return speaker is not None and any(asked <= set(normalize(" ".join((r.title, *r.aliases))).split()) for r in speaker.roles)


def _named_outright(person, context: str) -> bool:
    """Whether ``context`` names ``person`` by a word of their name or a whole alias (not a title word alone)."""
    words = f" {normalize(context)} "
    return bool(set(normalize(person.name).split()) & set(words.split())) or any(f" {normalize(a)} " in words for a in person.aliases)
