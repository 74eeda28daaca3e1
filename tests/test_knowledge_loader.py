"""Loading good knowledge files into the model: values, dates, defaults, seeds."""

from __future__ import annotations

import random
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from bot.errors import KnowledgeError
from bot.knowledge import yaml_nodes
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import DateSpan, FuzzyDate, Role
from bot.knowledge.seeds import SeedText, normalise
from bot.paths import default_knowledge_path

FIXTURES = Path(__file__).parent / "fixtures" / "knowledge"
SMALL = FIXTURES / "yaml" / "small.yaml"
SEEDS = FIXTURES / "seeds"


@pytest.fixture(scope="module")
def small():
    return load_knowledge(SMALL)


def test_every_section_is_loaded_by_id_in_file_order(small):
    assert list(small.sources) == ["src-tirana", "src-rome", "src-facts"]
    assert list(small.people) == ["jens-stoltenberg", "mark-rutte"]
    assert list(small.events) == ["rome-pledge-conference-2022", "tirana-cyber-defence-conference-2025", "cyber-coalition-2008"]
    assert list(small.pledges) == ["cyber-defence-pledge"]
    assert list(small.quotes) == ["rutte-tirana-no-one-stands-alone", "stoltenberg-rome-contested"]
    assert list(small.initiatives) == ["integrated-cyber-defence-centre"]
    assert small.path == str(SMALL)


def test_event_start_and_end_become_a_date_span(small):
    rome = small.get("event", "rome-pledge-conference-2022")
    assert rome.when == DateSpan(FuzzyDate(2022, 11, 9), FuzzyDate(2022, 11, 10))
    assert str(rome.when) == "9–10 November 2022"
    assert rome.place == "Rome, Italy"
    assert rome.speakers == ("jens-stoltenberg",)
    assert rome.series == "Cyber Defence Pledge Conference"


@pytest.mark.parametrize(
    ("item_type", "item_id", "attribute", "expected"),
    [
        ("event", "cyber-coalition-2008", "when", DateSpan(FuzzyDate(2008, 11))),
        ("pledge", "cyber-defence-pledge", "date", FuzzyDate(2016)),
        ("initiative", "integrated-cyber-defence-centre", "established", FuzzyDate(2024)),
        ("source", "src-tirana", "published", FuzzyDate(2025, 10, 9)),
        ("quote", "rutte-tirana-no-one-stands-alone", "said", FuzzyDate(2025, 10, 9)),
        ("source", "src-facts", "published", None),
    ],
)
def test_dates_keep_the_precision_they_were_written_with(small, item_type, item_id, attribute, expected):
    assert getattr(small.get(item_type, item_id), attribute) == expected


def test_roles_map_from_and_to_onto_start_and_end(small):
    assert small.people["jens-stoltenberg"].roles == (
        Role("NATO Secretary General", FuzzyDate(2014, 10, 1), FuzzyDate(2024, 10, 1), ("Secretary General",)),
    )
    assert small.people["mark-rutte"].roles[0].end is None


def test_quotes_carry_trust_with_verified_as_the_default(small):
    assert small.quotes["rutte-tirana-no-one-stands-alone"].trust == "verified"
    translated = small.quotes["stoltenberg-rome-contested"]
    assert translated.trust == "translated"
    assert translated.trust_mark == "machine re-translation, not the speaker's own words"


def test_lists_become_tuples_and_absent_lists_are_empty(small):
    initiative = small.initiatives["integrated-cyber-defence-centre"]
    assert initiative.aliases == ("NICC",)
    assert initiative.events == ("tirana-cyber-defence-conference-2025",)
    assert small.people["jens-stoltenberg"].sources == ()


def test_scalars_are_taken_by_their_text_not_their_yaml_type(tmp_path):
    path = _write(tmp_path, """\
        sources:
          - id: src-a
            title: 2022
            publisher: NO
            author: "on"
            published: "2022-11-09"
            notes: 1e3
        """)
    source = load_knowledge(path).sources["src-a"]
    assert (source.title, source.publisher, source.author, source.notes) == ("2022", "NO", "on", "1e3")
    assert source.published == FuzzyDate(2022, 11, 9)


def test_quote_matches_its_seed_despite_line_breaks_and_straight_quote_marks(tmp_path):
    path = _write(tmp_path, """\
        sources:
          - {id: src-a, title: A, seed: tirana.txt}
        people:
          - {id: mark-rutte, name: Mark Rutte}
        quotes:
          - id: together
            speaker: mark-rutte
            text: >-
              "No one stands alone in NATO", he said,
              "we all   stand together."
            source: src-a
          - id: allies
            speaker: mark-rutte
            text: Allies' investment in cyber defence
            source: src-a
        """)
    quotes = load_knowledge(path, seeds_dir=SEEDS).quotes
    assert quotes["together"].text == '"No one stands alone in NATO", he said, "we all   stand together."'
    assert quotes["allies"].text == "Allies' investment in cyber defence"


def test_each_seed_file_is_read_once_however_many_quotes_cite_it(tmp_path):
    path = _write(tmp_path, """\
        sources:
          - {id: src-a, title: A, seed: tirana.txt}
          - {id: src-b, title: B, seed: tirana.txt}
        people:
          - {id: mark-rutte, name: Mark Rutte}
        quotes:
          - {id: q1, speaker: mark-rutte, text: No one stands alone in NATO, source: src-a}
          - {id: q2, speaker: mark-rutte, text: we all stand together, source: src-b}
          - {id: q3, speaker: mark-rutte, text: Allies' investment, source: src-a}
        """)
    opened = []
    _SEED_OPENS.append(opened)
    try:
        load_knowledge(path, seeds_dir=SEEDS)
    finally:
        _SEED_OPENS.remove(opened)
    assert opened == [str(SEEDS / "tirana.txt")]


_SEED_OPENS: list[list[str]] = []


def _record_seed_opens(event: str, args: tuple) -> None:
    """An audit hook (they cannot be removed, so it only records while a test listens)."""
    if event == "open" and _SEED_OPENS and str(args[0]).startswith(str(SEEDS)):
        _SEED_OPENS[-1].append(str(args[0]))


sys.addaudithook(_record_seed_opens)


def test_seeds_are_found_beside_the_knowledge_directory_by_default(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    path = _write(tmp_path / "knowledge", SMALL.read_text(encoding="utf-8"))
    assert len(load_knowledge(path).quotes) == 2


def test_seeds_dir_overrides_the_default(tmp_path):
    path = _write(tmp_path, SMALL.read_text(encoding="utf-8"))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert {p.field for p in caught.value.problems} == {"sources.src-tirana.seed", "sources.src-rome.seed"}
    assert len(load_knowledge(path, seeds_dir=SEEDS).quotes) == 2


def test_empty_sections_and_a_file_with_only_the_version_load(tmp_path):
    knowledge = load_knowledge(_write(tmp_path, "version: 1\nevents:\nquotes: []\n"))
    assert knowledge.events == {} and knowledge.quotes == {}


def test_composing_uses_the_safe_c_loader_when_pyyaml_has_one():
    assert issubclass(yaml_nodes.TextLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_shipped_knowledge_loads():
    path = default_knowledge_path()
    if not path.exists():
        pytest.skip(f"{path.name} is not written yet")
    knowledge = load_knowledge(path)
    assert knowledge.events and knowledge.quotes and knowledge.sources


def _write(directory: Path, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "knowledge.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


SEED = 'He said: "No one stands alone in NATO", and then: "we all stand together", alone.'


@pytest.mark.parametrize(
    "wanted",
    [
        '"No one stands alone in NATO"',
        "No one stands alone",  # starts inside a seed word ('"No')
        'said: "No',
        "He said:",
        "alone.",
        "stands alone in NATO\", and then: \"we",
        "e said: \"No one stands alone in NATO\", and then: \"we all stand together\", alo",  # cut words at both ends
        "e said:",  # cut at the start only
        "stands alo",  # cut at the end only
        "No one stands alone in the Alliance",
        "alone in NATO alone",
        "stand",
        "",
        "we all stands together",
    ],
)
def test_seed_lookup_by_word_index_agrees_with_a_word_bounded_substring_search(wanted):
    assert SeedText(SEED).contains(normalise(wanted)) is word_bounded_in(normalise(wanted), normalise(SEED))


def test_one_seed_answers_the_same_whatever_was_looked_up_before_it():
    """The seed remembers where its last quote ended and searches from there first: order must not matter."""
    wanted = [normalise(w) for w in ("we all stand together", "No one stands alone in NATO", "He said:", "stand", "alone.")]
    expected = [word_bounded_in(w, normalise(SEED)) for w in wanted]
    for order in (wanted, wanted[::-1], wanted + wanted):
        seed = SeedText(SEED)
        assert [seed.contains(w) for w in order] == [expected[wanted.index(w)] for w in order]


def word_bounded_in(wanted: str, text: str) -> bool:
    """The plain definition: some occurrence neither starts nor ends inside a word of ``text``."""
    places = [i for i in range(len(text)) if text.startswith(wanted, i)] if wanted else []
    return any(
        not (i > 0 and text[i - 1].isalnum() and wanted[0].isalnum())
        and not (i + len(wanted) < len(text) and text[i + len(wanted)].isalnum() and wanted[-1].isalnum())
        for i in places
    )


def test_a_quote_that_starts_or_ends_inside_a_seed_word_is_not_verbatim():
    seed = SeedText("It is unethical for private companies to sell exploits, and careless.")
    assert seed.contains("unethical for private companies")
    assert not seed.contains("ethical for private companies")
    assert not seed.contains("for private compan")
    assert not seed.contains("ethical")
    assert seed.contains("exploits, and care" + "less.")


def test_a_quote_is_held_as_written_exactly_when_its_normalised_text_is_in_the_seed():
    """``holds`` looks for a quote in the seed as read before normalising anything: never another verdict."""
    rng = random.Random(11)
    marked = 'He said:  \u201cNo one stands\nalone\u201d, and then: "we all\tstand together",\n\nalone.'
    for raw in [marked, *(path.read_text(encoding="utf-8") for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")))]:
        seed = SeedText(raw)  # one seed for all: where the last quote was found must not matter
        for _ in range(300):
            start = rng.randrange(len(raw))
            wanted = raw[start : start + rng.randrange(1, 120)]
            for asked in (wanted, wanted[:-1] + "#", " " + wanted + " ", wanted.replace(" ", "  ")):
                assert seed.holds(asked) is SeedText(raw).contains(normalise(asked)), asked


def test_seed_lookup_agrees_with_substring_search_on_every_real_seed():
    rng = random.Random(7)
    for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")):
        seed = SeedText(path.read_text(encoding="utf-8"))
        for _ in range(300):
            start = rng.randrange(len(seed.text))
            wanted = seed.text[start : start + rng.randrange(1, 120)]
            altered = wanted[:-1] + "#" if len(wanted) > 1 else wanted
            assert seed.contains(wanted) is word_bounded_in(wanted, seed.text)
            assert seed.contains(altered) is word_bounded_in(altered, seed.text)
