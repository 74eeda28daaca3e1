"""Matcher programs kept between runs: the very matchers ``re.compile`` makes, and never a reason to fail."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import pattern_cache
from bot.pattern_cache import Programs
from bot.patterns import made
from tests.test_cli import cyberbot

ROOT = Path(__file__).resolve().parent.parent


def every_pattern_of_the_code() -> list[tuple[str, int]]:
    import bot.service  # noqa: F401 -- imports every answering module, and so makes every pattern

    return sorted(set(made()), key=repr)


def compile_all(programs: Programs, sources: list[tuple[str, int]]) -> list[re.Pattern]:
    return [programs.compiled(source, flags) for source, flags in sources]


def test_every_pattern_read_back_from_the_file_is_the_matcher_re_compile_makes(tmp_path):
    sources = every_pattern_of_the_code()
    assert len(sources) > 500
    first_run = Programs(tmp_path / "programs.marshal")
    assert compile_all(first_run, sources) == [re.compile(source, flags) for source, flags in sources]
    assert first_run.generated == len(sources)
    first_run.save()

    next_run = Programs(tmp_path / "programs.marshal")
    read_back = compile_all(next_run, sources)
    assert next_run.generated == 0  # every program came from the file
    assert read_back == [re.compile(source, flags) for source, flags in sources]  # equal patterns have equal programs
    assert [(pattern.groups, pattern.groupindex) for pattern in read_back] == [
        (re.compile(source, flags).groups, re.compile(source, flags).groupindex) for source, flags in sources]


def test_read_back_patterns_match_as_compiled_ones_do(tmp_path):
    source, flags = r"(?P<who>\w+) said (?:that )?(?P<what>.+?)[.?!]*$", re.IGNORECASE
    Programs(tmp_path / "programs.marshal").save()  # nothing compiled: nothing written
    assert not (tmp_path / "programs.marshal").exists()
    writer = Programs(tmp_path / "programs.marshal")
    writer.compiled(source, flags)
    writer.save()
    reader = Programs(tmp_path / "programs.marshal")
    read_back = reader.compiled(source, flags)
    assert reader.generated == 0  # built from the file
    match = read_back.match("Stoltenberg SAID that cyber is a domain!")
    assert match.group("who", "what") == ("Stoltenberg", "cyber is a domain")


STAMP = pattern_cache._STAMP


@pytest.mark.parametrize("contents", [
    b"",
    b"not a marshal file at all",
    marshal.dumps(("another Python's programs", {("a+", 0): (32, [1, 2, 3], 0, {}, ())})),
    marshal.dumps((STAMP, {("a+", 0): (32, [1, 2, 3], 0, {}, ())})),  # a program the matcher's validation refuses
    marshal.dumps((STAMP, {("a+", 0): "not a program"})),
    marshal.dumps((STAMP, ["not", "a", "mapping"])),
])
def test_a_damaged_or_foreign_file_gives_re_compiles_matchers_and_is_written_again(tmp_path, contents):
    file = tmp_path / "programs.marshal"
    file.write_bytes(contents)
    programs = Programs(file)
    assert programs.compiled("a+", 0) == re.compile("a+")
    assert programs.compiled("b+", re.I) == re.compile("b+", re.I)
    programs.save(only_used=True)

    next_run = Programs(file)
    assert [next_run.compiled("a+", 0), next_run.compiled("b+", re.I)] == [re.compile("a+"), re.compile("b+", re.I)]
    assert next_run.generated == 0


def test_where_the_file_cannot_be_written_patterns_still_compile_and_nothing_fails(tmp_path):
    (tmp_path / "a-file").write_text("")
    programs = Programs(tmp_path / "a-file" / "programs.marshal")  # its folder is a file
    assert programs.compiled("x|y", 0) == re.compile("x|y")
    programs.save()
    assert (tmp_path / "a-file").read_text() == ""


def test_saving_after_compiling_every_pattern_drops_the_programs_of_patterns_no_longer_in_the_code(tmp_path):
    file = tmp_path / "programs.marshal"
    old_code = Programs(file)
    compile_all(old_code, [("removed since", 0), ("kept", 0)])
    old_code.save()

    new_code = Programs(file)
    new_code.compiled("kept", 0)
    new_code.compiled("added", 0)
    new_code.save(only_used=True)
    assert sorted(marshal.loads(file.read_bytes())[1]) == [("added", 0), ("kept", 0)]


def test_cyberbot_ask_keeps_the_programs_it_generated_and_the_next_ask_reads_them_without_writing(tmp_path):
    env = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db")}
    first = cyberbot("ask", "who spoke in berlin", env=env)
    file = tmp_path / f"pattern-programs-{sys.implementation.cache_tag}.marshal"
    kept = file.stat().st_mtime_ns

    second = cyberbot("ask", "who spoke in berlin", env=env)
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    assert "Stoltenberg" in second.stdout
    assert file.stat().st_mtime_ns == kept  # nothing new to keep


def test_within_everything_kept_re_compiles_any_pattern_from_its_kept_program_and_is_itself_again_after():
    import yaml.resolver

    library = [(regexp.pattern, regexp.flags) for resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.values()
               for _, regexp in resolvers]  # a library's, compiled at its import
    with pattern_cache.everything_kept():
        assert re._compile.__name__ == "kept"  # noqa: SLF001 -- patched for the block only
        inside = [re.compile(source, flags) for source, flags in library] + [re.compile(r"\bkept\b", re.I), re.compile(b"bytes")]
        assert re.sub(r"\s+", " ", "a \t b") == "a b"
        with pytest.raises(re.error):
            re.compile("(unclosed")  # an error is re's own, not a loop through the fallback
    assert inside == [re.compile(source, flags) for source, flags in library] + [re.compile(r"\bkept\b", re.I), re.compile(b"bytes")]
    assert re._compile.__module__ == "re" and re._compile.__name__ == "_compile"  # noqa: SLF001


def test_programs_generated_in_a_forked_child_and_adopted_make_re_compiles_matchers_with_none_generated_here(tmp_path):
    from bot.knowledge.background import in_fork

    sources = every_pattern_of_the_code()
    child = in_fork(lambda: Programs(tmp_path / "child.marshal").generate(sources))
    programs = child.result()
    child.drop()
    adopter = Programs(tmp_path / "programs.marshal")
    assert adopter.missing(sources) == sources
    adopter.adopt(programs)
    assert adopter.missing(sources) == []
    assert compile_all(adopter, sources) == [re.compile(source, flags) for source, flags in sources]
    assert adopter.generated == 0


def test_a_first_start_generates_the_patterns_programs_in_a_child_and_compiles_from_them(tmp_path):
    """A bot loading a large file with no programs kept (``generate_beside``): this process generates none."""
    code = (
        "import bot.service, bot.knowledge.background as background\n"
        "from bot import pattern_cache, patterns\n"
        "background.core_to_spare = lambda: True  # as on a quiet machine, whatever this one's load\n"
        "before = pattern_cache._PROGRAMS.generated  # a pattern or two used at import\n"
        "patterns.generate_beside()\n"
        "assert len(patterns._BESIDE) == 1\n"
        "patterns.compile_all()\n"
        "kept = pattern_cache.Programs(pattern_cache._in_cache_dir())  # the file, as the next start reads it\n"
        "print(pattern_cache._PROGRAMS.generated - before, len(patterns.made()), len(kept.missing(patterns.made())))\n"
    )
    env = {**os.environ, "CYBERBOT_DB": str(tmp_path / "cyberbot.db")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    generated, patterns_made, not_kept = map(int, done.stdout.split())
    assert (generated, patterns_made > 500, not_kept) == (0, True, 0)
