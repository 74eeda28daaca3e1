"""A last clause that is only "name?", after a clause describing someone: what that person is called.

    "Albanian PM spoke in Tirana too right? name?"      -> "Albanian PM spoke in Tirana too right? what is his name?"
    "the dutch minister at the hague - full name pls"   -> "the dutch minister at the hague - what is his full name?"

"his" is read as "the person the clause before describes" (``question_text``'s pronouns), whoever that is. Pure, on the
text as typed; a step of ``question_text.question_clause``, its pattern run only when the message holds "name".
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_BARE_NAME = lazy_pattern(r"(?P<before>\S[\s\S]*?[?.!,;:\u2013\u2014-])\s*(?:(?:and|so|ok) )?(?:(?:his|her|their|the|its) )?(?P<full>full )?name"
                          r"(?: (?:pls|please|plz|again))?\s*[?!.]*\s*$", re.IGNORECASE)


def with_name_asked(text: str) -> str:
    """``text`` with a last bare "name?" asked in full; else unchanged."""
    if "name" not in text.lower() or (match := _BARE_NAME.match(text)) is None:
        return text
    return f"{match['before']} what is his {match['full'] or ''}name?"
