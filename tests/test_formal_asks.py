"""A written question's formal lead (bot.answering.formal_asks): "Is it the case that X?", "Is it accurate to say that X?",
"Whether, and if so when, X", "To ask the Secretary of State ..., what X" are read as the claim or question they put."""

import datetime as dt

import pytest

from adapters.text_render import render_text
from bot.answering.formal_asks import formal_asked
from bot.request import Request
from bot.service import Bot


@pytest.mark.parametrize(("typed", "read"), [
    ("Is it the case that Rutte spoke in Tirana?", "is it true that Rutte spoke in Tirana?"),
    ("Is it accurate to say that Berlin 2023 was the first?", "is it true that Berlin 2023 was the first?"),
    ("Would it be correct to state that the pledge dates from 2016?", "is it true that the pledge dates from 2016?"),
    ("Good morning. Is it fair to say that London hosted twice?", "Good morning. is it true that London hosted twice?"),
    ("Whether, and if so when, NATO recognised cyberspace as a domain.", "when NATO recognised cyberspace as a domain."),
    ("Whether and if so where the NICC will be based", "where the NICC will be based"),
    ("Whether the Wales Summit made cyber defence part of collective defence.", "is it true that the Wales Summit made cyber defence part of collective defence."),
    ("To ask the Secretary of State for Defence, when the NICC was agreed.", "when the NICC was agreed."),
    ("To ask the Secretary of State for Foreign, Commonwealth and Development Affairs what the pledge is.", "what the pledge is."),
    ("The article gives no date. Is the date of that conference known?", "The article gives no date. when was that conference held?"),
    ("Is the venue of the London conference recorded?", "where was the London conference held?"),
    ("Are the hosts of the Rome conference a matter of record?", "who hosted the Rome conference?"),
    ("In calendar year 2024, which conferences were held?", "in 2024, which conferences were held?"),
    ("What happened during the calendar year 2016", "What happened in 2016"),
    ("How long has Mr Rutte now been Secretary General?", "How long has Mr Rutte been Secretary General?"),
    ("How long has Stoltenberg so far been out of office?", "How long has Stoltenberg been out of office?"),
    ("How long has Mr Rutte now served as Secretary General?", "How long has Mr Rutte served as Secretary General?"),
    ("Is it the case that Mr Geoana delivered the keynote?", "is it true that Mr Geoana gave the keynote?"),
    ("Did Rutte deliver an address in Tirana?", "Did Rutte give an address in Tirana?"),
    ("Could you confirm the dates of the NATO Summit in Vilnius?", "when was the NATO Summit in Vilnius held?"),
    ("Please state the venue of the London conference, please.", "where was the London conference held."),
    ("Which conference took place in the preceding year?", "Which conference took place last year?"),
    ("What was the date of Mr Rutte's appointment as Secretary General?", "when was Mr Rutte appointed as Secretary General?"),
    ("Please confirm the date of Mark Rutte's taking office.", "when did Mark Rutte take office."),
])
def test_a_formal_lead_is_read_as_the_plain_one(typed, read):
    assert formal_asked(typed) == read


@pytest.mark.parametrize("typed", [
    "is it true that rutte spoke in tirana",
    "when was the wales summit",
    "is it in the knowledge",  # no lead: "is it" alone
    "who asked whether the pledge was renewed",  # "whether" inside a question, not its lead
])
def test_other_text_is_left_as_it_is(typed):
    assert formal_asked(typed) == typed


_BOT = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(("question", "says"), [
    ("Is it the case that Berlin 2023 was the first NATO cyber defence conference of any kind?", ["Pledge", "2018"]),
    ("Is it accurate to say that the Berlin conference was the first NATO cyber conference ever held?", ["Pledge", "2018"]),
    ("Would it be correct to say that Edi Rama spoke at the Rome Pledge Conference?", ["Rama"]),
    ("Is it the case that Olaf Scholz addressed the Berlin conference in 2023?", ["Scholz"]),
    ("Is it the case that Boris Pistorius opened the Berlin conference?", ["Pistorius"]),
    ("Whether, and if so when, NATO recognised cyberspace as a domain of operations.", ["Warsaw", "2016"]),
    ("Whether, and if so where, the NATO Integrated Cyber Defence Centre will be based.", ["SHAPE"]),
    ("To ask the Secretary of State for Defence, when the Cyber Defence Pledge was agreed.", ["July", "2016"]),
    ("The article on the Tallinn Pledge Conference gives no date. Is the date of that conference known?", ["April", "2021"]),
    ("Is the venue of the 2024 NATO Cyber Defence Conference known?", ["Lancaster"]),
    ("Are the dates of the Warsaw Summit recorded?", ["July", "2016"]),
    ("In calendar year 2023, which NATO cyber conferences took place?", ["Berlin"]),
    ("How long has Mr Rutte now been NATO Secretary General?", ["2024"]),
    ("On what date did NATO announce the dates of the Vilnius Summit?", ["November", "2022"]),
    ("Is it the case that Mr Geoana delivered the keynote at the 2021 Pledge Conference?", ["Yes", "keynote"]),
    ("How long has Mr Rutte now served as Secretary General?", ["1 October 2024"]),
    ("Could you confirm the dates of the NATO Summit in Vilnius?", ["11–12 July 2023"]),
    ("Which NATO cyber conference took place in the preceding year?", ["Tirana"]),
    ("Is there a distinction between the Cyber Defence Pledge Conference series and the annual NATO Cyber Defence Conference?", ["2018", "2023"]),
    ("What distinguishes the Cyber Defence Pledge Conference from the NATO Cyber Defence Conference?", ["Two different series"]),
    ("How do the Cyber Defence Pledge Conference and the NATO Cyber Defence Conference differ?", ["Two different series"]),
    ("What is the next scheduled NATO cyber conference?", ["I have no conference after 9 November 2026"]),
    ("Where will the upcoming Pledge Conference be held?", ["I have no Pledge Conference after 9 November 2026"]),
    ("Which body decides whether to deploy a rapid reaction team?", ["North Atlantic Council"]),
])
def test_formal_questions_are_answered(question, says):
    text = render_text(_BOT.handle(Request(question, user=question)))
    for word in says:
        assert word.lower() in text.lower(), text


@pytest.mark.parametrize(("question", "called"), [
    ("Is it the case that Grant Shapps addressed the London conference in November 2024?", "grant shapps"),
    ("Did Grant Shapps address the London conference in November 2024?", "grant shapps"),
    ("Is it the case that President Macron addressed the Paris Pledge Conference?", "macron"),
    ("Would it be accurate to say that Chancellor Scholz opened the Berlin conference?", "scholz"),
])
def test_someone_the_knowledge_never_names_is_said_to_be_unknown(question, called):
    reply = _BOT.handle(Request(question, user=question))
    assert reply.kind == "not_found" and f"nobody called “{called}”" in reply.title, reply.title
