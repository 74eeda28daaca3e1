"""Where the shipped knowledge and seeds live, in a checkout and in an installed wheel.

A checkout (or an editable install) has ``knowledge/`` and ``seeds/`` beside
``bot/``; a wheel carries them as ``bot/shipped/knowledge`` and
``bot/shipped/seeds`` (see pyproject.toml). Both keep seeds at
``../seeds`` from the knowledge file, so a source's ``seed:`` path resolves the
same way in either.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

KNOWLEDGE_FILE_NAME = "nato-cyber-defence.yaml"
SCHEMA_FILE_NAME = "schema.json"

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_KNOWLEDGE = _PACKAGE_DIR.parent / "knowledge"
_WHEEL_KNOWLEDGE = _PACKAGE_DIR / "shipped" / "knowledge"


def knowledge_dir() -> Path:
    return _CHECKOUT_KNOWLEDGE if _CHECKOUT_KNOWLEDGE.is_dir() else _WHEEL_KNOWLEDGE


def seeds_dir() -> Path:
    return knowledge_dir().parent / "seeds"


def default_knowledge_path() -> Path:
    return knowledge_dir() / KNOWLEDGE_FILE_NAME


def schema_path() -> Path:
    return knowledge_dir() / SCHEMA_FILE_NAME


POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def database_location(env: Mapping[str, str] = os.environ) -> str:
    """``$CYBERBOT_DB`` (a file path or a ``postgresql://`` URL), else ``$XDG_STATE_HOME/cyberbot/cyberbot.db``."""
    value = (env.get("CYBERBOT_DB") or "").strip()
    if value.startswith(POSTGRES_SCHEMES):
        return value
    return os.path.expanduser(value) if value else str(state_dir(env) / "cyberbot.db")


def cache_dir(env: Mapping[str, str] = os.environ) -> Path:
    """Where caches go: beside the SQLite state database, else (a PostgreSQL URL) in the state folder."""
    database = database_location(env)
    return state_dir(env) if database.startswith(POSTGRES_SCHEMES) else Path(database).parent


def state_dir(env: Mapping[str, str] = os.environ) -> Path:
    """Where cyberbot keeps its state: ``$XDG_STATE_HOME/cyberbot``, by default ``~/.local/state/cyberbot``."""
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "cyberbot"
