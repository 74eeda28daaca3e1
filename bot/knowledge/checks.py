"""Second pass of the loader: checks across entries and files.

Unique ids, references to ids of the right type, spans that end after they
start, and quotes that appear word for word in their cited seed.

Every check is linear in the file: references go through dictionaries, "did
you mean" is one rapidfuzz ``extractOne`` per distinct wrong id, and a YAML
node aliased many times (``*anchor``) is checked once, not once per alias.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from . import messages as msg
from .files import read_regular_text
from .reader import Entry, Problems
from .seeds import SeedText, closest_passage, normalise
from .yaml_nodes import position


def index_ids(sections: dict[str, list[Entry]], problems: Problems) -> dict[str, Entry]:
    """Every id in the file to its (first) entry; ids are unique across all sections."""
    index: dict[str, Entry] = {}
    for entries in sections.values():
        for entry in entries:
            item_id = entry.data.get("id")
            if item_id is None:
                continue
            first = index.get(item_id)
            if first is None:
                index[item_id] = entry
                continue
            first_line = position(first.nodes["id"])[0]
            problems.add(entry.nodes["id"], f"{entry.label}.id", msg.duplicate_id(item_id, first_line, first.label))
    return index


def check_references(sections: dict[str, list[Entry]], index: dict[str, Entry], problems: Problems) -> None:
    """Each ``ref``/``refs`` value names an existing id of its target type."""
    ids_by_type: dict[str, list[str]] = defaultdict(list)
    for item_id, entry in index.items():
        ids_by_type[entry.item_type].append(item_id)
    guessers = {target: msg.Guesser(ids) for target, ids in ids_by_type.items()}
    seen: set[tuple[int, str]] = set()  # (YAML node, target): an aliased list is checked once
    for entries in sections.values():
        for entry in entries:
            for spec in entry.section.fields:
                if spec.target is None or spec.key not in entry.data:
                    continue
                node = entry.nodes[spec.key]
                if (id(node), spec.target) in seen:
                    continue
                seen.add((id(node), spec.target))
                if spec.kind == "ref":
                    pairs = [(entry.data[spec.key], node, f"{entry.label}.{spec.key}")]
                else:
                    pairs = [
                        (item_id, item, f"{entry.label}.{spec.key}[{i}]")
                        for i, (item_id, item) in enumerate(zip(entry.data[spec.key], node.value))
                    ]
                for item_id, item_node, where in pairs:
                    error = _reference_error(item_id, spec.target, index, guessers.get(spec.target))
                    if error:
                        problems.add(item_node, where, error)


def _reference_error(item_id: str, target: str, index: dict[str, Entry], guess_among: msg.Guesser | None) -> str | None:
    found = index.get(item_id)
    if found is not None and found.item_type == target:
        return None
    guess = guess_among(item_id) if guess_among else None
    if found is None:
        return msg.unknown_reference(item_id, target, guess)
    return msg.wrong_type_reference(item_id, found.item_type, target, guess)


def check_spans(sections: dict[str, list[Entry]], problems: Problems) -> None:
    """An event's end is not before its start; a role's ``to`` is not before its ``from``."""
    for entry in sections["events"]:
        _check_span(entry, "start", "end", problems)
    for person in sections["people"]:
        for role in person.data.get("roles", ()):
            _check_span(role, "from", "to", problems)


def _check_span(entry: Entry, start_key: str, end_key: str, problems: Problems) -> None:
    start, end = entry.data.get(start_key), entry.data.get(end_key)
    if start is not None and end is not None and end.last_day() < start.first_day():
        message = msg.end_before_start(end.iso(), start.iso(), end_key, start_key)
        problems.add(entry.nodes[end_key], f"{entry.label}.{end_key}", message)


class SeedLibrary:
    """The seed articles of one load, each read and normalised once."""

    def __init__(self, seeds_dir: Path, shown_as: str):
        self.seeds_dir = seeds_dir
        self.shown_as = shown_as  # how messages name the directory
        self._texts: dict[str, SeedText] = {}
        self._errors: dict[str, str | None] = {}

    def forget(self) -> None:
        """Let go of the seeds read (tens of megabytes for a large knowledge); read again when asked."""
        self._texts.clear()
        self._errors.clear()

    def text(self, seed: str) -> SeedText | None:
        """The seed, once ``problem`` found it usable."""
        return self._texts.get(seed)

    def problem(self, seed: str) -> str | None:
        """Why ``seed`` cannot be used, or None once it is read."""
        if seed not in self._errors:
            self._errors[seed] = self._read(seed)
        return self._errors[seed]

    def _read(self, seed: str) -> str | None:
        if "/" in seed or "\\" in seed or seed.startswith("."):
            return msg.seed_not_a_file_name(seed)
        file = self.seeds_dir / seed
        if not os.path.lexists(file):
            existing = [p.name for p in self.seeds_dir.iterdir()] if self.seeds_dir.is_dir() else []
            return msg.seed_missing(seed, self.shown_as, msg.closest(seed, existing))
        if not file.resolve().is_relative_to(self.seeds_dir.resolve()):  # a symlink out of the folder
            return msg.seed_outside(seed, self.shown_as)
        try:
            self._texts[seed] = SeedText(read_regular_text(file))
        except (OSError, UnicodeDecodeError) as error:
            return msg.seed_unreadable(seed, str(error))
        return None


def check_quotes_in_seeds(sections: dict[str, list[Entry]], index: dict[str, Entry], seeds: SeedLibrary, problems: Problems) -> None:
    """Every source's seed exists, and every quote's text is in the seed its source cites.

    Each distinct (seed, text) is looked up once, however often the text is aliased.
    """
    verdicts: dict[tuple[str, str], str | None] = {}
    for source in sections["sources"]:
        seed = source.data.get("seed")
        error = seeds.problem(seed) if seed is not None else None
        if error:
            problems.add(source.nodes["seed"], f"{source.label}.seed", error)
    for quote in sections["quotes"]:
        source = index.get(quote.data.get("source", ""))
        if source is None or source.item_type != "source":
            continue  # reported by check_references
        if "seed" not in source.nodes:
            problems.add(quote.nodes["source"], f"{quote.label}.source", msg.source_without_seed(source.data["id"]))
            continue
        seed = source.data.get("seed")
        seed_text = seeds.text(seed) if seed else None
        text = quote.data.get("text")
        if seed_text is None or text is None:
            continue
        if (seed, text) not in verdicts:
            verdicts[seed, text] = _quote_problem(seed, seed_text, normalise(text))
        if verdicts[seed, text]:
            problems.add(quote.nodes["text"], f"{quote.label}.text", verdicts[seed, text])


def _quote_problem(seed: str, seed_text: SeedText, wanted: str) -> str | None:
    if seed_text.contains(wanted):
        return None
    passage, score = closest_passage(wanted, seed_text.text, msg.may_suggest) if msg.may_suggest() else ("", 0.0)
    return msg.quote_not_in_seed(seed, passage, score)
