"""How the process logs: readable text by default, one JSON object per line with ``CYBERBOT_LOG_FORMAT=json``.

Configured once, by ``bot.cli``. A JSON line holds ``time``, ``level``,
``logger`` and ``message``, plus ``error`` (the traceback, as one string) and
any of ``platform``, ``command`` and ``latency`` a caller passed as ``extra``.
Never adds anything a user wrote: modules log message text at debug level only.
"""

from __future__ import annotations

import datetime as dt
import logging

FORMATS = ("text", "json")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
EXTRA_FIELDS = ("platform", "command", "latency")


class JsonFormatter(logging.Formatter):
    """``{"time": "2026-11-23T12:00:00.123+00:00", "level": "INFO", "logger": "bot.service", "message": "…"}``."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({name: getattr(record, name) for name in EXTRA_FIELDS if hasattr(record, name)})
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        import json  # here: only JSON logs need it, and every `cyberbot ask` would load it

        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: str, log_format: str = "text") -> None:
    """Send every log line to stderr at ``level``, as text or as JSON."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=getattr(logging, level.upper()), handlers=[handler])
