"""Fuzzing the core and both renderers: 10,000 inputs, 9,500 seeded and 500 from hypothesis.

Random Unicode, control and bidi characters, mention syntax, 100 KB strings,
dates at the ends of the calendar (in the text, in the caller's zone and on the
bot's clock) and regex metacharacters go through ``Bot.handle`` and then the
Slack and Discord renderers. Every answer must come back without an internal
error, render within its platform's limits, ping nobody, and take a bounded
time. The inputs are seeded, so a failure replays; hypothesis (derandomized,
no example database) adds shrinking to a minimal failing input.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import time

import pytest
from fakes.fake_slack import block_kit_problems, mention_tokens
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.discord import render as discord
from adapters.slack import render as slack
from bot.commands import command_words
from bot.request import Request
from bot.service import Bot

SEEDED_INPUTS = 9_500
HYPOTHESIS_INPUTS = 500  # 10,000 inputs in all
SECONDS_PER_ANSWER = 2.0  # generous: a bound on a noisy shared machine, not a benchmark (see benchmarks/)
INTERNAL_ERROR = "Something went wrong; it has been logged."

MENTIONS = [
    "<!channel>", "<!here>", "<!everyone>", "@everyone", "@here", "<@U0123ABC>", "<@123456789012345678>",
    "<@!123456789012345678>", "<@&123456789012345678>", "<#C0123|general>", "<!subteam^S123|team>",
    "<!date^0^{date}|x>", "&lt;!channel&gt;", "@\u200beveryone", "＠everyone", "@everyone@here",
]  # fmt: skip
DATES = [
    "0001-01-01", "9999-12-31", "31 December 9999", "1 January 1", "1 january 0001", "29 February 2023",
    "0000-00-00", "99999-01-01", "2024-02-30", "-1", "10000", "yesterday", "tomorrow", "today", "9999", "0001",
]  # fmt: skip
REGEX = list(".*+?[](){}|^$\\") + [r"(a+)+$", r"\d{1000}", "[^]", "(?P<x>", "\\"]
CONTROL = [chr(c) for c in range(32)] + ["\x7f", "\x85", "\u200b", "\u200e", "\u200f", "\ufeff", "\u2028", "\u2029"]
BIDI = [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]]
MARKUP = ["*", "_", "~", "`", "```", ">", "#", "|", "&", "&amp;", "<", ">", "<https://x.y|z>", "[a](http://b)", "\n", "\t"]
ZONES = [None, "Europe/Brussels", "Pacific/Kiritimati", "Pacific/Pago_Pago", "x" * 300, "Europe", "../../etc", "\u202e", ""]
CLOCKS = [
    dt.datetime(2025, 10, 9, 12, tzinfo=dt.timezone.utc),
    dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc),
    dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc),
]
PLAIN_PING = re.compile(r"@(everyone|here)\b|<@[!&]?\d{15,21}>")


@pytest.fixture(scope="module")
def bots() -> list[Bot]:
    return [Bot.from_path(None, clock=lambda at=at: at, reply_cache_size=0) for at in CLOCKS]


def random_unicode(rng: random.Random, length: int) -> str:
    chars = []
    for _ in range(length):
        code = rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0xA0, 0xD800), rng.randrange(0xE000, 0x110000)])
        chars.append(chr(code))
    return "".join(chars)


def seeded_inputs(rng: random.Random, count: int):
    words = command_words()
    pools = [MENTIONS, DATES, REGEX, CONTROL, BIDI, MARKUP, words]
    for n in range(count):
        pieces = [rng.choice(words)] if rng.random() < 0.6 else []
        for _ in range(rng.randint(0, 8)):
            pieces.append(random_unicode(rng, rng.randint(1, 12)) if rng.random() < 0.3 else rng.choice(rng.choice(pools)))
        text = rng.choice(["", " ", "  ", "\n"]).join(pieces)
        if n % 100 == 0:  # a 100 KB message
            text = (text or "x") * (100_000 // max(1, len(text or "x")) + 1)
        yield text, rng.choice(ZONES), rng.randrange(len(CLOCKS)), rng.choice(["slack", "discord", "console"])


def discord_problems(message: dict) -> list[str]:
    """What Discord would refuse in ``render_message``'s output, and any raw ping."""
    problems = []
    content = message.get("content") or ""
    if len(content) > discord.CONTENT_LIMIT:
        problems.append(f"content has {len(content)} characters")
    texts = [content]
    for embed in message.get("embeds", []):
        if discord.embed_size(embed) > discord.EMBED_TOTAL_LIMIT:
            problems.append(f"embed of {discord.embed_size(embed)} characters")
        limits = [("title", discord.TITLE_LIMIT), ("description", discord.DESCRIPTION_LIMIT)]
        problems += [f"{key} too long" for key, limit in limits if len(embed.get(key) or "") > limit]
        fields = embed.get("fields", [])
        if len(fields) > discord.FIELD_COUNT_LIMIT:
            problems.append(f"{len(fields)} fields")
        for f in fields:
            if len(f["name"]) > discord.FIELD_NAME_LIMIT or len(f["value"]) > discord.FIELD_VALUE_LIMIT or not f["value"]:
                problems.append(f"field {f['name'][:20]!r} out of limits")
            texts += [f["name"], f["value"]]
        footer = (embed.get("footer") or {}).get("text") or ""
        if len(footer) > discord.FOOTER_LIMIT:
            problems.append("footer too long")
        texts += [embed.get("title") or "", embed.get("description") or "", footer]
    problems += [f"raw ping {m.group(0)!r}" for t in texts for m in PLAIN_PING.finditer(t)]
    return problems


def ask_and_render(bot: Bot, text: str, zone: str | None, platform: str) -> float:
    """Answer and render on both platforms, asserting everything; the seconds it took."""
    started = time.perf_counter()
    reply = bot.handle(Request(text, platform=platform, channel="C1", user="U1", timezone=zone))
    message = slack.render_message(reply, share_query=text)
    ack = slack.ack_body(message, "ephemeral")
    on_discord = discord.render_message(reply)
    elapsed = time.perf_counter() - started
    context = f"{text[:120]!r} (zone {zone!r}, {platform}, {bot.clock().date()})"
    assert reply.title != INTERNAL_ERROR, context
    assert block_kit_problems(message) == [], context
    assert mention_tokens(ack) == [], context
    assert discord_problems(on_discord) == [], context
    return elapsed


def test_seeded_inputs_through_the_core_and_both_renderers(bots):
    rng = random.Random(14)
    slowest = 0.0
    for text, zone, clock, platform in seeded_inputs(rng, SEEDED_INPUTS):
        slowest = max(slowest, ask_and_render(bots[clock], text, zone, platform))
    assert slowest < SECONDS_PER_ANSWER


fuzzy_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
    st.lists(st.sampled_from(MENTIONS + DATES + REGEX + CONTROL + BIDI + MARKUP + list(command_words())), max_size=10).map(" ".join),
    st.tuples(st.sampled_from(command_words()), st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)).map(" ".join),
)


@settings(max_examples=HYPOTHESIS_INPUTS, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=fuzzy_text, zone=st.sampled_from(ZONES), clock=st.integers(0, len(CLOCKS) - 1), platform=st.sampled_from(["slack", "discord"]))
def test_hypothesis_inputs_through_the_core_and_both_renderers(bots, text, zone, clock, platform):
    assert ask_and_render(bots[clock], text, zone, platform) < SECONDS_PER_ANSWER
