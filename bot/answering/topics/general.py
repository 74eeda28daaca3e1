"""help, about, sources, search, and the plain "not found" reply."""

from __future__ import annotations

from ...commands import COMMANDS, CommandSpec, find_command
from ...errors import UsageError
from ..lookup import Lookup
from ..phrasing import ECHO_LIMIT, event_label, item_refs, quote_block, shorten, source_refs
from ...reply import Block, Field, ItemRef, Reply

SEARCH_LIMIT = 10


def not_found(title: str, text: str = "", suggestions: tuple[str, ...] = ()) -> Reply:
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
            hint = f" Did you mean `{best[0]}`?" if best and best[1] >= 60 else ""
            raise UsageError(f'There is no command "{shorten(args.split()[0], ECHO_LIMIT)}".{hint} Type `help` for the list.', ("help",))
        return _help_for(spec)
    blocks = tuple(Block(spec.summary, style="item", heading=spec.usage) for spec in COMMANDS)
    intro = Block(
        "Ask a command, or a question in your own words: "
        "“when was the conference in Tirana?”, “what did Rutte say about investment?”."
    )
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
        Block(
            "cyberbot answers questions about NATO cyber-defence events, pledges and quotes: "
            "conferences and summits, the Cyber Defence Pledge, who said what and when."
        ),
        Block(
            f"It knows {summary}. They come from {len(articles)} articles, with dates and facts the articles "
            f"leave open checked against {len(knowledge.sources) - len(articles)} further references (type `sources`)."
        ),
        Block("Quotes from a machine-translated article are marked as re-translations, not the speaker's own words."),
    )
    return Reply(
        "answer",
        "About cyberbot",
        blocks=blocks,
        fields=tuple(Field(kind.capitalize(), str(n)) for kind, n in counts.items()),
        sources=source_refs(knowledge, articles),
        suggestions=("help", "sources", "today"),
    )


def answer_sources(lookup: Lookup) -> Reply:
    """Every source, with what it is and how far it can be trusted."""
    sources = list(lookup.knowledge.sources.values())
    blocks = []
    for source in sources:
        fields = [Field(name, value) for name, value in (("Publisher", source.publisher), ("Author", source.author),
                  ("Published", str(source.published) if source.published else None), ("Link", source.url)) if value]
        blocks.append(Block(source.notes or "", style="item", heading=source.title, fields=tuple(fields)))
    return Reply(
        "list",
        f"{len(sources)} sources",
        blocks=tuple(blocks),
        items=item_refs(sources),
        sources=source_refs(lookup.knowledge, sources),
        suggestions=("about", "events"),
    )


def answer_search(lookup: Lookup, args: str) -> Reply:
    """Ranked mixed results: events, pledges, quotes, people, initiatives."""
    if not args.strip():
        raise UsageError("What should I search for? For example `search integrated cyber defence centre`.", ("help search",))
    types = ("event", "pledge", "quote", "person", "initiative")
    hits = lookup.hits(args, types, limit=SEARCH_LIMIT, min_coverage=0.3)
    if not hits:
        return nothing_about(lookup, args)
    items = [lookup.item(h.ref) for h in hits]
    blocks = tuple(result_block(lookup, h.ref, item) for h, item in zip(hits, items))
    return Reply(
        "list",
        f"{len(hits)} results for “{shorten(args, 60)}”",
        blocks=blocks,
        items=item_refs(items),
        sources=source_refs(lookup.knowledge, items),
        suggestions=tuple(follow_up(lookup, h.ref, item) for h, item in zip(hits[:3], items)),
    )


def result_block(lookup: Lookup, ref: ItemRef, item) -> Block:
    """One search result, its kind in the heading; quotes keep their attribution and trust mark."""
    if ref.type == "quote":
        return quote_block(lookup.knowledge, item, heading="Quote")
    if ref.type == "event":
        return Block(shorten(item.summary or "", 200), style="item", heading=f"Event: {event_label(item)}")
    text = getattr(item, "summary", None) or ""
    return Block(shorten(text, 200), style="item", heading=f"{ref.type.capitalize()}: {item.name}")


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
    return not_found(
        f"Nothing in the knowledge matches “{shorten(text, 60)}”",
        "cyberbot knows NATO cyber-defence events, pledges, quotes and the people behind them. Try one of these:",
        suggestions,
    )
