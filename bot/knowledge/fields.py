"""The knowledge format as data: one table of fields per section.

The loader (``bot.knowledge.loader``), the JSON Schema (``bot.knowledge.schema``) and the tests
that hold ``knowledge/README.md`` to the format all read these tables, so the
three cannot drift apart.

Field kinds:
    text     a scalar, kept as its text (``title: 2022`` is the string "2022")
    texts    a list of texts
    date     ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the form is the precision)
    id       an id: lowercase letters, digits and hyphens, unique in the file
    ref      the id of an entry of type ``target``
    refs     a list of such ids
    records  a list of mappings described by ``fields`` (a person's roles)
    version  the format version, an integer
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from ..patterns import lazy_pattern

Kind = Literal["text", "texts", "date", "id", "ref", "refs", "records", "version"]

ID_PATTERN = lazy_pattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DATE_PATTERN = lazy_pattern(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
FORMAT_VERSION = 1

EVENT_KINDS = ("conference", "summit", "exercise", "campaign", "incident", "announcement", "publication", "meeting")
INITIATIVE_KINDS = ("centre", "team", "platform", "exercise", "cell", "policy", "campaign", "programme")
TRUST_LEVELS = ("verified", "unverified", "translated")


class FieldSpec(NamedTuple):
    """One key of a record: its kind, whether it is required, what it refers to."""

    key: str
    kind: Kind
    required: bool = False
    help: str = ""
    target: str | None = None  # item type named by a ref/refs
    choices: tuple[str, ...] = ()  # allowed values of a text
    attr: str | None = None  # dataclass attribute, when it differs from the key
    fields: tuple[FieldSpec, ...] = ()  # the record's fields, for kind "records"
    min_items: int = 0

    @property
    def attribute(self) -> str:
        return self.attr or self.key


class SectionSpec(NamedTuple):
    """A top-level list of entries of one item type."""

    name: str  # the YAML key: "events"
    item_type: str  # the model's item type: "event"
    fields: tuple[FieldSpec, ...]
    help: str = ""

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)


ID = FieldSpec("id", "id", required=True, help="lowercase letters, digits and hyphens, unique in the file")
NAME = FieldSpec("name", "text", required=True)
ALIASES = FieldSpec("aliases", "texts", help="other names and spellings")
SUMMARY = FieldSpec("summary", "text", help="one or two sentences")


def _sources(required: bool) -> FieldSpec:
    return FieldSpec("sources", "refs", required=required, target="source", min_items=int(required), help="source ids")


ROLE_FIELDS = (
    FieldSpec("title", "text", required=True),
    FieldSpec("from", "date", attr="start", help="the first day in the role"),
    FieldSpec("to", "date", attr="end", help="the first day no longer in the role; not before `from`"),
    FieldSpec("aliases", "texts", help="titles that resolve to whoever held the role on a date: Secretary General"),
)

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("sources", "source", help="where everything comes from", fields=(
        ID,
        FieldSpec("title", "text", required=True, help="headline of the article or page"),
        FieldSpec("publisher", "text"),
        FieldSpec("author", "text"),
        FieldSpec("published", "date"),
        FieldSpec("url", "text"),
        FieldSpec("seed", "text", help="file name in ../seeds/; quotes must cite a source with a seed"),
        FieldSpec("notes", "text", help="what to know about this source, e.g. machine translation"),
    )),
    SectionSpec("people", "person", help="people with their names, aliases and dated roles", fields=(
        ID,
        NAME,
        ALIASES,
        FieldSpec("roles", "records", fields=ROLE_FIELDS, help="roles with dates: {title, from, to, aliases}"),
        SUMMARY,
        _sources(required=False),
    )),
    SectionSpec("events", "event", help="conferences, summits, exercises, campaigns", fields=(
        ID,
        NAME,
        FieldSpec("kind", "text", required=True, choices=EVENT_KINDS),
        FieldSpec("start", "date", required=True),
        FieldSpec("end", "date", help="not before start"),
        FieldSpec("city", "text"),
        FieldSpec("country", "text"),
        FieldSpec("venue", "text"),
        FieldSpec("hosts", "texts", help="countries, ministries, people (free text)"),
        FieldSpec("speakers", "refs", target="person", help="person ids"),
        FieldSpec("participants", "refs", target="person", help="person ids: took part (a panel, a delegation, a host) with no speech recorded"),
        FieldSpec("series", "text", help="e.g. Cyber Defence Pledge Conference"),
        SUMMARY,
        ALIASES,
        _sources(required=True),
        FieldSpec("notes", "text", help="caveats, e.g. what the seed article gets wrong"),
    )),
    SectionSpec("pledges", "pledge", help="pledges: when and by whom made, what they commit to", fields=(
        ID,
        NAME,
        FieldSpec("date", "date", required=True, help="when it was agreed or made"),
        FieldSpec("by", "text", required=True, help="who pledged (free text)"),
        FieldSpec("summary", "text", required=True),
        FieldSpec("event", "ref", target="event", help="event id where it was agreed"),
        FieldSpec("commitments", "texts"),
        FieldSpec("quotes", "refs", target="quote", help="quote ids that call for it or recommit to it"),
        ALIASES,
        _sources(required=True),
    )),
    SectionSpec("quotes", "quote", help="words exactly as the cited seed prints them", fields=(
        ID,
        FieldSpec("speaker", "ref", required=True, target="person", help="person id"),
        FieldSpec("text", "text", required=True, help="the words exactly as the cited seed prints them"),
        FieldSpec("source", "ref", required=True, target="source", help="id of a source with a seed"),
        FieldSpec("trust", "text", choices=TRUST_LEVELS, help="verified (default), unverified or translated"),
        FieldSpec("said", "date"),
        FieldSpec("event", "ref", target="event", help="event id"),
        FieldSpec("topics", "texts", help="short topic words"),
        FieldSpec("original", "text", help="the speaker's own wording where a translation differs"),
        FieldSpec("variant_of", "ref", target="quote", help="id of the quote whose words this one restates (a headline's or sub-heading's wording)"),
        FieldSpec("note", "text"),
    )),
    SectionSpec("initiatives", "initiative", help="standing bodies, capabilities and programmes", fields=(
        ID,
        NAME,
        FieldSpec("kind", "text", required=True, choices=INITIATIVE_KINDS),
        FieldSpec("summary", "text", required=True),
        FieldSpec("established", "date"),
        ALIASES,
        FieldSpec("events", "refs", target="event", help="related event ids"),
        _sources(required=True),
    )),
)

VERSION = FieldSpec("version", "version", help=f"the format version: {FORMAT_VERSION}")
SECTIONS_BY_NAME = {s.name: s for s in SECTIONS}
TOP_LEVEL_KEYS = (VERSION.key, *SECTIONS_BY_NAME)
