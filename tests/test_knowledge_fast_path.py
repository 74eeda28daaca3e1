"""A large file in plain block style is read and checked a column at a time; the result is the positioned loader's.

``load_knowledge`` reads such a file with ``plain_yaml`` and checks it with
``plain_checks``; only when those find a problem (or a style they leave alone)
does it compose positioned YAML nodes, which report every problem at its line.
These tests hold the two ways to the same answer: the same knowledge for a good
file, and for a file with any problem no knowledge from the fast way at all.
"""

from __future__ import annotations

import os
import re
import sys
import textwrap
from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.knowledge import loader, plain_yaml
from bot.knowledge.loader import load_knowledge
from bot.knowledge.plain_checks import checked_columns

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generated import Sizes, write_corpus
from test_knowledge_errors import CASES, SEEDS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def fast_way_for_small_files(monkeypatch):
    """The corpora here are small; the loader tries the fast way only from a megabyte on."""
    monkeypatch.setattr(loader, "PLAIN_READ_MIN_CHARS", 0)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), Sizes.for_quotes(400), root=ROOT)


def fast_columns(path: Path, seeds_dir: Path | None = None):
    """What the fast way makes of ``path``: its checked columns, or None when it leaves the file to the positioned loader."""
    data = plain_yaml.read(path.read_text(encoding="utf-8"))
    checked = None if data is None else checked_columns(data, loader._seed_library(str(path), seeds_dir))
    return None if checked is None or not checked[1]() else checked[0]


def positioned_load(path: Path, monkeypatch, seeds_dir: Path | None = None):
    with monkeypatch.context() as patch:
        patch.setattr(plain_yaml, "read", lambda text: None)
        return load_knowledge(path, seeds_dir=seeds_dir)


def test_a_good_generated_file_takes_the_fast_way_to_the_same_knowledge(corpus, monkeypatch):
    assert fast_columns(corpus) is not None
    fast, positioned = load_knowledge(corpus), positioned_load(corpus, monkeypatch)
    assert fast == positioned
    for name in fast.counts():
        assert list(getattr(fast, name)) == list(getattr(positioned, name))  # file order too


def test_the_shipped_file_loads_the_same_either_way(monkeypatch):
    from bot.paths import default_knowledge_path

    assert load_knowledge(default_knowledge_path()) == positioned_load(default_knowledge_path(), monkeypatch)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_no_broken_file_gets_past_the_fast_checks(tmp_path, text, expected):
    path = tmp_path / "knowledge.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    assert fast_columns(path, SEEDS) is None


# One change each, written into a good generated file the way a person would make it; True: a problem.
BREAKAGES = [
    ('    speaker: "person-', '    speaker: "nobody-', True),  # an unknown reference
    ('    source: "src-gen-0000"', '    source: "person-1"', True),  # a reference to the wrong type
    ('  - id: "quote-1"', '  - id: "quote-0"', True),  # a repeated id
    ('  - id: "quote-1"', '  - id: "Quote 1"', True),  # a badly formed id
    ('  - id: "quote-1"', '  - id: "person-1"', True),  # an id repeated across sections
    ('    said: "20', '    said: "19', False),  # a date moved
    ('    said: "', '    said: "2023-02-30', True),  # an impossible date
    ('    said: "', '    said: "tomorrow', True),  # a badly formed date
    ('    kind: "conference"', '    kind: "party"', True),  # not one of the choices
    ('    text: "', '    text: "Words no seed prints. ', True),  # a quote not in its seed
    ('    text: "', '    text: "  ', False),  # spaces the seed check ignores
    ('    name: "', '    name: ""\n    nickname: "', True),  # an empty value and an unknown key
    ('    topics: [', '    topics: []\n    tags: [', True),  # an unknown key
    ('    topics: ["', '    topics: [~, "', True),  # a null in a list
    ('    event: "event-', '    event: ~\n    note: "event-', True),  # a null value
    ('    speaker: "person-', '    speaker: ["person-', True),  # a broken line
    ('    sources: ["src-gen-0000"]', '    sources: []', True),  # an empty list that must not be
    ('    title: "Generated article 0"\n', '', True),  # a missing required key
    ('    seed: "gen-0000.txt"', '    seed: "gen-9999.txt"', True),  # a seed that is not there
    ('    seed: "gen-0000.txt"', '    author: "gen-0000.txt"', True),  # quotes citing a source without a seed
    ('version: 1', 'version: 2', True),  # another format version
    ('version: 1', 'version: 1\nnotes: []', True),  # an unknown section
    ('version: 1', '# a comment\nversion: 1\n', False),  # a comment and a blank line
]


@pytest.mark.parametrize(("old", "new", "problem"), BREAKAGES)
def test_a_problem_in_a_fast_style_file_is_reported_by_the_positioned_loader(corpus, tmp_path, old, new, problem, monkeypatch):
    text = corpus.read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "knowledge" / corpus.name
    broken.parent.mkdir()
    (tmp_path / "seeds").symlink_to(corpus.parent.parent / "seeds")
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    if not problem:
        assert fast_columns(broken) is not None
        assert load_knowledge(broken) == positioned_load(broken, monkeypatch)
        return
    assert fast_columns(broken) is None
    with pytest.raises(KnowledgeError) as positioned:
        positioned_load(broken, monkeypatch)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(broken)
    assert caught.value.problems == positioned.value.problems
    assert all(re.match(r".+:\d+:\d+: ", str(problem)) for problem in caught.value.problems)


@pytest.mark.parametrize(("old", "new"), [("", ""), ('    text: "', '    text: "Words no seed prints. ')], ids=["good", "not in its seed"])
def test_seeds_checked_in_a_forked_process_give_the_same_verdict(corpus, tmp_path, monkeypatch, old, new):
    """A large file's seeds are checked in a fork while the loader builds; the fork only says yes or no."""
    from bot.knowledge import plain_checks

    monkeypatch.setattr(plain_checks, "FORK_MIN_QUOTES", 0)
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    edited = tmp_path / "knowledge" / corpus.name
    edited.parent.mkdir()
    (tmp_path / "seeds").symlink_to(corpus.parent.parent / "seeds")
    edited.write_text(corpus.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    try:
        expected = positioned_load(edited, monkeypatch)
    except KnowledgeError as error:
        with pytest.raises(KnowledgeError) as caught:
            load_knowledge(edited)
        assert caught.value.problems == error.problems and "not found in seed" in str(caught.value)
    else:
        assert load_knowledge(edited) == expected
    assert forks


def test_an_end_before_its_start_is_a_problem_either_way(corpus, tmp_path):
    text = corpus.read_text(encoding="utf-8")
    event = re.search(r'    start: "(\d{4})-(\d\d)-(\d\d)"\n(?:    .*\n)*?    end: "(\d{4}-\d\d-\d\d)"', text)
    assert event
    broken = tmp_path / "knowledge" / corpus.name
    broken.parent.mkdir()
    (tmp_path / "seeds").symlink_to(corpus.parent.parent / "seeds")
    broken.write_text(text.replace(f'end: "{event[4]}"', f'end: "{int(event[1]) - 1}-01-01"', 1), encoding="utf-8")
    assert fast_columns(broken) is None
    with pytest.raises(KnowledgeError, match="end"):
        load_knowledge(broken)


@pytest.mark.parametrize("seed", range(2))
def test_whatever_the_fast_way_accepts_the_positioned_loader_accepts_alike(corpus, tmp_path, monkeypatch, seed):
    """Random edits to a good file (a value swapped for another entry's, a line dropped or repeated, characters
    that matter to YAML or to a field typed in): every file the fast way accepts, the positioned loader accepts and
    reads to the same knowledge; every file it refuses, the positioned loader refuses or reads alike."""
    import random

    lines = corpus.read_text(encoding="utf-8").split("\n")
    values = [line.split(": ", 1)[1] for line in lines if ": " in line]
    broken = tmp_path / "knowledge" / corpus.name
    broken.parent.mkdir()
    (tmp_path / "seeds").symlink_to(corpus.parent.parent / "seeds")
    rng = random.Random(seed)
    accepted = 0
    for _ in range(120):
        edited = list(lines)
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(len(edited))
            change = rng.randrange(4)
            if change == 0 and ": " in edited[at]:
                edited[at] = edited[at].split(": ", 1)[0] + ": " + rng.choice(values)
            elif change == 1:
                del edited[at]
            elif change == 2:
                edited.insert(at, edited[at])
            else:
                cut = rng.randrange(len(edited[at]) + 1)
                edited[at] = edited[at][:cut] + rng.choice(['"', "'", ":", "-", " ", "#", "~", "[", "0", "x", ""]) + edited[at][cut:]
        broken.write_text("\n".join(edited), encoding="utf-8")
        fast = fast_columns(broken)
        try:
            positioned = positioned_load(broken, monkeypatch)
        except KnowledgeError:
            assert fast is None
            continue
        accepted += fast is not None
        assert load_knowledge(broken) == positioned
    assert accepted > 10
