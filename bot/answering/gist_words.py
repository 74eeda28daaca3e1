"""The everyday words someone who recalls a line only by its gist uses for the line's own words.

A journalist remembers what a line meant, not how it went: "cyber attacks can be as bad as
bombs" for "as destructive and dangerous as kinetic attacks", "nobody is alone in NATO" for
"No one stands alone in NATO", "these attacks are hard to pin on anyone" for "difficult to
detect and even link". Each gist word names the words of the quotes it may stand for; a
remembered line's word counts as held when the quote holds it or one of these:

    gist_forms("bombs")  -> ("bombs", "kinetic")
    gist_forms("nobody") -> ("nobody", "no")
    gist_forms("china")  -> ("china",)

Fillers ("the thing about cyber being ...", "the stand together stuff") say nothing of the line
and are never weighed. Pure, on single normalised words.
"""

from __future__ import annotations

#: Each group: the gist words, then after "=" the quote words any of them may stand for.
_GROUPS = (
    "bad worse= dangerous harmful destructive damaging",
    "bomb bombs bombing bombings missile missiles physical conventional= kinetic",
    "nobody noone= no",
    "permanent permanently always constant nonstop ongoing continuous= constantly",
    "battlefield battleground warzone frontline= contested",
    "hard tough tricky= difficult",
    "mostly usually generally= most",
    "pin blame trace attribute attributing= link attribution",
    "wreck ruin destroy threaten damage= disrupt undermine",
    "spying snooping spies= spy",
    "messing meddling tampering= interfere",
    "govt gov governments= government",
    "players player= actors",
    "firms firm businesses tech= companies",
    "countries country= nations",
    "cash funding funds spending budget budgets= money investment",
    "retaliate retaliation= respond",
    "teamwork cooperating cooperate= collaboration cooperation",
    "united unity solidarity= together",
    "adversary adversaries foe foes= enemy enemies",
    "error errors= mistake",
    "spook spooks intelligence= spy",
)
_STANDS_FOR: dict[str, tuple[str, ...]] = {}
for _group in _GROUPS:
    _gist, _said = _group.split("=")
    for _word in _gist.split():
        _STANDS_FOR[_word] = _STANDS_FOR.get(_word, ()) + tuple(_said.split())

#: Words a gist is told with that say nothing of the line itself.
FILLERS = frozenset("being thing things stuff bit anymore really anyone someone somebody pretty whatever kinda sorta "
                    "basically essentially gist idea line quote".split())


#: Words around a line named by its gist: "the stand together stuff", "that contested space line", "his bit".
_AROUND = frozenset("the that this his her their its stuff thing bit line quote one part remark comment".split())


def without_fillers(words: str) -> str:
    """A gist named with words around it, without them: "the stand together stuff" -> "stand together";
    words with nothing around them unchanged (normalised words in, normalised out)."""
    kept = words.split()
    while kept and kept[0] in _AROUND:
        kept.pop(0)
    while kept and kept[-1] in _AROUND:
        kept.pop()
    return " ".join(kept) or words


def gist_forms(word: str) -> tuple[str, ...]:
    """``word`` and the quote words it may stand for, when it is a gist word ("bombs" -> "bombs", "kinetic")."""
    return (word, *_STANDS_FOR.get(word, ()))


def gist_query_words(word: str) -> tuple[str, ...]:
    """The quote words ``word`` may stand for, to gather candidate quotes by (none for a word of its own)."""
    return _STANDS_FOR.get(word, ())
