"""Chat-sized replies: every answer fits one chat message (Discord's 2,000 characters) as plain text.

Applied to every reply the engine gives, after the topic has answered:
- sources de-duplicated, at most ``MAX_SOURCES``, then "+N more: ``sources <id>``";
  a not-found reply lists none (it found nothing to cite);
- long texts cut at a sentence end, never mid-word with "…" when a sentence fits;
- then, if still too long, the last blocks dropped with a line saying how many,
  and the reply's ``more_hint`` as the command that shows them.

Pure; the size is estimated the way the plain-text renderer lays a reply out
(one line per field, block and source, wrapped at 88 columns), with a margin.
"""

from __future__ import annotations

from dataclasses import replace

from ..reply import Block, Code, Reply, Text, plain
from ..patterns import lazy_pattern

MAX_CHARS = 2000  # Discord's message limit; the strictest of the three
BUDGET = 1900  # what the estimate may reach: wrapping and indentation take the rest
MAX_SOURCES = 3
TEXT_LIMIT = 600  # characters of one paragraph before it is cut at a sentence end, when a reply is too long
MIN_TEXT = 200  # no paragraph is cut shorter than this; blocks are dropped instead
WRAP = 88

_SENTENCE_END = lazy_pattern(r"(?<=[.!?])[”\"')]?\s")


def cut_at_sentence(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at the end of a sentence (at a word if none fits)."""
    if len(text) <= limit:
        return text
    ends = [m.start() for m in _SENTENCE_END.finditer(text[: limit + 1])]
    if ends and ends[-1] >= limit // 3:
        return text[: ends[-1]].rstrip()
    head = text[: limit - 1].rsplit(" ", 1)[0]
    return head.rstrip(",;:") + "…"


def fit_reply(reply: Reply) -> Reply:
    """``reply`` within one chat message: sources capped, long text cut at sentences, overflow dropped."""
    reply = _cap_sources(reply)
    excess = estimate(reply) - BUDGET
    if excess <= 0:
        return reply
    # Cut the longest paragraphs first, each no shorter than MIN_TEXT, until the excess is gone.
    blocks = list(reply.blocks)
    longest = sorted((n for n, b in enumerate(blocks) if isinstance(b.text, str) and b.style != "quote" and len(b.text) > MIN_TEXT),
                     key=lambda n: -len(blocks[n].text))
    for n in longest:
        text = blocks[n].text
        cut = cut_at_sentence(text, max(MIN_TEXT, min(TEXT_LIMIT, len(text) - excess)))
        old = blocks[n]
        blocks[n] = Block(cut, old.style, old.heading, old.attribution, old.mark, old.fields, old.item)
        excess -= len(text) - len(cut)
        if excess <= 0:
            break
    reply = replace(reply, blocks=tuple(blocks))
    return reply if excess <= 0 and estimate(reply) <= BUDGET else _drop_overflow(reply)


def _cap_sources(reply: Reply) -> Reply:
    if reply.kind == "not_found":
        return replace(reply, sources=(), more_sources=None) if reply.sources else reply
    if len(reply.sources) <= MAX_SOURCES and len({s.id for s in reply.sources}) == len(reply.sources):
        return reply
    sources = tuple(dict.fromkeys(reply.sources))
    if len(sources) <= MAX_SOURCES:
        return replace(reply, sources=sources)
    if reply.kind == "list":  # a list's lines are entries, each with its own sources: point to them
        return replace(reply, sources=(), more_sources=(f"{len(sources)} sources behind these entries: ", Code("sources")))
    hidden = len(sources) - MAX_SOURCES
    command = f"sources {reply.items[0].id}" if reply.items else "sources"
    return replace(reply, sources=sources[:MAX_SOURCES], more_sources=(f"+{hidden} more: ", Code(command)))


def _drop_overflow(reply: Reply) -> Reply:
    """Drop blocks from the end until the reply fits, saying how many were left out and how to see them."""
    blocks = list(reply.blocks)
    dropped: list[Block] = []
    frame, sizes = _frame_size(reply), [block_size(b) for b in blocks]  # estimate() is their sum
    while blocks and frame + sum(sizes) + block_size(_more_block(len(dropped) + 1, reply.more_hint)) > BUDGET:
        dropped.append(blocks.pop())
        sizes.pop()
    if dropped:
        blocks.append(_more_block(len(dropped), reply.more_hint))
    gone = {b.item for b in dropped if b.item is not None} - {b.item for b in blocks}
    fitted = replace(reply, blocks=tuple(blocks), items=tuple(i for i in reply.items if i not in gone))
    if estimate(fitted) > BUDGET:  # very long fields or title: keep the title and the first lines
        fitted = replace(fitted, fields=fitted.fields[:6], blocks=fitted.blocks[:1], suggestions=fitted.suggestions[:3])
    return fitted


def _more_block(count: int, hint: str | None) -> Block:
    text: Text = (f"…and {count} more: ", Code(hint), ".") if hint else f"…and {count} more."
    return Block(text)


def estimate(reply: Reply) -> int:
    """Characters of the reply as the plain-text renderer lays it out, wrapping counted as indentation."""
    return _frame_size(reply) + sum(block_size(b) for b in reply.blocks)


def block_size(block: Block) -> int:
    """Characters ``block`` takes in the plain-text layout (its wrapping counted as indentation)."""
    text = block.text if isinstance(block.text, str) else plain(block.text)
    size = len(text) + 6 * (-(-len(text) // (WRAP - 8))) + 2 if text else 1 if block.style == "item" else 2
    if block.heading:
        size += len(block.heading) + 3
    if block.attribution:
        size += len(block.attribution) + 8
    if block.mark:
        size += len(block.mark) + 6
    return size + sum(len(f.name) + len(f.value) + 8 for f in block.fields)


def _frame_size(reply: Reply) -> int:
    """The title, fields, sources and suggestions: everything ``estimate`` counts but the blocks."""
    size = len(reply.title) + 1
    size += sum(len(f.name) + len(f.value) + 5 for f in reply.fields)
    for source in reply.sources:
        size += len(source.title) + len(source.publisher or "") + len(source.date or "") + len(source.url or "") + 16
    if reply.more_sources:
        size += len(plain(reply.more_sources)) + 4
    if reply.suggestions:
        size += 8 + sum(len(s) + 3 for s in reply.suggestions)
    return size
