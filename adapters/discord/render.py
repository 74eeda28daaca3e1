"""Render a core ``Reply`` as a Discord message payload: plain JSON, no discord import.

``render_message(reply)`` gives ``{"content": str | None, "embeds": [dict]}`` in
Discord's own JSON shape, always within Discord's limits, so sending it can never
fail with "embed too long". The adapter turns each dict into ``discord.Embed.from_dict``.

Every piece of text goes through ``escape`` first: Markdown is neutralised and
``@everyone``, ``@here`` and ``<@id>``/``<@&role>`` get a zero-width space after
the ``@``, so nothing the knowledge or a user wrote can look like a ping. (The
authoritative guard is ``AllowedMentions.none()`` on every send; this is the
belt to its braces.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.reply import (
    Block,
    Code,
    Emphasis,
    Link,
    Reply,
    SourceRef,
    Text,
    inline_parts,
    plain,
)

# Discord's documented limits (https://docs.discord.com/developers/resources/message#embed-object-embed-limits).
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000

# Below this many characters of description, fields are dropped to make room.
MIN_DESCRIPTION = 400

COLOURS = {
    "answer": 0x004985,  # NATO blue
    "list": 0x004985,
    "help": 0x004985,
    "not_found": 0xF2A900,
    "usage": 0xF2A900,
    "error": 0xC8102E,
    "denied": 0xC8102E,
}

ZWSP = "\u200b"
_PING = re.compile(r"@(everyone|here|[!&]?[0-9]{15,21})")
_MARKDOWN = re.compile(r"([\\*_~|`\[\]])")
_LINE_START = re.compile(r"^(\s*)([>#])", re.MULTILINE)  # a quote or heading only at a line's start


def defuse_mentions(text: str) -> str:
    """``"@everyone hi <@&123…>"`` -> ``"@\\u200beveryone hi <@\\u200b&123…>"``."""
    return _PING.sub(lambda m: f"@{ZWSP}{m.group(1)}", text)


def escape(text: str) -> str:
    """Plain text -> Discord Markdown that shows exactly that text and pings nobody."""
    return defuse_mentions(_LINE_START.sub(r"\1\\\2", _MARKDOWN.sub(r"\\\1", text)))


def cut(text: str, limit: int, ellipsis: str = "…") -> str:
    """Shorten ``text`` to ``limit`` characters at a word boundary, ending with ``ellipsis``."""
    if len(text) <= limit:
        return text
    room = max(0, limit - len(ellipsis))
    head = text[:room]
    space = head.rfind(" ")
    if space > room * 2 // 3:
        head = head[:space]
    head = head.rstrip()
    while head.endswith("\\"):  # never leave half of an escape behind
        head = head[:-1]
    return head + ellipsis


def more_line(count: int, hint: str | None) -> str:
    """``"…and 12 more — try `/cyber ask text:events 2024`"``: what a cut list ends with."""
    line = f"…and {count} more"
    if hint:
        return f"{line} — try {_code('/cyber ask text:' + hint)}"
    return line + "."


def render_message(reply: Reply) -> dict:
    """The reply as ``{"content": ..., "embeds": [...]}``, within every Discord limit."""
    if _is_one_liner(reply):
        return {"content": _render_one_liner(reply), "embeds": []}
    return {"content": None, "embeds": [render_embed(reply)]}


def render_notice(text: str) -> dict:
    """An adapter's own short message (cooldown, failure) as plain content."""
    return {"content": cut(escape(text), CONTENT_LIMIT), "embeds": []}


def _is_one_liner(reply: Reply) -> bool:
    return reply.kind in ("usage", "error", "denied") and not (reply.blocks or reply.fields or reply.sources)


def _render_one_liner(reply: Reply) -> str:
    text = escape(reply.title)
    if reply.suggestions:
        text += "\n" + _suggestion_line(reply.suggestions)
    return cut(text, CONTENT_LIMIT)


def _suggestion_line(suggestions: tuple[str, ...]) -> str:
    return "Try: " + " · ".join(_code(s) for s in suggestions)


def _code(text: str) -> str:
    """``text`` as inline code: no backticks inside, mentions still defused."""
    return f"`{defuse_mentions(cut(text.replace('`', ''), 200))}`"


def render_embed(reply: Reply) -> dict:
    """One embed dict for ``reply``: title, description, fields, footer, colour."""
    embed: dict = {"title": cut(escape(reply.title), TITLE_LIMIT), "color": COLOURS.get(reply.kind, COLOURS["answer"])}
    fields = _render_fields(reply)
    footer = _render_footer(reply.sources)
    fixed = len(embed["title"]) + len(footer)
    while fields and fixed + _fields_size(fields) + MIN_DESCRIPTION > EMBED_TOTAL_LIMIT:
        fields.pop()
    budget = min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - fixed - _fields_size(fields))
    description = render_description(reply.blocks, budget, reply.more_hint)
    if description:
        embed["description"] = description
    if fields:
        embed["fields"] = fields
    if footer:
        embed["footer"] = {"text": footer}
    return embed


def embed_size(embed: dict) -> int:
    """The characters Discord counts against the 6,000 total of one embed."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    return size + _fields_size(embed.get("fields", []))


def _fields_size(fields: list[dict]) -> int:
    return sum(len(f["name"]) + len(f["value"]) for f in fields)


def _field(name: str, value: str, inline: bool) -> dict:
    return {"name": cut(name, FIELD_NAME_LIMIT) or ZWSP, "value": cut(value, FIELD_VALUE_LIMIT) or ZWSP, "inline": inline}


def _render_fields(reply: Reply) -> list[dict]:
    """Reply fields (inline), then "Sources" links and "Try" suggestions, at most 25."""
    tail = []
    links = _render_links(reply.sources)
    if links and reply.more_sources:
        links = cut(links + "\n" + markdown(reply.more_sources), FIELD_VALUE_LIMIT)
    if links:
        tail.append(_field("Sources", links, inline=False))
    if reply.suggestions:
        tail.append(_field("Try", _suggestion_line(reply.suggestions).removeprefix("Try: "), inline=False))
    room = FIELD_COUNT_LIMIT - len(tail)
    fields = [_field(escape(f.name), escape(f.value), inline=True) for f in reply.fields]
    if len(fields) > room:
        hidden = len(fields) - (room - 1)
        fields = fields[: room - 1] + [_field("More", more_line(hidden, reply.more_hint), inline=False)]
    return fields + tail


def _render_links(sources: tuple[SourceRef, ...]) -> str:
    """``[Title](url)`` lines for the sources that have a web address, cut to one field."""
    linked = [s for s in sources if _is_web_url(s.url)]
    lines: list[str] = []
    for index, source in enumerate(linked):
        line = f"[{escape(cut(source.title, 200))}]({source.url.replace(')', '%29')})"
        left = len(linked) - index - 1
        reserve = len(more_line(left, None)) + 1 if left else 0
        if sum(len(x) + 1 for x in lines) + len(line) + reserve > FIELD_VALUE_LIMIT:
            lines.append(more_line(len(linked) - index, None))
            break
        lines.append(line)
    return "\n".join(lines)


def _is_web_url(url: str | None) -> bool:
    return bool(url) and url.startswith(("https://", "http://")) and " " not in url and len(url) <= 500


def _render_footer(sources: tuple[SourceRef, ...]) -> str:
    if not sources:
        return ""
    label = "Source: " if len(sources) == 1 else "Sources: "
    return cut(defuse_mentions(label + " · ".join(s.label() for s in sources)), FOOTER_LIMIT)


def render_description(blocks: tuple[Block, ...], budget: int, more_hint: str | None) -> str:
    """The blocks as Markdown paragraphs within ``budget`` characters.

    Whole blocks are kept while they fit; the rest become one "…and N more"
    line. A first block too long on its own is cut at a word instead.
    """
    parts = [render_block(b) for b in blocks]
    kept: list[str] = []
    used = 0
    for index, part in enumerate(parts):
        left = len(parts) - index - 1
        reserve = len(more_line(left, more_hint)) + 2 if left else 0
        joined = index and _is_line(blocks[index]) and _is_line(blocks[index - 1])
        need = len(part) + (0 if not kept else 1 if joined else 2)
        if used + need + reserve <= budget:
            kept.append(("\n" if joined else "\n\n") + part if kept else part)
            used += need
            continue
        if not kept:
            kept.append(_fit_block(blocks[index], budget - reserve - 2 if left else budget))
            if left:
                kept.append(more_line(left, more_hint))
        else:
            kept.append(more_line(len(parts) - index, more_hint))
        break
    return kept[0] + "".join(p if p.startswith("\n") else "\n\n" + p for p in kept[1:]) if kept else ""


def _is_line(block: Block) -> bool:
    """A list item with nothing but its heading: consecutive ones are lines of one list."""
    return block.style == "item" and not block.text and not block.fields and not block.mark


def _fit_block(block: Block, budget: int) -> str:
    """One block shortened to ``budget`` by cutting its text, so its heading,
    attribution and trust mark stay visible."""
    room = budget
    while room > 0:
        part = render_block(replace(block, text=cut(plain(block.text), room)))
        if len(part) <= budget:
            return part
        room -= len(part) - budget
    return cut(render_block(block), budget)


def render_block(block: Block) -> str:
    """One block as Markdown: a paragraph, a ``> `` quote with attribution, or a list item."""
    lines: list[str] = []
    if block.heading:
        bullet = "• " if block.style == "item" else ""
        lines.append(f"**{bullet}{escape(block.heading)}**")
    if block.style == "quote":
        lines += [f"> {escape(line)}" if line.strip() else ">" for line in f"“{plain(block.text)}”".split("\n")]
        if block.attribution:
            lines.append(f"> — *{escape(block.attribution)}*")
    elif block.text:
        lines.append(markdown(block.text))
    if block.fields:
        lines.append(" · ".join(f"**{escape(f.name)}:** {escape(f.value)}" for f in block.fields))
    if block.mark:
        lines.append(f"⚠️ **{escape(block.mark)}**")
    return "\n".join(lines)


def markdown(text: Text) -> str:
    """Reply text as Discord Markdown: plain parts escaped, ``Code`` as inline code, ``Emphasis`` in
    asterisks, ``Link`` as ``[words](url)`` for a web address."""
    out = []
    for part in inline_parts(text):
        if isinstance(part, str):
            out.append(escape(part))
        elif isinstance(part, Code):
            out.append(_code(part.text))
        elif isinstance(part, Emphasis):
            out.append(f"*{escape(part.text)}*")
        elif isinstance(part, Link) and _is_web_url(part.url):
            out.append(f"[{escape(part.text)}]({part.url.replace(')', '%29')})")
        else:
            out.append(escape(part.text))
    return "".join(out)
