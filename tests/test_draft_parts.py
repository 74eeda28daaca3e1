"""The drafting steps on small articles of every shape: quotation marks, speakers, dates, events."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.curation.attribution import attribute
from bot.curation.dates import find_dates
from bot.curation.draft import draft
from bot.curation.people import PeopleIndex
from bot.curation.quotations import find_quotations
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path

KNOWLEDGE = load_knowledge(default_knowledge_path())


def quoted(text: str) -> list[str]:
    return [part.text for q in find_quotations(text) for part in q.parts]


@pytest.mark.parametrize(("article", "expected"), [
    ('He said: “We stand together.” Then he left.', ["We stand together."]),
    ('He said "we stand together," and left.', ["we stand together"]),
    ("“A quote that runs\nacross a line break,” she said.", ["A quote that runs across a line break"]),
    ("“First part. Second part. “Third, with no closing mark before it,” he said.",
     ["First part.", "Second part.", "Third, with no closing mark before it"]),
    ("“Unclosed at the end of a paragraph.\n\nNext paragraph, no quote.", ["Unclosed at the end of a paragraph."]),
    ("“Unclosed at a line end.\nA new line says: “New quote.”", ["Unclosed at a line end.", "New quote."]),
    ("Stray closing mark.” Then “a real one”.", ["a real one"]),
    ('“Typographic with a "straight" quote inside,” she said.', ['Typographic with a "straight" quote inside']),
    ("No quotations at all.", []),
])
def test_quotations(article, expected):
    assert quoted(article) == expected


def speakers(article: str, date=dt.date(2025, 10, 9)) -> list[str | None]:
    quotations = find_quotations(article)
    return [s.person_id or s.new_name for s in attribute(article, quotations, PeopleIndex(KNOWLEDGE, date))]


@pytest.mark.parametrize(("article", "expected"), [
    ("“We are ready for anything,” said Mark Rutte.", ["mark-rutte"]),
    ("“We are ready for anything,” Rutte said.", ["mark-rutte"]),
    ("“We are ready for anything”, the Secretary General said.", ["mark-rutte"]),
    ("According to Rutte, “we are ready for anything”.", ["mark-rutte"]),
    ("Mr Rutte added, “We are ready for anything.”", ["mark-rutte"]),
    ("Rutte spoke in Tirana. “We are ready for anything.”", ["mark-rutte"]),
    ("“We are ready,” he said. Rutte met Rama. “We are together,” Rama said, “and strong.”",
     [None, "edi-rama", "edi-rama"]),
    ("Rutte spoke first. “We are ready,” he said.", ["mark-rutte"]),
    ("“We are ready for anything,” said Anna Berg, the director.", ["Anna Berg"]),
    ("Deputy Secretary General Radmila Shekerinska said: “We are ready for anything.”", ["Radmila Shekerinska"]),
])
def test_speakers(article, expected):
    assert speakers(article) == expected


def test_a_role_resolves_to_whoever_held_it_on_the_date():
    article = "“Cyber defence matters,” the Secretary General said."
    assert speakers(article, dt.date(2025, 10, 9)) == ["mark-rutte"]
    assert speakers(article, dt.date(2020, 1, 1)) == ["jens-stoltenberg"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("held on 9-10 November 2022", None, [("2022-11-09", "2022-11-10")]),
    ("held on May 16-17, 2024", None, [("2024-05-16", "2024-05-17")]),
    ("Brussels 09.10.2025 In a video", None, [("2025-10-09", None)]),
    ("on Thursday, the conference", dt.date(2025, 10, 11), [("2025-10-09", None)]),
    ("it will open on Monday", dt.date(2025, 10, 9), [("2025-10-13", None)]),
    ("it opened last Thursday", dt.date(2025, 10, 9), [("2025-10-02", None)]),
    ("ministers met yesterday", dt.date(2025, 10, 9), [("2025-10-08", None)]),
    ("on 10 November, in Rome", dt.date(2022, 11, 12), [("2022-11-10", None)]),
    ("in 31 February nothing happened", dt.date(2022, 11, 12), []),
])
def test_dates(text, published, expected):
    found = find_dates(text, published)
    assert [(m.first.iso(), m.last.iso() if m.last else None) for m in found] == expected


def test_an_article_on_a_known_event_names_it_and_drafts_no_new_event():
    article = "Report\n\nThe conference met in Rome on 9-10 November 2022.\n\n“We must act,” said Stoltenberg on 10 November."
    result = draft(article, KNOWLEDGE, file_name="rome.txt")
    assert [m.event_id for m in result.matched_events] == ["rome-pledge-conference-2022"]
    assert result.events == ()
    assert [(q.speaker, q.event, q.said.iso()) for q in result.quotes] == [
        ("jens-stoltenberg", "rome-pledge-conference-2022", "2022-11-10"),
    ]


def test_same_dates_in_another_place_is_a_new_event():
    article = "Report\n\nA Cyber Summit met in Oslo, Norway, on 9-10 November 2022. “We must act,” said Stoltenberg."
    result = draft(article, KNOWLEDGE, file_name="oslo.txt")
    assert result.matched_events == ()
    stub = result.events[0].stub
    assert (stub.name, stub.kind, stub.city, stub.country, stub.start.iso()) == ("Cyber Summit", "summit", "Oslo", "Norway", "2022-11-09")


def test_nothing_drafted_is_missing_from_the_article():
    article = ("Headline\n\n“One,” said Rutte. “Two and three and four and five.” "
               "“Protect the Future” was the name. He said: “Six. Seven. “Eight nine ten eleven.”")
    result = draft(article, KNOWLEDGE, file_name="x.txt")
    flat = " ".join(article.split())
    assert result.quotes and all(q.text in flat for q in result.quotes)
    assert "Protect the Future" not in [q.text for q in result.quotes]  # a name in quotation marks, not words said


@pytest.mark.parametrize(("article", "expected"), [
    ("‘We don’t stand alone,’ she said. ‘The Allies’ ability matters.’", ["We don’t stand alone", "The Allies’ ability matters."]),
    ("It’s the Allies’ turn, he said, with “double marks” in use.", ["double marks"]),
])
def test_single_quotation_marks_when_the_article_uses_no_double_ones(article, expected):
    assert quoted(article) == expected


HARD_WRAPPED = """NATO ministers agree new cyber centre

Published 14 February 2025

BRUSSELS -- NATO defence ministers on Thursday agreed to
expand the Integrated Cyber Defence Centre, officials said.

"Cyber attacks on our critical infrastructure are
increasing every month, and we must respond together,"
NATO Secretary General Mark Rutte told reporters after the
meeting. "This centre will help us do exactly that."

Estonia's defence minister, Hanno Pevkur, welcomed the
decision. "Estonia has long argued for this," Pevkur said
in a statement.

According to a senior NATO official, "the work will start
in the spring". The official did not give a name.
"""


def test_a_hard_wrapped_article_with_straight_quotes():
    result = draft(HARD_WRAPPED, KNOWLEDGE, file_name="wrapped.txt")
    assert result.source.published == dt.date(2025, 2, 14)
    assert [(q.speaker, q.text) for q in result.quotes] == [
        ("mark-rutte", "Cyber attacks on our critical infrastructure are increasing every month, and we must respond together"),
        ("mark-rutte", "This centre will help us do exactly that."),
        ("hanno-pevkur", "Estonia has long argued for this"),
        (None, "the work will start in the spring"),  # "a senior NATO official" is nobody the draft can name
    ]
    assert [(p.id, p.name, p.aliases) for p in result.people] == [("hanno-pevkur", "Hanno Pevkur", ("Pevkur",))]
    assert {q.said.iso() for q in result.quotes} == {"2025-02-13"}  # "on Thursday", the day before publication
    assert result.quotes[-1].todos[0].startswith("who said this?")


def test_single_marks_across_a_line_break():
    assert quoted("‘We stand together.\nAnd we act,’ she said.") == ["We stand together. And we act"]


def test_an_article_introduces_its_own_people_by_title_and_surname():
    article = ("Report\n\nNATO Deputy Secretary General Radmila Shekerinska opened the meeting. "
               "“We are ready,” the Deputy Secretary General said.\n\n"
               "Minister Tom Novak spoke next. “So are we,” Novak said. "
               "“Exercises like this one keep us all ready,” said an official.")
    result = draft(article, KNOWLEDGE, file_name="x.txt", published=dt.date(2026, 3, 2))
    names = {p.id: p.name for p in result.people}
    assert [(names.get(q.speaker), q.text) for q in result.quotes] == [
        ("Radmila Shekerinska", "We are ready"),
        ("Tom Novak", "So are we"),
        (None, "Exercises like this one keep us all ready"),  # "an official" is nobody, and not Novak either
    ]


def test_any_article_gives_a_fragment_that_parses_and_quotes_only_its_words():
    """Random articles of quotation marks, names, dates, control characters and YAML syntax."""
    import random

    import yaml

    from bot.curation.fragment import render_fragment

    pieces = ["“", "”", '"', "‘", "’", "«", "»", "\n", "\n\n", " said Rutte", "Ms. Ann Lee said:", " he added. ",
              "on Thursday", "9-10 November 2022", "in Rome, Italy,", "#", ": ", "- ", "{", "}", "&x", "*a", "!tag",
              "\x00", "\x1b[31m", "\u2028", "<@U123>", "@everyone", "Conference", "We must act now. ", "It is key, ", "'"]
    rng = random.Random(13)
    for _ in range(300):
        article = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        result = draft(article, KNOWLEDGE, file_name="x.txt", published=dt.date(2025, 10, 9))
        fragment = yaml.safe_load(render_fragment(result, article="x.txt", knowledge="k.yaml"))
        flat = " ".join(article.split())
        assert set(fragment) == {"sources", "people", "events", "quotes"}
        assert all(q["text"] in flat for q in fragment["quotes"]), article
