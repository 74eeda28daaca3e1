"""Step 1 of understanding a question: text -> normalised text.

Lowercase ascii without punctuation (``search.normalize``), then the chatter around the question dropped, contractions spelt out,
misspelt question words fixed and a learner's word order put straight (``learner_order``); pure, table-tested (tests/test_understanding.py):
    "Hey bot!! quick question: whats the pledge? thanks"  -> "what is the pledge"
    "wen was the tirana conference lol"                     -> "when was the tirana conference"
"""

from __future__ import annotations

from .count_leads import count_asked_first
from .ago_asks import ago_asked
from .never_held import never_held_asked
from .speech_dates import speech_date_asked
from .role_speech import role_speech_asked
from ..patterns import lazy_pattern
from .asked_memo import text_memo
from .place_lead import place_last
from .held_words import as_held
from .age_asks import as_age
from .called_asks import as_named
from .answer_shape import ANSWER_SHAPE, detail_asked, tail_asked
from .chatter_patterns import LEADING_CHATTER, QUESTION_START, TRAILING_CHATTER
from .small_talk import EMOJI, EMOTICON
from .chatter_leads import is_chatter_lead
from .asker_leads import without_asker
from .claims import CLAIM_PREFIX, CLEFT, as_claim, claim_of_report, concluded_claim, with_one_tag
from .contractions import spell_out_contractions
from .courtesy import unwrap_courtesy, without_asides
from .disclaimers import only_disclaimer, without_disclaimer
from .quoted import quoted_spans
from .time_clauses import at_the_time
from .decision_nouns import as_agreed
from .said_options import said_by_either
from .other_languages import read_in_english
from .guesses import guess_as_claim
from .it_from_lead import it_as_gathering
from .learner_order import reorder
from .bare_verbs import with_did
from .noted_claims import actual_claim, asks_actual
from .negated_leads import without_negated
from .plain_yes_no import without_hedge, without_vague_time
from .order_asks import in_order_asked
from .overview_asks import overview_ask
from .difference_asks import difference_ask
from .sign_offs import before_sign_off
from .claim_after import claim_after, claim_before_check
from .article_pronoun import it_as_article
from .bare_aspects import detail_as_it
from .ordinal_one import ordinal_one_named
from .line_words_asked import line_words_asked
from .why_started import why_started
from .topics_asked import topics_asked
from .there_was_leads import asked_of_there_was
from .statement_things import gathering_written_of
from .lead_clauses import SAYS, names_after, claim_with_subject, gathering_of, names_the_gathering, line_lead, only_places, sets_the_gathering, ADVERBIAL, COMMENT, IS_THERE, names_another, subject_of, names_what_is_asked, names_year_or_place, POLITE_REQUEST, place_from_lead, with_one_named, options_named, with_setting, there_as_place, role_asked, pronoun_subject
from .speech_leads import PART_ABOUT, narrowed_by_part, speech_setting
from .places import PLACES, in_english, split_possessive
from .shorthand import spell_out_shorthand
from .rephrasing import rephrase
from .mail_marks import without_mail_marks
from .dotted_days import spelt_out_days
from .bare_dates import with_on_before_date
from .role_options import without_role_options
from .ordinal_choice import ordinal_choice
from .shared_speakers import shared_speakers
from .when_and_where import when_with_where
from .year_gatherings import year_gatherings
from .travel_or_remote import travel_or_remote
from .logistics_asks import logistics_ask
from .worded_asks import worded_ask
from .pledge_described import pledge_described
from .said_something import said_something
from .statement_order import as_asked
from .reported_askers import reports_asker
from .run_on_leads import with_lead_break
from .hand_over import without_hand_over
from .report_checks import as_report_checked
from .author_asks import author_asked
from .mention_asks import as_talked_about
from .usage_asks import as_genuine_asked
from .bare_name_asks import with_name_asked
from .event_day_asks import event_day
from .role_handover import role_handover
from .role_time_asks import who_held_then
from .asked_of_lead import asked_of_lead
from .drafted_claims import IS_THAT_RIGHT, drafted_check, reports_of_it, with_check_asked
from .search import normalize, tokens
from .short_years import with_full_years
from .question_words import fix_question_word
from .verb_last import joined_that, verb_put_back

_WHEN_PHRASE = lazy_pattern(r"^(?:on |in |at )?(?:which|what) (?:days?|dates?|years?|months?|time)(?: (?:and|or|&) (?:which |what )?(?:days?|dates?|years?|months?))? (?:exactly |precisely )?"  # "on which day did", "what date was", "in what year was" ask when
                          r"(?=(?:did|was|were|is|will|does|do|has|have|had|the|this|that|nato)\b|(?!(?:of|are|it|and|or|format|range|zone|today|now|should|would|could|can|i|you|we)\b)[a-z]+ [a-z])")

def normalise_question(text: str) -> str:
    """Text as typed -> one spelling of the question (lowercase ascii, chatter dropped)."""
    text = as_named(spelt_out_days(joined_that(without_mail_marks(without_vague_time(with_one_tag(text))))))  # "the actual saceur, how is called?": who is  # "FW: pls check - ...", "on 9.11."
    typed, folded = text, normalize(text)
    clause = question_clause(count_asked_first(without_asides(detail_asked(read_in_english(text, folded.split())))))  # "wann war ...": the text as typed if no word is foreign
    text = verb_put_back(in_english(folded if clause is typed else normalize(clause)))  # "what has he in berlin said": what did he say in berlin
    text = _WHEN_PHRASE.sub("when ", split_possessive(with_full_years(spell_out_shorthand(pledge_described(without_hedge(spell_out_contractions(text)))))))
    text = as_agreed(at_the_time(text))  # "mcfadden was uk defence secretary when he spoke in london": dated; "a washington 2024 decision": agreed there
    text = without_disclaimer(text := text.replace(" s ", " ")) or text  # "excuse me if this is naive but which ...": not a claim to check
    text = concluded_claim(text := with_on_before_date(fix_question_word(text))) or strip_chatter(unwrap_courtesy(text))  # "so the tirana conference was in november?": that claim checked; "i should be grateful if you could tell me when ..."
    return text if text.startswith("sources for ") else rephrase(place_last(speech_date_asked(role_speech_asked(as_genuine_asked(as_talked_about(year_gatherings(when_with_where(shared_speakers(ordinal_choice(without_role_options(travel_or_remote(worded_ask(logistics_ask(difference_ask(overview_ask(event_day(role_handover(who_held_then(fix_question_word(with_did(why_started(topics_asked(reorder(in_order_asked(narrowed_by_part(ago_asked(never_held_asked(as_held(as_age(text))))))))))))))))))))))))))))))  # "src for x": as the route reads it


_CLAUSE_BREAK = lazy_pattern(rf"{EMOTICON}\s*|" r"(?<=[?!.;:,])\s+|\s+[-\u2013\u2014]+\s+|" rf"\s*{EMOJI}+\ufe0f?\s*")  # clause ends, an emoji too
_STARTS_QUESTION = lazy_pattern(r"(?:(?:on|in|at) (?=which|what)|since (?=when))?(?:who|whom|whose|what|when|where|which|how|why|did|does|is|was|were|are|can|could|explain|describe|tell me (?:more )?about|settle|keep (?:it|that|this)(?! (?:short|brief|tight|simple)\b)|any fix)\b")
#: A request asks too, when no clause asks with a question word: "I need the dates of X. Could you give me those?"
_STARTS_REQUEST = lazy_pattern(r"(?:i need|we need|i would like|i d like|we would like|give me) (?:the |a |an |to know )")
_WH_WORDS = frozenset("who whom whose what when where which how".split())
_WHO_SAID = lazy_pattern(r"(?:who (?:said|say|called|wrote|made (?:it|that|this|the remark|the comment)|came up with|(?:had|has) (?:the|that|a) (?:line|quote|bit|remark|comment|phrase|thing))|which (?:nato )?(?:speaker|leader|official|minister|politician|person) (?:said|mentioned|described"
                       r"|called|warned|talked about|spoke about)|(?:which|what) (?:person|speaker|politician|official)$|(?:who is the author|whose (?:words|quote|line))(?: (?:is )?(?:it|that|this))?$)\b")
#: "somebody said <words> - who was that?": the clause before holds the words, this one asks who said them ("in nato" is no place).
_SAID_BACK = lazy_pattern(r"(?:\b(?:it|that|this|these|those|them)|^who (?:said|says|wrote)|^(?:which|what) (?:person|speaker|politician|official)|^who is the author|^whose (?:words|quote|line))(?: (?:in|at|from|of) (?:the )?(?:nato|alliance))?(?: (?:and|or|&) (?:where|when|at which event|at what event|in which speech))?$")  # "..., who say this in nato?": no place asked
_WHO_WAS_THAT = lazy_pattern(r"who(?: (?:was|is) (?:that|it|this))?$")
_SAID = lazy_pattern(r"\b(?:said|says|saying|called|wrote|stated|warned|compared|mentioned|described|talked about|spoke about|spoke of)\b (?:that )?(?P<words>.+)")
#: Words that refer back to a clause before: "The article gives no date. When was *it* held?"
_REFERS_BACK, _PERSON = frozenset("it its he she his her him they them there that this these those".split()), frozenset("he she his her him".split())
_ONLY_REAL = lazy_pattern(r"^(?:(?:is|was) (?:it|that|this) )?(?:(?:real|true|genuine|authentic|verified|accurate|legit|correct|made up|fake|official)(?: or (?:not|(?:a )?(?:re)?translat\w+|paraphrased|a paraphrase|fake|made up|real))?|verbatim or (?:not|(?:a )?(?:re)?translat\w+|paraphrased|a paraphrase))$")
_SHORT_ASKS, _LINE_NOUNS = frozenset("when where who what source sources from date and or".split()), frozenset("line quote quotation words statement remark".split())  # "- real? when? source?"
_BARE_CHECK = lazy_pattern(r"^(is|was|are|were) (real|true|genuine|authentic|verified|accurate|legit|correct|right|reliable|trustworthy|credible|official)$")
_TAG_QUESTION = lazy_pattern(r"^(?:did|does|is|was|were|are|has|had) not (?:he|she|it|they|there)$")
_CLAIM = lazy_pattern(r"\b(?:say|says|said|think|thinks|claim|claims|claimed|told me|tell me|reckon|reckons|heard|read|wrote|state|states|swear|swears|swore|insists?|insisted|bets?|spells? it|calls? it) (?:that )?(?P<claim>.+)")
_TAG_WORDS = frozenset("right yes no ok okay true correct eh nope nah wrong incorrect wow hmm lol haha".split())  # "..., right? whats his name": no subject there
_ASKS_ONLY = frozenset("day days date dates weekday weekdays month months quarter season exactly precisely time year years place venue city town held happen happened took spoke speakers "
                       "decided agreed adopted launched founded established created set up started began announced signed issued endorsed "
                       "recognised recognized approved how long many ago since role quality capacity deployable operational active available functional".split())  # "cyberspace as op domain - when decided": the subject is before
#: A short clause after the question that only reacts: "…, feels like yesterday", "…, time flies".
_REACTION = lazy_pattern(r"(?:feels|seems|looks|sounds|smells|reeks|felt|wow|crazy|nice|cool|amazing|wild|time flies|omg|lol|haha|no way)\b|(?:no|right|correct|true)$")
_ONLY_GUESS = lazy_pattern(r"^(?:or )?(?:only|just|not only)\b")  # a short tail that only guesses the answer's extent ("..., only main site?", "just italy?")
_SHORT_TAIL = 3  # words: "..., germany or nato?" is part of the question, "the article does not mention any" is not


def _detail_after(before: list[str], clause: str) -> str:
    """``clause`` asked of "it" (``detail_as_it``) unless the clauses before it put a claim ("X, right? what were the dates"):
    then the claim is what is asked, and its dates with it."""
    detail = detail_as_it(clause)
    return clause if detail != clause and as_claim(" ".join(before)).startswith(CLAIM_PREFIX) else detail


def question_clause(text: str) -> str:
    """The clause of a chatty message that asks, with what it needs from around it:

        "morning all, writing a piece - which minister came from romania? cheers" -> "which minister came from romania?"
        "which nato official spoke at the hague? the article does not mention any" -> "which nato official spoke at the hague?"
    A question that refers back ("when was it held?") keeps the clauses before it.
    """
    text = with_lead_break(without_hand_over(as_report_checked(with_name_asked(text))))  # "vilnius summit 2023 what did allies agree": the lead's comma put back; "..., can you paste it?": no ask of its own
    if not _CLAUSE_BREAK.search(text) or len(clauses := [c for c in _CLAUSE_BREAK.split(text) if c.strip() and not only_disclaimer(normalize(c))]) < 2:
        return text  # most questions: one clause
    if not quoted_spans(text):  # "'<words>' - it was stoltenberg?": who said them, checked
        clauses = [clauses[0], *map(as_asked, clauses[1:])]  # "london 2019 and london 2024, it is the same series?": "is it ..."
    asked = with_check_asked([strip_chatter(_short_form(c)) for c in clauses])  # "..., check pls": "..., is that right"
    asked = [asked[0], *(_detail_after(asked[: n + 1], a) for n, a in enumerate(asked[1:]))]  # "X article has no date. could you tell me exact dates?": when was X
    if (checked := drafted_check(asked, [normalize(q) for c in clauses for q in quoted_spans(c)])) is not None:
        return checked  # "copy says X, can you verify the month", "line in the draft: 'X'. fix?": the claim checked
    if any(_ONLY_REAL.match(a) for a in asked) and (any(quoted_spans(c) for c in clauses) or not _LINE_NOUNS.isdisjoint(" ".join(asked[:-1]).split()) and not _STARTS_QUESTION.match(asked[0])):  # "the saceur line, verbatim?", not "what's its first line? verbatim"
        kept = [c for c, a in zip(clauses, asked) if quoted_spans(c) or not (_ONLY_REAL.match(a) or set(a.split()) <= _SHORT_ASKS)]
        return f"is {' '.join(kept)} real"  # "rutte 'no one stands alone' line - real? when?": the words quoted are checked
    starting = [n for n, c in enumerate(asked) if _STARTS_QUESTION.match(c) and not is_chatter_lead(c) and not COMMENT.match(c)
                and (tokens(c) or c.split()[0] in _WH_WORDS)]  # "could you tell me," asks nothing yet; "when and where?" does
    first = starting[0] if starting else None
    if (first is not None and asked[first].split()[0] not in _WH_WORDS and len(asked[first].split()) <= _SHORT_TAIL
            and not clauses[first].rstrip().endswith("?")):
        # "sorry was firefighting - that op-ed, what was it called?": the clause with the question mark asks
        first = next((n for n in starting if clauses[n].rstrip().endswith("?")), first)
    if first is not None and _THERE_WAS_TYPED.match(clauses[first]) and not clauses[first].rstrip().endswith("?"):
        first = next((n for n in starting if n > first and clauses[n].rstrip().endswith("?")), first)  # "there was an X in berlin, .... when was it?"
    first = next((n for n, c in enumerate(asked) if _WHO_SAID.match(c)), first)  # "there was a line about X. who said it?"
    if first is None or not tokens(asked[first]):
        first = next((n for n, c in enumerate(asked) if _STARTS_REQUEST.match(c)), first)
    first = first if first is not None else next((n for n, c in enumerate(clauses) if POLITE_REQUEST.match(_short_form(c)) and tokens(asked[n])), None)  # "i am compiling x; could you tell me the dates of y?"
    if (first is not None and first + 1 < len(asked) and IS_THERE.match(asked[first]) and asked[first + 1].split()[:1] != []
            and asked[first + 1].split()[0] in _WH_WORDS and not _REFERS_BACK.isdisjoint(asked[first + 1].split())):
        first += 1  # "was there a conference in london in 2024? who spoke there?": the second asks about the first
    if first is None:  # no clause starts as a question: what comes after the question mark is not asked ("rome venue? the article skips it")
        asking = next((n for n, c in enumerate(clauses) if c.rstrip().endswith("?")), len(clauses) - 1)
        if (claimed := claim_after(asked[asking], asked[asking + 1 :])) is not None:
            return claimed  # "hague conf dates?? boss says june": the claim checked answers both
        return " ".join(c for c, a in zip(clauses[: asking + 1], asked) if not COMMENT.match(a))  # not "which sounds off to me"
    if _WHO_SAID.match(asked[first]):  # the words asked about may hold commas and dashes
        if first and _SAID_BACK.search(asked[first]):  # "'spy on our societies' - who said that", "... - who said this and where"
            return (not quoted_spans(text) and author_asked(asked[:first], asked[first])) or "who said " + " ".join(clauses[:first])  # "the hague piece - who wrote it"
        ends = next((n for n in range(first, len(clauses)) if clauses[n].rstrip().endswith("?")), len(clauses))  # after the "?": not
        words_asked = [c for n, c in enumerate(clauses[first:], first) if n <= ends or without_asker(asked[n]) is not None]  # "i need it for a slide"
        return said_by_either(words_asked) or " ".join(words_asked)  # "who said X, ollongren or odobescu?": one of the two
    if _WHO_WAS_THAT.match(asked[first]) and (said := next((m for a in asked[:first] if (m := _SAID.search(a))), None)):
        return "who said " + said["words"]
    if said_what := said_something(asked[:first], asked[first]):  # "X said something about Y. what was it?"
        return said_what
    if first + 1 < len(asked) and (said_what := said_something(asked[: first + 1], asked[first + 1])):
        return said_what  # "does stoltenberg look back at X? what does he say?": what he said about X
    tail = [c for c, a in zip(before_sign_off(clauses[first + 1 :], asked[first + 1 :]), asked[first + 1 :])
            if (len(a.split()) <= _SHORT_TAIL or options_named(a, asked[first])) and TRAILING_CHATTER.sub("", " " + a).strip() and not _REACTION.match(a)]
    question = it_as_article(role_asked(there_as_place(asked[first], asked[:first]), asked[:first]), asked[:first])  # "... who spoke there?": in rome
    if (claimed := claim_after(question, asked[first + 1 :])) is not None:  # "where was X agreed? manager says brussels": reported, not a guess
        return claimed
    if first and ((edition := ordinal_one_named(question, asked[:first])) != question or (edition := line_words_asked(asked[:first], question))):
        return edition  # "annual conference: first berlin, third tirana. where was second one?": the second of that series; "the china line - what was said"
    if len(tail) == 1 and tail[0] is clauses[first + 1] and (guessed := guess_as_claim(question, asked[first + 1], asked[first - 1] if first and _names_subject(asked[first - 1]) else "")):  # "which was first, tirana?"
        return guessed
    if first and asks_actual(_short_form(clauses[first])) and (checked := actual_claim(asked[:first])) is not None:
        return checked  # "my notes say rome was co hosted by italy and france. who were the actual co hosts?": the claim checked
    if IS_THAT_RIGHT.match(question) and (claimed := claim_before_check(asked[:first])) is not None:
        return claimed  # "hague conf dates?? boss says june, pls confirm": the claim of what the first clause asks about
    if IS_THAT_RIGHT.match(question) and (claim := next(((a, m) for a in asked[:first] if (m := _CLAIM.search(a))), None)):
        return f"is it true that {claim_of_report(claim[0], claim[1]['claim'], asked[:first])}"  # "the rome article says the conference ...": rome's  # "my prof says the 2020 conference was in tallinn, is that right?"
    if first and (_TAG_QUESTION.match(question) or IS_THAT_RIGHT.match(question)):  # "rutte spoke by video in tirana, didn't he?",
        return as_claim(f"{claim_with_subject(asked[:first])} right")  # "the headline calls berlin the first conference. is that true?"
    short = len(question.split()) <= 4 or question.split()[-1] in ("that", "this") or question.split()[-2:] in (["that", "one"], ["this", "one"]) or pronoun_subject(question)  # "how long ago was that"; not "did rutte say that ..."
    refers_back = _REFERS_BACK if short else _REFERS_BACK - {"that", "this", "there"}
    pronoun = None if CLEFT.match(question) else next((w for w in question.split() if w in refers_back and not names_after(question, w)), None)  # "was it X who"; "that rome do" names it
    pronoun = (None if all(names_year_or_place(a) for a in asked[:first]) else "one") if first and pronoun in (None, "there") and _THERE_ONE.match(question) else pronoun  # "the annual conference, was there one in 2024?"; "in 2021, was there also one?": that year asked, "there" no place
    if pronoun:
        leads = without_negated([v for a, c in zip(asked[:first], clauses) if not COMMENT.match(a) and not only_places(a) and not reports_of_it(a)  # not "in his address to x,"; "at the oslo conference, who opened it"
                                 and (not ADVERBIAL.match(a) or pronoun in ("it", "that", "this", "there", "they") and sets_the_gathering(a) or pronoun in _PERSON and SAYS.search(a))  # not "not the rome one"; "at the hague X said Y. what else did she say"
                                 and without_asker(_short_form(c)) is not None and (v := without_asker(a))])  # "i m sure london had a pledge conference once": the london one
        named = with_one_named([s for s in (gathering_of(a) or subject_of(a, pronoun in _PERSON) for a in leads) if not is_chatter_lead(s) and not set(s.split()) <= _TAG_WORDS and tokens(s)])  # not "the" of "the article does not ..."
        if pronoun in ("he", "she") and len(named) > 1 and (part := PART_ABOUT.match(named[-1])):
            named, tail = named[:-1], [f"about {part['topic']}", *tail]  # "stoltenberg berlin - the part about russia, what did he say"
        if named and names_another(question, named[-1]):
            named = []  # "stoltenberg speaks about saceur. who was this saceur?": not stoltenberg
        if named and named[-1]:  # "the hague conference article has no date. when was it held?" -> "when was the hague conference held"
            words, subject = question.split(), with_setting(gathering_written_of(named[-1], question).split(), leads)
            at = words.index(pronoun)
            noun = words[at + 1] if at + 1 < len(words) and pronoun in ("that", "this") and words[at + 1] in _EVENT_NOUNS else None
            words = words if noun or words[at + 1 : at + 2] != ["one"] else [*words[: at + 1], *words[at + 2 :]]  # "what year was that one"
            if noun:  # "the hague conference piece by X has no date. when was that conference?": the conference, not the piece
                cut = next((n for n, w in enumerate(subject) if w == noun or w in _WRITINGS), len(subject))
                subject = [*subject[:cut], noun]
            if pronoun == "there" and IS_THERE.match(asked[first - 1]):
                subject = ["at", *subject]  # "was there X? who spoke there?": who spoke at X
            question = " ".join([*words[:at], *subject, *words[at + (2 if noun else 1) :]])
            question = it_as_gathering(question, leads) if pronoun in ("he", "she", "they") else question  # "did she open it": it too
        elif not named and len(question.split()) <= 4 and first + 1 < len(asked) and _names_subject(after := subject_of(asked[first + 1])):
            words = question.split()  # "where was it, the 2021 pledge conference?": the subject named after the question
            question = " ".join([*words[: words.index(pronoun)], after, *words[words.index(pronoun) + 1 :]])
            tail = [c for c in tail if c is not clauses[first + 1]]
    if first and (bare := _BARE_CHECK.match(question)):  # "the quote of ollongren in the hague article, is real?"
        question = f"{bare[1]} {asked[first - 1]} {bare[2]}"
    elif first and _WHICH_GATHERING.fullmatch(question) and not any(w in _EVENT_NOUNS or w in PLACES or w.isdigit() for w in asked[first - 1].split()):
        named = asked[first - 2] if first > 1 and not set(tokens(asked[first - 1])) - _ASKS_ONLY - {"when", "where"} else asked[first - 1]  # "nicc: agreed when, at which summit"
        question = f"{question} did {named} come out of"  # "nicc: which summit?": where it was agreed, not every summit
    elif not set(tokens(question)) - _ASKS_ONLY and first:  # "3rd pledge conf - when n where?", "the hague conference, which days exactly?"
        earlier = [a for a in asked[: first - 1] if names_year_or_place(a) or not _SUBJECT_WORDS.isdisjoint(a.split())]  # not "before standup"
        question = asked_of_there_was(question, asked[:first]) or " ".join([f"{question} was" if question in ("when", "where") else question, *earlier, asked[first - 1]])  # "X, when": when was X
    elif not pronoun:  # "in 2024, who hosted the pledge conference?", "rome 2022: who hosted?": a short lead naming a year or place
        lead = [line_lead(a, question) or a for a in asked[:first] if (len(a.split()) <= _SHORT_TAIL + 1 or names_the_gathering(a, question)) and names_what_is_asked(a) or line_lead(a, question)]
        question = asked_of_lead(question, asked[:first]) or " ".join([question, *(_FOR_GATHERING.sub("in ", a) for a in (lead or place_from_lead(question, asked[:first])))])  # "odobescu - which country?": who she is  # "for 2021 conference, who took part": in it
    if pronoun in ("he", "she") and pronoun in question.split() and (setting := speech_setting(asked[:first])):
        question = f"{question} {setting}"  # "in the berlin speech, what did he say about russia?": the speaker of that speech
    if (claimed := claim_after(question, asked[first + 1 :])) is not None:
        return claimed  # "nicc - when agreed? boss says it was vilnius 2023, pls confirm": the claim checked answers both
    return " ".join([question, *(tail_asked(question, _short_form(c)) for c in tail if not _ONLY_GUESS.match(normalize(c)))])  # not "..., only main site?"


_EVENT_NOUNS = frozenset("conference summit meeting event exercise".split())
_FOR_GATHERING = lazy_pattern(r"^for (?=(?:the )?(?:\S+ ){0,3}?(?:conference|summit|meeting|event)s?\b)(?!(?:\S+ ){0,3}?(?:at|in)\b)")  # not "for the uk at ..."
_THERE_ONE = lazy_pattern(r"^(?:was|were|is|are) there (?:also |ever |really )?one\b")
_THERE_WAS_TYPED = lazy_pattern(r"(?i)\s*there (?:was|were)\b")  # a statement, though read as "was there ..."
_WHICH_GATHERING = lazy_pattern(r"(?:at )?(?:which|what) (?:summit|conference|meeting|gathering)")  # "nicc: which summit?"
#: What is written about an event, and not the event: "the rome piece by X", "the berlin conference article".
_WRITINGS = frozenset("piece article report story op photo picture coverage post interview video writeup".split())
#: Words that make a clause part of what is asked about: "first cyber defence conf, not the pledge one - where".
_SUBJECT_WORDS = frozenset("conference conferences summit pledge meeting exercise event nato cyber quote speech article op".split())


def _names_subject(clause: str) -> bool:
    """"the 2021 pledge conference", "the nicc": a clause naming what a question's "it" stands for (not "thanks a lot")."""
    return not _SUBJECT_WORDS.isdisjoint(clause.split()) or names_year_or_place(clause)


@text_memo  # each clause read again by the steps after
def _short_form(clause: str) -> str:
    return reorder(verb_put_back(fix_question_word(spell_out_contractions(spell_out_shorthand(normalize(clause))))))


@text_memo  # pure; several steps of one question ask it of the same text
def strip_chatter(text: str) -> str:
    """Greetings and hedges in front, thanks and sign-offs at the end: dropped when a question is left."""
    lead_stripped = LEADING_CHATTER.sub("", without_disclaimer(text) or text)  # "sorry if this is basic but when ..."
    stripped = TRAILING_CHATTER.sub("", lead_stripped).strip()
    if stripped.split()[-1:] and stripped.split()[-1] in _SAYING and not _SHAPE_TAIL.match(lead_stripped, len(stripped)):  # "who said thank you": the words asked about; "all X quotes, bullets" asks a shape
        stripped = lead_stripped.strip()
    if not stripped:
        return text
    # "so yeah my boss asked me, when was the conference in tirana": the question starts at its question word.
    match = None if reports_asker(stripped) else QUESTION_START.search(stripped)  # "my boss is asking:" asks nothing yet
    if match and match.start() > 0 and is_chatter_lead(stripped[: match.start()]):
        stripped = stripped[match.start() :]
    elif match and (asked := next((m for m in QUESTION_START.finditer(stripped) if reports_asker(stripped[: m.start()])), None)):
        stripped = stripped[asked.start() :]  # "my prof is asking which year ...", "my professor ask me in which city ..."
    return stripped


_SHAPE_TAIL = lazy_pattern(rf"(?:\s+(?:{ANSWER_SHAPE}))+\s*$")
_SAYING = frozenset("said say says saying quote quotes wrote words phrase".split())
