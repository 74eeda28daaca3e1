"""Chat platforms' marks around a question: emoji shortcodes, channel links and labelled links, put as plain words.

    "is that photo from the conference? :camera:"          -> "is that photo from the conference?"
    "someone in <#C012AB3CD|cyber> wrote june"              -> "someone in #cyber wrote june"
    "see <https://example.org/a|this article> - when?"     -> "see this article - when?"
    "> One for all and all for one\nwho said that?"        -> "\"One for all and all for one\"\nwho said that?"
    "_no one stands alone_ - rutte or stoltenberg?"         -> "\"no one stands alone\" - rutte or stoltenberg?"
    "when was the pledge agreed? <@U0G9QF9C6> says 2014"    -> "when was the pledge agreed? my colleague says 2014"
    "~Paris~ Rome 2022 - who hosted?"                       -> "Rome 2022 - who hosted?"

An emoji shortcode (":eyes:", ":flag-al:", ":thumbsup::skin-tone-2:") is a mood, never a word of the question; read as
one it would be a topic ("eyes"). A line quoted from the thread ("> ...") asked about as words (who said it, is it exact) is
put in quotation marks, and so are words of two or more set in italics or as code ("_time to raise our game_", "`two years
ago`"): the asker quotes with them. Someone else mentioned in the message is "my colleague" (a mention that opens it only
addresses someone, and is dropped); struck-out words are taken back. A mention that closes a message after its question only
copies someone in ("... cc <@U0ANNA>"), and is dropped too. A whole message set in code or bold marks is the question
itself; so is a message of one line set as a list's item ("- quotes rutte", "1. who is rutte"). Pure; run once on a
message before anything reads it.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_SHORTCODE = lazy_pattern(r"(?<!\w):[a-z0-9][a-z0-9_+'-]*:(?!\w)")
_CHANNEL = lazy_pattern(r"<#[A-Z0-9]+(?:\|(?P<name>[^<>|]*))?>")
_QUOTED_LINE = lazy_pattern(r"^(?:>|&gt;)(?P<words>[^\n\"“”]+)$", re.MULTILINE)
#: Words by which the rest of a message asks about the words of a line quoted from the thread (not what an article's
#: sentence reports: "> NATO held its first conference in Berlin\nwhen was that?").
_ASKS_OF_WORDS = frozenset("who whose said say says context exact exactly verbatim real quote quoted line words wording genuine legit "
                           "translated translation translate original accurate sourced".split())
#: Two or more words in Slack's italics or code marks: "_no one stands alone_", "`two years ago`" (not "snake_case", not "_first_").
_MARKED_WORDS = lazy_pattern(r"(?<![\w_`])(?P<mark>[_`])(?P<words>[^_`\n\"“”]+)(?P=mark)(?![\w_`])")
_SPACES = lazy_pattern(r"[ \t]{2,}")
_MENTION = lazy_pattern(r"<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+)(?:\|[^<>]*)?>")
_OPENING_MENTIONS = lazy_pattern(r"^(?:\s*<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+|!here|!channel|!everyone)(?:\|[^<>]*)?>[,:]?)+"
                                 r"(?!\s*(?:asked|asks|says|said|wants|wanted|thinks|thought|wrote|writes|reckons|needs|is|was|and|&)\b)")
#: Someone mentioned last, after the question, with nothing said of them: "when was tirana? <@U0ANNA>", "... cc <@U0ANNA>".
_CLOSING_MENTIONS = lazy_pattern(r"(?<=\S)(?:[\s,]+(?:(?:cc|fyi|ping|@)\s*:?\s*)?<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+|!here|!channel|!everyone)(?:\|[^<>]*)?>)+[\s.!]*$")
#: A whole message set in code or bold marks ("`when was the nicc agreed`", "*pledges*", "```quotes rutte```"): a way of
#: typing it, not words quoted.
_WHOLE_MARKED = lazy_pattern(r"^\s*(?P<mark>```|`|\*\*|\*)(?P<words>[^`*\s](?:[^`*]*[^`*\s])?)(?P=mark)\s*$")
#: A list's bullet or number before a message of one line: "- quotes rutte", "• today", "1. who is rutte", "2) events".
_BULLET = lazy_pattern(r"^\s*(?:[-•*·–—]|\d{1,2}[.)])[ \t]+(?=\S)")
_BULLETS = frozenset("-•*·–— \t")
_STRUCK = lazy_pattern(r"(?<![\w~])~[^~\n]+~(?![\w~])")
_DOUBLE_MARKS = frozenset('"“”')
_ASKED_BEFORE_A_MENTION = 3  # words: more than these before a closing mention ask something of their own
_LINK = lazy_pattern(r"<(?P<url>(?:https?|mailto):[^<>|\s]+)(?:\|(?P<label>[^<>]*))?>")


def without_chat_marks(text: str) -> str:
    """``text`` with emoji shortcodes dropped, a channel link as its #name, a labelled link as its label and a line quoted
    from the thread in quotation marks."""
    marked = text
    if (text[:1] in _BULLETS or text[:1].isdigit()) and (bullet := _BULLET.match(text)) is not None and "\n" not in text.strip():
        text = text[bullet.end():]  # "- quotes rutte", "1. when was tirana?": one ask set as a list's item
    if text[-1:] in "`*" and (whole := _WHOLE_MARKED.match(text)) is not None:
        text = whole["words"]  # "`when was the nicc agreed`": the question itself
    if ">" in text and not _ASKS_OF_WORDS.isdisjoint(_QUOTED_LINE.sub(" ", text).lower().replace("'", " ").split()):
        text = _QUOTED_LINE.sub(lambda m: f'"{m["words"].strip()}"' if m["words"].strip() else m[0], text)
    if ("_" in text or "`" in text) and not _DOUBLE_MARKS.intersection(text):
        text = _MARKED_WORDS.sub(lambda m: f'"{m["words"]}"' if " " in m["words"].strip() and m["words"] == m["words"].strip() else m[0], text)
    if ":" in text:
        text = _SHORTCODE.sub(" ", text)
    if "~" in text:
        text = _STRUCK.sub(" ", text)
    if "<" in text:
        if len(text.split()) > _ASKED_BEFORE_A_MENTION:  # "who is <@U0ANNA>": the mention is what is asked
            text = _CLOSING_MENTIONS.sub("", text)
        text = _MENTION.sub("my colleague", _OPENING_MENTIONS.sub("", text))
        text = _LINK.sub(lambda m: m["label"] or m["url"], _CHANNEL.sub(lambda m: f"#{m['name']}" if m["name"] else "", text))
    return text if text == marked else _SPACES.sub(" ", text).strip()
