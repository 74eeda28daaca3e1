"""A line the asker half remembers, after asking what someone said on a topic: the remembered words are what is asked.

    "What did he say in Berlin about the ethics of private companies? I recall a line about nothing being 'immoral'."
        -> "What did he say in Berlin about nothing being 'immoral'?"
    "What did Rutte say in Tirana on investment? I remember a quote with 'stepping up'."
        -> "What did Rutte say in Tirana about 'stepping up'?"

The topic names several of the speaker's lines; the words remembered name the one meant. Only when the
remembered words are quoted or follow "a line about"; pure, on the text as typed.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_RECALLED = lazy_pattern(
    r"^(?P<ask>\W*what did (?:\S+ ){1,3}?(?:say|said)(?: (?:in|at) \S+(?: \S+)?)?) (?:about|on|regarding) [^?]+\?\s*"
    r"I (?:recall|remember|think I remember|seem to remember|vaguely remember|believe there was|think there was) (?:a |the |one )?(?:line|quote|remark|sentence|passage|phrase|bit)"
    r" (?:about|with|saying|on|containing|mentioning|that said) (?P<words>[^?.!]+)[.?!]?\s*$", flags=re.IGNORECASE)


def with_recalled_line(typed: str) -> str:
    """``typed`` asking what someone said about a topic, then recalling a line, as what they said about that line's words."""
    if "?" not in typed or " i " not in typed.lower() or not (recalled := _RECALLED.match(typed)):
        return typed
    return f"{recalled['ask']} about {recalled['words'].strip()}?"
