"""Questions answered before the routes, each by a step that checks what it names itself.

A photo in an article, what an article claims, an attack, dates an article leaves
open, words in quotation marks, a role at a time, who held a role before or after,
a claim to check, a whole series (its editions listed or counted), the people or venue of an event, events side by side, an
initiative, the pledge, a day asked as chat users ask or which day someone spoke: none of these answers is
held to the constraints the routed answers are (``understanding.guard``), and each
step costs a question that is not its own a word-set check or less.
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from ..quoted import quoted_spans
from ..lookup import Lookup
from ..other_languages import read_in_english
from ..normalizing import normalize, word_set
from .absent_speaker import answer_absent_speaker
from .premised_speaker import answer_premised_speaker
from .why_not_spoke import answer_why_not_spoke
from .how_often import answer_how_often
from .series_figures import answer_series_figures
from .adjacent import answer_adjacent
from .previous_editions import answer_previous_editions
from .period_events import answer_period
from .period_pledges import answer_period_pledges
from .date_order import answer_date_order
from .about_bot import answer_about_bot
from .between import answer_between
from .superlatives import answer_superlative
from .topic_quotes import answer_topic_quotes
from .theme_quotes import answer_theme_quote
from .either_speaker import answer_either_speaker
from .source_language import answer_source_language
from .unquoted_speaker import answer_unquoted_speaker
from .cohosted import answer_cohosted
from .sizes import answer_size
from .speaker_counts import answer_more_speakers
from .article_checks import answer_article_check
from .article_scope import answer_in_article
from .articles import answer_article_origin
from .sources_saying import answer_sources_saying
from .quote_article import answer_quote_article
from .name_asked import answer_name_asked
from .call_or_decision import answer_call_or_decision
from .claim_checks import answer_claim
from .held_how import answer_held_how
from .claimed_ago import answer_claimed_ago
from .declared_claims import answer_declared
from .clock_time import answer_clock_time
from .day_asks import answer_day_asks
from .event_asks import answer_dates, answer_event_asks
from .event_quote_trust import answer_event_quotes_trust
from .incidents import answer_incident
from .later_versions import answer_later_version
from .label_claims import answer_label_claim
from .initiative_place import answer_initiative_place, answer_initiative_where
from .purpose_described import answer_purpose_described
from .mentioned import answer_mentioned
from .misplaced_decision import answer_misplaced_decision
from .part_of_gathering import answer_part_of_gathering
from .original_wording import answer_original_wording
from .nationality_claims import answer_nationality
from .pictures import answer_picture
from .quoted_claims import answer_quoted_claim
from .people_of_country import answer_people_of
from .country_part import answer_country_part
from .quoted_words import answer_claimed_words, answer_quoted
from .unrecorded_details import answer_unrecorded_detail
from .pieces_written import answer_piece_of_year, answer_piece_written
from .written_words import answer_work_asked
from .office_start import answer_office_start
from .unrecorded_day import answer_unrecorded_day
from .roles_then import ROLE_NOUNS, TITLE_FIRST, answer_role_then
from .series_history import answer_planned_host
from .first_editions import answer_first_editions
from .other_outcomes import answer_other_outcomes
from .series_tables import answer_series_table
from .spoke_days import answer_spoke_day
from .edition_number import answer_edition_number
from .other_writings import answer_other_writings
from .time_between import answer_time_between
from .repeat_speakers import answer_repeat_speakers
from .succession import answer_succession
from .topic_asks import answer_topic_asks
from .unnamed_things import answer_unnamed
from .unknown_attendee import answer_unknown_attendee
from .organisation_attendee import answer_organisation_attendee
from .pledge_signers import answer_pledge_signer
from .announced_summit import answer_announced_summit
from .listed_in_article import answer_listed_in_article
from .kind_at_place import answer_kind_at_place
from .count_claims import answer_count_claim
from .partner_asks import answer_partners
from .event_did import answer_event_did
from .entry_aspects import answer_entry_aspect
from .writing_says import answer_writing_says
from .articles import answer_article_trusted
from .titled_articles import answer_titled_article
from .unheld_outlets import answer_unheld_outlet
from .same_day import answer_same_day
from .place_order import answer_place_order
from .all_but import answer_all_but
from .premise_first import answer_premise_first
from .speech_ago import answer_speech_ago
from .teller_claims import answer_teller_claim


def answer_early(lookup: Lookup, text: str, understood, today: dt.date) -> Reply | None:
    """The first of these steps to answer ``text`` (as typed; ``understood`` is its ``Question``), or None."""
    question = understood.text
    return (answer_about_bot(lookup, question, text, today)  # "what are your sources?", "how up to date is this?"
            or answer_piece_of_year(lookup, question, today)  # "stoltenberg's 2018 op-ed": he wrote none that year, not a 2018 gathering
            or answer_planned_host(lookup, text, understood)  # "estonia was supposed to host already in 2020 - what happened?"
            or answer_first_editions(lookup, question, text)  # "which were the first two pledge conferences?"
            or answer_previous_editions(lookup, question)  # "where were the previous editions of the tirana conference?"
            or answer_place_order(lookup, normalize(text))  # "which of the london conferences came first": the events there, in order
            or answer_all_but(lookup, text, today)  # "summits minus vilnius and warsaw", "which stoltenberg quotes are not from berlin"
            or answer_other_outcomes(lookup, text, today)  # "apart from the concept, was anything else decided at vilnius?"
            or answer_article_trusted(lookup, question, today)  # "the berlin article has odd quote marks, is it a translation?"
            or answer_titled_article(lookup, text, today) or answer_unheld_outlet(lookup, text, today)  # "who wrote 'Continuing NATO Cooperation ...'?", "stanica wrote the berlin article?"
            or answer_same_day(lookup, question, today)  # "was the vilnius announcement the same day as the rome speech?"
            or answer_sources_saying(lookup, question)  # "which of your articles says nato agreed cyber attacks could trigger article 5"
            or answer_quote_article(lookup, text, today)  # "the title of the article in which rutte says 'no one stands alone'"
            or answer_article_origin(lookup, text, today)  # "is the rome article original reporting or based on a release?"
            or answer_name_asked(lookup, normalize(text), today)  # "the article only says 'minister baerbock'. full name and office?"
            or answer_period_pledges(lookup, question, today)  # "cyber decisions made in 2016", "pledges agreed after 2020"
            or answer_date_order(lookup, text, today)  # "sort chronologically: vilnius summit, warsaw summit, wales summit"
            or answer_either_speaker(lookup, text, question, today)  # "the 'no one stands alone' line, rutte or stoltenberg?"
            or answer_period(lookup, question, today)  # "anything between may and november 2024", "events since 2024"
            or answer_how_often(lookup, text, question)  # "how often is cyber coalition held", "are pledge conferences annual"
            or answer_series_figures(lookup, question, normalize(text))  # "average gap between the pledge conferences", "how many host countries has the annual one had"
            or answer_count_claim(lookup, question)  # "hague delegates 150 - confirmed?": the entry's own figure
            or answer_partners(lookup, question, today)  # "hague 2024, allies only or were partner countries let in?"
            or answer_kind_at_place(lookup, question)  # "any confs in the us", "conferences held in the uk": those held there
            or answer_listed_in_article(lookup, text)  # "capabilities listed in the 2016 op-ed": the entries it is a source of
            or answer_topic_quotes(lookup, question, text, today)  # "did anybody mention russia", "which speakers mentioned china"
            or answer_unquoted_speaker(lookup, text, question, today)  # "edi rama's memorable line in tirana?": never quoted
            or answer_theme_quote(lookup, text, question, today)  # "got a good line about money?", "solidarity theme pls"
            or answer_source_language(lookup, question)  # "the romanian original of odobescu's quote?": only english is held
            or answer_superlative(lookup, question, text)  # "who has the most quotes", "what was the longest conference"
            or (_asks_a_title(question) and not quoted_spans(text) and answer_role_then(lookup, question, today))  # "her correct title? for a caption"
            or answer_later_version(lookup, text, today)  # "the pledge 2.0": the knowledge records one version
            or answer_pledge_signer(lookup, question)  # "when did korea sign the cyber defence pledge": no Ally, never a signer
            or answer_announced_summit(lookup, text, today)  # "the sg announced the next summit at rome. which city?": vilnius
            or answer_label_claim(lookup, text, today)  # "the wire calls geoana 'secretary general'. right?": a label claimed
            or answer_misplaced_decision(lookup, understood, today)  # "when was cyberspace recognised at the wales summit": warsaw
            or answer_part_of_gathering(lookup, question, today)  # "was the vilnius announcement made at the rome conference": apart
            or answer_quoted_claim(lookup, text, today)  # "draft: 'the pledge was agreed at wales' - ok?": a claim, not a quote
            or answer_people_of(lookup, question)  # "which dutch people are in your data?": those of that country
            or answer_country_part(lookup, question, text)  # "what role does estonia play in nato cyber defence": what it hosted, who of it spoke
            or answer_unrecorded_day(lookup, text)  # "exact start day of the first cyber coalition": only its month is recorded
            or answer_unrecorded_detail(lookup, text, today)  # "the hashtag for tirana 2025", "what time did it start": never recorded
            or answer_piece_written(lookup, question, today)  # "did rutte write an article?": nothing he wrote is recorded
            or answer_work_asked(lookup, question)  # "who wrote time to raise our game": the op-ed of that title, by its author
            or answer_office_start(lookup, question, today)  # "when did rutte start", "when did they pick rutte to be nato boss"
            or answer_claimed_ago(lookup, question, today) or answer_speech_ago(lookup, text, today)  # "was the ddos on nato websites 12 years ago?": the span checked; "how long ago did <nobody> speak at rome"
            or answer_edition_number(lookup, question, today) or answer_time_between(lookup, question, today)  # "how many years between x and y"
            or answer_repeat_speakers(lookup, question)  # "who spoke at more than one conference"  # "which edition of the pledge conference was rome": its number
            or answer_why_not_spoke(lookup, text, question, today)  # "why didnt the nato chief speak at tirana": rutte, who did
            or answer_premised_speaker(lookup, text, today)  # "since rutte opened berlin 2023, what was his message": he did not
            or answer_absent_speaker(lookup, text, understood, today)  # "mcfadden's speech in berlin, what date": he spoke in london
            or answer_unknown_attendee(lookup, question, today)  # "was macron at the paris pledge conf": nobody called so
            or answer_organisation_attendee(lookup, question, today)  # "which microsoft executive was at the berlin conference": nobody
            or answer_spoke_day(lookup, text, question, today)  # "day one or day two?", "on both days?", "which of the days?": the day recorded
            or answer_initiative_place(lookup, question)  # "is the nicc in belgium or the netherlands?": where its text says
            or answer_initiative_where(lookup, question)  # "where is cyber coalition run from?": the sentences saying where
            or answer_purpose_described(lookup, question)  # "what teams has nato set up to assist an ally under attack": the rapid reaction teams
            or answer_clock_time(lookup, text, today)  # "what time did his berlin speech start": the knowledge has days, not hours
            or answer_event_quotes_trust(lookup, text, understood, today)  # "are the quotes in the berlin article translated"
            or answer_original_wording(lookup, normalize(text), today, quoted=bool(quoted_spans(text)))  # "his actual english for the kinetic attacks line"
            or answer_day_asks(lookup, text, question, today) or answer_picture(lookup, text, question, today, understood.mentions)
            or answer_writing_says(lookup, question, today, text)  # "what does the op-ed say about nato staying defensive": what it is a source of
            or answer_mentioned(lookup, question, today)  # "did stoltenberg mention the malware platform in rome?"
            or answer_entry_aspect(lookup, question)  # "who has to sign off on sending an rrt", "how is the pledge tracked": the sentence saying so
            or (question.startswith("who ") and answer_role_then(lookup, question, today))  # "who was saceur then? the article only says 'saceur'"
            or answer_in_article(lookup, text, question, today)
            or answer_article_check(lookup, text, question)
            or answer_incident(lookup, text, question, today)
            or answer_dates(lookup, text, question, today)
            or answer_call_or_decision(lookup, text, understood, today)  # "the 'recommit' thing in rome - allied commitment or just him asking?"
            or answer_quoted(lookup, text, today) or answer_role_then(lookup, question, today)
            or answer_succession(lookup, question, today) or answer_between(lookup, text, question, today) or answer_size(lookup, text, question, today)
            or answer_more_speakers(lookup, text, question, today)  # "which had more speakers, rome or the hague": those recorded, counted
            or answer_cohosted(lookup, question, today)
            or answer_adjacent(lookup, question, today)
            or answer_claimed_words(lookup, question, today)  # "the rome piece says cyber is a constantly contested space?": words said
            or answer_held_how(lookup, text, understood)  # "rome conference in person or online?": the way it was held
            or answer_teller_claim(lookup, question, today)  # "the website hack stoltenberg wrote about was in 2016?": the hack's year, his telling checked
            or answer_claim(lookup, question, today)
            or answer_declared(lookup, text, question, today)  # "the berlin conference was in october 2023?": a claim
            or answer_nationality(lookup, question, today)  # "is ollongren romanian?": her country, from her titles
            or answer_series_table(lookup, _english(text), today) or answer_event_asks(lookup, text, question, today) or answer_topic_asks(lookup, text, understood, today)
            or answer_other_writings(lookup, question, today)  # "what else has stanica written": only what the knowledge cites
            or answer_unnamed(lookup, text, understood, today)  # "what is Cyber Shield?": no entry of that name
            or answer_event_did(lookup, question) or answer_premise_first(lookup, text, today))  # "X was co-hosted by Italy and France. France's role?"  # "did the pledge conference in rome review the pledge": that edition's own words


def _english(text: str) -> str:
    """``text`` as typed with its German, Spanish … words read into English ("pledge konferenz": conference)."""
    return read_in_english(text, normalize(text).split())


def _asks_a_title(question: str) -> bool:
    """"what is ollongren s correct title", "odobescu s correct title please, for the caption": a person's title, asked before
    any article's notes or photos are ("caption" and "photo" are an article's words)."""
    return not ROLE_NOUNS.isdisjoint(word_set(question)) and (question.startswith("what ") or bool(TITLE_FIRST.match(question)))
