"""Brackets that list which of several things are meant, after the plural naming them: dropped, the plural asks.

    "are the two rome 2022 stoltenberg quotes (contested space / recommit) safe to use word for word?"
                                     -> "are the two rome 2022 stoltenberg quotes safe to use word for word?"
    "are rutte's tirana lines (stand together, no one stands alone) verified?" -> "are rutte's tirana lines verified?"

The plural already names them all; read with the list, the words of both took the question over. Brackets after a
single thing ("the hague conference (2024)"), holding one item or a number ("the conferences (2019, 2021)") are kept. Tried only when the text holds "(".
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_PLURALS = r"(?:quotes|quotations|lines|remarks|statements|words|conferences|confs|events|summits|speakers|people|pledges|ones|both|hosts|ministers|countries)"
_LISTING = lazy_pattern(rf"(?P<plural>\b{_PLURALS}) ?\((?P<items>[^()\d]*?(?:/|,|&|\band\b|\bor\b|\+)[^()\d]*?)\)")  # no years: "(2019, 2021)" narrows


def without_listing_parens(text: str) -> str:
    """``text`` as typed without the brackets listing what a plural before them names; other text as it is."""
    return _LISTING.sub(r"\g<plural>", text) if "(" in text else text
