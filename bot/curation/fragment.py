"""A Draft as a YAML fragment a curator edits and pastes into the knowledge file.

The fragment is a mapping with the knowledge file's own sections (``sources``,
``people``, ``events``, ``quotes``); ``# TODO`` comments mark what a human must
decide, other comments say where a value comes from.
"""

from __future__ import annotations

import json
import re

from .draft import Draft, DraftEvent, DraftPerson, DraftQuote

_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._/-]*")
_YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def render_fragment(draft: Draft, *, article: str, knowledge: str) -> str:
    lines = [
        f"# Drafted by `cyberbot draft` from {article}, against {knowledge}.",
        "# Settle every TODO, then paste each section's entries under the same section of the",
        "# knowledge file, copy the article into seeds/ and run `cyberbot validate`.",
        *_source(draft),
        *_people(draft.people, draft.source.id),
        *_events(draft),
        *_quotes(draft),
    ]
    return "\n".join(lines) + "\n"


def scalar(value) -> str:
    """A YAML scalar: plain when it cannot be misread, else double-quoted (JSON is valid YAML)."""
    text = str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS and not text[0].isdigit() and not text.endswith((" ", ".")):
        return text
    if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", text):
        return text  # a date
    return json.dumps(text, ensure_ascii=False)


def _source(draft: Draft) -> list[str]:
    source = draft.source
    lines = ["sources:", f"  - id: {source.id}", f"    title: {scalar(source.title)}  # TODO: check the headline (read from the article's first lines)"]
    for key, value in (("publisher", source.publisher), ("author", source.author), ("url", source.url)):
        if value:
            lines.append(f"    {key}: {scalar(value)}")
    if source.published:
        note = "  # TODO: check: read from the article's first lines" if source.published_from_text else ""
        lines.append(f"    published: {source.published.isoformat()}{note}")
    else:
        lines.append("    # TODO: published: YYYY-MM-DD (the article gives no date of its own)")
    lines.append(f"    seed: {scalar(source.seed)}  # TODO: copy the article into seeds/ under this name; quotes are checked against it")
    return lines


def _people(people: tuple[DraftPerson, ...], source_id: str) -> list[str]:
    if not people:
        return ["people: []  # every speaker is already in the knowledge"]
    lines = ["people:"]
    for person in people:
        lines += [
            f"  - id: {person.id}  # TODO: new person, named as a speaker: {scalar(person.phrase)}",
            f"    name: {scalar(person.name)}  # TODO: the full name, as the person writes it",
        ]
        if person.aliases:
            lines.append(f"    aliases: [{', '.join(scalar(a) for a in person.aliases)}]")
        lines += ["    # TODO: roles: [{title: ..., from: YYYY-MM-DD, aliases: [...]}] and a summary", f"    sources: [{source_id}]"]
    return lines


def _events(draft: Draft) -> list[str]:
    lines = []
    for match in draft.matched_events:
        how = "same place and dates" if match.by_date else "same place, around the publication date: TODO check"
        said = ", ".join(sorted({scalar(m.text.rstrip('.')) for m in match.dates}))
        lines.append(f"  # known event: {match.event_id} ({match.label}; {how}{'; the article says ' + said if said else ''})")
    if not draft.events:
        return ["events: []  # the article reports on a known event", *lines]
    out = ["events:", *lines]
    for event in draft.events:
        out += _event(event, draft.source.id)
    return out


def _event(event: DraftEvent, source_id: str) -> list[str]:
    stub = event.stub
    name = scalar(stub.name) if stub.name else '""  # TODO: name the event'
    lines = [
        f"  - id: {event.id}  # TODO: new event: check it is not a known one under another name",
        f"    name: {name}",
        f"    kind: {stub.kind}  # TODO: conference, summit, exercise, campaign, incident, announcement, publication or meeting",
    ]
    if stub.start:
        lines.append(f"    start: {stub.start.iso()}  # TODO: check the dates")
        if stub.end:
            lines.append(f"    end: {stub.end.iso()}")
    else:
        lines.append('    start: ""  # TODO: YYYY-MM-DD: the article gives no date')
    for key, value in (("city", stub.city), ("country", stub.country)):
        if value:
            lines.append(f"    {key}: {scalar(value)}  # TODO: check the place")
    lines.append(f"    sources: [{source_id}]")
    return lines


def _quotes(draft: Draft) -> list[str]:
    lines = ["quotes:" if draft.quotes else "quotes: []"]
    lines += [f"  # {aside.note}: {scalar(aside.text)}" for aside in draft.asides]
    if draft.quotes:
        lines.append("  # TODO for every quote: check the words against an official text; add `trust: unverified`")
        lines.append("  # or `trust: translated` where they are not the speaker's own, and `topics: [...]`.")
    for quote in draft.quotes:
        lines += _quote(quote, draft.source.id)
    return lines


def _quote(quote: DraftQuote, source_id: str) -> list[str]:
    lines = [f"  - id: {quote.id}"]
    lines += [f"    # TODO: {todo}" for todo in quote.todos]
    if quote.speaker:
        lines.append(f"    speaker: {quote.speaker}  # {scalar(quote.phrase)}")
    else:
        lines.append('    speaker: ""  # TODO: a person id')
    lines += [f"    text: {scalar(quote.text)}", f"    source: {source_id}"]
    if quote.said:
        lines.append(f"    said: {quote.said.iso()}")
    else:
        lines.append("    # TODO: said: YYYY-MM-DD, if the article tells")
    if quote.event:
        lines.append(f"    event: {quote.event}")
    return lines
