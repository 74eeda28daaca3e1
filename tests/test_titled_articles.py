"""An article named by its title in quotation marks ("is there a byline on '...'?"), who wrote an article put as a
claim ("did stanica write the rome article?"), and what is asked of an article after an answer about it ("and when
was it published?"): the article's own card, never a quote search for its title's words nor another entry."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "source", "said"), [
    ("bibliographic details for 'Continuing NATO Cooperation and Strengthening Cyber Defences' - author and date?", "src-hague-2024", "Stanica"),
    ("which website ran 'What Is NATO Doing About Cyber Attacks'?", "src-rome-2022", "rmndigital"),
    ("is there a byline on 'First in NATO! We must not repeat this mistake'?", "src-berlin-2023", "no author"),
    ("url for 'Continuing NATO Cooperation and Strengthening Cyber Defences' please", "src-hague-2024", "thediplomaticaffairs.com/2024"),
])
def test_an_article_named_by_its_quoted_title(bot, typed, source, said):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert source in ids[:2] and said in reply.title + " ".join(f.value for f in reply.fields), (reply.title, ids)


@pytest.mark.parametrize(("typed", "person", "source", "verdict"), [
    ("did stanica write the rome article?", "roxana-stanica", "src-rome-2022", "No:"),
    ("was the oicanadian piece written by Roxana Stanica?", "roxana-stanica", "src-berlin-2023", "No:"),
    ("is stoltenberg the author of the hague article?", "jens-stoltenberg", "src-hague-2024", "No:"),
    ("Stanica wrote the Hague article, right?", "roxana-stanica", "src-hague-2024", "Yes:"),
])
def test_who_wrote_an_article_put_as_a_claim(bot, typed, person, source, verdict):
    reply = bot.handle(Request(typed, user=typed))
    ids = [i.id for i in reply.items]
    assert reply.title.startswith(verdict) and ids[0] == person and source in ids, (reply.title, ids)


def test_a_quoted_line_that_is_also_a_headline_stays_a_line(bot):
    reply = bot.handle(Request("who said 'we must not repeat this mistake'?", user="u"))
    assert reply.items[0].id == "stoltenberg-berlin-2023-not-repeat-mistake", reply.title


@pytest.mark.parametrize(("first", "then", "source", "said"), [
    ("who wrote the hague article?", "and when was it published?", "src-hague-2024", "17 May 2024"),
    ("link to the tirana article", "what's its publication date?", "src-tirana-2025", "9 October 2025"),
    ("what does the rome article get wrong?", "and who wrote it?", "src-rome-2022", "no author"),
])
def test_asked_of_the_article_just_talked_about(bot, first, then, source, said):
    bot.handle(Request(first, user=first))
    reply = bot.handle(Request(then, user=first))
    assert reply.items[0].id == source and said in reply.title, (reply.title, [i.id for i in reply.items])


@pytest.mark.parametrize(("typed", "source"), [("what's the date of the tirana article?", "src-tirana-2025"),
                                               ("what is the date of the hague article on thediplomaticaffairs?", "src-hague-2024")])
def test_the_date_of_an_article_is_when_it_was_published(bot, typed, source):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.items[0].id == source and "published" in reply.title, reply.title
