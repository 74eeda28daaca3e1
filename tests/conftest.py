"""Keep every test, and every subprocess a test starts, away from the user's real state."""

import pytest


@pytest.fixture(autouse=True)
def private_state_dir(tmp_path, monkeypatch):
    # The store and the console history default to $XDG_STATE_HOME/cyberbot; a
    # test that runs `cyberbot slack` without CYBERBOT_DB must not touch ~/.local.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("CYBERBOT_DB", raising=False)
    monkeypatch.delenv("CYBERBOT_KNOWLEDGE", raising=False)
