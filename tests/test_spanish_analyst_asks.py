"""An analyst's fluent non-native English (false friends, Spanish words, a dropped "it"), one table per class of question:
each phrasing must lead with, or name, the entry that answers it and show the words that answer it."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


def _ask(bot, *questions):
    """The reply to the last of ``questions``, asked in one conversation after the others."""
    user = " / ".join(questions)
    for earlier in questions[:-1]:
        bot.handle(Request(earlier, user=user))
    return bot.handle(Request(questions[-1], user=user))


def _check(reply, entry, words):
    text = render_text(reply)
    assert not is_miss(reply) and entry in [i.id for i in reply.items], (reply.title, [i.id for i in reply.items])
    assert all(word in text for word in words), text[:300]


@pytest.mark.parametrize(("question", "entry", "words"), [
    # Spanish tag questions: "sí?", "verdad?" are "right?"
    ("Berlin 2023 was the first NATO cyber conference ever, sí?", "berlin-cyber-defence-conference-2023", ["2018"]),
    ("the Rome conference was in 2022, verdad?", "rome-pledge-conference-2022", ["Yes"]),
    ("Tirana was the third conference, si?", "tirana-cyber-defence-conference-2025", ["Yes"]),
    # "assist" for attend, with or without "to/at/in"; companies "of the industry"
    ("which companies of the industry assisted the Berlin conference?", "berlin-cyber-defence-conference-2023", ["Mandiant", "ESET"]),
    ("which firms from the private sector attended the Berlin conference?", "berlin-cyber-defence-conference-2023", ["Microsoft"]),
    ("what companies assisted the Berlin conference?", "berlin-cyber-defence-conference-2023", ["Palo Alto"]),
    ("how many delegates assisted in The Hague more or less?", "hague-pledge-conference-2024", ["150"]),
    # how often, claimed with a first year
    ("the pledge conferences happen every year since 2016, correct?", "cyber-defence-pledge-conference-series", ["2018", "not 2016"]),
    ("the pledge conference is held every year since 2016?", "cyber-defence-pledge-conference-series", ["2018"]),
    ("Cyber Coalition takes place every year, no?", "cyber-coalition", ["annual"]),
    ("the NATO cyber defence conference happens every year since 2023, correct?", "nato-cyber-defence-conference-series", ["Berlin"]),
    # an initiative's seat
    ("the new Integrated Cyber Defence Centre, where will be its seat?", "nato-integrated-cyber-defence-centre", ["SHAPE"]),
    ("where is the seat of the NICC?", "nato-integrated-cyber-defence-centre", ["Mons"]),
    ("the NICC, where is its headquarters?", "nato-integrated-cyber-defence-centre", ["SHAPE"]),
    ("where is the headquarters of the Integrated Cyber Defence Centre?", "nato-integrated-cyber-defence-centre", ["Belgium"]),
    # the series a summit decided, named with the summit
    ("the annual NATO Cyber Defence Conference, which summit decided to create it?", "nato-cyber-defence-conference-series", ["Vilnius"]),
    ("which summit decided to create the annual NATO Cyber Defence Conference?", "nato-cyber-defence-conference-series", ["Vilnius"]),
    # one decision set aside: the others made there
    ("apart of the pledge, what was decided in Warsaw about cyberspace?", "cyberspace-domain-of-operations-2016", ["domain"]),
    ("apart from the pledge, what was decided in Warsaw?", "cyberspace-domain-of-operations-2016", ["domain"]),
    ("besides the pledge, what did they decide at Warsaw about cyberspace?", "cyberspace-domain-of-operations-2016", ["domain"]),
    ("apart from the new concept, what was agreed at Vilnius?", "vilnius-summit-2023", ["Cyber Defence Conference"]),
])
def test_each_phrasing_names_its_answer(bot, question, entry, words):
    _check(_ask(bot, question), entry, words)


@pytest.mark.parametrize(("earlier", "question", "entry", "words"), [
    # a thing named first, then where/when of it, or its "it" left out ("which day was issued")
    ("when was the Warsaw summit?", "and the pledge itself, which exact day was issued?", "cyber-defence-pledge-2016", ["8 July"]),
    ("when was the Warsaw summit?", "and the pledge, where was signed?", "cyber-defence-pledge-2016", ["Warsaw"]),
    ("who hosted Tirana?", "the Vilnius concept, when was adopted?", "vilnius-2023-cyber-defence-concept", ["July 2023"]),
    ("when was the Berlin conference?", "and the next edition after Berlin, where was it?", "london-cyber-defence-conference-2024", ["London"]),
    ("when was the Berlin conference?", "the conference before Tirana, when was it?", "london-cyber-defence-conference-2024", ["November 2024"]),
])
def test_the_thing_named_is_asked_of(bot, earlier, question, entry, words):
    reply = _ask(bot, earlier, question)
    _check(reply, entry, words)
    assert reply.items[0].id == entry, reply.title
