"""Values a platform hands over are checked before use: zones, days at the calendar's ends,
text with nothing visible in it, and malformed button payloads."""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.parse

import pytest
from fakes.fake_slack import block_action_body, block_kit_problems, post_signed
from fakes.slack_harness import FORM, SlackHarness, buttons

from bot.request import Request
from bot.safe_values import OUT_OF_CALENDAR, visible, zone_named
from bot.service import Bot

ABSURD_ZONES = ["x" * 300, "Europe", "../../etc/passwd", "/etc/localtime", "Europe/Brussels\x00", "Etc/GMT+99", "", " ", "☃"]
NOTHING_VISIBLE = ["\u202e", "\u2066\u2069\u200b", "\x01\x7f \t", "\ufeff\u2028", "\u200f\u200e"]


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.from_path(None, clock=lambda: dt.datetime(2025, 10, 9, 12, tzinfo=dt.timezone.utc))


@pytest.mark.parametrize("zone", ABSURD_ZONES, ids=repr)
def test_an_unknown_or_absurd_zone_answers_in_the_default_zone(bot, zone):
    assert zone_named(zone) is None
    assert bot.handle(Request("today", timezone=zone)) == bot.handle(Request("today"))


@pytest.mark.parametrize("instant", [dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone.utc)], ids=["year-1", "year-9999"])
@pytest.mark.parametrize("zone", [None, "Pacific/Kiritimati", "Pacific/Pago_Pago"])
@pytest.mark.parametrize(
    "text",
    ["today", "today tomorrow", "today yesterday", "on this day", "what happened yesterday", "what happened tomorrow",
     "today 9999-12-31", "today 0001-01-01", "digest preview 9999-12-31", "events 9999", "what happened on 31 december"],
)  # fmt: skip
def test_days_at_the_ends_of_the_calendar_are_answered_or_refused_politely(instant, zone, text):
    bot = Bot.from_path(None, clock=lambda: instant)
    reply = bot.handle(Request(text, timezone=zone))
    assert reply.kind != "error", reply.title
    if reply.kind == "usage":
        assert reply.title == OUT_OF_CALENDAR


@pytest.mark.parametrize("text", NOTHING_VISIBLE, ids=repr)
def test_text_with_nothing_visible_gets_the_help_and_no_empty_share_button(bot, text):
    assert not visible(text)
    assert bot.handle(Request(text)).title == bot.handle(Request("")).title
    with SlackHarness(bot) as harness:
        status, body = harness.command(text)
    assert status == 200 and block_kit_problems(body) == []
    assert all(visible(button["value"]) for button in buttons(body).values())


@pytest.mark.parametrize(
    ("mangle", "answered"),
    [
        (lambda p: p["actions"][0].update(value=None), "ephemeral"),
        (lambda p: p["actions"][0].update(value=12), "ephemeral"),
        (lambda p: p["actions"][0].pop("value"), "ephemeral"),
        (lambda p: p["actions"][0].update(value="\u202e"), "ephemeral"),
        (lambda p: p.update(user="U1", team=None, channel=[]), "in_channel"),  # the value is fine: shared
    ],
    ids=["null-value", "number-value", "no-value", "invisible-value", "odd-user-team-channel"],
)
def test_a_malformed_button_payload_gets_a_polite_answer(bot, mangle, answered, caplog):
    with SlackHarness(bot) as harness:
        hook = harness.new_response_url()
        payload = json.loads(urllib.parse.parse_qs(block_action_body("cyber_share", "quote rutte", hook))["payload"][0])
        mangle(payload)
        status, _ = post_signed(harness.url, urllib.parse.urlencode({"payload": json.dumps(payload)}), FORM)
        # a share posts the answer in the channel, then deletes the private original: wait for both, so
        # that closing the fake never cuts the second off (a reset connection, logged as an error)
        posts = harness.slack.wait_for("response_url", count=2 if answered == "in_channel" else 1)
    assert status == 200
    message = posts[0].body
    if answered == "in_channel":
        assert posts[1].body["delete_original"] is True
    assert message["response_type"] == answered
    assert block_kit_problems(message) == []
    if answered == "ephemeral":
        assert "type `/cyber help`" in message["text"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
