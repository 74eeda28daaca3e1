"""A knowledge file of a test's own to edit: the small fixture, copied with its seeds.

    path = knowledge_copy(tmp_path)
    path.write_text(TIRANA_MOVED, encoding="utf-8")  # an edit that ``TIRANA_CONFERENCE`` answers show
"""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures" / "knowledge"
SMALL_KNOWLEDGE = (FIXTURES / "yaml" / "small.yaml").read_text(encoding="utf-8")
TIRANA_MOVED = SMALL_KNOWLEDGE.replace("city: Tirana", "city: Durres")
TIRANA_CONFERENCE = "event NATO Cyber Defence Conference 2025"


def knowledge_copy(folder: Path) -> Path:
    """``folder/knowledge/knowledge.yaml`` holding the small fixture, next to ``folder/seeds``."""
    shutil.copytree(FIXTURES / "seeds", folder / "seeds")
    path = folder / "knowledge" / "knowledge.yaml"
    path.parent.mkdir()
    path.write_text(SMALL_KNOWLEDGE, encoding="utf-8")
    return path
