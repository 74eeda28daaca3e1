"""An edition named by its year inside a question of its own ("who spoke at the 2024 one", "the 2019 one, who hosted
it?", "the 2024 one. who hosted"): after a list, the one entry listed of that year; after an event of a series (or a
summit), that series' edition of that year, asked what the question asks, never a miss about "the 2024 one"."""

import pytest



ASKED_OF_AN_EDITION = {
    ("when was the london conference", "where exactly was the 2019 one"): ("london-pledge-conference-2019", "National Cyber Security Centre"),
    ("when was the london conference", "the 2024 edition - who hosted"): ("london-cyber-defence-conference-2024", "hosted by the United Kingdom"),
    ("when was the rome pledge conf", "who spoke at the 2024 one"): ("hague-pledge-conference-2024", "Ollongren"),
    ("when was the berlin conf", "the 2024 one. who hosted"): ("london-cyber-defence-conference-2024", "hosted by the United Kingdom"),
    ("when was the warsaw summit", "what was agreed at the 2014 one"): ("wales-2014-enhanced-cyber-defence-policy", "Enhanced Cyber Defence Policy"),
}


@pytest.mark.parametrize("typed", ASKED_OF_AN_EDITION)
def test_the_edition_of_that_year_is_asked_what_the_question_asks(conversation, typed):
    reply, (meant, says) = conversation(*typed), ASKED_OF_AN_EDITION[typed]
    assert reply.items[0].id == meant and says in reply.title, reply.title


def test_another_summit_by_its_year(conversation):
    reply = conversation("when was the washington summit", "and the 2016 one?")
    assert reply.items[0].id == "warsaw-summit-2016" and "July 2016" in reply.title, reply.title


def test_a_year_no_edition_was_held_is_said_so(conversation):
    reply = conversation("when was the vilnius summit", "who hosted the 2019 one")
    assert reply.title.startswith("I have no summit in 2019"), reply.title


def test_a_question_asking_nothing_of_its_own_keeps_the_person_it_names(conversation):
    reply = conversation("who gave the keynote at the 2021 virtual pledge conference?", "and the Estonian PM at the 2021 one?")
    assert reply.items[0].id == "kaja-kallas", reply.title
