"""Questions a ministry officer drafting a briefing note asks (tables of phrasings per class, each answered by the
entry it asks about): a draft's line put up for checking in the ways a careful writer asks it."""

import pytest

from bot.request import Request


def _ask(bot, text):
    return bot.handle(Request(text, user=text))


def _leads_with(bot, question, first, says):
    """Asks ``question``; its reply's first item is ``first`` and its title holds ``says``."""
    reply = _ask(bot, question)
    assert reply.items and reply.items[0].id == first and says in reply.title, reply.title


@pytest.mark.parametrize("question, first, says", [
    ("Is it correct, as our draft claims, that the Rome 2022 meeting was the very first Pledge Conference?", "paris-pledge-conference-2018", "No:"),
    ("Is it right, as my colleague says, that Rutte spoke by video in Tirana?", "tirana-cyber-defence-conference-2025", "Yes:"),
    ("Is it true, as the article claims, that the Hague conference was co-hosted by Belgium?", "hague-pledge-conference-2024", "No:"),
    ("Is it accurate, as our briefing states, that the Vilnius Summit was held in June 2023?", "vilnius-summit-2023", "No:"),
])
def test_a_claim_checked_with_whose_claim_it_is_between_commas(bot, question, first, says):
    _leads_with(bot, question, first, says)


@pytest.mark.parametrize("question, first, says", [
    ("Our draft says Mark Rutte took over as Secretary General in July 2024. Is that the right date?", "mark-rutte", "No:"),
    ("My notes say the Tirana conference was held in November 2025. Is that the correct month?", "tirana-cyber-defence-conference-2025", "No:"),
    ("The draft describes Berlin 2023 as NATO's first cyber defence conference ever. Is that a fair description, or should I qualify it?",
     "berlin-cyber-defence-conference-2023", "Only partly"),
    ("The briefing says Geoana was Secretary General. Is that an accurate description?", "mircea-geoana", "No:"),
    ("Our note calls the Hague conference the first Pledge Conference. Should I change that?", "paris-pledge-conference-2018", "No:"),
])
def test_a_drafted_line_then_whether_its_detail_or_description_is_right(bot, question, first, says):
    _leads_with(bot, question, first, says)


@pytest.mark.parametrize("question, first, says", [
    ("The draft gives the Vilnius Summit dates as 11-12 June 2023. Is that correct?", "vilnius-summit-2023", "July"),
    ("Our note lists the date of the Tirana conference as 9 November 2025. Can you check?", "tirana-cyber-defence-conference-2025", "October"),
    ("The copy gives the Warsaw Summit venue as Krakow. Is that right?", "warsaw-summit-2016", "Warsaw"),
    ("My draft puts the Rome conference dates as 9-10 November 2022. Correct?", "rome-pledge-conference-2022", "Yes:"),
])
def test_a_draft_giving_an_events_detail_as_a_value(bot, question, first, says):
    _leads_with(bot, question, first, says)


@pytest.mark.parametrize("question", [
    "How did Rutte deliver his address in Tirana?",
    "How did Rutte take part in the Tirana conference?",
    "In what form did Mark Rutte take part in the 2025 conference in Tirana?",
    "How did Rutte give his speech at the Tirana conference?",
])
def test_how_someone_took_part_is_whether_in_person(bot, question):
    reply = _ask(bot, question)
    assert reply.items[0].id == "tirana-cyber-defence-conference-2025" and "video" in reply.title, reply.title


@pytest.mark.parametrize("thanks", ["Thank you. And", "Many thanks!", "Thanks, and", "Great, thank you."])
def test_thanks_before_a_role_asked_at_that_time(bot, thanks):
    conversation = f"then-{thanks}"
    bot.handle(Request("When was the Warsaw Summit held?", user=conversation))
    reply = bot.handle(Request(f"{thanks} who was NATO Secretary General at that time?", user=conversation))
    assert reply.items[0].id == "jens-stoltenberg", reply.title


@pytest.mark.parametrize("question, first", [
    ("How did Stoltenberg open the Berlin conference? I would like his first line.", "stoltenberg-berlin-2023-welcome"),
    ("How did Stoltenberg kick off the Berlin conference? The exact words, please.", "stoltenberg-berlin-2023-welcome"),
    ("how did stoltenberg begin the first annual conference? need the quote", "stoltenberg-berlin-2023-welcome"),
    ("How did Rutte open the Berlin conference? His first line, please.", "berlin-cyber-defence-conference-2023"),  # not there: no one else's words
    ("How did Rutte open the Berlin conference?", "berlin-cyber-defence-conference-2023"),  # no words asked: who opened it
])
def test_how_someone_opened_a_gathering_then_the_words_is_their_first_line_there(bot, question, first):
    assert _ask(bot, question).items[0].id == first


@pytest.mark.parametrize("question", [
    "Who heads the NATO Integrated Cyber Defence Centre, and what is their rank?",
    "who commands the NICC and what's their rank?",
    "Who leads the NICC, and what is his title?",
])
def test_who_heads_then_their_post_is_an_honest_miss_when_nobody_is_recorded(bot, question):
    reply = _ask(bot, question)
    assert not reply.items and "does not record who heads" in reply.title, reply.title


@pytest.mark.parametrize("question, first", [
    ("Who represented Lithuania at the Berlin conference, and what was her role?", "greta-monika-tuckute"),
    ("Who spoke for Albania in Tirana, and what was his position at the time?", "edi-rama"),
])
def test_who_then_their_post_names_them_with_it(bot, question, first):
    assert first in [i.id for i in _ask(bot, question).items[:2]]


@pytest.mark.parametrize("question, first", [
    ("What came out of The Hague Pledge Conference in 2024 in terms of commitments?", "hague-2024-renewed-pledges"),
    ("What was decided at the Warsaw Summit by way of concrete pledges?", "cyber-defence-pledge-2016"),
    ("What was the outcome of Rome 2022 as far as commitments go?", "rome-2022-call-to-recommit"),
])
def test_an_outcome_asked_with_the_kind_of_outcome_named(bot, question, first):
    assert _ask(bot, question).items[0].id == first


@pytest.mark.parametrize("question, name", [
    ("Which paragraph of the Vilnius Summit Communiqué sets out the new cyber defence concept?", "NATO Vilnius Summit 2023"),
    ("What paragraph of the Wales Summit declaration sets out the enhanced cyber defence policy?", "NATO Wales Summit 2014"),
    ("Which section of the Wales Summit declaration covers cyber defence?", "NATO Wales Summit 2014"),
    ("What is the paragraph number in the Vilnius communique for the cyber defence concept?", "NATO Vilnius Summit 2023"),
])
def test_the_paragraph_of_a_communique_is_an_honest_miss(bot, question, name):
    reply = _ask(bot, question)
    assert not reply.items and reply.title == f"The knowledge does not record the paragraph numbers of {name}", reply.title


def test_the_paragraph_a_decision_cites_is_answered(bot):
    reply = _ask(bot, "What paragraphs of the Warsaw communique cover cyberspace as a domain?")
    assert reply.items[0].id == "cyberspace-domain-of-operations-2016", reply.title


@pytest.mark.parametrize("question, says", [
    ("Our older draft mentions a 2017 NATO Cyber Defence Summit in Madrid with a keynote by Stoltenberg. Can you confirm its date?", "I have no summit in Madrid in 2017"),
    ("Our earlier note mentions a 2015 Pledge Conference in Oslo. When was it?", "in Oslo in 2015"),
    ("My notes mention a 2019 cyber conference in Oslo. When was it?", "I have no conference in Oslo in 2019"),
])
def test_a_gathering_a_draft_mentions_that_was_never_held_is_missed_by_name(bot, question, says):
    reply = _ask(bot, question)
    assert says in reply.title, reply.title


def test_a_gathering_a_draft_mentions_that_was_held_is_answered():
    from bot.answering.drafted_claims import mentioned_asked
    assert mentioned_asked(["the article mentions a 2022 pledge conference in rome", "when was it"]) == "when was a 2022 pledge conference in rome"
    assert mentioned_asked(["our draft refers to a 2016 summit in warsaw", "can you confirm the venue"]) == "where was a 2016 summit in warsaw"
    assert mentioned_asked(["our draft says rutte spoke in tirana", "when was it"]) is None  # a claim, checked as one
