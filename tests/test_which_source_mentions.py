"""Which source mentions something, asked as where it is mentioned ("in which article is the cyber threat assessment cell
mentioned?"), with a year or place the entry must meet ("which article covers the 2010 lisbon summit?": no article, not
the Wales summit), or of a line (the line shown with its trust, so its words can be checked)."""

import pytest

from bot.request import Request

MISS = "not_found"

CASES = [  # what is typed, then the source that leads and an entry it must name, or MISS and a word the miss must say
    ("in which article is the cyber threat assessment cell mentioned?", "src-oped-2016", "cyber-threat-assessment-cell"),
    ("where are the rapid reaction teams discussed?", "src-oped-2016", "cyber-rapid-reaction-teams"),
    ("where does the NICC come up in your sources?", "src-tirana-2025", "nato-integrated-cyber-defence-centre"),
    ("where is the Vilnius summit mentioned?", "src-rome-2022", "vilnius-summit-2023"),
    ("which source says the ddos on nato websites was in 2014?", "src-oped-2016", "nato-websites-ddos-2014"),
    ("which source says stoltenberg spoke in rome in 2022?", "src-rome-2022", "rome-pledge-conference-2022"),
    ("which article covers the 2010 Lisbon summit?", MISS, "2010"),
    ("which piece reports the 2017 NotPetya attack on Ukraine?", MISS, "2017"),
    ("which of your sources describes the 2007 attacks on estonia", MISS, "2007"),
]


@pytest.mark.parametrize(("typed", "lead", "named"), CASES)
def test_which_source_mentions_what_is_named(bot, typed, lead, named):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    if lead == MISS:  # a year or place no entry of those words holds: said first, no other entry given as the answer
        assert reply.kind == MISS and reply.title.startswith("I have no") and named in reply.title and not ids, reply.title
    else:
        assert ids[:1] == [lead] and named in ids, (reply.title, ids)


def test_a_line_asked_for_by_its_words_is_shown(bot):
    reply = bot.handle(Request("which article says the allies gave SACEUR the authority to respond?", user="u"))
    ids = [i.id for i in reply.items]
    assert ids[0] == "src-berlin-2023" and any("SACEUR" in b.text for b in reply.blocks), (reply.title, ids)
