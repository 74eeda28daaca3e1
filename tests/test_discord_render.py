"""Rendering a Reply as a Discord payload: every kind fits Discord's limits, nothing pings."""

from __future__ import annotations

import subprocess
import sys

import pytest

from adapters.discord.render import (
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    TITLE_LIMIT,
    ZWSP,
    cut,
    defuse_mentions,
    embed_size,
    escape,
    render_message,
    render_notice,
)
from bot.reply import Block, Field, Reply, SourceRef

RUTTE = Block("No one stands alone.", style="quote", attribution="Mark Rutte, Tirana, 9 October 2025")
SOURCE = SourceRef("src-nato", "Cyber Defence Pledge Conference", "NATO", "2025", "https://www.nato.int/cps/en/natohq/news_238000.htm")
TEN_KB = ("Cyber defence is a core task of collective defence. " * 200)[:10_240]


def many_items(n: int) -> tuple[Block, ...]:
    return tuple(
        Block(f"Summary of event {i}. " * 8, style="item", heading=f"Event {i}", fields=(Field("When", f"{i} May 2024"),))
        for i in range(n)
    )


REPLIES = {
    "answer": Reply("answer", "Rutte on solidarity", blocks=(RUTTE,), sources=(SOURCE,), suggestions=("quotes rutte",)),
    "list": Reply("list", "Events in 2024", blocks=many_items(8), more_hint="events 2024"),
    "huge list": Reply("list", "Every event", blocks=many_items(500), more_hint="events 2024"),
    "10 KB text": Reply("answer", "A long article", blocks=(Block(TEN_KB),)),
    "10 KB title": Reply("answer", TEN_KB),
    "many fields": Reply("answer", "Facts", fields=tuple(Field(f"Fact {i} " * 40, "x" * 2000) for i in range(60))),
    "many sources": Reply("answer", "Sourced", blocks=(Block("text"),),
                          sources=tuple(SourceRef(f"s{i}", f"Source number {i} " * 5, "NATO", "2024", f"https://nato.int/{i}") for i in range(200))),
    "not_found": Reply("not_found", "Nothing matches 'xyzzy'", suggestions=("search xyzzy",)),
    "usage": Reply("usage", "quotes needs a speaker, e.g. quotes rutte", suggestions=("quotes rutte",)),
    "help": Reply("help", "Commands", blocks=tuple(Block(f"what command {i} does", style="item", heading=f"command{i}") for i in range(14))),
    "error": Reply("error", "Something went wrong; it has been logged."),
    "denied": Reply("denied", "Only admins can reload the knowledge."),
    "everything huge": Reply("list", TEN_KB, blocks=many_items(300) + (Block(TEN_KB),), fields=tuple(Field(TEN_KB, TEN_KB) for _ in range(30)),
                             sources=tuple(SourceRef(f"s{i}", TEN_KB, TEN_KB, "2024", "https://nato.int/x") for i in range(30)),
                             suggestions=tuple(TEN_KB for _ in range(5)), more_hint=TEN_KB),
}


@pytest.mark.parametrize("name", REPLIES)
def test_every_reply_kind_fits_discord_limits(name):
    message = render_message(REPLIES[name])
    assert message["content"] is None or 0 < len(message["content"]) <= CONTENT_LIMIT
    assert message["content"] or message["embeds"]
    for embed in message["embeds"]:
        assert 0 < len(embed["title"]) <= TITLE_LIMIT
        assert len(embed.get("description", "")) <= DESCRIPTION_LIMIT
        assert len(embed.get("fields", [])) <= FIELD_COUNT_LIMIT
        for field in embed.get("fields", []):
            assert 0 < len(field["name"]) <= FIELD_NAME_LIMIT
            assert 0 < len(field["value"]) <= FIELD_VALUE_LIMIT
        assert len(embed.get("footer", {}).get("text", "")) <= FOOTER_LIMIT
        assert embed_size(embed) <= EMBED_TOTAL_LIMIT


def test_a_huge_list_is_cut_at_an_item_with_how_many_more_and_the_command_to_narrow_it():
    description = render_message(REPLIES["huge list"])["embeds"][0]["description"]
    shown = description.count("**• Event ")
    assert 0 < shown < 500
    assert description.endswith(f"…and {500 - shown} more — try `/cyber ask text:events 2024`")


def test_a_short_list_is_shown_whole():
    description = render_message(REPLIES["list"])["embeds"][0]["description"]
    assert description.count("**• Event ") == 8
    assert "more" not in description


def test_a_10_kb_text_is_cut_at_a_word_with_an_ellipsis():
    description = render_message(REPLIES["10 KB text"])["embeds"][0]["description"]
    assert description.endswith("…")
    assert TEN_KB.startswith(description[:-1])
    assert description[-2] != " "


def test_a_quote_is_a_block_quote_with_its_attribution():
    description = render_message(REPLIES["answer"])["embeds"][0]["description"]
    assert description.splitlines() == ["> “No one stands alone.”", "> — *Mark Rutte, Tirana, 9 October 2025*"]


def test_a_trust_warning_stays_right_after_its_quote():
    quote = Block("Wir stehen zusammen.", style="quote", attribution="Olaf Scholz", mark="machine re-translation, not the speaker's own words")
    lines = render_message(Reply("answer", "Scholz", blocks=(quote,)))["embeds"][0]["description"].splitlines()
    assert lines[-2].startswith("> — ")
    assert lines[-1] == "⚠️ **machine re-translation, not the speaker's own words**"


def test_a_trust_warning_survives_when_the_quote_is_cut():
    quote = Block(TEN_KB, style="quote", attribution="Someone", mark="unverified: not found in any official text")
    huge = Reply("answer", "Long quote", blocks=(quote,))
    lines = render_message(huge)["embeds"][0]["description"].splitlines()
    assert lines[0].endswith("…”")
    assert lines[-2:] == ["> — *Someone*", "⚠️ **unverified: not found in any official text**"]


def test_sources_go_in_the_footer_and_as_links_in_a_field():
    embed = render_message(REPLIES["answer"])["embeds"][0]
    assert embed["footer"]["text"] == "Source: Cyber Defence Pledge Conference (NATO, 2025)"
    sources = next(f for f in embed["fields"] if f["name"] == "Sources")
    assert sources["value"] == "[Cyber Defence Pledge Conference](https://www.nato.int/cps/en/natohq/news_238000.htm)"


def test_two_hundred_sources_end_with_how_many_more_links():
    embed = render_message(REPLIES["many sources"])["embeds"][0]
    sources = next(f for f in embed["fields"] if f["name"] == "Sources")["value"]
    assert sources.splitlines()[-1].startswith("…and ")


def test_suggestions_become_a_try_field():
    embed = render_message(REPLIES["answer"])["embeds"][0]
    assert {"name": "Try", "value": "`quotes rutte`", "inline": False} in embed["fields"]


def test_an_error_without_details_is_one_plain_line():
    assert render_message(REPLIES["denied"]) == {"content": "Only admins can reload the knowledge.", "embeds": []}


def test_a_usage_reply_offers_its_suggestions():
    content = render_message(REPLIES["usage"])["content"]
    assert content == "quotes needs a speaker, e.g. quotes rutte\nTry: `quotes rutte`"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@everyone look", f"@{ZWSP}everyone look"),
        ("hi @here", f"hi @{ZWSP}here"),
        ("<@&810000000000000013> team", f"<@{ZWSP}&810000000000000013> team"),
        ("<@810000000000000020>", f"<@{ZWSP}810000000000000020>"),
        ("<@!810000000000000020>", f"<@{ZWSP}!810000000000000020>"),
        ("mail me at a@b.org", "mail me at a@b.org"),
        ("", ""),
    ],
)
def test_mentions_are_defused_with_a_zero_width_space(text, expected):
    assert defuse_mentions(text) == expected


def test_pings_in_the_knowledge_are_defused_everywhere_they_can_appear():
    ping = "@everyone @here <@&810000000000000013>"
    reply = Reply("answer", ping, blocks=(Block(ping, style="quote", attribution=ping, mark=ping, heading=ping, fields=(Field(ping, ping),)),),
                  fields=(Field(ping, ping),), sources=(SourceRef("s", ping, ping, ping, "https://nato.int"),), suggestions=(ping,))
    embed = render_message(reply)["embeds"][0]
    texts = [embed["title"], embed["description"], embed["footer"]["text"]] + [f["name"] + f["value"] for f in embed["fields"]]
    for text in texts:
        assert "@everyone" not in text and "@here" not in text and "<@&8" not in text, text


def test_markdown_in_knowledge_text_shows_as_written():
    assert escape("*bold* _it_ `code` ~~x~~ |s| [a](b)") == r"\*bold\* \_it\_ \`code\` \~\~x\~\~ \|s\| \[a\](b)"
    assert escape("> not a quote\n # not a heading\n- a list stays a list") == "\\> not a quote\n \\# not a heading\n- a list stays a list"


@pytest.mark.parametrize(("text", "limit", "expected"), [("short", 10, "short"), ("one two three four", 16, "one two three…"), ("abc\\*def", 5, "abc…")])
def test_cut_ends_at_a_word_and_never_in_half_an_escape(text, limit, expected):
    assert cut(text, limit) == expected


def test_a_notice_is_plain_content_within_2000_characters():
    assert len(render_notice(TEN_KB)["content"]) <= CONTENT_LIMIT
    assert render_notice("@here slow down") == {"content": f"@{ZWSP}here slow down", "embeds": []}


def test_rendering_does_not_import_discord():
    """Only adapters/discord/client.py imports discord; the renderer and the core stay light."""
    code = "import sys, adapters.discord.render, bot.service; sys.exit('discord' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
