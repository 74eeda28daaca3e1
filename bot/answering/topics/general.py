"""help, about, sources, search, and the plain "not found" reply."""

from __future__ import annotations

import re

from ...commands import COMMANDS, CommandSpec, find_command
from ...curation.notice import RECORDING_NOTICE
from ...errors import UsageError
from ...knowledge.model import Source
from ...reply import Block, Field, ItemRef, Reply, Text
from .. import messages
from ..listing import more_command, more_text, page_of, split_page
from ..lookup import Lookup
from ..phrasing import TRUST_LABELS, event_label, item_refs, shorten, source_refs
from ..quoted import quoted_spans
from ..search import normalize, tokens
from ..thing_nouns import unmet_noun
from .entry_sources import entries_label, entries_named
from ...patterns import lazy_pattern

SEARCH_LIMIT = 10


def not_found(title: str, text: Text = "", suggestions: tuple[str, ...] = ()) -> Reply:
    """The plain "nothing fits" reply, always with somewhere to go next."""
    blocks = (Block(text),) if text else ()
    return Reply("not_found", title, blocks=blocks, suggestions=suggestions[:3] or ("help", "search nato"))


def answer_help(lookup: Lookup, args: str) -> Reply:
    """``help``: every command with its usage; ``help quote``: one command with examples."""
    if args and args.split()[0].lower() not in ("me", "please", "us", "out"):
        spec = find_command(args.split()[0])
        if spec is None:
            from rapidfuzz import fuzz, process

            best = process.extractOne(args.split()[0].lower(), [c.name for c in COMMANDS], scorer=fuzz.ratio)
            near = best[0] if best and best[1] >= 60 else None
            raise UsageError(messages.no_such_command(args.split()[0], near), ("help",))
        return _help_for(spec)
    blocks = tuple(Block(spec.summary, style="item", heading=spec.usage) for spec in COMMANDS)
    intro = Block(messages.HELP_INTRO)
    return Reply("help", "cyberbot commands", blocks=(intro, *blocks), suggestions=("help quote", "events", "pledge"))


def _help_for(spec: CommandSpec) -> Reply:
    fields = [Field("Usage", spec.usage)]
    if spec.aliases:
        fields.append(Field("Also", ", ".join(spec.aliases)))
    if spec.allowed != "anyone":
        fields.append(Field("Who", "channel managers and admins only"))
    blocks = [Block(spec.summary)]
    blocks += [Block(arg.help, style="item", heading=arg.name + ("" if arg.required else " (optional)")) for arg in spec.args]
    blocks += [Block(sub.summary, style="item", heading=f"{spec.name} {sub.usage}") for sub in spec.subcommands]
    if spec.examples:
        blocks.append(Block("\n".join(spec.examples), heading="Examples"))
    return Reply("help", f"help {spec.name}", blocks=tuple(blocks), fields=tuple(fields), suggestions=spec.examples[:3])


def answer_about(lookup: Lookup, counts: dict[str, int]) -> Reply:
    """What cyberbot is, how much it knows, and where that comes from."""
    knowledge = lookup.knowledge
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items() if kind != "sources")
    articles = [s for s in knowledge.sources.values() if s.seed]
    blocks = (
        Block(messages.ABOUT_WHAT),
        Block(messages.about_counts(summary, len(articles), len(knowledge.sources) - len(articles))),
        Block(messages.ABOUT_TRUST),
        Block(RECORDING_NOTICE),
    )
    return Reply(
        "answer",
        "About cyberbot",
        blocks=blocks,
        fields=tuple(Field(kind.capitalize(), str(n)) for kind, n in counts.items()),
        sources=source_refs(knowledge, articles),
        suggestions=("help", "sources", "today"),
    )


def answer_sources(lookup: Lookup, args: str = "") -> Reply:
    """``sources``: every source, one line each, in pages; ``sources <id>``: the sources behind one entry."""
    args, page = split_page(args.strip())
    knowledge = lookup.knowledge
    if args:
        item = next((i for kind in ANY_KIND if (i := lookup.by_id(kind, args))), None)
        named = _SOURCES_OF.sub("", args)  # "sources for the berlin conference": the entry it names
        entries = [item] if item else entries_named(lookup, named)  # "sources odobescu quote": her quote's
        said = _SAYING.search(named) and _line_named(lookup, named)  # "sources for rutte saying allies are stepping up ...": his line's
        item = item or (entries[0] if entries else said or _not_another_kind(lookup.best(named, ANY_KIND[:-1]), named) if tokens(normalize(named)) else None)
        if item is None:
            return not_found(messages.no_entry_with_id(args), messages.SOURCES_BY_ID, ("sources",))
        if isinstance(item, Source):
            return source_reply(item)
        entries = entries or [item]
        refs = source_refs(knowledge, entries)
        blocks = tuple(Block("", style="item", heading=r.label() + (f" <{r.url}>" if r.url else "")) for r in refs)
        listed = [knowledge.sources[r.id] for r in refs]  # the entry first, then each source it lists
        return Reply("list", messages.sources_of(entries_label(lookup, entries), len(refs)), blocks=blocks,
                     items=item_refs([*entries, *listed]), suggestions=("sources",))
    sources = sorted(knowledge.sources.values(), key=lambda s: str(s.published or ""), reverse=True)
    shown = page_of(sources, page, SOURCES_PAGE)
    blocks = tuple(Block("", style="item", heading=shorten(_source_line(s), 110)) for s in shown.shown)
    if more := more_text(shown, "sources"):
        blocks += (Block(more),)
    return Reply(
        "list",
        messages.sources_title(len(sources)),
        blocks=blocks,
        items=item_refs(shown.shown),
        suggestions=("about", "events"),
        more_hint=more_command(shown, "sources"),
    )


SOURCES_PAGE = 15
_SAYING = lazy_pattern(r"\b(?:saying|said|says|quoted|quote|line|words)\b")
_SOURCES_OF = lazy_pattern(r"^\s*(?:for|of|about|behind|on|used for|used in)\s+", re.IGNORECASE)
ANY_KIND = ("event", "pledge", "quote", "person", "initiative", "source")


def _line_named(lookup: Lookup, named: str):
    """The line ``named`` by its words, of the speaker it names where it names one of them ("ollongren saying ..."), or None."""
    lines = [lookup.item(h.ref) for h in lookup.hits(named, ("quote",))]
    speakers = {person.id for person in lookup.named_by_name(named).people}
    return next((q for q in lines if q.speaker in speakers), lines[0] if lines else None)


def _not_another_kind(item, named: str):
    """``item``, unless ``named`` asks for a kind of thing it is not ("sources for quantum cyber treaty": no line on cyber);
    a line holding the kind's word, or on it by its topics, is about one ("the vilnius concept gives saceur ...": its line)."""
    names = (getattr(item, "name", ""), *getattr(item, "aliases", ()), getattr(item, "text", ""), *getattr(item, "topics", ()))
    return None if item is None or unmet_noun(normalize(named), names, getattr(item, "kind", "") or "", getattr(item, "summary", "") or "") else item


def _source_line(source: Source) -> str:
    extras = ", ".join(p for p in (source.publisher, str(source.published) if source.published else None) if p)
    return f"{source.id}: {source.title}" + (f" ({extras})" if extras else "")


def source_reply(source: Source) -> Reply:
    fields = [Field(name, value) for name, value in (("Publisher", source.publisher), ("Author", source.author),
              ("Published", str(source.published) if source.published else None), ("Link", source.url)) if value]
    return Reply("answer", source.title, blocks=(Block(source.notes),) if source.notes else (), fields=tuple(fields),
                 items=item_refs([source]), suggestions=("sources",))


def answer_search(lookup: Lookup, args: str) -> Reply:
    """Ranked mixed results: events, pledges, quotes, people, initiatives."""
    if not args.strip():
        raise UsageError(messages.SEARCH_WHAT, ("search integrated cyber defence centre", "help search"))
    types = ("event", "pledge", "quote", "person", "initiative")
    if (phrase := quoted_spans(args)) and len(phrase) == 1:
        args = phrase[0]  # search "one for all": those that hold the words as typed, if any do; the title without the marks
    hits = lookup.hits(args, types, limit=SEARCH_LIMIT, min_coverage=0.3)
    if not hits:
        return nothing_about(lookup, args)
    items = [lookup.item(h.ref) for h in hits]
    if phrase and len(phrase) == 1:
        if holding := [n for n, item in enumerate(items) if f" {normalize(args)} " in f" {_item_text(item)} "]:
            hits, items = [hits[n] for n in holding], [items[n] for n in holding]  # only those holding the words as typed
    blocks = tuple(Block("", style="item", heading=shorten(result_line(lookup, h.ref, item), 140)) for h, item in zip(hits, items))
    return Reply(
        "list",
        f"{len(hits)} result{'s' if len(hits) != 1 else ''} for “{shorten(args, 60)}”",
        blocks=blocks,
        items=item_refs(items),
        sources=source_refs(lookup.knowledge, items),
        suggestions=tuple(follow_up(lookup, h.ref, item) for h, item in zip(hits[:3], items)),
    )


def _item_text(item) -> str:
    """An entry's own words, normalised: a quote's text, else its name and summary."""
    return normalize(getattr(item, "text", None) or f"{getattr(item, 'name', '')} {getattr(item, 'summary', '') or ''}")


def result_line(lookup: Lookup, ref: ItemRef, item) -> str:
    """One search result on one line, its kind first; a quote names its speaker and its trust."""
    if ref.type == "quote":
        person = lookup.knowledge.people.get(item.speaker)
        trust = f" ({TRUST_LABELS[item.trust]})" if item.trust != "verified" else ""
        return f"Quote by {person.name if person else item.speaker}{trust}: “{shorten(item.text, 80)}”"
    if ref.type == "event":
        return f"Event: {event_label(item)}"
    return f"{ref.type.capitalize()}: {item.name}"


def follow_up(lookup: Lookup, ref: ItemRef, item) -> str:
    """The command that tells more about a search result."""
    if ref.type == "quote":
        person = lookup.knowledge.people.get(item.speaker)
        return f"quotes {person.name if person else item.speaker}"
    if ref.type == "person":
        return f"who {item.name}"
    if ref.type == "initiative":
        return f"search {item.name}"
    return f"{ref.type} {item.name}"


def nothing_about(lookup: Lookup, text: str) -> Reply:
    """"Nothing in the knowledge matches": with the closest entries, if any, as suggestions."""
    near = lookup.hits(text, ("event", "pledge", "person", "initiative"), limit=3, min_coverage=0.15)
    suggestions = tuple(follow_up(lookup, h.ref, lookup.item(h.ref)) for h in near) or ("help", "events", "pledge")
    return not_found(messages.nothing_matches(text), messages.NOTHING_MATCHES_MORE, suggestions)
