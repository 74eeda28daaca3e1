"""The per-user rate limiter the Slack and Discord adapters share."""

import math

import pytest

from bot.ratelimit import SWEEP_FLOOR, RateLimiter


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_allows_max_calls_per_window_then_refuses_until_the_window_moves():
    clock = FakeClock()
    limiter = RateLimiter(max_calls=3, window=10, clock=clock)
    assert [limiter.allow("U1") for _ in range(4)] == [True, True, True, False]
    assert limiter.retry_after("U1") == pytest.approx(10)
    clock.now += 10
    assert limiter.allow("U1")


def test_users_are_limited_separately():
    limiter = RateLimiter(max_calls=1, window=10, clock=FakeClock())
    assert limiter.allow("U1") and limiter.allow("U2")
    assert not limiter.allow("U1")


@pytest.mark.parametrize(("setting", "calls", "window"), [(None, 5, 10.0), ("3/5", 3, 5.0), (" 10/60 ", 10, 60.0)])
def test_setting_reads_calls_per_seconds(setting, calls, window):
    limiter = RateLimiter.from_setting(setting)
    assert (limiter.max_calls, limiter.window) == (calls, window)


@pytest.mark.parametrize("setting", ["five", "3/", "0/10", "3/0"])
def test_bad_setting_says_what_it_should_look_like(setting):
    with pytest.raises(ValueError, match="CALLS/SECONDS|max_calls"):
        RateLimiter.from_setting(setting)


def test_users_idle_for_a_window_are_forgotten():
    clock = FakeClock()
    limiter = RateLimiter(max_calls=1, window=10, clock=clock)
    for n in range(3 * SWEEP_FLOOR):
        limiter.allow(f"U{n}")
    clock.now += 11
    for n in range(3 * SWEEP_FLOOR):
        limiter.allow(f"V{n}")
    assert len(limiter) == 3 * SWEEP_FLOOR  # the U users are gone, every V user is kept
    assert not any(limiter.allow(f"V{n}") for n in range(10))  # the active users are still counted, not reset


def test_a_window_that_is_not_a_number_of_seconds_is_refused():
    """A NaN window used to pass the check and an infinite one to crash ``round`` in the cooldown notice."""
    for window in (math.nan, math.inf):
        with pytest.raises(ValueError, match="finite window"):
            RateLimiter(5, window)


def test_wait_is_none_until_the_limit_then_whole_seconds():
    clock = FakeClock()
    limiter = RateLimiter(max_calls=2, window=10, clock=clock)
    assert [limiter.wait("U1"), limiter.wait("U1")] == [None, None]
    clock.now += 9.8
    assert limiter.wait("U1") == 1  # 0.2 s left: never "wait 0 s"
    assert limiter.retry_after("U1") == pytest.approx(0.2)
