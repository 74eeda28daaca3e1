"""Plain-text rendering of a Reply, for the console, the CLI and chat fallbacks.

Commands show in backticks (`events 2024`), emphasis and links as their words.
"""

from __future__ import annotations

import textwrap

from bot.reply import Block, Reply, plain


def render_text(reply: Reply, *, width: int = 88) -> str:
    """The reply as plain text: title, blocks, fields, sources, suggestions."""
    lines = [reply.title]
    if reply.fields:
        lines += [f"  {f.name}: {f.value}" for f in reply.fields]
    previous = None
    for block in reply.blocks:
        if not (_is_line(block) and previous is not None and _is_line(previous)):
            lines.append("")  # a list of one-line items stays together; paragraphs are apart
        lines += _render_block(block, width)
        previous = block
    if reply.sources:
        lines.append("")
        lines.append("Sources:")
        for source in reply.sources:
            lines.append(f"  - {source.label()}" + (f" <{source.url}>" if source.url else ""))
    if reply.more_sources:
        lines.append(f"  {plain(reply.more_sources)}")
    if reply.suggestions:
        lines.append("")
        lines.append("Try: " + " · ".join(reply.suggestions))
    return "\n".join(lines)


def _is_line(block: Block) -> bool:
    return block.style == "item" and not block.text and not block.fields and not block.mark


def _render_block(block: Block, width: int) -> list[str]:
    out: list[str] = []
    if block.heading:
        out.append(f"• {block.heading}" if block.style == "item" else block.heading)
    indent = "  " if block.style == "item" else ""
    if block.style == "quote":
        out += textwrap.wrap(f"“{plain(block.text)}”", width, initial_indent="  ", subsequent_indent="  ")
        if block.attribution:
            out.append(f"    — {block.attribution}")
    elif block.text:
        for paragraph in plain(block.text).split("\n"):
            out += textwrap.wrap(paragraph, width, initial_indent=indent, subsequent_indent=indent) or [""]
    out += [f"{indent}  {f.name}: {f.value}" for f in block.fields]
    if block.mark:
        out.append(f"{indent}  ⚠ {block.mark}")
    return out


def render_json(reply: Reply) -> str:
    """The reply as JSON: ``text``, ``kind``, ``title``, ``items``, ``sources``, ``suggestions``."""
    payload = {
        "kind": reply.kind,
        "title": reply.title,
        "text": render_text(reply),
        "items": [{"type": i.type, "id": i.id} for i in reply.items],
        "sources": [
            {"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date, "url": s.url}
            for s in reply.sources
        ],
        "suggestions": list(reply.suggestions),
    }
    import json  # here: only `cyberbot ask --json` needs it

    return json.dumps(payload, ensure_ascii=False, indent=2)
