"""Quoted words and claims to check: the pure steps on their own tables, then whole classes through the real bot.

- text -> the quoted spans and what is asked of them (``quoted``);
- text -> "is it true that <claim>" (``claims``), "what did <who> say" (``said_text``);
- half-remembered words -> the words themselves (``quote_match.remembered_words``);
- every quote of the shipped knowledge, quoted, finds its speaker; words no quote holds are an honest miss;
  a claim about an event's year, a pledge's summit or a speaker is answered "No:" or "Yes:" with that entry.
"""

import datetime as dt

import pytest

from bot.answering.claims import as_claim
from bot.answering.quote_match import remembered_words
from bot.answering.quoted import quoted_question, quoted_spans
from bot.answering.said_text import said_question
from bot.request import Request
from bot.service import Bot
from tests.answers.scoring import is_miss


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("who said 'no one stands alone'?", ("no one stands alone",)),
        ("Did he say “China is not our enemy”?", ("China is not our enemy",)),
        ('is "we must not repeat this mistake." real', ("we must not repeat this mistake",)),
        ("the ‘digital frontiers’ and 'unwavering resolve' line", ("digital frontiers", "unwavering resolve")),
        ("who said 'china isn't our enemy'", ("china isn't our enemy",)),  # an apostrophe inside a word closes nothing
        ("Stoltenberg's Rome quotation 'I call on Allies' is it verified", ("I call on Allies",)),
        ("it's the Allies' pledge, isn't it", ()),  # apostrophes only: nothing quoted
        ("«Kiev» or Kyiv?", ("Kiev",)),
        ("who said that", ()),
        ("'' and '...'", ()),  # marks with no words in them
    ],
)
def test_quoted_spans(text, spans):
    assert quoted_spans(text) == spans


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Who said 'one for all and all for one' in the context of Article 5?", "who"),
        ("'We must not repeat this mistake' - it's the title of one article, who said this?", "who"),
        ("Someone spoke about 'digital frontiers'. Could you remind me who that was?", "who"),
        ("whose line is 'no one stands alone'", "who"),
        ("Is 'China is not our enemy' his exact wording?", "check"),
        ("we want to use 'I call on Allies to recommit' in a speech, is it verified or a translation?", "check"),
        ("did Stoltenberg say 'cyberspace is the battlefield'?", "check"),  # a yes-or-no question about saying
        ("Was it Rutte who said 'one for all'? I want to cite it", "check"),  # the check names the speaker too
        ("the berlin piece uses the word 'enemy', was that stoltenberg's word?", "check"),
        ("when did stoltenberg write that 'raise our game' op-ed", "where"),  # when said (the reply finds the words name an op-ed)
        ("where was 'spy on our societies' said?", "where"),
        ("rutte once said 'no one stands alone' - when and where?", "where"),  # the question word after the saying
        ("'no one stands alone' - Rutte or Stoltenberg?", None),  # names only: the answering step checks it against them
        ("the 'two years ago' attack in the op-ed, when was that really", None),
        ("who is 'Jean Charles'?", None),  # who someone is, not who said something
        ("what is 'Protect the Future'", None),
    ],
)
def test_what_a_message_asks_of_its_quoted_words(text, asks):
    assert quoted_question(text).asks == asks


@pytest.mark.parametrize(
    ("normalised", "claim"),
    [
        ("correct me if i am wrong but the pledge was agreed in wales", "is it true that the pledge was agreed in wales"),
        ("the hague conference was co hosted by romania right", "is it true that the hague conference was co hosted by romania"),
        ("can you confirm that rutte spoke by video in tirana", "is it true that rutte spoke by video in tirana"),
        ("am i right in thinking geoana was secretary general", "is it true that geoana was secretary general"),
        ("i read the nicc was a decision of the vilnius summit correct", "is it true that the nicc was a decision of the vilnius summit"),
        ("a colleague claims the pledge dates from 2014", "is it true that the pledge dates from 2014"),
        ("the headline calls berlin the first cyber defence conference ever right", "is it true that berlin the first cyber defence conference ever"),
        ("was not the pledge agreed in warsaw", "is it true that the pledge was agreed in warsaw"),
        ("was it rutte who spoke in rome", "is it true that rutte spoke in rome"),
        ("was it rutte or stoltenberg who spoke in rome", "was it rutte or stoltenberg who spoke in rome"),  # which of the two: person_events
        ("was it rutte who said no one stands alone", "was it rutte who said no one stands alone"),  # who said: the quote routes
        ("who hosted rome right", "who hosted rome right"),  # a question with a tag is no claim
        ("the tirana conference right", "the tirana conference right"),  # says nothing to check
        ("when was it", "when was it"),
    ],
)
def test_a_claim_is_put_one_way(normalised, claim):
    assert as_claim(normalised) == claim


@pytest.mark.parametrize(
    ("normalised", "asked"),
    [
        ("what exactly did the albanian prime minister say in tirana", "what did the albanian prime minister say in tirana"),
        ("germany s foreign minister said what at berlin", "what did germany s foreign minister say at berlin"),
        ("what the albanian prime minister said at the tirane conference", "what did the albanian prime minister say at the tirane conference"),
        ("what did stoltenberg on russia and energy say", "what did stoltenberg say about russia and energy"),
        ("what rutte told to the tirana conference about state actors", "what did rutte say at the tirana conference about state actors"),
        ("does the berlin article say vilnius gave saceur authority", "can i trust the quote vilnius gave saceur authority"),
        ("what was said at tirana", "what was said at tirana"),
        ("who said no one stands alone", "who said no one stands alone"),
    ],
)
def test_what_someone_said_is_put_one_way(normalised, asked):
    assert said_question(normalised) == asked


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("something like cyber is always contested", "cyber is always contested"),
        ("i half remember a line comparing reliance on chinese technology", "reliance on chinese technology"),
        ("there was a line about companies such as microsoft", "companies such as microsoft"),
        ("i vaguely recall a remark that cyber risks exist", "cyber risks exist"),
        ("no one stands alone", "no one stands alone"),
    ],
)
def test_remembered_words(typed, words):
    assert remembered_words(typed) == words


# ---- whole classes, through the bot ---------------------------------------------------------------
QUOTED_ASKS = ("who said '{}'?", "Is “{}” verified, or a translation?", "we'd like to cite \"{}\" - whose words are they?")


def test_every_quote_quoted_finds_its_speaker(bot):
    wrong = {}
    for quote in bot.knowledge.quotes.values():
        speaker = bot.knowledge.people[quote.speaker].name
        for template in QUOTED_ASKS:
            reply = bot.handle(Request(template.format(quote.text)))
            if is_miss(reply) or not reply.items or reply.items[0].id != quote.id or speaker not in reply.title:
                wrong[template.format(quote.text)[:80]] = reply.title
    assert not wrong, wrong


def test_a_quote_quoted_as_someone_elses_is_never_theirs(bot):
    """"did X say '...'?" and "wasn't it X who said '...'?" are answered with who did, first: the real speaker's line."""
    checked = 0
    for quote in bot.knowledge.quotes.values():
        speaker = bot.knowledge.people[quote.speaker].name
        for other in ("Mark Rutte", "Jens Stoltenberg", "Kajsa Ollongren"):
            if other == speaker:
                continue
            did = bot.handle(Request(f"did {other} say '{quote.text}'?"))
            assert did.title == f"{speaker} said it, not {other}" and did.items[0].id == quote.id, did.title
            who = bot.handle(Request(f"wasn't it {other} who said “{quote.text}”?"))
            assert who.title == f"{speaker} said it, not {other}" and who.items[0].id == quote.id, who.title
            checked += 1
    assert checked > 60


#: Words no quote, event or name of the knowledge holds.
NEVER_SAID = ("zeppelin", "harpsichord", "marmalade")


def test_a_line_sharing_one_word_with_a_quote_is_said_by_nobody(bot):
    """The class of "did Stoltenberg say 'cyberspace is the battlefield of the 21st century'": one word shared is no quote."""
    wrong = {}
    for quote in bot.knowledge.quotes.values():
        word = max(quote.text.split(), key=len).strip(".,")
        line = f"{word} is the {' and '.join(NEVER_SAID)}"
        speaker = bot.knowledge.people[quote.speaker].name
        for asked in (f"did {speaker} say '{line}'?", f"who said '{line}'", f"is \"{line}\" a real quote?"):
            if not is_miss(reply := bot.handle(Request(asked))):
                wrong[asked] = reply.title
    assert not wrong, wrong


def _single_year_events(bot):
    return [e for e in bot.knowledge.events.values() if e.aliases and (e.when.end is None or e.when.end.year == e.when.start.year)
            and e.kind in ("conference", "summit")]


def test_a_claimed_year_is_checked_against_the_event(bot):
    for event in _single_year_events(bot):
        alias, year = event.aliases[0], event.when.start.year
        for said, holds in ((f"I read that the {alias} took place in {year - 1}. Is that right?", False),
                            (f"correct me if I'm wrong but the {alias} took place in {year}", True)):
            reply = bot.handle(Request(said))
            assert reply.items[0].id == event.id and reply.title.startswith("Yes:" if holds else "No:"), (said, reply.title)


def test_a_claimed_summit_for_a_pledge_is_checked(bot):
    summits = [e for e in bot.knowledge.events.values() if e.kind == "summit"]
    checked = 0
    for pledge in (p for p in bot.knowledge.pledges.values() if p.event in bot.knowledge.events):
        for summit in summits:
            reply = bot.handle(Request(f"a colleague says the {pledge.name} was agreed at the {summit.name}. Is that right?"))
            if reply.items and reply.items[0].id == pledge.id:
                assert reply.title.startswith("Yes:" if summit.id == pledge.event else "No:"), reply.title
                checked += 1
    assert checked >= len(summits) * 2


def test_a_claimed_speaker_is_checked_against_the_speakers(bot):
    people = bot.knowledge.people
    checked = 0
    for event in (e for e in bot.knowledge.events.values() if e.speakers and e.aliases and e.kind == "conference"):
        for person in people.values():
            reply = bot.handle(Request(f"is it true that {person.name} spoke at the {event.aliases[0]}?"))
            assert reply.items and reply.items[0].id == event.id, reply.title
            if person.id in event.speakers:
                assert reply.title.startswith("Yes:") and person.name in reply.title, reply.title
            elif person.id in event.participants:  # there, with no speech recorded: neither a yes nor "not among"
                assert reply.title.startswith(f"No speech by {person.name} is recorded") and "took part" in reply.title, reply.title
            else:
                assert reply.title.startswith(f"{person.name} is not among the speakers"), reply.title
            checked += 1
    assert checked > 50


CLAIM_SHAPES = ("is it true that {s} {v} {o}", "{s} {v} {o}, right?", "correct me if I'm wrong but {s} {v} {o}",
                "I read that {s} {v} {o}. Is that correct?", "wasn't {s} {v} {o}?", "true or false: {s} {v} {o}",
                "the article says {s} {v} {o}. is that true?", "{s} {v} {o}, didn't they?")
CLAIM_VERBS = ("was", "was held in", "took place in", "was agreed at", "spoke at", "attended", "hosted", "was opened by",
               "was the first", "was co-hosted by", "addressed", "dates from", "was not", "never attended", "flew to")


def test_claims_and_quotes_of_every_shape_get_an_answer_not_an_error(bot):
    """Shapes of claims and quoted words, filled at random from the knowledge's own names: never an internal error."""
    import random

    rng = random.Random(9)
    names = [e.name for e in bot.knowledge.events.values()] + [p.name for p in bot.knowledge.people.values()] + [
        p.name for p in bot.knowledge.pledges.values()] + [i.name for i in bot.knowledge.initiatives.values()] + [
        "it", "NATO", "the 2020 conference", "Oslo", "2031", "the second summit", "Ukraine"]
    lines = [q.text for q in bot.knowledge.quotes.values()]
    asked = []
    for _ in range(400):
        shape = rng.choice(CLAIM_SHAPES)
        asked.append(shape.format(s=rng.choice(names), v=rng.choice(CLAIM_VERBS), o=rng.choice(names)))
        words = " ".join(rng.choice(lines).split()[: rng.randint(1, 9)])
        asked.append(rng.choice(QUOTED_ASKS + ("did {} say '{{}}' in {}?".format(rng.choice(names), rng.choice(names)),
                                               "'{}' — %s or %s?" % (rng.choice(names), rng.choice(names)))).format(words))
    failed = {text: r.title for text in asked if (r := bot.handle(Request(text))).kind == "error"}
    assert not failed, failed


def test_words_an_entry_quotes_from_a_written_work_are_written_not_said(bot):
    """A line the knowledge quotes from the 2016 op-ed is his written words; the knowledge's own account of an entry
    is nobody's words; a work's quoted title is answered by its author."""
    for ask in ("can I post 'What was once a nuisance has now become a strategic challenge' as a Stoltenberg speech quote?",
                "did stoltenberg really say “we have to be as effective in the cyber-domain as we already are on land”?",
                "who said 'what was once a nuisance has now become a strategic challenge'"):
        reply = bot.handle(Request(ask))
        assert reply.items[0].id == "stoltenberg-oped-2016" and reply.title.startswith("Jens Stoltenberg wrote these words in"), reply.title
        assert "not in a speech" in reply.title and not is_miss(reply)
    account = bot.handle(Request("is 'a defensive alliance acting proportionately' a real quote?"))
    assert is_miss(account) and account.title.startswith("No quote holds these words"), account.title
    title = bot.handle(Request("who wrote 'Time to raise our game'?"))
    assert title.title.startswith("Jens Stoltenberg wrote it:") and title.items[0].id == "stoltenberg-oped-2016", title.title


def test_a_line_typed_without_marks_then_checked_after_a_dash():
    from bot.answering.quoted import dashed_words
    assert dashed_words("china is not our enemy - exact words or translation?") == ("china is not our enemy", "exact words or translation?")
    assert dashed_words("the stoltenberg berlin quote on china - exact words?") is None  # a line described, not typed out
    assert dashed_words("hague pledge conference 2024 - exact dates pls") is None
    assert dashed_words("rome 2022 - who hosted") is None


@pytest.mark.parametrize(("typed", "title"), [
    ("we must not repeat this mistake - that was rutte wasnt it", "Jens Stoltenberg said it, not Mark Rutte"),
    ("there is nothing immoral in defending our nations - that was baerbock right", "not Annalena Baerbock"),
    ("no one stands alone in nato - rutte said that didnt he", "Mark Rutte said it"),
    ("the threat landscape is in constant evolution - that was odobescu isnt it", "Luminița Odobescu"),
    ("no one stands alone in nato -- was it stoltenberg", "Mark Rutte said it, not Jens Stoltenberg"),
])
def test_a_line_typed_without_marks_then_its_speaker_checked_after_a_dash(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert title in reply.title and not reply.title.startswith("Nothing"), reply.title


def test_words_after_a_dash_that_name_no_speaker_are_no_line():
    from bot.answering.quoted import dashed_words
    assert dashed_words("rome 2022 - that was the first one right") is None  # a year: an event named, not a line
    assert dashed_words("the berlin conference - that was in november right") is None


@pytest.mark.parametrize(("typed", "title"), [
    ("is we must not repeat this mistake an actual stoltenberg line", "Re-translated: Jens Stoltenberg"),
    ("is it is imperative that we stand together a genuine ollongren quote", "attributed to Kajsa Ollongren"),
    ("is cyber is a team sport a real ollongren quote", "I have no quote by Kajsa Ollongren"),  # not her quotes' trust, not a count
])
def test_a_line_typed_without_marks_then_asked_if_real(bot, typed, title):
    reply = bot.handle(Request(typed, user=typed))
    assert title in reply.title, reply.title


def test_a_line_described_before_a_real_quote_is_no_line_typed_out():
    from bot.answering.quoted import real_line_asked
    assert real_line_asked("is the rutte line about investment a real quote") is None
    assert real_line_asked("is it a real quote") is None
    assert real_line_asked("is no one stands alone a real rutte quote") == ("no one stands alone", "is a real rutte quote")
