"""Broken knowledge files: each kind of problem, at its exact line and column.

Each case is a whole YAML file written to ``tmp_path``, so the expected
``LINE:COL`` can be checked by eye against the text beside it.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.knowledge.loader import load_knowledge

SEEDS = Path(__file__).parent / "fixtures" / "knowledge" / "seeds"

# fmt: off
CASES = [
    pytest.param(
        """\
        version: 1
        events: [
        quotes: []
        """,
        ["4:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence); "
         "fix the indentation, quoting or punctuation here"],
        id="yaml-syntax-error",
    ),
    pytest.param(
        """\
        - id: rome-2022
        """,
        ["1:1: expected a mapping of sections at the top level, got a list, e.g. 'events:' on its own line"],
        id="top-level-not-a-mapping",
    ),
    pytest.param(
        """\
        # nothing but a comment
        """,
        ["1:1: the file is empty; start with 'version: 1' and sections such as 'events:' and 'quotes:'"],
        id="empty-file",
    ),
    pytest.param(
        """\
        version: 2
        evnts: []
        """,
        ["1:10: version: unsupported version '2'; this cyberbot reads version 1",
         "2:1: evnts: unknown section 'evnts'; did you mean 'events'? "
         "(sections: version, sources, people, events, pledges, quotes, initiatives)"],
        id="unknown-section-and-version",
    ),
    pytest.param(
        """\
        people:
          - id: mark-rutte
            name: Mark Rutte
            alias: [Rutte]
            birthday: 1967-02-14
        """,
        ["4:5: people.mark-rutte.alias: unknown key 'alias'; did you mean 'aliases'?",
         "5:5: people.mark-rutte.birthday: unknown key 'birthday'; "
         "allowed keys: id, name, aliases, roles, summary, sources"],
        id="unknown-keys",
    ),
    pytest.param(
        """\
        events:
          - id: rome-2022
            name: Rome conference
          - name: No id here
            kind: summit
            start: 2022
            sources: []
        """,
        ["2:5: events.rome-2022.kind: missing required key 'kind' (one of: conference, summit, exercise, "
         "campaign, incident, announcement, publication, meeting)",
         "2:5: events.rome-2022.sources: missing required key 'sources'",
         "2:5: events.rome-2022.start: missing required key 'start'",
         "4:5: events[1].id: missing required key 'id'",
         "7:14: events[1].sources: 'sources' must list at least one source id"],
        id="missing-required-keys",
    ),
    pytest.param(
        """\
        sources: {id: src-a}
        people:
          - just a name
          - id: jens-stoltenberg
            name: [Jens, Stoltenberg]
            aliases: Stoltenberg
            sources: [!ref src-a, "", [src-b]]
            roles:
              - NATO Secretary General
            summary:
          - {id: mark-rutte, name: "  "}
        """,
        ["1:10: sources: expected a list of entries, got a mapping, e.g. '- id: ...' lines",
         "3:5: people[0]: expected a mapping of 'key: value' lines, got 'just a name'",
         "5:11: people.jens-stoltenberg.name: expected a string, got a list",
         "6:14: people.jens-stoltenberg.aliases: expected a list, got 'Stoltenberg', e.g. [a, b]",
         "7:15: people.jens-stoltenberg.sources[0]: YAML tags such as '!ref' are not allowed in knowledge; "
         "remove the tag",
         "7:27: people.jens-stoltenberg.sources[1]: expected an id, got nothing",
         "7:31: people.jens-stoltenberg.sources[2]: expected an id, got a list",
         "9:9: people.jens-stoltenberg.roles[0]: expected a mapping of 'key: value' lines, "
         "got 'NATO Secretary General'",
         "10:13: people.jens-stoltenberg.summary: 'summary' has no value; give one or remove the key",
         "11:28: people.mark-rutte.name: 'name' has no value; give one"],
        id="wrong-types",
    ),
    pytest.param(
        """\
        people:
          - id: Mark_Rutte
            name: Mark Rutte
          - id: jens--stoltenberg
            name: Jens Stoltenberg
        """,
        ["2:9: people[0].id: bad id 'Mark_Rutte': use lowercase letters, digits and single hyphens, e.g. 'mark-rutte'",
         "4:9: people[1].id: bad id 'jens--stoltenberg': use lowercase letters, digits and single hyphens, "
         "e.g. 'jens-stoltenberg'"],
        id="bad-id-format",
    ),
    pytest.param(
        """\
        people:
          - id: rutte
            name: Mark Rutte
        initiatives:
          - id: rutte
            name: Rutte doctrine
            kind: policy
            summary: Not a real thing.
            sources: []
        """,
        ["5:9: initiatives.rutte.id: duplicate id 'rutte': already used on line 2 (people.rutte); "
         "ids must be unique in the file",
         "9:14: initiatives.rutte.sources: 'sources' must list at least one source id"],
        id="duplicate-ids-across-sections",
    ),
    pytest.param(
        """\
        people:
          - id: mark-rutte
            name: Mark Rutte
            name: Rutte
        """,
        ["4:5: people.mark-rutte.name: duplicate key 'name' (first on line 3); keep one of them"],
        id="duplicate-key",
    ),
    pytest.param(
        """\
        sources:
          - {id: src-a, title: A}
        people:
          - {id: jens-stoltenberg, name: Jens Stoltenberg}
        events:
          - id: rome-2022
            name: Rome conference
            kind: conference
            start: 2022-11-09
            speakers: [jens-stoltenbreg, src-a, nobody-at-all]
            sources: [src-b]
        """,
        ["10:16: events.rome-2022.speakers[0]: unknown person 'jens-stoltenbreg'; did you mean 'jens-stoltenberg'?",
         "10:34: events.rome-2022.speakers[1]: 'src-a' is a source, not a person",
         "10:41: events.rome-2022.speakers[2]: unknown person 'nobody-at-all'; "
         "add a person with this id or fix the reference",
         "11:15: events.rome-2022.sources[0]: unknown source 'src-b'; did you mean 'src-a'?"],
        id="references",
    ),
    pytest.param(
        """\
        sources:
          - {id: src-tirana-2025, title: Tirana, seed: tirana.txt}
        people:
          - {id: mark-rutte, name: Mark Rutte}
        events:
          - {id: tirana-cyber-defence-conference-2025, name: T, kind: conference, start: 2025, sources: [src-tirana-2025]}
        quotes:
          - id: no-one-stands-alone
            speaker: mark-rutte
            text: No one stands alone in NATO
            source: src-tirana-2025
            event: src-tirana-2025
        """,
        ["12:12: quotes.no-one-stands-alone.event: 'src-tirana-2025' is a source, not an event; "
         "did you mean 'tirana-cyber-defence-conference-2025'?"],
        id="wrong-type-reference-suggests-right-type",
    ),
    pytest.param(
        """\
        sources:
          - {id: src-a, title: A, published: 2023-02-30}
          - {id: src-b, title: B, published: 2023-13}
          - {id: src-c, title: C, published: 4 Sept 2014}
          - {id: src-d, title: D, published: 2022-11-09T10:00:00}
          - {id: src-e, title: E, published: "22-11-09"}
        """,
        ["2:38: sources.src-a.published: impossible date '2023-02-30': day is out of range for month",
         "3:38: sources.src-b.published: impossible date '2023-13': month 13 does not exist in '2023-13'",
         "4:38: sources.src-c.published: badly formed date '4 Sept 2014': write YYYY-MM-DD, YYYY-MM or YYYY",
         "5:38: sources.src-d.published: badly formed date '2022-11-09T10:00:00': write YYYY-MM-DD, YYYY-MM or YYYY",
         "6:38: sources.src-e.published: badly formed date '22-11-09': write YYYY-MM-DD, YYYY-MM or YYYY"],
        id="bad-dates",
    ),
    pytest.param(
        """\
        sources:
          - {id: src-a, title: A}
        people:
          - id: jens-stoltenberg
            name: Jens Stoltenberg
            roles:
              - {title: NATO Secretary General, from: 2014-10-01, to: 2014-09}
        events:
          - id: rome-2022
            name: Rome conference
            kind: conference
            start: 2022-11-10
            end: 2022-11-09
            sources: [src-a]
          - id: cyber-coalition-2008
            name: Cyber Coalition 2008
            kind: exercise
            start: 2008-11
            end: 2008-11-20
            sources: [src-a]
        """,
        ["7:63: people.jens-stoltenberg.roles[0].to: to 2014-09 is before from 2014-10-01; swap them or fix the date",
         "13:10: events.rome-2022.end: end 2022-11-09 is before start 2022-11-10; swap them or fix the date"],
        id="end-before-start",
    ),
    pytest.param(
        """\
        sources:
          - {id: src-a, title: A, seed: tirana.txt}
        people:
          - {id: mark-rutte, name: Mark Rutte}
        events:
          - {id: ev, name: E, kind: conferense, start: 2025, sources: [src-a]}
        initiatives:
          - {id: nicc, name: NICC, kind: center, summary: S, sources: [src-a]}
        quotes:
          - id: rutte-no-one-stands-alone
            speaker: mark-rutte
            text: No one stands alone in NATO
            source: src-a
            trust: verifed
        """,
        ["6:29: events.ev.kind: invalid kind 'conferense'; did you mean 'conference'? (one of: conference, "
         "summit, exercise, campaign, incident, announcement, publication, meeting)",
         "8:34: initiatives.nicc.kind: invalid kind 'center'; did you mean 'centre'? (one of: centre, team, "
         "platform, exercise, cell, policy, campaign, programme)",
         "14:12: quotes.rutte-no-one-stands-alone.trust: invalid trust 'verifed'; did you mean 'verified'? "
         "(one of: verified, unverified, translated)"],
        id="invalid-kind-and-trust",
    ),
    pytest.param(
        """\
        sources:
          - {id: src-a, title: A}
          - {id: src-b, title: B, seed: tirana.text}
          - {id: src-c, title: C, seed: ../knowledge/secret.txt}
        people:
          - {id: mark-rutte, name: Mark Rutte}
        quotes:
          - {id: q1, speaker: mark-rutte, text: No one stands alone in NATO, source: src-a}
          - {id: q2, speaker: mark-rutte, text: No one stands alone in NATO, source: src-b}
        """,
        ["3:33: sources.src-b.seed: seed file 'tirana.text' does not exist in {seeds}; did you mean 'tirana.txt'?",
         "4:33: sources.src-c.seed: seed '../knowledge/secret.txt' must be a file name in the seeds directory, "
         "not a path",
         "8:78: quotes.q1.source: source 'src-a' has no seed; a quote must cite a source with 'seed:' "
         "so its text can be checked against the article"],
        id="seeds",
    ),
    pytest.param(
        """\
        sources:
          - {id: src-a, title: A, seed: tirana.txt}
        people:
          - {id: mark-rutte, name: Mark Rutte}
        quotes:
          - id: rutte-no-one-stands-alone
            speaker: mark-rutte
            text: No one stands alone in the Alliance
            source: src-a
        """,
        ["8:11: quotes.rutte-no-one-stands-alone.text: text not found in seed 'tirana.txt'; copy the words "
         """exactly as the seed prints them. Closest passage (77% alike): '"No one stands alone in NATO", he said,'"""],
        id="quote-not-in-seed",
    ),
    pytest.param(
        """\
        people:
          - id: mark-rutte
            name: !!python/object/apply:os.system ["echo pwned"]
            summary: !secret summary
        """,
        ["3:11: people.mark-rutte.name: YAML tags such as '!!python/object/apply:os.system' "
         "are not allowed in knowledge; remove the tag",
         "4:14: people.mark-rutte.summary: YAML tags such as '!secret' are not allowed in knowledge; remove the tag"],
        id="tags-are-refused-never-run",
    ),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_broken_file_reports_every_problem_at_its_position(tmp_path, text, expected):
    path = tmp_path / "knowledge.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")

    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path, seeds_dir=SEEDS)

    assert [str(p) for p in caught.value.problems] == [
        f"{path}:{line.format(seeds=SEEDS)}" for line in expected
    ]


def test_problems_from_both_passes_come_sorted_by_position(tmp_path):
    path = tmp_path / "knowledge.yaml"
    path.write_text(
        textwrap.dedent("""\
        events:
          - {id: ev, name: E, kind: summit, start: 2020, sources: [src-missing]}
        people:
          - {id: p, name: P, nickname: X}
        """),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path, seeds_dir=SEEDS)
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (2, "events.ev.sources[0]"),
        (4, "people.p.nickname"),
    ]


def test_missing_file_is_one_problem_naming_the_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert str(caught.value) == f"{path}:1:1: cannot read the knowledge file: No such file or directory"


def test_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("people:\n  - {id: p, name: Bj\xf6rn}\n".encode("latin-1"))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert str(caught.value) == (
        f"{path}:1:1: cannot read the knowledge file: not UTF-8 text (invalid start byte at byte 28)"
    )


def test_second_document_is_a_syntax_error(tmp_path):
    path = tmp_path / "two.yaml"
    path.write_text("version: 1\n---\nversion: 1\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, 1)]
    assert "expected a single document" in caught.value.problems[0].message
