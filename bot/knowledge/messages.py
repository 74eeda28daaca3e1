"""Every message the knowledge loader can report, each naming the fix.

Kept in one module (bolt-python's ``logger/messages.py`` habit) so the wording
stays consistent and the tests can read like the output.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import time
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz, process, utils

# "Did you mean" is help, not a verdict: a load gives it a time allowance
# (``suggestions_within``), after which messages simply carry no guess.
_SUGGESTIONS_UNTIL: contextvars.ContextVar[float | None] = contextvars.ContextVar("suggestions_until", default=None)


@contextlib.contextmanager
def suggestions_within(seconds: float) -> Iterator[None]:
    """Let ``closest`` guess only during the next ``seconds`` (per thread), so a file full of typos validates in bounded time."""
    token = _SUGGESTIONS_UNTIL.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _SUGGESTIONS_UNTIL.reset(token)


def may_suggest() -> bool:
    until = _SUGGESTIONS_UNTIL.get()
    return until is None or time.monotonic() < until


def closest(word: str, choices: Iterable[str], cutoff: float = 70) -> str | None:
    """The choice most like ``word`` (typos, partial ids), or None when nothing is close or time is up."""
    return _closest(word, tuple(choices), cutoff) if may_suggest() else None


@functools.lru_cache(maxsize=4096)  # the same typo in thousands of entries is guessed once
def _closest(word: str, choices: tuple[str, ...], cutoff: float) -> str | None:
    match = process.extractOne(word, choices, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=cutoff)
    return match[0] if match else None


class Guesser:
    """``closest`` over one fixed list of choices, processed once and remembered per word.

    The choices are scored in slices of ``SLICE`` (a few milliseconds each), so
    a file with 300,000 ids never holds the GIL for long in one rapidfuzz call.
    """

    SLICE = 5_000

    def __init__(self, choices: Iterable[str], cutoff: float = 70):
        self.choices = list(choices)
        self._processed: list[str] | None = None  # on the first guess: a good file never needs them
        self.cutoff = cutoff
        self._guesses: dict[str, str | None] = {}

    def __call__(self, word: str) -> str | None:
        if word in self._guesses:
            return self._guesses[word]
        if not may_suggest():
            return None
        if self._processed is None:
            self._processed = [utils.default_process(c) for c in self.choices]
        query, best, best_score = utils.default_process(word), None, self.cutoff
        for start in range(0, len(self._processed), self.SLICE):
            found = process.extractOne(
                query, self._processed[start : start + self.SLICE], scorer=fuzz.WRatio, processor=None, score_cutoff=best_score
            )
            if found and (best is None or found[1] > best_score):
                best, best_score = self.choices[start + found[2]], found[1]
        self._guesses[word] = best
        return best


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    guess = closest(word, choices)
    return f"; did you mean {guess!r}?" if guess else ""


def cannot_read(reason: str) -> str:
    return f"cannot read the knowledge file: {reason}"


def syntax_error(problem: str, context: str | None) -> str:
    where = f" ({context})" if context else ""
    return f"YAML syntax error: {problem}{where}; fix the indentation, quoting or punctuation here"


def empty_file() -> str:
    return "the file is empty; start with 'version: 1' and sections such as 'events:' and 'quotes:'"


def expected(what: str, got: str, example: str = "") -> str:
    hint = f", e.g. {example}" if example else ""
    return f"expected {what}, got {got}{hint}"


def unknown_section(key: str, known: Iterable[str]) -> str:
    known = list(known)
    return f"unknown section {key!r}{did_you_mean(key, known)} (sections: {', '.join(known)})"


def unknown_key(key: str, known: Iterable[str]) -> str:
    known = list(known)
    guess = did_you_mean(key, known)
    return f"unknown key {key!r}{guess}" if guess else f"unknown key {key!r}; allowed keys: {', '.join(known)}"


def duplicate_key(key: str, first_line: int) -> str:
    return f"duplicate key {key!r} (first on line {first_line}); keep one of them"


def key_not_text(got: str) -> str:
    return f"keys must be plain words, got {got}"


def foreign_tag(tag: str) -> str:
    return f"YAML tags such as {tag!r} are not allowed in knowledge; remove the tag"


def missing_key(key: str, choices: tuple[str, ...] = ()) -> str:
    hint = f" (one of: {', '.join(choices)})" if choices else ""
    return f"missing required key {key!r}{hint}"


def no_value(key: str, required: bool) -> str:
    return f"{key!r} has no value; give one" + ("" if required else " or remove the key")


def empty_list(key: str, target: str | None) -> str:
    what = f"{target} id" if target else "entry"
    return f"{key!r} must list at least one {what}"


def unsupported_version(got: str, supported: int) -> str:
    return f"unsupported version {got!r}; this cyberbot reads version {supported}"


def bad_id(got: str, suggestion: str) -> str:
    hint = f", e.g. {suggestion!r}" if suggestion and suggestion != got else ""
    return f"bad id {got!r}: use lowercase letters, digits and single hyphens{hint}"


def duplicate_id(item_id: str, first_line: int, first_field: str) -> str:
    return f"duplicate id {item_id!r}: already used on line {first_line} ({first_field}); ids must be unique in the file"


def bad_choice(value: str, key: str, choices: tuple[str, ...]) -> str:
    return f"invalid {key} {value!r}{did_you_mean(value, choices)} (one of: {', '.join(choices)})"


def badly_formed_date(got: str) -> str:
    return f"badly formed date {got!r}: write YYYY-MM-DD, YYYY-MM or YYYY"


def impossible_date(got: str, reason: str) -> str:
    return f"impossible date {got!r}: {reason}"


def end_before_start(end: str, start: str, end_key: str = "end", start_key: str = "start") -> str:
    return f"{end_key} {end} is before {start_key} {start}; swap them or fix the date"


def unknown_reference(item_id: str, target: str, guess: str | None) -> str:
    hint = f"; did you mean {guess!r}?" if guess else f"; add a {target} with this id or fix the reference"
    return f"unknown {target} {item_id!r}{hint}"


def wrong_type_reference(item_id: str, actual: str, target: str, guess: str | None) -> str:
    hint = f"; did you mean {guess!r}?" if guess else ""
    return f"{item_id!r} is {_a(actual)}, not {_a(target)}{hint}"


def source_without_seed(source_id: str) -> str:
    return (
        f"source {source_id!r} has no seed; a quote must cite a source with 'seed:' "
        "so its text can be checked against the article"
    )


def seed_not_a_file_name(seed: str) -> str:
    return f"seed {seed!r} must be a file name in the seeds directory, not a path"


def seed_missing(seed: str, seeds_dir: str, guess: str | None) -> str:
    hint = f"; did you mean {guess!r}?" if guess else ""
    return f"seed file {seed!r} does not exist in {seeds_dir}{hint}"


def seed_outside(seed: str, seeds_dir: str) -> str:
    return f"seed file {seed!r} leads outside {seeds_dir}; put the article itself in the seeds directory"


def seed_unreadable(seed: str, reason: str) -> str:
    return f"cannot read seed file {seed!r}: {reason}"


def quote_not_in_seed(seed: str, passage: str, score: float) -> str:
    if not passage:
        return f"text not found in seed {seed!r}; copy the words exactly as the seed prints them"
    return (
        f"text not found in seed {seed!r}; copy the words exactly as the seed prints them. "
        f"Closest passage ({score:.0f}% alike): {passage!r}"
    )


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun
