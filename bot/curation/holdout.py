"""A knowledge file without one seed's entries: what the knowledge looked like before
that article was added. Used to measure ``draft`` on articles the knowledge already holds.

Removes the seed's source, every quote citing it, every entry whose only sources
were that one, and every reference to what was removed.
"""

from __future__ import annotations

SECTIONS = ("sources", "people", "events", "pledges", "quotes", "initiatives")
_REF_LISTS = {"events": ("speakers", "participants"), "pledges": ("quotes",), "initiatives": ("events",)}
_REF_ONE = {"quotes": ("event", "speaker"), "pledges": ("event",)}
_REQUIRED_ONE = {("quotes", "speaker")}


def without_seed(data: dict, seed: str) -> dict:
    """A copy of the parsed knowledge ``data`` without the entries of ``seed`` (a file name)."""
    data = {key: (list(value) if key in SECTIONS else value) for key, value in data.items()}
    gone = {s["id"] for s in data.get("sources") or [] if s.get("seed") == seed}
    gone |= {q["id"] for q in data.get("quotes") or [] if q.get("source") in gone}
    while True:
        kept = {section: [_cleaned(section, entry, gone) for entry in data.get(section) or [] if entry["id"] not in gone]
                for section in SECTIONS}
        newly = {entry["id"] for section in SECTIONS for entry in kept[section] if _orphaned(section, entry, gone)}
        if not newly:
            return {**data, **{section: entries for section, entries in kept.items() if section in data}}
        gone |= newly


def _cleaned(section: str, entry: dict, gone: set[str]) -> dict:
    entry = dict(entry)
    for key in ("sources", *_REF_LISTS.get(section, ())):
        if isinstance(entry.get(key), list):
            entry[key] = [ref for ref in entry[key] if ref not in gone]
    for key in _REF_ONE.get(section, ()):
        if entry.get(key) in gone and (section, key) not in _REQUIRED_ONE:
            del entry[key]
    return entry


def _orphaned(section: str, entry: dict, gone: set[str]) -> bool:
    if section == "quotes":
        return entry.get("speaker") in gone or entry.get("source") in gone
    return "sources" in entry and not entry["sources"]
