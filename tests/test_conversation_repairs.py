"""A message that repairs the last answer ("no, the 2016 one", "not that one, the 2023 one", "wrong, before that",
"nah i meant who hosted it"): what follows the repair's lead is followed up, never a miss about "no" or "not that";
a word the asker mends ("i typed 2019, meant 2018", "... 2024, i meant 2025", "... hauge *hague") is put in place of the
one it mends; "no one stands alone" and "sorry, <a question>" keep their words."""

import pytest



@pytest.mark.parametrize(("typed", "meant", "said"), [
    (("when was the vilnius summit", "nope, the 2016 one"), "warsaw-summit-2016", "July 2016"),
    (("who hosted the tirana conf", "no not that one, the 2023 one"), "berlin-cyber-defence-conference-2023", "hosted by Germany"),
    (("when was the london pledge conf", "no, the one after"), "tallinn-pledge-conference-2021", "April 2021"),
    (("when was the london pledge conf", "wrong, before that"), "paris-pledge-conference-2018", "May 2018"),
    (("who spoke at the hague pledge conf", "no not the ministers, the nato guy"), "mircea-geoana", "Mircea Geoană"),
    (("when was the rome pledge conf", "nah i meant who hosted it"), "rome-pledge-conference-2022", "hosted by Italy"),
    # a word mended: the last question asked again with it
    (("who spoke at the 2019 pledge conf", "i typed 2019, meant 2018"), "paris-pledge-conference-2018", "Speakers"),
    (("where was the 2021 pledge conf", "meant 2022 not 2021"), "rome-pledge-conference-2022", "Rome"),
    (("who hosted the 2022 pledge conf", "nope, i meant 2024"), "hague-pledge-conference-2024", "hosted by the Netherlands"),
    (("who hosted the rome pledge conf", "sorry i meant london"), "london-pledge-conference-2019", "hosted by the United Kingdom"),
])
def test_what_the_repair_says_is_meant_is_answered(conversation, typed, meant, said):
    reply = conversation(*typed)
    assert reply.items and reply.items[0].id == meant and said in reply.title, reply.title
    assert not {"not", "nope", "meant", "wrong"} & set(reply.title.lower().split())


#: A message ending in the word it mends -> (the entry meant, the word mended, never in the answer)
MENDED_AT_THE_END = {
    "who hosted the tirana cyber conf 2024, i meant 2025": ("tirana-cyber-defence-conference-2025", "2024"),
    "wen was the hauge pledge conf *hague": ("hague-pledge-conference-2024", "hauge"),
    "what did stoltenbreg say about china *stoltenberg": ("stoltenberg-berlin-2023-china-values", "stoltenbreg"),
}


@pytest.mark.parametrize("typed", MENDED_AT_THE_END)
def test_a_word_mended_at_the_end_of_the_message_replaces_the_one_it_mends(conversation, typed):
    reply, (meant, mended) = conversation(typed), MENDED_AT_THE_END[typed]
    assert reply.items[0].id == meant, reply.title
    assert mended not in reply.title.lower() and "meant" not in reply.title.lower()


def test_no_one_is_no_repair(conversation):
    reply = conversation("who hosted the rome pledge conf", "no one stands alone - who said that")
    assert reply.title == "Mark Rutte said it", reply.title


def test_an_excuse_before_a_question_of_its_own_asks_that_question(conversation):
    reply = conversation("who hosted the rome pledge conf", "sorry, who spoke at berlin?")
    assert reply.items[0].id == "berlin-cyber-defence-conference-2023" and "Baerbock" in reply.title, reply.title
