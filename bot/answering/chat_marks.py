"""Chat platforms' marks around a question: emoji shortcodes, channel links and labelled links, put as plain words.

    "is that photo from the conference? :camera:"          -> "is that photo from the conference?"
    "someone in <#C012AB3CD|cyber> wrote june"              -> "someone in #cyber wrote june"
    "see <https://example.org/a|this article> - when?"     -> "see this article - when?"

An emoji shortcode (":eyes:", ":flag-al:", ":thumbsup::skin-tone-2:") is a mood, never a word of the question; read as
one it would be a topic ("eyes"). Pure; run once on a message before anything reads it, and only when it holds ":" or "<".
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_SHORTCODE = lazy_pattern(r"(?<!\w):[a-z0-9][a-z0-9_+'-]*:(?!\w)")
_CHANNEL = lazy_pattern(r"<#[A-Z0-9]+(?:\|(?P<name>[^<>|]*))?>")
_SPACES = lazy_pattern(r"[ \t]{2,}")
_LINK = lazy_pattern(r"<(?P<url>(?:https?|mailto):[^<>|\s]+)(?:\|(?P<label>[^<>]*))?>")


def without_chat_marks(text: str) -> str:
    """``text`` with emoji shortcodes dropped, a channel link as its #name and a labelled link as its label."""
    marked = text
    if ":" in text:
        text = _SHORTCODE.sub(" ", text)
    if "<" in text:
        text = _LINK.sub(lambda m: m["label"] or m["url"], _CHANNEL.sub(lambda m: f"#{m['name']}" if m["name"] else "", text))
    return text if text == marked else _SPACES.sub(" ", text).strip()
