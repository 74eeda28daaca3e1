"""The house rules of the layout, read from the source with ``ast`` (imports inside functions count):

- no import cycle among the modules of ``bot/`` and ``adapters/``;
- nothing in ``bot/`` but ``bot/cli.py`` imports ``adapters``;
- nothing in ``bot/`` imports a chat platform's library; Slack's only in ``adapters/slack/``,
  discord.py's only in ``adapters/discord/``;
- no module over 300 lines, and each says what it is for;
- and, run for real: ``import bot`` and ``cyberbot ask`` never load a chat platform's library.

Imports under ``if TYPE_CHECKING:`` never run, so they are left out of the static checks.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "adapters")
SLACK_LIBRARIES = {"slack_bolt", "slack_sdk"}
DISCORD_LIBRARIES = {"discord", "aiohttp", "yarl"}
MAX_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imported_names(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it, as absolute dotted names (``from a import b`` gives
    ``a`` and ``a.b``, since ``b`` may be a module)."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


GRAPH = {name: {m for m in imported_names(path) if m in MODULES and m != name} for name, path in MODULES.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path (``[a, b, a]``), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := walk(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := walk(start)):
            return cycle
    return None


def relative(name: str) -> str:
    return str(MODULES[name].relative_to(ROOT))


def test_the_modules_were_found():
    assert {"bot.service", "bot.commands", "bot.handlers", "adapters.slack.app", "adapters.discord.client"} <= set(MODULES)


def test_no_import_cycle_in_bot_or_adapters():
    assert find_cycle(GRAPH) is None, " -> ".join(find_cycle(GRAPH))


def test_the_cycle_finder_finds_a_cycle():
    """Negative control: the check above can fail."""
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_only_the_cli_imports_adapters_from_the_core():
    importers = sorted(relative(n) for n in MODULES if n.startswith("bot") and any(
        m.split(".")[0] == "adapters" for m in imported_names(MODULES[n])))
    assert importers == ["bot/cli.py"]


@pytest.mark.parametrize(("libraries", "home"), [(SLACK_LIBRARIES, "adapters/slack/"), (DISCORD_LIBRARIES, "adapters/discord/")])
def test_a_platform_library_is_imported_only_by_its_adapter(libraries, home):
    importers = {relative(n) for n in MODULES if {m.split(".")[0] for m in imported_names(MODULES[n])} & libraries}
    assert importers, "the check found no importer at all: is it still reading the imports?"
    outside = {p for p in importers if not p.startswith(home)}
    assert not outside, sorted(outside)


def test_no_module_is_over_300_lines():
    long = {relative(n): lines for n, path in MODULES.items()
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long


def test_every_module_says_what_it_is_for():
    missing = [relative(n) for n, path in MODULES.items()
               if path.stat().st_size and not ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))]
    assert missing == []


# -- the core stays light, as run: `cyberbot ask` and `import bot` never load a platform library --

PLATFORM_MODULES = ("slack_bolt", "slack_sdk", "discord", "aiohttp")


def imported_by(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return {name.split(".")[0] for name in result.stdout.split()}


def test_import_bot_loads_no_platform_library():
    assert imported_by("import bot").isdisjoint(PLATFORM_MODULES)


def test_answering_a_question_loads_no_platform_library():
    code = (
        "import contextlib, io\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['ask', 'who said no one stands alone']) == 0\n"
    )
    modules = imported_by(code)
    assert "rapidfuzz" in modules  # the answer really ran through the search
    assert modules.isdisjoint(PLATFORM_MODULES), modules & set(PLATFORM_MODULES)


@pytest.mark.parametrize("module", PLATFORM_MODULES)
def test_cyberbot_ask_importtime_shows_no_platform_library(module):
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot", "ask", "today"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "bot" in imported
    assert module not in imported


def test_every_package_of_the_core_is_in_the_wheel():
    """pyproject lists packages explicitly; a subpackage missing there is missing from `pip install .`."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "bot").rglob("__init__.py") if "shipped" not in p.parts}
    assert found <= listed, found - listed


@pytest.mark.parametrize(("command", "library", "extra"), [("slack", "slack_bolt", "slack"), ("discord", "discord", "discord")])
def test_without_a_platforms_library_its_command_names_the_extra_to_install(command, library, extra):
    """`pip install .` is enough for the console; `cyberbot slack` then says what to add, in one line."""
    code = f"import sys; sys.modules[{library!r}] = None\nfrom bot.cli import main\nsys.exit(main([{command!r}]))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"cyberbot: this needs the {extra} extra ({library} is not installed): "
                             f"pip install 'cyberbot[{extra}]', or pip install '.[{extra}]' in a checkout\n")
