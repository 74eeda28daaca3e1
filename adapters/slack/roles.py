"""Who a Slack caller is to the bot: their roles and time zone, from settings or ``users.info``.

``CYBERBOT_SLACK_ADMINS`` are admins without asking Slack. Anyone else is asked
about once per ``ADMIN_CACHE_SECONDS`` with ``users.info`` (workspace admins
and owners are admins; the same answer gives their Slack time zone, which
``digest subscribe`` uses when no zone is named). ``cached`` never calls Slack,
so a slash command can be acknowledged in time; ``look_up`` may take a
while and is called only after the acknowledgement. Decides nothing about
commands: the core says which roles a command needs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.request import EVERY_ROLE, Role

log = logging.getLogger(__name__)

ADMIN_CACHE_SECONDS = 600.0


@dataclass(frozen=True)
class Standing:
    """What Slack says about a user: their roles for the bot and their time zone (None: not known)."""

    roles: frozenset[Role]
    timezone: str | None = None


NOBODY = Standing(frozenset())


class SlackDirectory:
    """The configured admins plus a cache of ``users.info`` answers; safe to share between threads."""

    def __init__(self, admins: frozenset[str], *, ttl: float = ADMIN_CACHE_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self.admins = admins
        self.ttl = ttl
        self.clock = clock
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Standing, float]] = {}

    def cached(self, user: str) -> Standing | None:
        """The user's standing without calling Slack, or None when only ``look_up`` can tell."""
        if user in self.admins:
            return Standing(EVERY_ROLE)
        with self._lock:
            found = self._cache.get(user)
        if found and found[1] > self.clock():
            return found[0]
        return None

    def look_up(self, user: str, client: WebClient) -> Standing:
        """``users.info`` (remembered for ``ttl`` seconds); a failed call gives no roles and is not remembered."""
        if (known := self.cached(user)) is not None:
            return known
        try:
            profile = client.users_info(user=user)["user"]
        except SlackApiError as error:
            log.warning("users.info failed for %s: %s", user, error.response.get("error"))
            return NOBODY
        is_admin = profile.get("is_admin") or profile.get("is_owner") or profile.get("is_primary_owner")
        standing = Standing(EVERY_ROLE if is_admin else frozenset(), profile.get("tz") or None)
        with self._lock:
            self._cache[user] = (standing, self.clock() + self.ttl)
        return standing
