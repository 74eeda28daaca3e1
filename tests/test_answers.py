"""The answer table: what users ask, and what each answer must contain.

Run through the real bot on the shipped knowledge with a fixed clock
(23 November 2026), rendered as the console shows it.
"""

import datetime as dt
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from adapters.text_render import render_text
from bot.request import Request
from bot.service import Bot

TODAY = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)
TRANSLATED = "machine re-translation, not the speaker's own words"
UNVERIFIED = "unverified: not found in any official text"


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None, clock=lambda: TODAY)


def ask(bot, text, **request):
    """The reply to ``text`` asked in a conversation of its own (unless ``user`` says whose): a row never reads as a follow-up
    to whichever row pytest ran before it ("how many quotes are there?" after a question on The Hague)."""
    reply = bot.handle(Request(text, **({"user": f"asked: {text}"} | request)))
    return reply, render_text(reply)


@dataclass(frozen=True)
class Absent:
    """A substring the rendered answer must not contain."""

    text: str


# (text, reply kind, substrings of the rendered text (or Absent ones), item ids the reply must name)
TABLE = [
    # commands
    ("help", "help", ["events [filter]", "quote [query]", "who <person>", "on this day"], []),
    ("help quote", "help", ["quote rutte", "a speaker, a topic or words"], []),
    ("about", "answer", ["NATO cyber-defence", "17 events", "Sources:"], []),
    ("sources", "list", ["NATO: Cyber Defence Conference", "Europe Diplomatic"], ["src-tirana-2025"]),
    ("events", "list", ["17 events", "NATO Warsaw Summit", "Cyber Coalition exercise", Absent("first 15")], ["wales-summit-2014", "tirana-cyber-defence-conference-2025"]),
    ("events 2024", "list", ["3 events in 2024", "The Hague"], ["hague-pledge-conference-2024", "london-cyber-defence-conference-2024"]),
    ("events berlin", "list", ["1 event in Berlin"], ["berlin-cyber-defence-conference-2023"]),
    ("event tirana", "answer", ["9–10 October 2025", "Tirana, Albania", "Mark Rutte"], ["tirana-cyber-defence-conference-2025"]),
    ("event pledge conference 2022", "answer", ["Rome", "Italy"], ["rome-pledge-conference-2022"]),
    ("event cyber coalition", "answer", ["November 2008 (month only)"], ["cyber-coalition-2008"]),
    ("event tirana-cyber-defence-conference-2025", "answer", ["Tirana"], ["tirana-cyber-defence-conference-2025"]),
    ("pledges", "list", ["Cyber Defence Pledge", "8 July 2016"], ["cyber-defence-pledge-2016"]),
    ("pledge", "answer", ["8 July 2016", "Warsaw", "Commitments", "recommit"], ["cyber-defence-pledge-2016", "stoltenberg-rome-2022-recommit", "rome-2022-call-to-recommit", "hague-2024-renewed-pledges"]),
    ("pledge nicc", "answer", ["Integrated Cyber Defence Centre"], ["nicc-2024"]),
    ("quote rutte", "answer", ["Mark Rutte"], ["mark-rutte"]),
    ("quote investment", "answer", ["investment"], []),
    ("quote no one stands alone", "answer", ["No one stands alone in NATO", "Mark Rutte"], ["rutte-tirana-2025-no-one-stands-alone"]),
    ("quotes ollongren", "list", ["1 quote by Kajsa Ollongren", UNVERIFIED], ["ollongren-hague-2024-stand-together"]),
    ("quotes stoltenberg", "list", ["quotes by Jens Stoltenberg", TRANSLATED], ["stoltenberg-rome-2022-recommit"]),
    ("who rutte", "answer", ["Mark Rutte", "since 1 October 2024"], ["mark-rutte"]),
    ("who secretary general", "answer", ["Mark Rutte", "Jens Stoltenberg"], ["mark-rutte"]),
    ("search integrated cyber defence centre", "list", ["Integrated Cyber Defence Centre"], ["nato-integrated-cyber-defence-centre"]),
    ("search article 5", "list", ["results for"], ["wales-summit-2014"]),
    ("on this day 9 october", "answer", ["9 October", "Tirana"], ["tirana-cyber-defence-conference-2025"]),
    ("today 2026-11-10", "answer", ["10 November", "Rome"], ["rome-pledge-conference-2022"]),
    ("today", "answer", ["23 November"], []),
    ("digest preview 2026-11-09", "answer", ["9 November", "Berlin"], ["berlin-cyber-defence-conference-2023"]),
    ("digest subscribe 09:00 Europe/Brussels", "denied", ["Only people who can manage this channel"], []),  # no roles: refused first
    # values picked from Discord autocomplete are ids
    ("quote mark-rutte", "answer", ["Mark Rutte"], ["mark-rutte"]),
    ("events tirana-cyber-defence-conference-2025", "list", ["1 event matching"], ["tirana-cyber-defence-conference-2025"]),
    ("who jens-stoltenberg", "answer", ["Jens Stoltenberg"], ["jens-stoltenberg"]),
    ("pledge nicc-2024", "answer", ["Integrated Cyber Defence Centre"], ["nicc-2024"]),
    # free-form questions
    ("when was the conference in Tirana?", "answer", ["9–10 October 2025"], ["tirana-cyber-defence-conference-2025"]),
    ("where was the 2022 pledge conference?", "answer", ["Rome, Italy"], ["rome-pledge-conference-2022"]),
    ("who co-hosted the 2024 pledge conference?", "answer", ["hosted by the Netherlands and Romania"], ["hague-pledge-conference-2024"]),
    ("who spoke in Berlin?", "answer", ["Jens Stoltenberg and Annalena Baerbock"], ["berlin-cyber-defence-conference-2023"]),
    ("what did Rutte say about investment?", "answer", ["stepping up their investment", "Mark Rutte"], ["rutte-tirana-2025-stepping-up-investment"]),
    ("who said no one stands alone?", "answer", ["Mark Rutte said it"], ["rutte-tirana-2025-no-one-stands-alone"]),
    ("what is the cyber defence pledge?", "answer", ["Cyber Defence Pledge", "8 July 2016"], ["cyber-defence-pledge-2016"]),
    ("when was the cyber defence pledge agreed?", "answer", ["agreed 8 July 2016", "Warsaw"], ["cyber-defence-pledge-2016"]),
    ("who is the secretary general?", "answer", ["NATO Secretary General: Mark Rutte"], ["mark-rutte"]),
    ("who was the secretary general in 2020?", "answer", ["Jens Stoltenberg"], ["jens-stoltenberg"]),
    ("what did the secretary general say in Rome?", "answer", ["Jens Stoltenberg", "Rome"], ["jens-stoltenberg"]),
    ("what did stoltenberg say about china?", "answer", ["China", TRANSLATED], ["jens-stoltenberg"]),
    ("what is nicc?", "answer", ["NATO Integrated Cyber Defence Centre", "SHAPE"], ["nato-integrated-cyber-defence-centre"]),
    ("tell me about cyber coalition", "answer", ["Cyber Coalition"], ["cyber-coalition-2008"]),
    ("who was the secretary general on 30 september 2024?", "answer", ["Jens Stoltenberg"], ["jens-stoltenberg"]),
    ("who was the secretary general on 2024-10-01?", "answer", ["Mark Rutte"], ["mark-rutte"]),
    ("when did rutte become secretary general?", "answer", ["Mark Rutte became NATO Secretary General on 1 October 2024"], ["mark-rutte"]),
    ("when did stoltenberg become secretary general?", "answer", ["Jens Stoltenberg became NATO Secretary General on 1 October 2014"], ["jens-stoltenberg"]),
    ("who was secretary general in 2016?", "answer", ["Jens Stoltenberg was NATO Secretary General in 2016", Absent("1 July")], ["jens-stoltenberg"]),
    ("who was secretary general in 2024?", "answer", ["NATO Secretary General in 2024: Jens Stoltenberg, then Mark Rutte"], ["jens-stoltenberg", "mark-rutte"]),
    ("who is the deputy secretary general?", "answer", ["Mircea Geoană", "may not be current", Absent("on 23 November 2026")], ["mircea-geoana"]),
    # one thing asked about an event: the title answers it, the card stays short (no quotes)
    ("when was berlin?", "answer", ["First annual NATO Cyber Defence Conference: 9 November 2023", "Sources:", Absent(TRANSLATED)], ["berlin-cyber-defence-conference-2023"]),
    ("who hosted Berlin?", "answer", ["was hosted by Germany (Federal Foreign Office)", Absent("Germany and German")], ["berlin-cyber-defence-conference-2023"]),
    ("who hosted the rome conference?", "answer", ["hosted by Italy, the United States and NATO's International Staff (support)"], ["rome-pledge-conference-2022"]),
    ("event london", "answer", ["Hosts: the United Kingdom"], ["london-cyber-defence-conference-2024"]),
    ("event tallinn", "answer", ["Where: virtual, hosted from Tallinn, Estonia"], ["tallinn-pledge-conference-2021"]),
    ("where was the pledge agreed?", "answer", ["Cyber Defence Pledge: agreed 8 July 2016 at NATO Warsaw Summit 2016, Warsaw, Poland"], ["cyber-defence-pledge-2016"]),
    ("where is the NICC?", "answer", ["SHAPE in Mons"], ["nato-integrated-cyber-defence-centre"]),
    ("where did rutte speak?", "answer", ["Mark Rutte spoke by video at NATO Cyber Defence Conference 2025 (Tirana, Albania)"], ["tirana-cyber-defence-conference-2025"]),
    ("where did baerbock speak?", "answer", ["Annalena Baerbock spoke at First annual NATO Cyber Defence Conference (Berlin, Germany)"], ["berlin-cyber-defence-conference-2023"]),
    ("when did stoltenberg speak in rome?", "answer", ["Jens Stoltenberg spoke in person on 10 November 2022"], ["rome-pledge-conference-2022"]),
    # what is coming up, what was the latest: relative to today, never an invented date
    ("when is the next conference?", "answer", ["I have no conference after 23 November 2026.", "NATO Cyber Defence Conference 2025", "An annual conference"], ["tirana-cyber-defence-conference-2025", "nato-cyber-defence-conference-series"]),
    ("when is the next pledge conference?", "answer", ["I have no Pledge Conference after 23 November 2026.", "The Hague", "No 2023 or 2025 Pledge Conference was found"], ["hague-pledge-conference-2024"]),
    ("what's coming up?", "answer", ["I have no event after 23 November 2026.", Absent("“")], ["tirana-cyber-defence-conference-2025"]),
    ("upcoming events", "answer", ["I have no event after 23 November 2026."], []),
    ("is there a conference in 2026?", "not_found", ["I have no conference in 2026.", "Suggestions (not the answer)"], []),
    ("is there a conference in 2025?", "list", ["1 conference in 2025 in the knowledge", "Tirana"], ["tirana-cyber-defence-conference-2025"]),
    ("was there a pledge conference in 2023?", "not_found", ["I have no Cyber Defence Pledge Conference in 2023.", "No 2023 or 2025 Pledge Conference was found"], []),
    ("when was the 2020 pledge conference?", "answer", ["There was no Cyber Defence Pledge Conference in 2020", "postponed because of"], ["tallinn-pledge-conference-2021"]),
    ("when was the conference in 2024?", "list", ["2 conferences in 2024", "The Hague", "London"], ["hague-pledge-conference-2024", "london-cyber-defence-conference-2024"]),
    ("who are the speakers at the hague?", "answer", ["Speakers at NATO Cyber Defence Pledge Conference 2024: Kajsa Ollongren"], ["hague-pledge-conference-2024"]),
    ("when was the last conference?", "answer", ["The most recent conference in the knowledge: NATO Cyber Defence Conference 2025"], ["tirana-cyber-defence-conference-2025"]),
    # dates and lists in words
    ("what happened on 9 november?", "answer", ["On this day, 9 November", "Berlin", "Rome", Absent("Quotes: 0")], ["berlin-cyber-defence-conference-2023"]),
    ("what happened today?", "answer", ["Nothing in the knowledge happened on 23 November", "Next in the record"], []),
    ("what happened in 2016?", "list", ["2 events in 2016", "Warsaw"], ["warsaw-summit-2016"]),
    ("what happened in november 2022?", "list", ["2 events in November 2022", "Vilnius", "Rome"], ["rome-pledge-conference-2022"]),
    ("list the conferences", "list", ["8 conferences", Absent("Vilnius Summit")], ["tirana-cyber-defence-conference-2025"]),
    ("conferences in 2024", "list", ["2 conferences in 2024", "The Hague", "London"], ["hague-pledge-conference-2024", "london-cyber-defence-conference-2024"]),
    ("which conferences were in 2023?", "list", ["1 conference in 2023", Absent("Vilnius")], ["berlin-cyber-defence-conference-2023"]),
    ("events in rome", "list", ["1 event in Rome"], ["rome-pledge-conference-2022"]),
    ("event Announcement of the 2023 Vilnius Summit dates", "answer", ["9 November 2022"], ["vilnius-dates-announcement-2022"]),
    ("events summits", "list", ["4 summits"], ["warsaw-summit-2016"]),
    # "what is" names a thing, never a quote
    ("what is article 5?", "answer", ["Enhanced Cyber Defence Policy", "Article 5", Absent("“")], ["wales-2014-enhanced-cyber-defence-policy"]),
    ("what is cyber coalition?", "answer", ["NATO's annual cyber defence exercise"], ["cyber-coalition"]),
    ("what is nato?", "answer", ["About cyberbot", Absent("“")], []),
    ("how many quotes are there?", "answer", ["34 quotes in the knowledge", "6 verified, 2 unverified, 26 machine re-translations"], []),
    ("how many quotes by stoltenberg?", "answer", ["28 quotes by Jens Stoltenberg", "2 verified"], ["jens-stoltenberg"]),
    ("how many conferences were there?", "list", ["8 conferences", Absent("Summit")], ["paris-pledge-conference-2018"]),
    ("hello", "answer", ["Hello!", "help"], []),
    # typos and partial names
    ("quote stoltenbreg", "answer", ["Jens Stoltenberg", Absent(TRANSLATED)], ["jens-stoltenberg"]),  # verified words first
    ("quote", "answer", ["Quote of the day", Absent(TRANSLATED)], []),
    ("what did rutte say?", "answer", ["What Mark Rutte said (3 of 4)"], ["mark-rutte"]),
    ("what did the nato chief say in berlin?", "answer", ["What Jens Stoltenberg said at First annual", "(3 of 26)", TRANSLATED], ["jens-stoltenberg"]),
    ("pledge wales", "answer", ["Enhanced Cyber Defence Policy", Absent("Later:")], ["wales-2014-enhanced-cyber-defence-policy"]),
    ("quote stoltenberg rome", "answer", ["Quote by Jens Stoltenberg at NATO Cyber Defence Pledge Conference 2022", Absent(TRANSLATED)], ["jens-stoltenberg"]),
    ("quotes stoltenberg berlin", "list", ["26 quotes by Jens Stoltenberg at First annual NATO Cyber Defence Conference"], ["jens-stoltenberg"]),
    ("give me the quotes by rutte", "list", ["4 quotes by Mark Rutte"], ["mark-rutte"]),
    ("who said stand together", "answer", ["More than one person said “stand together”: Mark Rutte and Kajsa Ollongren", UNVERIFIED], []),
    ("who said collective defence", "answer", ["Jens Stoltenberg said it", Absent("Mark Rutte")], []),  # a topic is not words said
    ("what did nato agree in vilnius?", "answer", ["New concept for cyber defence"], ["vilnius-2023-cyber-defence-concept"]),
    ("what did allies pledge in 2016?", "list", ["3 pledges and commitments in 2016", "Cyber Defence Pledge"], ["cyber-defence-pledge-2016"]),
    ("what are the pledges?", "list", ["9 pledges and commitments"], []),
    ("what's the pledge", "answer", ["Cyber Defence Pledge", "8 July 2016"], ["cyber-defence-pledge-2016"]),
    ("event hauge", "answer", ["The Hague"], ["hague-pledge-conference-2024"]),
    ("when was the conference in tiranna", "answer", ["9–10 October 2025"], ["tirana-cyber-defence-conference-2025"]),
    ("who odobescu", "answer", ["Luminița Odobescu", "Foreign Minister of Romania"], ["luminita-odobescu"]),
    ("who rute", "answer", ["Mark Rutte"], ["mark-rutte"]),
    # a misspelt command is answered as the command it nearly is, saying so first
    ("qoute rutte", "answer", ['“qoute” is not a command. Did you mean “quote rutte”?', "Mark Rutte"], ["mark-rutte"]),
    ("evnets 2024", "list", ["Did you mean “events 2024”?", "3 events in 2024"], ["hague-pledge-conference-2024"]),
    # not in the knowledge
    ("what did Baerbock say?", "not_found", ["There is no quote by Annalena Baerbock", "spoke at First annual NATO Cyber Defence Conference"], ["annalena-baerbock"]),
    ("what did Biden say?", "not_found", ["There is no quote by “biden”"], []),
    ("quotes baerbock", "not_found", ["There is no quote by Annalena Baerbock", "spoke at First annual"], ["annalena-baerbock"]),
    ("did rutte say anything about china?", "not_found", ["No quote by Mark Rutte about “china”", "quote china"], ["mark-rutte"]),
    ("what did the secretary general say in 2016?", "not_found", ["There is no quote by Jens Stoltenberg in 2016", "wrote Stoltenberg op-ed"], ["jens-stoltenberg"]),
    ("who said it?", "not_found", ["Who said what?"], []),
    ("when?", "not_found", ["Ask me something"], []),
    # everyday phrasing: greetings, misspelt question words, bare names, dates and years
    ("hey, when was the rome conference?", "answer", ["NATO Cyber Defence Pledge Conference 2022: 9–10 November 2022", Absent("Hello!")], ["rome-pledge-conference-2022"]),
    ("wen was the tirana conferance?", "answer", ["NATO Cyber Defence Conference 2025: 9–10 October 2025"], ["tirana-cyber-defence-conference-2025"]),
    ("I want to know about the hague", "answer", ["NATO Cyber Defence Pledge Conference 2024"], ["hague-pledge-conference-2024"]),
    ("how does the pledge work?", "answer", ["Cyber Defence Pledge", "Commitments"], ["cyber-defence-pledge-2016"]),
    ("article 5", "answer", ["Enhanced Cyber Defence Policy"], ["wales-2014-enhanced-cyber-defence-policy"]),
    ("saceur", "answer", ["Quote with “saceur”", "SACEUR", TRANSLATED], ["stoltenberg-berlin-2023-saceur-authority"]),
    ("9 november", "answer", ["On this day, 9 November", "Berlin"], ["berlin-cyber-defence-conference-2023"]),
    ("2024", "list", ["3 events in 2024"], ["hague-pledge-conference-2024"]),
    ("on this day tomorrow", "answer", ["Nothing in the knowledge happened on 24 November"], []),
    ("help me", "help", ["cyberbot commands"], []),
    ("can you help me?", "answer", ["Hello!", "help"], []),
    ("quote biden", "not_found", ["no quote by"], []),
    ("who is biden?", "not_found", ["nobody called", Absent("search biden")], []),
    ("who is saceur?", "not_found", ["names no SACEUR", "Try: search saceur"], []),
    ("what did rutte say about investment in cyber defence?", "answer", ["stepping up their investment"], ["rutte-tirana-2025-stepping-up-investment"]),
    ("what did stoltenberg say in 2022?", "answer", ["Jens Stoltenberg", "2022"], ["jens-stoltenberg"]),
    ("what did rutte say in rome?", "not_found", ["no quote by Mark Rutte at NATO Cyber Defence Pledge Conference 2022"], []),
    ("who said the moon is made of cheese?", "not_found", ["No quote in the knowledge says"], []),
    ("event atlantis", "not_found", ["Nothing in the knowledge matches"], []),
    ("events 1999", "not_found", ["No events in 1999"], []),
    ("today 31 february", "usage", ["could not read a date"], []),
    ("help frobnicate", "usage", ['There is no command “frobnicate”'], []),
    # hostile-ish input
    ("<!channel>", "help", ["cyberbot commands", Absent("<!channel>")], []),
    ("<!channel> quote rutte", "answer", ["Mark Rutte"], ["mark-rutte"]),
    ("???", "not_found", ["Ask me something", "Try: help"], []),
    ("🔥🛡️🔥", "not_found", ["Ask me something"], []),
    ("\x00\x1b[31mquote rutte\x07", "answer", ["Mark Rutte"], []),
    ("", "help", ["cyberbot commands", "quote [query]"], []),
    ("   ", "help", ["cyberbot commands"], []),
    ("search", "usage", ["What should I search for?"], []),
    ("who", "usage", ["Who?"], []),
]


@pytest.mark.parametrize(("text", "kind", "contains", "item_ids"), TABLE, ids=[row[0][:40] or "empty" for row in TABLE])
def test_answer_table(bot, text, kind, contains, item_ids):
    reply, rendered = ask(bot, text)
    assert reply.kind == kind, rendered
    for part in contains:
        if isinstance(part, Absent):
            assert part.text not in rendered, f"{part.text!r} in:\n{rendered}"
        else:
            assert part in rendered, f"{part!r} not in:\n{rendered}"
    ids = {i.id for i in reply.items}
    assert set(item_ids) <= ids, ids


def test_table_has_at_least_forty_rows():
    assert len(TABLE) >= 40


@pytest.mark.parametrize("text", [row[0] for row in TABLE if row[1] in ("answer", "list")])
def test_every_answer_names_its_sources(bot, text):
    reply, _ = ask(bot, text)
    if reply.items and text not in ("help", "help quote", "sources"):
        assert reply.sources or (reply.kind == "list" and reply.more_sources), text  # a list points to its entries' sources
        assert all(s.title for s in reply.sources)


def test_every_suggested_follow_up_is_answered(bot):
    """A "Try:" suggestion is a promise: following it gives an answer, never "not found" or a usage error."""
    suggestions = {s for row in TABLE for s in ask(bot, row[0])[0].suggestions}
    failing = {s: reply.title for s in sorted(suggestions) if (reply := ask(bot, s)[0]).kind not in ("answer", "list", "help")}
    assert not failing, failing


@pytest.mark.parametrize("text", [row[0] for row in TABLE])
def test_every_quote_shown_carries_its_trust_mark(bot, text):
    reply, _ = ask(bot, text)
    quotes = {i.id for i in reply.items if i.type == "quote"}
    marked = {q for q in quotes if bot.knowledge.quotes[q].trust_mark}
    shown_marks = [b.mark for b in reply.blocks if b.style == "quote"]
    lines = " ".join(b.heading or "" for b in reply.blocks if b.style == "item")
    for quote_id in marked:
        quote = bot.knowledge.quotes[quote_id]
        label = {"translated": "(re-translated)", "unverified": "(unverified)"}[quote.trust]
        assert quote.trust_mark in shown_marks or (reply.kind == "list" and label in lines), quote_id


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("quote rutte", "mark-rutte"), ("quotes stoltenberg", "jens-stoltenberg"), ("what did odobescu say?", "luminita-odobescu"),
     ("quote ollongren investment", "kajsa-ollongren"), ("what did the secretary general say?", "mark-rutte")],
)
def test_quotes_by_a_speaker_are_only_that_speakers(bot, text, speaker):
    reply, _ = ask(bot, text)
    quotes = [bot.knowledge.quotes[i.id] for i in reply.items if i.type == "quote"]
    assert all(q.speaker == speaker for q in quotes), [q.id for q in quotes]


@pytest.mark.parametrize("text", ["what did Baerbock say?", "quote baerbock", "quotes baerbock", "what did Biden say?", "quote geoana"])
def test_no_quote_is_ever_given_for_someone_without_quotes(bot, text):
    reply, _ = ask(bot, text)
    assert reply.kind == "not_found"
    assert not [i for i in reply.items if i.type == "quote"]


@pytest.mark.parametrize(
    "text",
    ["x" * 10_000, "quote " + "rutte " * 2000, "\u202e\u200bwho\u0000 rutte", "'; DROP TABLE quotes; --", "<script>alert(1)</script>",
     "who " * 500, "%s %n {0} {text}", "\ud800", "on this day 99 october", "events 99999999999999999999",
     ("when is the next conference in tirana " * 200)[:5000], "what did " + "stoltenberg " * 450 + "say?"],
)
def test_hostile_input_never_crashes(bot, text):
    reply, rendered = ask(bot, text)
    assert reply.kind in ("answer", "list", "not_found", "usage", "help"), rendered


@pytest.mark.parametrize(
    ("today", "text", "contains"),
    [
        (dt.date(2020, 1, 1), "who is the secretary general?", "NATO Secretary General: Jens Stoltenberg"),
        (dt.date(2024, 10, 1), "who is the secretary general?", "NATO Secretary General: Mark Rutte"),
        (dt.date(2024, 1, 1), "when is the next conference?", "3 conferences after 1 January 2024 in the knowledge"),
        (dt.date(2025, 10, 10), "what's coming up?", "NATO Cyber Defence Conference 2025"),  # still on that day
        (dt.date(2025, 10, 9), "today", "Happening on 9 October 2025"),
        (dt.date(2022, 11, 9), "what happened yesterday?", "Nothing in the knowledge happened on 8 November"),
    ],
)
def test_answers_depend_on_the_day_asked(today, text, contains):
    bot = Bot.from_path(None, clock=lambda: dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.timezone.utc))
    _, rendered = ask(bot, text)
    assert contains in rendered, rendered


ANSWER_IN_A_FRESH_PROCESS = """
import datetime as dt, sys
from adapters.text_render import render_text
from bot.request import Request
from bot.service import Bot
bot = Bot.from_path(None, clock=lambda: dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc))
for text in sys.argv[1:]:
    print(render_text(bot.handle(Request(text, user="asked: " + text))))
"""


def test_the_same_question_gets_the_same_answer_in_every_process(bot):
    """Asking twice in one bot only meets its reply memo: processes with other hash seeds show set or dict order leaking out."""
    questions = ["quote rutte", "quote", "who said stand together", "search cyber", "what did the nato chief say in berlin?"]
    expected = "".join(ask(bot, question)[1] + "\n" for question in questions)
    runs = [
        subprocess.run([sys.executable, "-c", ANSWER_IN_A_FRESH_PROCESS, *questions], capture_output=True, text=True,
                       timeout=60, env=os.environ | {"PYTHONHASHSEED": seed})
        for seed in ("1", "2")
    ]
    assert [(run.returncode, run.stdout, run.stderr) for run in runs] == [(0, expected, "")] * 2


def test_lists_up_to_twenty_show_every_item_newest_first(bot):
    reply, _ = ask(bot, "events")
    assert reply.more_hint is None and len(reply.blocks) == len(bot.knowledge.events)
    assert reply.items[0].id == "tirana-cyber-defence-conference-2025"


def test_long_lists_show_a_page_and_a_command_that_shows_the_rest(bot):
    first, rendered = ask(bot, "sources")
    assert first.more_hint == "sources page 2" and "`sources page 2`" in rendered
    second, _ = ask(bot, first.more_hint)
    assert second.kind == "list" and not {i.id for i in first.items} & {i.id for i in second.items}


def test_complete_speakers_by_prefix_and_typo(bot):
    engine = bot.engine
    assert [c.value for c in engine.complete("speaker", "stolt")] == ["jens-stoltenberg"]
    assert engine.complete("speaker", "rute")[0].value == "mark-rutte"
    assert "annalena-baerbock" not in {c.value for c in engine.complete("speaker", "")}  # no quotes, not a speaker
    assert "annalena-baerbock" in {c.value for c in engine.complete("person", "baer")}


def test_complete_gives_at_most_25_short_labels(bot):
    for kind in ("speaker", "person", "event", "pledge", "topic"):
        choices = bot.engine.complete(kind, "")
        assert 0 < len(choices) <= 25
        assert all(len(c.label) <= 100 and len(c.value) <= 100 for c in choices)


def test_complete_events_topics_and_pledges(bot):
    engine = bot.engine
    assert engine.complete("event", "tiran")[0].value == "tirana-cyber-defence-conference-2025"
    assert engine.complete("topic", "invest")[0].value == "investment"
    assert engine.complete("pledge", "warsaw")[0].value == "cyber-defence-pledge-2016"
    assert engine.complete("date", "nov") == []


def test_counts(bot):
    counts = bot.engine.counts()
    assert counts["events"] == len(bot.knowledge.events) and set(counts) == {"events", "pledges", "quotes", "people", "initiatives", "sources"}
