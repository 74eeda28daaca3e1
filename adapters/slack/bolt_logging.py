"""slack-bolt's logger, set up once when an app is built (nothing happens at import).

Must not configure any other logger: the CLI owns logging's configuration.
"""

from __future__ import annotations

import logging


class _NoClientTokenWarning(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that our client's token wins; it is the same token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


_FILTER = _NoClientTokenWarning()


def bolt_logger() -> logging.Logger:
    """Bolt's logger, without the token warning and with a level of its own.

    Bolt tests ``logger.level <= DEBUG`` (the logger's own level, not the effective one) before it
    formats a debug line for each of its six middlewares: a NOTSET logger formats them on every
    request, to be thrown away. Bolt gives its default loggers the root's level the same way.
    """
    logger = logging.getLogger("slack_bolt")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    if logger.level == logging.NOTSET:
        logger.setLevel(logger.getEffectiveLevel())
    return logger
