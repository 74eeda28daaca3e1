"""NATO's own officials whom the knowledge never mentions (a deputy, a spokesperson, a commander, a former Secretary
General) asked about with a role or as having spoken somewhere: the honest miss naming them, never the entry their other
words fit ("Cyber Defence Pledge Conference"), nor the role's holder ("no quote by Mircea Geoană")."""

import pytest

from bot.request import Request


@pytest.mark.parametrize(("typed", "name"), [
    ("has radmila shekerinska ever spoken at a pledge conference?", "Shekerinska"),
    ("did deputy secretary general shekerinska attend the tirana conference?", "Shekerinska"),
    ("what did the nato spokesperson oana lungescu say about the hague?", "Lungescu"),
    ("what did spokesperson allison hart say about the london conference", "Hart"),
    ("has jamie shea spoken at any nato cyber defence conference?", "Shea"),
    ("quotes by jaap de hoop scheffer on cyber", "Scheffer"),
    ("what did dutch defence minister ruben brekelmans say at the hague?", "Brekelmans"),
])
def test_an_official_the_knowledge_lacks_is_the_miss_by_name(bot, typed, name):
    reply = bot.handle(Request(typed, user=typed))
    assert reply.kind == "not_found" and name.lower() in reply.title.lower(), reply.title
    assert "Geoană" not in reply.title and "Ollongren" not in reply.title


@pytest.mark.parametrize(("typed", "name"), [
    ("has geoana spoken at a pledge conference?", "Mircea Geoană"),
    ("has edi rama taken part in a cyber defence conference?", "Edi Rama"),
    ("did odobescu speak at a pledge conference?", "Luminița Odobescu"),
])
def test_someone_the_knowledge_holds_asked_the_same_way_is_answered(bot, typed, name):
    title = bot.handle(Request(typed, user=typed)).title  # "a pledge conference": any of them, not the one found first
    assert name in title and "not among the speakers" not in title, title
