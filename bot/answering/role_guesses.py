"""A question about what someone was, with the asker's guess of the role after it, put as that role checked.

    "baerbock was what, defence min?"    -> (normalised) "what was baerbock defence minister" -> "was baerbock defence minister"
    "and geoana was what, sg?"           -> "what was and geoana secretary general"             -> "was geoana secretary general"
    "what was rutte, dutch pm?"          -> (the clause and its guess) "what was rutte", "dutch pm" -> "was rutte dutch pm"
    "stoltenberg sg", "geoana, sg?"      -> "stoltenberg secretary general"                     -> "was stoltenberg secretary general"
      (typed bare with a country, "kaja kallas - finnish pm?", it is the nationality claim's, left as it is)

The check answers first whether the guess holds and then what the role was ("No: Mircea Geoană is NATO Deputy
Secretary General"); read as a person's card, the guessed role named another person (the Secretary General).
Only a guess that is a role counts: its last word a role's ("minister", "secretary general", "sg"), the words
before it a role's or a country's. The person is one or two words that are no role, country or pronoun.
Pure; one prefix test for most questions.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES
from .role_shorthand import ROLE_SHORTHAND

_ROLE_HEADS = frozenset("minister ministers general ambassador president chancellor chief head director commander envoy premier "
                        "spokesperson spokesman secretary chair chairman chairwoman min".split()) | ROLE_SHORTHAND.keys()
_CONNECTIVES = frozenset("and so ok okay wait".split())
_WHAT_WAS = lazy_pattern(r"^what (?P<be>was|is) (?:(?:and|so|ok|okay|wait) )?(?P<rest>.+?)(?: right| or what| or something)?$")
#: Words a role is made of before its last word: "nato deputy secretary general", "dutch defence minister".
_ROLE_WORDS = frozenset("nato deputy foreign defence defense prime federal vice digital cyber interior assistant chief general secretary of "
                        "affairs for state the a an former ex acting uk us".split())
#: Words that are no person: "what was the dutch prime minister" asks who held the role.
_NOT_A_PERSON = _CONNECTIVES | frozenset("the a an his her their its this that it he she they nato who current former then next last first previous".split())
_MOST_NAME_WORDS = 2
#: First words of a question, never of a name: "was baerbock defence minister" is already asked.
_ASKING = frozenset("was is were are did does do has had who whom whose what when where which how why can could".split())


def is_role(words: list[str]) -> bool:
    """Whether ``words`` name a role: "dutch pm", "the nato deputy secretary general", "defence minister"."""
    return bool(words) and words[-1] in _ROLE_HEADS and all(w in _ROLE_WORDS or w in PLACES for w in words[:-1])


def _is_name(words: list[str]) -> bool:
    return 0 < len(words) <= _MOST_NAME_WORDS and _NOT_A_PERSON.isdisjoint(words) and _ASKING.isdisjoint(words) and not any(w in PLACES or w in _ROLE_WORDS for w in words)


def role_guess_checked(text: str) -> str | None:
    """``text`` (normalised) as the check of the role it guesses after the person, or None when it guesses no role."""
    if not text.startswith("what ") or (asked := _WHAT_WAS.match(text)) is None:
        return None
    words = asked["rest"].split()
    for size in range(1, _MOST_NAME_WORDS + 1):  # "edi rama president": the name is the words before the role
        if _is_name(words[:size]) and is_role(words[size:]):
            return f"{asked['be']} {' '.join(words)}"
    return None


def bare_role_checked(text: str) -> str | None:
    """"stoltenberg secretary general", "geoana, sg?" (normalised): a person and a role, nothing asked: whether they held it."""
    words = text.split()
    if not words or words[0] in _ASKING or any(w in PLACES for w in words):  # "kaja kallas finnish prime minister": the nationality claim's
        return None
    for size in range(1, _MOST_NAME_WORDS + 1):
        if len(words) > size and _is_name(words[:size]) and is_role(words[size:]):
            return f"was {text}"
    return None


def as_role_check(who: str, be: str, guess: str) -> str | None:
    """"what was rutte" and its guess "dutch pm" -> "was rutte dutch pm"; None when the guess is no role of a person."""
    name = who.split()
    name = name[1:] if name[:1] and name[0] in _CONNECTIVES else name  # "and baerbock was what, ...": "and" joins, names nobody
    return f"{be} {' '.join(name)} {guess}" if is_role(guess.split()) and _is_name(name) else None
