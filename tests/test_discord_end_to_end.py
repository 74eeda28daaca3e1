"""The real core (``Bot.from_path(None)``, the shipped knowledge) behind the Discord adapter and the fake."""

from __future__ import annotations

import pytest
from fakes.discord_harness import running_client
from fakes.fake_discord import BOT_ID

from adapters.discord.render import EMBED_TOTAL_LIMIT, embed_size
from bot.service import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None)


async def test_a_mention_is_answered_from_the_shipped_knowledge(monkeypatch, bot):
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [post] = await fake.wait_until(lambda: fake.posted("/messages"))
    embed = post.json["embeds"][0]
    assert "Rutte" in embed["title"]
    assert embed["description"].startswith("> “")
    assert embed["footer"]["text"].startswith("Source")


@pytest.mark.parametrize("question", ["events", "sources", "help", "search cyber", "who rutte", "pledges", "about"])
async def test_every_long_answer_fits_one_embed(monkeypatch, bot, question):
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.user_says(f"<@{BOT_ID}> {question}")
        [post] = await fake.wait_until(lambda: fake.posted("/messages"))
    for embed in post.json["embeds"]:
        assert embed_size(embed) <= EMBED_TOTAL_LIMIT
    assert not fake.unhandled


async def test_autocomplete_suggests_speakers_from_the_cores_fuzzy_search(monkeypatch, bot):
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.interaction([{"name": "query", "type": 3, "value": "rut", "focused": True}], sub="quote", autocomplete=True)
        [answer] = await fake.wait_until(lambda: fake.callbacks())
    choices = answer["data"]["choices"]
    assert 0 < len(choices) <= 25
    assert any("Rutte" in c["name"] for c in choices)
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_a_chosen_suggestion_is_answered_as_text(monkeypatch, bot):
    async with running_client(monkeypatch, bot) as (fake, _):
        await fake.interaction([{"name": "query", "type": 3, "value": "rut", "focused": True}], sub="quote", autocomplete=True)
        [suggested] = await fake.wait_until(lambda: fake.callbacks())
        value = suggested["data"]["choices"][0]["value"]
        await fake.interaction([{"name": "query", "type": 3, "value": value}], sub="quote")
        await fake.wait_until(lambda: len(fake.callbacks()) == 2)
    answer = fake.callbacks()[1]
    assert answer["type"] == 4
    assert "Rutte" in answer["data"]["embeds"][0]["title"]
