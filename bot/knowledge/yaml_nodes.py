"""YAML composed into nodes, so every value keeps the line and column it came from.

Only composing happens here: no constructor runs, so no tag in the file can
create an object, let alone execute anything. Scalars stay as their text.
"""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
NULL_TAG = STANDARD_TAG_PREFIX + "null"
STR_TAG, SEQ_TAG, MAP_TAG = (STANDARD_TAG_PREFIX + name for name in ("str", "seq", "map"))
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
# What plain YAML resolves to; anything else (``!!python/object``, ``!secret``) came from an explicit tag.
PLAIN_TAGS = frozenset(STANDARD_TAG_PREFIX + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))

__all__ = [
    "MappingNode",
    "Node",
    "ScalarNode",
    "SequenceNode",
    "TextLoader",
    "compose",
    "describe",
    "dismantle",
    "is_null",
    "position",
]


class TextLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (the C parser when PyYAML has it), resolving plain scalars to text or null.

    The loader reads every scalar by its text, so telling ints, booleans and
    timestamps apart would be wasted work (a fifth of the composing time).
    """

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode:
            return NULL_TAG if implicit[0] and value in _NULLS else STR_TAG
        return SEQ_TAG if kind is SequenceNode else MAP_TAG


def compose(text: str) -> Node | None:
    """The single document of ``text`` as a node tree, or None when it is empty.

    Raises:
        yaml.YAMLError: a syntax error (``problem_mark`` says where) or more than one document.
    """
    return yaml.compose(text, Loader=TextLoader)


def dismantle(root: Node | None) -> None:
    """Free a node tree piece by piece, from Python code.

    Dropping a million-node tree at once is one deallocation cascade in C, and
    no other thread runs until it ends (hundreds of milliseconds for a 10 MB
    file); taken apart in a loop, the interpreter can switch threads between pieces.
    """
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            for key, value in node.value:
                stack += (key, value)
            node.value = []
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
            node.value = []


def position(node_or_mark) -> tuple[int, int]:
    """The 1-based (line, column) of a node's start, or of a mark."""
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return mark.line + 1, mark.column + 1


def is_null(node: Node) -> bool:
    """True for ``key:`` with nothing after it, ``~`` and ``null``."""
    return isinstance(node, ScalarNode) and node.tag == NULL_TAG


def has_foreign_tag(node: Node) -> bool:
    """True for an explicit application tag such as ``!secret`` or ``!!python/object``."""
    return node.tag not in PLAIN_TAGS


def written_tag(node: Node) -> str:
    """The tag as the author wrote it: ``!!python/object``, ``!secret``."""
    tag = node.tag
    return "!!" + tag[len(STANDARD_TAG_PREFIX):] if tag.startswith(STANDARD_TAG_PREFIX) else tag


def describe(node: Node) -> str:
    """What a node is, in the words of an error message: "a list", "a mapping", "'text'"."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if is_null(node) or not node.value.strip():
        return "nothing"
    return repr(node.value)
