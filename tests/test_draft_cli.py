"""`cyberbot draft` as a curator runs it: a real subprocess, its fragment pasted into the
knowledge file, and `cyberbot validate` (also a subprocess) accepting the result."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from bot.curation.holdout import without_seed
from bot.paths import default_knowledge_path

REPO = Path(__file__).resolve().parent.parent
SEED = "003_4856fc98831399fa.txt"


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=cwd,
                            env=os.environ | {"PYTHONPATH": str(REPO)})
    return result.returncode, result.stdout, result.stderr


def held_out_repository(tmp_path: Path) -> Path:
    """A copy of the knowledge as it was before the Tirana article was added, with the seeds beside it."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    (tmp_path / "knowledge").mkdir()
    data = yaml.safe_load(default_knowledge_path().read_text(encoding="utf-8"))
    (tmp_path / "knowledge" / "k.yaml").write_text(yaml.safe_dump(without_seed(data, SEED), allow_unicode=True), encoding="utf-8")
    return tmp_path


def paste(fragment: str, knowledge: Path) -> None:
    """What the curator does with the fragment: each section's entries under the same section."""
    data = yaml.safe_load(knowledge.read_text(encoding="utf-8"))
    for section, entries in yaml.safe_load(fragment).items():
        data.setdefault(section, []).extend(entries)
    knowledge.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_drafted_seed_passes_validate_once_pasted_into_the_knowledge(tmp_path):
    repo = held_out_repository(tmp_path)
    code, fragment, err = run("--knowledge", "knowledge/k.yaml", "draft", f"seeds/{SEED}",
                              "--url", "https://europediplomatic.com/2025/10/09/nato-cyber-defence-conference",
                              "--publisher", "Europe Diplomatic", cwd=repo)
    assert (code, err) == (0, "")
    drafted = yaml.safe_load(fragment)
    assert sorted(drafted) == ["events", "people", "quotes", "sources"]
    assert [q["speaker"] for q in drafted["quotes"]] == ["mark-rutte"] * 4  # "the Secretary General" on 9 October 2025
    assert {q["event"] for q in drafted["quotes"]} == {"tirana-cyber-defence-conference-2025"}
    assert {str(q["said"]) for q in drafted["quotes"]} == {"2025-10-09"}  # "on Thursday, 9 October"
    assert drafted["sources"][0]["published"].isoformat() == "2025-10-09"  # from the dateline
    assert drafted["events"] == [] and drafted["people"] == []
    assert "# known event: tirana-cyber-defence-conference-2025" in fragment
    article = (repo / "seeds" / SEED).read_text(encoding="utf-8")
    assert all(q["text"] in article.replace("\n", " ") for q in drafted["quotes"])

    paste(fragment, repo / "knowledge" / "k.yaml")
    code, out, err = run("validate", "knowledge/k.yaml", cwd=repo)
    assert (code, err) == (0, ""), err
    assert out.startswith("knowledge/k.yaml: OK")


def test_quotes_the_knowledge_holds_are_named_by_id_not_drafted_again(tmp_path):
    code, fragment, err = run("draft", f"seeds/{SEED}", cwd=REPO)
    assert (code, err) == (0, "")
    assert yaml.safe_load(fragment)["quotes"] == []
    assert "# already in the knowledge as rutte-tirana-2025-no-one-stands-alone: No one stands alone in NATO" in fragment


def test_a_new_article_gets_new_people_and_a_new_event_that_validate_once_pasted(tmp_path):
    repo = held_out_repository(tmp_path)
    (repo / "seeds" / "tallinn.txt").write_text(
        "Allies test cyber defences in Tallinn\n\nBy Jane Doe\n\n"
        "NATO's Locked Shields exercise began in Tallinn, Estonia, on Tuesday. \"This year's exercise is the\n"
        "largest we have ever run,\" said Colonel Anna Berg, the exercise director.\n\n"
        "\u201cWe learn more every year. The attacks get harder,\u201d Berg added.\n",
        encoding="utf-8",
    )
    code, fragment, err = run("--knowledge", "knowledge/k.yaml", "draft", "seeds/tallinn.txt", "--published", "2025-12-03", cwd=repo)
    assert (code, err) == (0, "")
    drafted = yaml.safe_load(fragment)
    assert [(p["id"], p["name"]) for p in drafted["people"]] == [("anna-berg", "Anna Berg")]
    assert [(q["speaker"], q["text"]) for q in drafted["quotes"]] == [
        ("anna-berg", "This year's exercise is the largest we have ever run"),
        ("anna-berg", "We learn more every year. The attacks get harder"),
    ]
    event = drafted["events"][0]
    assert (event["kind"], event["start"].isoformat(), event["city"]) == ("exercise", "2025-12-02", "Tallinn")
    assert fragment.count("# TODO") >= 5
    paste(fragment, repo / "knowledge" / "k.yaml")
    code, out, err = run("validate", "knowledge/k.yaml", cwd=repo)
    assert (code, err) == (0, ""), err


def test_an_unreadable_article_is_one_line_on_stderr(tmp_path):
    assert run("draft", str(tmp_path / "missing.txt"), cwd=REPO) == (
        1, "", f"cyberbot draft: cannot read {tmp_path / 'missing.txt'}: No such file or directory\n",
    )
