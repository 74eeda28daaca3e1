"""A core ``Reply`` as a Slack message: Block Kit ``blocks`` plus a plain ``text`` fallback.

Pure: no slack imports, no I/O. Every piece of knowledge and user text goes
through ``escape`` (``&``, ``<``, ``>`` — Slack's whole escaping rule), so no
answer can ever contain ``<!channel>``, ``<!here>``, ``<@U…>`` or a disguised
link. Slack's size limits are applied here: a long list is cut with
"and N more — try `/cyber events 2024`" instead of being refused by the API.
"""

from __future__ import annotations

import json
import re

from bot.curation.feedback import LABELS, VERDICTS
from bot.reply import Block, Code, Emphasis, Field, Link, Reply, SourceRef, Text, inline_parts, plain
from bot.safe_values import visible

# Slack's limits (api.slack.com/reference/block-kit): characters unless said.
MAX_BLOCKS = 50
SECTION_TEXT_LIMIT = 3000
FIELD_TEXT_LIMIT = 2000
MAX_SECTION_FIELDS = 10
HEADER_LIMIT = 150
BUTTON_TEXT_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
MAX_CONTEXT_ELEMENTS = 10
MESSAGE_TEXT_LIMIT = 40000
MAX_SUGGESTION_BUTTONS = 5

FALLBACK_TITLE = "cyberbot"
SUGGEST_ACTION_PREFIX = "cyber_suggest_"  # action_id of suggestion button i: cyber_suggest_<i>
SHARE_ACTION = "cyber_share"

# C0/C1 controls except tab and newline, and the bidi overrides that can disguise text.
_CONTROL = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL_CHARS = re.compile(f"[{_CONTROL}]")
_NEEDS_ESCAPE = re.compile(f"[&<>{_CONTROL}]")


def escape(text: str) -> str:
    """Make ``text`` inert in mrkdwn: drop control characters, encode ``&``, ``<``, ``>``.

    >>> escape("<!channel> & <@U123>")
    '&lt;!channel&gt; &amp; &lt;@U123&gt;'
    """
    if not _NEEDS_ESCAPE.search(text):  # the common case: one scan, no copies
        return text
    text = _CONTROL_CHARS.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Undo Slack's encoding of incoming user text (``&amp;`` last, so ``&amp;lt;`` stays ``&lt;``)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def cut(escaped: str, limit: int) -> str:
    """Shorten already-escaped text to ``limit`` characters with "…", never splitting ``&amp;``."""
    if len(escaped) <= limit:
        return escaped
    head = escaped[: limit - 1]
    amp = head.rfind("&", max(0, len(head) - 5))
    if amp != -1 and ";" not in head[amp:]:
        head = head[:amp]
    return head + "…"


def render_message(reply: Reply, *, command: str = "/cyber", share_query: str | None = None, feedback: str | None = None) -> dict:
    """``{"text": ..., "blocks": [...], "unfurl_*": False}`` for ``chat.postMessage``, ``ack`` or ``respond``.

    ``share_query`` (the user's words) adds a "Share in channel" button that
    re-asks them publicly; it is left out when the words are too long to carry.
    ``feedback`` (``bot.curation.feedback.feedback_value``) adds "Helpful" / "Not right".
    """
    tail = _tail_blocks(reply, command, share_query) + _feedback_blocks(feedback)
    body = _body_blocks(reply)
    budget = MAX_BLOCKS - 1 - len(tail)  # 1 for the header
    if len(body) > budget:
        shown = budget - 1  # 1 for the "and N more" note
        body = body[:shown] + [_section(_more_note(len(body) - shown, reply.more_hint, command))]
    blocks = [_header(reply.title), *body, *tail]
    fallback = escape(fallback_text(reply)).strip() or FALLBACK_TITLE
    return {"text": cut(fallback, MESSAGE_TEXT_LIMIT), "blocks": blocks, "unfurl_links": False, "unfurl_media": False}


class RenderMemo:
    """``render_message`` and the acknowledgement's JSON remembered per reply object.

    ``Bot`` hands back the same ``Reply`` object for the same question on the
    same day, so a repeated question is answered with bytes encoded once: no
    rendering, no ``json.dumps`` of kilobytes of blocks per request. The
    messages are shared: send them, never change them.
    """

    def __init__(self, command: str = "/cyber", size: int = 512):
        self.command = command
        self._messages = _PerReply(size)
        self._acks = _PerReply(size)

    def render(self, reply: Reply, share_query: str | None = None, feedback: str | None = None) -> dict:
        remembered = self._messages.recall(reply, (share_query, feedback))
        if remembered is None:
            remembered = render_message(reply, command=self.command, share_query=share_query, feedback=feedback)
            self._messages.remember(reply, (share_query, feedback), remembered)
        return remembered

    def ack_body(self, reply: Reply, share_query: str | None, response_type: str, feedback: str | None = None) -> str:
        """``ack_body(render(reply, share_query, feedback), response_type)``, encoded once per reply object."""
        extra = (share_query, response_type, feedback)
        remembered = self._acks.recall(reply, extra)
        if remembered is None:
            remembered = ack_body(self.render(reply, share_query, feedback), response_type)
            self._acks.remember(reply, extra, remembered)
        return remembered


class _PerReply:
    """Values looked up by a reply's identity (no hashing of a whole reply per request).

    Each entry holds its reply, so an id is never reused while it is
    remembered. Thread-safe: one dict operation at a time, and the dict is
    emptied rather than evicted entry by entry when full.
    """

    def __init__(self, size: int):
        self.size = size
        self._values: dict[tuple[int, object], tuple[Reply, object]] = {}

    def recall(self, reply: Reply, extra: object):
        remembered = self._values.get((id(reply), extra))
        return remembered[1] if remembered is not None and remembered[0] is reply else None

    def remember(self, reply: Reply, extra: object, value: object) -> None:
        if len(self._values) >= self.size:
            self._values.clear()
        self._values[(id(reply), extra)] = (reply, value)


def ack_body(message: dict, response_type: str) -> str:
    """A slash command's acknowledgement as the JSON Slack reads: the message and where it shows.

    ``response_type`` is "ephemeral" (only the caller sees it) or "in_channel".
    """
    return _JSON.encode({"response_type": response_type, **message})


_JSON = json.JSONEncoder(check_circular=False, separators=(",", ":"))  # messages are trees built here: no cycles


def fallback_text(reply: Reply) -> str:
    """The whole reply as unwrapped plain text, for notifications and screen readers (Slack wraps it)."""
    lines = [reply.title, *(f"{f.name}: {f.value}" for f in reply.fields)]
    for block in reply.blocks:
        lines += [block.heading] if block.heading else []
        lines += [f"“{plain(block.text)}”"] if block.style == "quote" else [plain(block.text)]
        lines += [f"— {block.attribution}"] if block.attribution else []
        lines += [f"{f.name}: {f.value}" for f in block.fields]
        lines += [f"⚠ {block.mark}"] if block.mark else []
    if reply.sources:
        lines.append("Sources: " + "; ".join(s.label() for s in reply.sources))
    if reply.more_sources:
        lines.append(plain(reply.more_sources))
    return "\n".join(line for line in lines if line)


def render_notice(text: str) -> dict:
    """A one-line message (rate limit, failure) with the same shape as ``render_message``."""
    safe = cut(escape(text), SECTION_TEXT_LIMIT)
    return {"text": safe, "blocks": [_section(safe)]}


def _header(title: str) -> dict:
    text = cut(escape(title).strip(), HEADER_LIMIT) or FALLBACK_TITLE
    return {"type": "header", "text": {"type": "plain_text", "text": text, "emoji": True}}


def _section(mrkdwn: str, fields: tuple[Field, ...] = ()) -> dict:
    block: dict = {"type": "section"}
    if mrkdwn.strip():
        block["text"] = {"type": "mrkdwn", "text": cut(mrkdwn, SECTION_TEXT_LIMIT)}
    if fields:
        block["fields"] = [_field(f) for f in fields[:MAX_SECTION_FIELDS]]
    return block


def _field(field: Field) -> dict:
    return {"type": "mrkdwn", "text": cut(f"*{escape(field.name)}*\n{escape(field.value)}", FIELD_TEXT_LIMIT)}


def _body_blocks(reply: Reply) -> list[dict]:
    blocks: list[dict] = []
    if len(escape(reply.title)) > HEADER_LIMIT:  # the header was cut: keep the whole title readable
        blocks.append(_section(escape(reply.title)))
    if reply.fields:
        for start in range(0, len(reply.fields), MAX_SECTION_FIELDS):
            chunk = reply.fields[start : start + MAX_SECTION_FIELDS]
            blocks.append({"type": "section", "fields": [_field(f) for f in chunk]})
    sections = (_section(_block_mrkdwn(b), b.fields) for b in reply.blocks)
    blocks += [s for s in sections if len(s) > 1]  # a block with neither text nor fields shows nothing
    return blocks


def _block_mrkdwn(block: Block) -> str:
    """One reply block as mrkdwn: a bold heading, the text (quoted for quotes), the warning mark."""
    lines = [f"*{escape(block.heading)}*"] if block.heading else []
    if block.style == "quote":
        quoted = escape(f"“{plain(block.text)}”").split("\n")
        lines += [f">{line}" for line in quoted]
        if block.attribution:
            lines.append(f">— {escape(block.attribution)}")
    elif block.text:
        lines.append(mrkdwn(block.text))
    if block.mark:
        lines.append(f":warning: _{escape(block.mark)}_")
    return "\n".join(lines)


def mrkdwn(text: Text) -> str:
    """Reply text as mrkdwn: plain parts escaped, ``Code`` in backticks, ``Emphasis`` in underscores, ``Link`` as ``<url|words>``."""
    out = []
    for part in inline_parts(text):
        if isinstance(part, str):
            out.append(escape(part))
        elif isinstance(part, Code):
            out.append(f"`{escape(part.text.replace('`', ''))}`")
        elif isinstance(part, Emphasis):
            out.append(f"_{escape(part.text)}_")
        elif isinstance(part, Link) and _SAFE_URL.fullmatch(part.url):
            out.append(f"<{escape(part.url)}|{escape(part.text)}>")
        else:
            out.append(escape(part.text))
    return "".join(out)


def _more_note(hidden: int, more_hint: str | None, command: str) -> str:
    if more_hint:
        return f"_and {hidden} more — try_ `{escape(f'{command} {more_hint}')}`"
    return f"_and {hidden} more._"


def _tail_blocks(reply: Reply, command: str, share_query: str | None) -> list[dict]:
    tail = []
    if reply.sources:
        elements = _source_elements(reply.sources)
        if reply.more_sources and len(elements) < MAX_CONTEXT_ELEMENTS:
            elements.append({"type": "mrkdwn", "text": cut(mrkdwn(reply.more_sources), SECTION_TEXT_LIMIT)})
        tail.append({"type": "context", "elements": elements})
    buttons = []
    for i, suggestion in enumerate(reply.suggestions[:MAX_SUGGESTION_BUTTONS]):
        value = escape(suggestion)
        if visible(value) and len(value) <= BUTTON_VALUE_LIMIT:
            buttons.append(_button(f"{SUGGEST_ACTION_PREFIX}{i}", f"{command} {suggestion}", value, escaped=True))
    if share_query is not None and visible(value := escape(share_query)) and len(value) <= BUTTON_VALUE_LIMIT:
        buttons.append(_button(SHARE_ACTION, "Share in channel", value, style="primary", escaped=True))
    if buttons:
        tail.append({"type": "actions", "elements": buttons})
    return tail


def _feedback_blocks(feedback: str | None) -> list[dict]:
    if feedback is None or len(escape(feedback)) > BUTTON_VALUE_LIMIT:
        return []
    buttons = [_button(action, LABELS[verdict], feedback) for action, verdict in VERDICTS.items()]
    return [{"type": "actions", "block_id": "cyber_feedback", "elements": buttons}]


def _source_elements(sources: tuple[SourceRef, ...]) -> list[dict]:
    shown = sources[: MAX_CONTEXT_ELEMENTS - 1]
    elements = [{"type": "mrkdwn", "text": cut(_source_mrkdwn(s), SECTION_TEXT_LIMIT)} for s in shown]
    elements[0]["text"] = cut("Sources: " + elements[0]["text"], SECTION_TEXT_LIMIT)
    if len(sources) > len(shown):
        elements.append({"type": "mrkdwn", "text": f"and {len(sources) - len(shown)} more"})
    return elements


_SAFE_URL = re.compile(r"https?://[^\s<>|\"]+")


def _source_mrkdwn(source: SourceRef) -> str:
    """``<url|label>`` for a plain http(s) URL; anything odd in the URL shows the label alone."""
    label = escape(source.label())
    if source.url and _SAFE_URL.fullmatch(source.url):
        return f"<{escape(source.url)}|{label}>"
    return label


def _button(action_id: str, text: str, value: str, style: str | None = None, *, escaped: bool = False) -> dict:
    """A button whose ``value`` is the command to run, escaped like everything else (``unescape`` it back);
    ``escaped``: the caller has escaped ``value`` already."""
    button = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": cut(escape(text), BUTTON_TEXT_LIMIT), "emoji": True},
        "value": value if escaped else escape(value),
    }
    if style:
        button["style"] = style
    return button
