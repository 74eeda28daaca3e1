"""A young asker's guess at what a thing is ("is it a game?"), asked with or instead of what it is: what it is.

    "what is cyber coalition is it a game"   -> "what is cyber coalition"   (the guess, after the question)
    "whats the nicc is it a building"        -> "what is the nicc"
    "is cyber coalition a game"              -> "what is cyber coalition"
    "is the nicc like a building or smth"    -> "what is the nicc"

Read as typed, "game" or "building" is searched for and finds whatever holds it ("Time to raise our game"); the
answer saying what the thing is settles the guess. ``GUESSED_KIND_ASKS`` are ``(cue, pattern, replacement)`` entries of
``shorthand``'s spelling out in context. Pure.
"""

from __future__ import annotations

from ..patterns import GatedPattern, lazy_pattern

_KINDS = ("game", "games", "movie", "film", "show", "app", "toy", "sport", "joke", "building", "person", "place", "company", "website", "club",
          "team", "school", "robot", "virus", "computer", "army", "base", "war", "song", "book", "channel", "cartoon")
_KIND = r"(?:real |video |computer |board |online |war |big |sports |kind of |sort of |type of )?(?:" + "|".join(_KINDS) + r")s?"
_GUESS = rf"(?:a|an|like a|like an|just a|like|some kind of|some sort of|a kind of|a sort of|a type of) {_KIND}(?: or (?:something|smth|sth|what|not|real))?"
#: "what is X is it a game": the guess after the question.
_ASKED_THEN_GUESSED = lazy_pattern(rf"^(?P<ask>(?:(?:what|who) (?:is|are|was|were|s)|whats|whos) (?:\S+ ){{0,5}}?\S+) (?:is|was|are) (?:it|that|this|they|he|she) {_GUESS}$")
#: "is cyber coalition a game": the guess instead of the question.
_GUESSED = lazy_pattern(rf"^(?:is|was|are|were) (?P<thing>(?!it |that |this |there |he |she )(?:\S+ ){{0,5}}?\S+) {_GUESS}$")

#: The last word of every guess: a kind ("games"), or what follows one ("or smth").
_GUESS_ENDS = frozenset(_KINDS) | frozenset(kind + "s" for kind in _KINDS) | frozenset(("something", "smth", "sth", "what", "not", "real"))
_ENDS_IN_GUESS = GatedPattern(_ASKED_THEN_GUESSED, lambda text: text.split()[-1:] != [] and text.split()[-1] in _GUESS_ENDS)  # cued by "it", "that": most questions

GUESSED_KIND_ASKS = (
    *((cue, _ENDS_IN_GUESS, r"\g<ask>") for cue in ("it", "that", "this", "they", "he", "she")),
    *((cue, _GUESSED, r"what is \g<thing>") for cue in _KINDS),
)
