"""The values of plain block YAML (``plain_yaml``): scalars, flow lists and mappings on one line, whole columns of them.

    value('["nato", "cyber"]')   ->  ["nato", "cyber"]
    values(['"a"', '"b"'])       ->  ["a", "b"]      # a column at a time, in C where the values are alike

Each gives what the YAML parser composes from the same text, or raises
``NotPlain`` for what is left to it (an unknown escape, a nested flow ...).
"""

from __future__ import annotations

import contextlib
import re
from collections import deque
from itertools import chain, compress, count, repeat
from operator import is_not, itemgetter
from typing import Any

from .table import ABSENT

_PLAIN = r"""[^\s#'"\[\]{}&*!|>%@`,?:\-][^\n:# ]*+(?:(?: ++(?=[^\n #])|:(?=[^\n ])|#)[^\n:# ]*+)*+"""
#: A value on one line: quoted, a flow list or mapping, or plain.
VALUE = rf"""(?:"[^"\\\n]*+(?:\\[^\n][^"\\\n]*+)*+"|'[^'\n]*+(?:''[^'\n]*+)*+'|\[[^\[\]{{}}\n]*+\]|\{{[^\[\]{{}}\n]*+\}}|{_PLAIN})"""
_FLOW_ITEM = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\[\]{}&*!|>%@`,?:\-][^,:#\[\]{}]*?)"""
_FLOW_ITEMS = re.compile(rf" *(?:{_FLOW_ITEM} *(?:, *{_FLOW_ITEM} *)*)?")
_FLOW_PAIRS = re.compile(rf" *(?:[A-Za-z_][A-Za-z0-9_-]*: +{_FLOW_ITEM} *(?:, *[A-Za-z_][A-Za-z0-9_-]*: +{_FLOW_ITEM} *)*)?")
_FLOW_ITEM_FOUND = re.compile(rf"(?:([A-Za-z_][A-Za-z0-9_-]*): +)?({_FLOW_ITEM}) *(?:,|$)")
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)")
_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "/": "/"}
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))


class NotPlain(Exception):
    """The text uses something this reader leaves to the YAML parser."""


def values(raws: list) -> list[Any]:
    """``value`` of each (``ABSENT`` kept), in a few passes over all of them where they are alike (all quoted ...)."""
    if ABSENT in raws:
        present = list(compress(count(), map(is_not, raws, repeat(ABSENT))))
        found = raws.copy()
        deque(map(found.__setitem__, present, values(list(map(raws.__getitem__, present)))), maxlen=0)
        return found
    firsts = set(map(itemgetter(slice(0, 1)), raws))
    if firsts <= {'"', "["} and "\\" not in (joined := ",".join(raws)):
        if firsts == {'"'}:  # quoted texts, no escapes: the text between the quotes
            return list(map(itemgetter(slice(1, -1)), raws))
        import json  # here: `cyberbot ask` never needs it

        with contextlib.suppress(ValueError):  # lists of quoted texts, no escapes, are JSON meaning the same
            lists = json.loads("[" + joined + "]")
            if set(map(type, chain.from_iterable(lists))) <= {str}:
                return lists
    if firsts.isdisjoint(("", '"', "'", "[", "{")) and _NULLS.isdisjoint(raws):
        return raws
    return [value(raw) if raw else None for raw in raws]


def value(raw: str) -> Any:
    if raw[0] == "[":
        return [_scalar(item) for _, item in _flow(_FLOW_ITEMS, raw)]
    if raw[0] == "{":
        pairs = _flow(_FLOW_PAIRS, raw)
        found = {key: _scalar(item) for key, item in pairs}
        if len(found) != len(pairs):
            raise NotPlain  # a repeated key
        return found
    return _scalar(raw)


def _flow(pattern: re.Pattern, raw: str) -> list[tuple[str, str]]:
    inner = raw[1:-1]
    if not pattern.fullmatch(inner):
        raise NotPlain
    return _FLOW_ITEM_FOUND.findall(inner) if inner.strip() else []


def _scalar(raw: str) -> str | None:
    if raw[0] == '"':
        inner = raw[1:-1]
        return _ESCAPE.sub(_unescape, inner) if "\\" in inner else inner
    if raw[0] == "'":
        return raw[1:-1].replace("''", "'")
    return None if raw in _NULLS else raw


def _unescape(match: re.Match) -> str:
    code = match[1]
    if code[0] in "xu" and len(code) > 1:
        character = chr(int(code[1:], 16))
        if "\ud800" <= character <= "\udfff" or not code.isprintable() or character in "\x85\u2028\u2029":
            raise NotPlain
        return character
    if code not in _ESCAPES:
        raise NotPlain
    return _ESCAPES[code]
