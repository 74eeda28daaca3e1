"""render_message: a Reply as Block Kit within Slack's limits, with nothing that can ping."""

from __future__ import annotations

import json

import pytest
from fakes.fake_slack import LIMITS, block_kit_problems, mention_tokens

from adapters.slack.render import (
    RenderMemo,
    ack_body,
    cut,
    escape,
    render_message,
    render_notice,
    unescape,
)
from bot.reply import Block, Field, Reply, SourceRef

HOSTILE = "<!channel> <!here> <!everyone> <@U123> <#C123> <!subteam^S1> <http://evil.example|click> & @here"


def _quote_reply(**overrides) -> Reply:
    reply = Reply(
        "answer",
        "Mark Rutte on cyber defence",
        blocks=(Block("No one stands alone.", style="quote", attribution="Mark Rutte, Tirana, 2025", mark="translated"),),
        fields=(Field("When", "9–10 October 2025"), Field("Where", "Tirana")),
        sources=(SourceRef("s1", "NATO press release", "NATO", "2025-10-09", "https://www.nato.int/x?a=1&b=2"),),
        suggestions=("who rutte", "event tirana"),
    )
    return Reply(**{**reply.__dict__, **overrides})


def test_quote_reply_has_header_fields_quote_sources_and_buttons():
    message = render_message(_quote_reply())
    kinds = [b["type"] for b in message["blocks"]]
    assert kinds == ["header", "section", "section", "context", "actions"]
    assert message["blocks"][0]["text"]["text"] == "Mark Rutte on cyber defence"
    assert [f["text"] for f in message["blocks"][1]["fields"]] == ["*When*\n9–10 October 2025", "*Where*\nTirana"]
    quote = message["blocks"][2]["text"]["text"]
    assert quote.startswith(">“No one stands alone.”") and "— Mark Rutte" in quote and ":warning:" in quote
    assert "<https://www.nato.int/x?a=1&amp;b=2|NATO press release (NATO, 2025-10-09)>" in message["blocks"][3]["elements"][0]["text"]
    assert [e["value"] for e in message["blocks"][4]["elements"]] == ["who rutte", "event tirana"]
    assert "No one stands alone." in message["text"]
    assert block_kit_problems(message) == []


def test_share_button_carries_the_query_escaped():
    message = render_message(_quote_reply(suggestions=()), share_query="quote <!here>")
    (share,) = message["blocks"][-1]["elements"]
    assert share["text"]["text"] == "Share in channel"
    assert share["value"] == "quote &lt;!here&gt;" and unescape(share["value"]) == "quote <!here>"


def test_share_button_is_left_out_when_the_query_is_too_long_to_carry():
    message = render_message(_quote_reply(suggestions=()), share_query="x" * 2001)
    assert [b["type"] for b in message["blocks"]] == ["header", "section", "section", "context"]


def test_source_without_a_safe_url_shows_its_title_only():
    sources = (SourceRef("s", "Odd", url="javascript:alert(1)"), SourceRef("t", "Piped", url="https://a|b"))
    context = render_message(_quote_reply(sources=sources))["blocks"][3]["elements"]
    assert [e["text"] for e in context] == ["Sources: Odd", "Piped"]


@pytest.mark.parametrize("where", ["title", "block", "field", "source", "suggestion", "attribution", "heading"])
def test_hostile_text_anywhere_in_a_reply_is_escaped(where):
    reply = {
        "title": _quote_reply(title=HOSTILE),
        "block": _quote_reply(blocks=(Block(HOSTILE),)),
        "field": _quote_reply(fields=(Field(HOSTILE, HOSTILE),)),
        "source": _quote_reply(sources=(SourceRef("s", HOSTILE, HOSTILE, url="https://x.example/<!channel>"),)),
        "suggestion": _quote_reply(suggestions=(HOSTILE,)),
        "attribution": _quote_reply(blocks=(Block("q", style="quote", attribution=HOSTILE),)),
        "heading": _quote_reply(blocks=(Block("t", style="item", heading=HOSTILE),)),
    }[where]
    raw = json.dumps(render_message(reply, share_query=HOSTILE), ensure_ascii=False)
    assert mention_tokens(raw) == []
    assert "<http://evil" not in raw
    assert "&lt;!channel&gt;" in raw


def test_the_mention_check_catches_unescaped_text():
    """Negative control: the same check on raw text does find the tokens."""
    assert mention_tokens(json.dumps({"text": HOSTILE})) == ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C123>", "<!subteam^S1>"]


def test_escape_drops_control_characters_and_keeps_emoji_and_newlines():
    assert escape("a\x00b\x07c\u202ed\n🛡️ é\t") == "abcd\n🛡️ é\t"


def test_unescape_reverses_escape():
    text = "a < b && c > d &lt; literal"
    assert unescape(escape(text)) == text


@pytest.mark.parametrize("limit", [5, 6, 7, 8, 9, 10])
def test_cut_never_splits_an_entity(limit):
    out = cut(escape("abc&<>&&&"), limit)
    assert len(out) <= limit and out.endswith("…")
    body = out[:-1]
    assert body.count("&") == body.count(";")


def test_long_list_is_cut_to_50_blocks_with_the_more_hint():
    items = tuple(Block(f"Event number {i}", style="item", heading=f"Event {i}") for i in range(200))
    reply = Reply("list", "Events", blocks=items, suggestions=("events 2024",), more_hint="events 2024",
                  sources=(SourceRef("s", "Src", url="https://nato.int"),))
    message = render_message(reply, command="/cyber")
    blocks = message["blocks"]
    assert len(blocks) == LIMITS["blocks"]
    assert block_kit_problems(message) == []
    assert blocks[-1]["type"] == "actions" and blocks[-2]["type"] == "context"
    shown = sum(1 for b in blocks if b["type"] == "section" and b["text"]["text"].startswith("*Event "))
    assert blocks[-3]["text"]["text"] == f"_and {200 - shown} more — try_ `/cyber events 2024`"


def test_huge_texts_are_cut_within_every_limit():
    huge = "word " * 5000
    reply = Reply(
        "answer",
        huge,
        blocks=(Block(huge, heading=huge, mark=huge), Block(huge, style="quote", attribution=huge)),
        fields=tuple(Field(f"f{i} {huge}", huge) for i in range(25)),
        sources=tuple(SourceRef(str(i), huge, url="https://nato.int") for i in range(30)),
        suggestions=tuple(huge[: 100 + i] for i in range(10)),
    )
    message = render_message(reply, share_query=huge[:1900])
    assert block_kit_problems(message) == []
    assert message["blocks"][1]["text"]["text"].startswith("word word")  # the full title, as far as it fits


def test_full_text_fallback_is_capped():
    reply = Reply("list", "Many", blocks=tuple(Block("x" * 2900) for _ in range(30)))
    assert len(render_message(reply)["text"]) <= LIMITS["message_text"]


def test_notice_is_one_escaped_section():
    assert render_notice("slow down <@U1>") == {
        "text": "slow down &lt;@U1&gt;",
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "slow down &lt;@U1&gt;"}}],
    }


@pytest.mark.parametrize("kind", ["answer", "list", "not_found", "usage", "help", "error", "denied"])
def test_every_reply_kind_renders_valid_block_kit(kind):
    reply = Reply(kind, f"A {kind} reply", blocks=(Block("text"),), suggestions=("help",))
    assert block_kit_problems(render_message(reply)) == []


def test_an_empty_reply_still_renders_valid_block_kit():
    message = render_message(Reply("answer", "  ", blocks=(Block(""), Block("\x00"))))
    assert block_kit_problems(message) == []
    assert [b["type"] for b in message["blocks"]] == ["header"]


def test_render_memo_renders_each_reply_object_once_per_share_query():
    memo = RenderMemo("/nato", size=2)
    reply = _quote_reply()
    shared = memo.render(reply, "quote rutte")
    assert memo.render(reply, "quote rutte") is shared
    assert shared == render_message(reply, command="/nato", share_query="quote rutte")
    assert memo.render(reply, None) == render_message(reply, command="/nato")
    equal_but_new = _quote_reply()
    assert memo.render(equal_but_new, "quote rutte") is not shared  # rendered for its own object: a full memo starts again
    other = _quote_reply(title="Another answer")
    assert memo.render(other, None)["blocks"][0]["text"]["text"] == "Another answer"


def test_render_memo_encodes_each_acknowledgement_once():
    memo = RenderMemo("/nato")
    reply = _quote_reply()
    private = memo.ack_body(reply, "quote rutte", "ephemeral")
    assert memo.ack_body(reply, "quote rutte", "ephemeral") is private
    assert json.loads(private) == {"response_type": "ephemeral", **render_message(reply, command="/nato", share_query="quote rutte")}
    public = json.loads(memo.ack_body(reply, None, "in_channel"))
    assert public == {"response_type": "in_channel", **render_message(reply, command="/nato")}
    other = json.loads(memo.ack_body(_quote_reply(title="Another answer"), None, "in_channel"))
    assert other["blocks"][0]["text"]["text"] == "Another answer"


def test_ack_body_says_where_the_message_shows():
    assert json.loads(ack_body({"text": "hi"}, "ephemeral")) == {"response_type": "ephemeral", "text": "hi"}
