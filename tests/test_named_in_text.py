"""Who someone is when the knowledge names them only inside one entry's text ("who is cyber berkut"): that sentence and
its entry, not "nobody called"; and words run together ("cyberberkut", "cyberdefence") read as the two the knowledge holds."""

import pytest

from bot.answering.spelling import split_joined
from bot.request import Request

DDOS = "nato-websites-ddos-2014"


@pytest.mark.parametrize("typed", ["who is cyber berkut", "who are cyberberkut", "cyberberkut - who are they", "who are Cyber Berkut?"])
def test_a_name_only_one_entry_mentions_is_answered_with_its_sentence(bot, typed):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "answer" and reply.items[0].id == DDOS, reply.title
    assert reply.title.startswith("“Cyber Berkut” is no person in the knowledge") and "Crimea referendum" in reply.title


@pytest.mark.parametrize("typed", ["who is bob smith", "who is microsoft"])  # in no entry's text, or only in quotes
def test_a_name_no_entry_text_holds_stays_a_miss(bot, typed):
    assert bot.handle(Request(typed, user=typed)).kind == "not_found"


@pytest.mark.parametrize(("typed", "entry"), [
    ("when was the cyberdefence pledge", "cyber-defence-pledge-2016"),
    ("what is cybercoalition", "cyber-coalition"),
    ("rapidreaction teams?", "cyber-rapid-reaction-teams"),
    ("tell me about cyberberkut", DDOS),
])
def test_words_run_together_are_read_apart(bot, typed, entry):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == entry, reply.title


def test_english_words_the_knowledge_never_uses_stay_whole(bot):
    vocabulary = bot.engine.lookup.index.vocabulary
    assert split_joined("cyberberkut", vocabulary) == "cyber berkut"
    assert split_joined("headline", vocabulary) is None and split_joined("timeline", vocabulary) is None  # two common words
    assert split_joined("nicc", vocabulary) is None
