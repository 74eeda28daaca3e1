"""Knowledge files built to hurt: files that are not files, seeds outside their folder,
quotes cut through a word, megabytes of wrong text, aliases and floods of mistakes.

Each is refused with a short, exact answer; how long they take is measured in
``benchmarks/validation.py``, not here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fakes.knowledge_files import SMALL_KNOWLEDGE, knowledge_copy

from bot.errors import KnowledgeError
from bot.knowledge.loader import load_knowledge
from bot.knowledge.reader import MAX_PROBLEMS
from bot.knowledge.seeds import PASSAGE_NEEDLE

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this platform has no FIFOs")
GOOD_QUOTE = "    text: No one stands alone in NATO\n"


@pytest.fixture
def knowledge_file(tmp_path: Path) -> Path:
    return knowledge_copy(tmp_path)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    return [f"{p.field}: {p.message}" for p in caught.value.problems]


def with_quote_text(path: Path, text: str) -> Path:
    path.write_text(SMALL_KNOWLEDGE.replace(GOOD_QUOTE, f"    text: {text}\n"), encoding="utf-8")
    return path


def test_a_quote_cut_through_a_word_of_its_seed_is_refused(knowledge_file):
    seed = knowledge_file.parent.parent / "seeds" / "tirana.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nIt is unethical for private companies to sell exploits.\n", encoding="utf-8")
    with_quote_text(knowledge_file, "unethical for private companies")
    load_knowledge(knowledge_file)  # the whole word: verbatim

    with_quote_text(knowledge_file, "ethical for private companies")
    [problem] = problems_of(knowledge_file)
    assert problem.startswith("quotes.rutte-tirana-no-one-stands-alone.text: text not found in seed 'tirana.txt'")


def test_a_megabyte_of_wrong_quote_is_refused_with_a_short_suggestion(knowledge_file):
    wrong = " ".join(f"word{n}" for n in range(150_000))
    [problem] = problems_of(with_quote_text(knowledge_file, wrong))
    assert "text not found in seed 'tirana.txt'" in problem
    assert len(problem) < PASSAGE_NEEDLE + 400, "the closest passage is looked for from the quote's start only"


def test_an_aliased_wrong_text_is_reported_at_each_quote_but_looked_up_once(knowledge_file, monkeypatch):
    import bot.knowledge.checks as checks

    lookups = []
    real = checks.closest_passage
    monkeypatch.setattr(checks, "closest_passage", lambda *a: lookups.append(1) or real(*a))
    aliases = "".join(
        f"  - {{id: q{n}, speaker: mark-rutte, text: *wrong, source: src-tirana}}\n" for n in range(50)
    )
    text = with_quote_text(knowledge_file, "&wrong Nobody ever said this").read_text(encoding="utf-8")
    knowledge_file.write_text(text.replace("initiatives:\n", aliases + "initiatives:\n"), encoding="utf-8")
    problems = problems_of(knowledge_file)
    assert len(problems) == 51 and all("text not found in seed 'tirana.txt'" in p for p in problems)
    assert len(lookups) == 1


def test_an_aliased_list_of_unknown_ids_is_reported_once(knowledge_file):
    pledges = "".join(f"  - {{id: p{n}, name: P, date: 2020, by: NATO, summary: S, quotes: *bad, sources: [src-facts]}}\n" for n in range(200))
    text = SMALL_KNOWLEDGE.replace("    quotes: [stoltenberg-rome-contested]\n", "    quotes: &bad [nope-1, nope-2]\n")
    knowledge_file.write_text(text.replace("quotes:\n  - id: rutte", pledges + "quotes:\n  - id: rutte", 1), encoding="utf-8")
    assert problems_of(knowledge_file) == [
        "pledges.cyber-defence-pledge.quotes[0]: unknown quote 'nope-1'; add a quote with this id or fix the reference",
        "pledges.cyber-defence-pledge.quotes[1]: unknown quote 'nope-2'; add a quote with this id or fix the reference",
    ]


def test_a_flood_of_mistakes_stops_at_the_limit_and_says_so(knowledge_file):
    flood = "".join(f"  - {{id: q{n}, colour: blue}}\n" for n in range(5 * MAX_PROBLEMS))
    knowledge_file.write_text(SMALL_KNOWLEDGE.replace("initiatives:\n", flood + "initiatives:\n"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge_file)
    assert len(caught.value.problems) == MAX_PROBLEMS and caught.value.truncated
    assert str(caught.value).splitlines()[-1] == (
        f"… checking stopped after these {MAX_PROBLEMS} problems; fix them and validate again"
    )


def test_many_unknown_references_each_get_the_closest_id(knowledge_file):
    quotes = "".join(
        f"  - {{id: q{n}, speaker: mark-rutt{n % 3}, text: No one stands alone, source: src-tirana}}\n" for n in range(300)
    )
    knowledge_file.write_text(SMALL_KNOWLEDGE.replace("initiatives:\n", quotes + "initiatives:\n"), encoding="utf-8")
    problems = problems_of(knowledge_file)
    assert len(problems) == 300
    assert all(p.endswith("did you mean 'mark-rutte'?") for p in problems)


def test_a_seed_that_is_a_symlink_out_of_the_seeds_folder_is_refused(knowledge_file, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("No one stands alone in NATO", encoding="utf-8")
    seed = knowledge_file.parent.parent / "seeds" / "tirana.txt"
    seed.unlink()
    seed.symlink_to(secret)
    assert problems_of(knowledge_file) == [
        f"sources.src-tirana.seed: seed file 'tirana.txt' leads outside {seed.parent}; "
        "put the article itself in the seeds directory"
    ]


def test_a_symlink_inside_the_seeds_folder_is_followed(knowledge_file):
    seeds = knowledge_file.parent.parent / "seeds"
    (seeds / "tirana.txt").rename(seeds / "tirana-original.txt")
    (seeds / "tirana.txt").symlink_to(seeds / "tirana-original.txt")
    knowledge = load_knowledge(knowledge_file)  # raises if a Tirana quote is not found verbatim in the linked file
    assert knowledge.sources["src-tirana"].seed == "tirana.txt"
    assert any(q.source == "src-tirana" for q in knowledge.quotes.values())


@needs_fifo
def test_a_seed_that_is_a_fifo_is_refused_at_once(knowledge_file):
    seed = knowledge_file.parent.parent / "seeds" / "tirana.txt"
    seed.unlink()
    os.mkfifo(seed)
    assert problems_of(knowledge_file) == [
        "sources.src-tirana.seed: cannot read seed file 'tirana.txt': it is a FIFO (named pipe), not a regular file"
    ]


def validate(path: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "validate", path], capture_output=True, text=True, cwd=cwd, timeout=60
    )


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        pytest.param(lambda tmp: "/dev/zero", "a character device", id="dev-zero"),
        pytest.param(lambda tmp: str(tmp), "a directory", id="directory"),
        pytest.param(lambda tmp: (os.mkfifo(tmp / "pipe.yaml"), str(tmp / "pipe.yaml"))[1], "a FIFO (named pipe)", id="fifo"),
    ],
)
def test_validate_refuses_what_is_not_a_regular_file_in_one_line(make, kind, tmp_path):
    if kind.startswith("a FIFO") and not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"):
        pytest.skip("needs FIFOs and /dev/zero")
    path = make(tmp_path)
    done = validate(path, tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"{path}:1:1: cannot read the knowledge file: it is {kind}, not a regular file\n"


@needs_fifo
def test_reading_a_fifo_does_not_wait_for_a_writer(tmp_path):
    fifo = tmp_path / "knowledge.yaml"
    os.mkfifo(fifo)
    outcome = []
    reader = threading.Thread(target=lambda: outcome.append(problems_of(fifo)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert outcome == [[": cannot read the knowledge file: it is a FIFO (named pipe), not a regular file"]]
