"""The ``digest ...`` chat commands, parsed by the real parser, against a real SQLite store."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from bot.answering.engine import Engine
from bot.answering.parse import parse
from bot.digests.commands import (
    DigestCommands,
    default_timezone,
    parse_time,
    parse_zone,
)
from bot.errors import PermissionDenied, UsageError
from bot.knowledge.model import DateSpan, Event, FuzzyDate, Knowledge
from bot.reply import plain
from bot.request import EVERY_ROLE, Request
from bot.service import Bot
from bot.store import Store

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 9, 6, 0, tzinfo=UTC)
KNOWLEDGE = Knowledge(
    path="test.yaml",
    events={"conf": Event("conf", "Cyber Defence Pledge Conference", "conference",
                          DateSpan(FuzzyDate.parse("2022-11-10")), city="Rome")},
)
ENGINE = Engine(KNOWLEDGE)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "cyberbot.db")
    yield s
    s.close()


@pytest.fixture
def commands(store):
    return DigestCommands(store, default_tz="Europe/Brussels")


def manager(**changes) -> Request:
    values = dict(text="", platform="slack", workspace="T1", channel="C1", user="U1", roles=EVERY_ROLE)
    values.update(changes)
    return Request(**values)


def member(**changes) -> Request:
    return manager(roles=frozenset(), user="U9", **changes)


def run(commands, text, request=None, now=NOW):
    return commands.handle(parse(text), request or manager(text=text), now, ENGINE)


def test_subscribe_defaults_to_nine_in_the_default_zone(commands, store):
    reply = run(commands, "digest subscribe")
    assert reply.title == "Daily digest on: every day at 09:00 (Europe/Brussels)"
    (sub,) = store.subscriptions()
    assert (sub.platform, sub.workspace, sub.channel, sub.local_time, sub.timezone, sub.when_empty, sub.created_by) == (
        "slack", "T1", "C1", "09:00", "Europe/Brussels", "quote", "U1")
    assert reply.fields[0].value == "Monday 9 November 2026, 09:00 CET (08:00 UTC)"
    assert "add `quiet` to post nothing on such days" in plain(reply.blocks[0].text)


def test_subscribe_prefers_the_workspace_zone_over_the_default(commands, store):
    run(commands, "digest subscribe", manager(timezone="America/New_York"))
    assert store.subscriptions()[0].timezone == "America/New_York"


@pytest.mark.parametrize(
    ("args", "time", "zone", "when_empty"),
    [
        ("9:30 Europe/Brussels", "09:30", "Europe/Brussels", "quote"),
        ("Europe/Brussels 07:15", "07:15", "Europe/Brussels", "quote"),
        ("7pm New York", "19:00", "America/New_York", "quote"),
        ("9 am brussels", "09:00", "Europe/Brussels", "quote"),
        ("12am UTC", "00:00", "UTC", "quote"),
        ("08:00 america/new_york quiet", "08:00", "America/New_York", "nothing"),
        ("quiet", "09:00", "Europe/Brussels", "nothing"),
    ],
)
def test_subscribe_reads_time_zone_and_empty_day_choice(commands, store, args, time, zone, when_empty):
    run(commands, f"digest subscribe {args}")
    (sub,) = store.subscriptions()
    assert (sub.local_time, sub.timezone, sub.when_empty) == (time, zone, when_empty)


@pytest.mark.parametrize("bad", ["25:00", "9", "0900", "13pm", "09:60", "9:5", "1:00:00"])
def test_a_bad_time_is_a_clear_usage_error_with_an_example(commands, store, bad):
    with pytest.raises(UsageError) as error:
        run(commands, f"digest subscribe {bad} Europe/Brussels")
    assert str(error.value) == (
        f"{bad!r} is not a time of day. Use HH:MM on a 24-hour clock, e.g. “digest subscribe 09:00 Europe/Brussels”."
    )
    assert store.subscriptions() == []


def test_a_misspelt_zone_suggests_the_right_one(commands, store):
    with pytest.raises(UsageError) as error:
        run(commands, "digest subscribe 09:00 Europe/Brusels")
    assert str(error.value).startswith("'Europe/Brusels' is not a time zone I know. Did you mean Europe/Brussels?")
    assert "digest subscribe 09:00 Europe/Brussels" in str(error.value)
    assert error.value.suggestions[0] == "digest subscribe 09:00 Europe/Brussels"
    assert store.subscriptions() == []


def test_nonsense_zone_gets_the_example_and_no_suggestion():
    with pytest.raises(UsageError, match=r"^'Mars/Olympus' is not a time zone I know\. Use an IANA name"):
        parse_zone("Mars/Olympus")


@pytest.mark.parametrize("text", ["digest subscribe", "digest unsubscribe", "digest list"])
def test_only_channel_managers_may_subscribe_unsubscribe_or_list(commands, store, text):
    with pytest.raises(PermissionDenied, match=r"^Only people who can manage this channel can .+\. Ask a channel manager or an admin\.$"):
        run(commands, text, member(text=text))
    assert store.subscriptions(active_only=False) == []


def test_a_refusal_reaches_the_user_as_a_denied_reply_through_the_bot(store):
    bot = Bot(Engine(KNOWLEDGE), clock=lambda: NOW, digests=DigestCommands(store))
    reply = bot.handle(member(text="digest subscribe 09:00 Europe/Brussels"))
    assert reply.kind == "denied"
    assert reply.title == "Only people who can manage this channel can start a daily digest in this channel. Ask a channel manager or an admin."
    assert bot.handle(manager(text="digest subscribe 25:00")).kind == "usage"
    assert store.subscriptions() == []
    assert bot.handle(manager(text="digest subscribe 10:00")).kind == "answer"
    assert [s.local_time for s in store.subscriptions()] == ["10:00"]


def test_members_may_see_status_and_preview(commands):
    run(commands, "digest subscribe 10:00 Europe/Brussels")
    assert run(commands, "digest status", member()).title == "Daily digest: every day at 10:00 (Europe/Brussels)"
    assert run(commands, "digest preview", member()).title == "On this day, 9 November"


def test_status_shows_next_post_in_local_time_and_utc_then_the_last_post(commands, store):
    run(commands, "digest subscribe 09:00 America/New_York")
    reply = run(commands, "digest status")
    fields = {f.name: f.value for f in reply.fields}
    assert fields["Next post"] == "Monday 9 November 2026, 09:00 EST (14:00 UTC)"
    assert fields["Last post"] == "none yet"
    claim = store.claim("slack", "C1", dt.date(2026, 11, 9), dt.datetime(2026, 11, 9, 14, 0, tzinfo=UTC))
    store.mark_sent(claim, dt.datetime(2026, 11, 9, 14, 0, 2, tzinfo=UTC))
    later = dt.datetime(2026, 11, 9, 15, 0, tzinfo=UTC)
    fields = {f.name: f.value for f in run(commands, "digest status", now=later).fields}
    assert fields["Next post"] == "Tuesday 10 November 2026, 09:00 EST (14:00 UTC)"
    assert fields["Last post"] == "Monday 9 November 2026, 09:00 EST (14:00 UTC)"


def test_status_without_a_subscription_says_how_to_start_one(commands):
    reply = run(commands, "digest status")
    assert reply.title == "No daily digest in this channel"
    assert "digest subscribe 09:00 Europe/Brussels" in plain(reply.blocks[0].text)


def test_unsubscribe_stops_and_status_says_so(commands, store):
    run(commands, "digest subscribe")
    assert run(commands, "digest unsubscribe").title == "Daily digest stopped in this channel"
    assert store.subscriptions() == []
    assert run(commands, "digest status").title == "No daily digest in this channel (stopped: unsubscribed by U1)"
    assert run(commands, "digest unsubscribe").title == "This channel has no daily digest to stop"


def test_list_shows_this_workspace_only(commands):
    run(commands, "digest subscribe 08:00", manager(channel="C1"))
    run(commands, "digest subscribe 09:00", manager(channel="C2"))
    run(commands, "digest subscribe 10:00", manager(channel="C3", workspace="T2"))
    reply = run(commands, "digest list")
    assert reply.title == "Daily digests in this workspace (2 active)"
    assert [b.heading for b in reply.blocks] == ["C1: 08:00 Europe/Brussels", "C2: 09:00 Europe/Brussels"]


def test_list_shows_channels_stopped_because_they_are_gone(commands, store):
    run(commands, "digest subscribe 08:00", manager(channel="C1"))
    store.disable("slack", "C1", "channel gone: channel_not_found")
    reply = run(commands, "digest list")
    assert reply.blocks[0].text == "Stopped: channel gone: channel_not_found"


def test_preview_shows_the_digest_for_the_channels_local_today(commands):
    run(commands, "digest subscribe 09:00 Europe/Brussels")
    late = dt.datetime(2026, 11, 9, 23, 30, tzinfo=UTC)  # already 10 November in Brussels
    reply = run(commands, "digest preview", now=late)
    assert reply.title == "On this day, 10 November"
    assert reply.blocks[0].heading == "4 years ago today: Cyber Defence Pledge Conference, Rome"


@pytest.mark.parametrize("args", ["2026-11-10", "10 November", "nov 10"])
def test_preview_takes_a_date(commands, args):
    assert run(commands, f"digest preview {args}").title == "On this day, 10 November"


def test_preview_of_an_empty_day_in_a_quiet_channel_says_nothing_would_be_posted(commands):
    run(commands, "digest subscribe quiet")
    reply = run(commands, "digest preview 2026-03-03")
    assert reply.title == "Nothing would be posted on 3 March 2026: this channel skips empty days"


def test_preview_with_an_unreadable_date_explains(commands):
    with pytest.raises(UsageError, match="'someday' is not a date I can read. Try “digest preview 2026-11-10”"):
        run(commands, "digest preview someday")


@pytest.mark.parametrize("text", ["digest", "digest frobnicate now"])
def test_digest_alone_or_unknown_subcommand_lists_the_subcommands(commands, text):
    with pytest.raises(UsageError, match="Use digest subscribe \\[HH:MM\\] \\[Area/City\\], unsubscribe, status, list or preview"):
        run(commands, text)


def test_subscribing_needs_a_channel(commands):
    with pytest.raises(UsageError, match="subscribe from the channel itself"):
        run(commands, "digest subscribe", manager(channel="", platform="console"))


def test_a_command_stand_in_without_sub_is_understood(commands, store):
    stand_in = SimpleNamespace(name="digest", args="subscribe 07:00 Europe/Brussels", text="")
    commands.handle(stand_in, manager(), NOW, ENGINE)
    assert store.subscriptions()[0].local_time == "07:00"


@pytest.mark.parametrize(("text", "expected"), [("9:05", "09:05"), ("12pm", "12:00"), ("12:30am", "00:30"), ("11 PM", "23:00"), ("0:00pm", None)])
def test_parse_time_table(text, expected):
    if expected is None:
        with pytest.raises(UsageError):
            parse_time(text)
    else:
        assert parse_time(text) == expected


def test_default_timezone_reads_cyberbot_tz_and_falls_back_to_utc():
    assert default_timezone({"CYBERBOT_TZ": "europe/brussels"}) == "Europe/Brussels"
    assert default_timezone({"CYBERBOT_TZ": "Nowhere/Land"}) == "UTC"
    assert default_timezone({}) == "UTC"


# ---- the rough edges: membership, the catch-up window, removed vs deleted ---------------------

def test_subscribing_where_the_platform_says_the_bot_is_not_a_member_asks_for_an_invite(commands, store):
    commands.channel_checks["slack"] = lambda channel: "Invite me first with /invite @cyberbot." if channel == "C1" else None
    with pytest.raises(UsageError, match="/invite @cyberbot"):
        run(commands, "digest subscribe 10:00")
    assert store.subscriptions() == []
    assert run(commands, "digest subscribe 10:00", manager(text="digest subscribe 10:00", channel="C2")).kind == "answer"


def test_a_time_already_passed_inside_the_catch_up_window_says_the_first_digest_comes_now(store):
    commands = DigestCommands(store, default_tz="Europe/Brussels", grace=dt.timedelta(hours=6))
    reply = run(commands, "digest subscribe 06:30", now=NOW)  # 07:00 in Brussels: 30 minutes late
    assert {f.name: f.value for f in reply.fields}["Next post"].startswith("now (within a minute)")


def test_a_quiet_channel_on_a_day_with_nothing_to_post_is_not_told_a_digest_comes_now(store):
    commands = DigestCommands(store, default_tz="Europe/Brussels", grace=dt.timedelta(hours=6))
    reply = run(commands, "digest subscribe 06:30 quiet", now=NOW)  # 9 November has no anniversary: no post, no record
    tomorrow = "Tuesday 10 November 2026, 06:30 CET (05:30 UTC)"
    assert {f.name: f.value for f in reply.fields}["Next post"] == tomorrow
    assert {f.name: f.value for f in run(commands, "digest status", now=NOW).fields}["Next post"] == tomorrow
    next_day = NOW + dt.timedelta(days=1)  # 10 November has one: 30 minutes late, it comes now
    status = {f.name: f.value for f in run(commands, "digest status", now=next_day).fields}
    assert status["Next post"].startswith("now (within a minute)")


def test_a_time_passed_beyond_the_catch_up_window_says_tomorrow(store):
    commands = DigestCommands(store, default_tz="Europe/Brussels", grace=dt.timedelta(hours=1))
    reply = run(commands, "digest subscribe 05:00", now=NOW)  # two hours late, window of one
    assert {f.name: f.value for f in reply.fields}["Next post"] == "Tuesday 10 November 2026, 05:00 CET (04:00 UTC)"


def test_a_grace_of_zero_still_counts_an_on_time_digest_as_due():
    from zoneinfo import ZoneInfo

    from bot.digests.schedule import slot_on

    slot = slot_on(dt.date(2026, 11, 9), dt.time(9), ZoneInfo("Europe/Brussels"))
    assert slot.is_due(slot.fires_at, dt.timedelta(0))
    assert slot.is_due(slot.fires_at + dt.timedelta(minutes=1), dt.timedelta(0))
    assert not slot.is_due(slot.fires_at + dt.timedelta(hours=1), dt.timedelta(0))


def test_status_tells_a_removed_bot_from_a_deleted_channel(commands, store):
    run(commands, "digest subscribe 10:00")
    store.disable("slack", "C1", "channel gone: the bot was removed from the channel: invite it back with /invite @cyberbot, then subscribe again")
    assert "the bot was removed from the channel" in run(commands, "digest status").title
    run(commands, "digest subscribe 10:00")
    store.disable("slack", "C1", "channel gone: the channel was deleted (or the bot can no longer see it)")
    assert "the channel was deleted" in run(commands, "digest status").title
