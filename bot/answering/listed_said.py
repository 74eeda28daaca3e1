"""A list asked of what someone said: put as the question of what they said that the quote routes read.

    "list everything rutte said in his tirana video message"   -> "every rutte quote in his tirana video message"
    "everything stoltenberg said in rome"                     -> "every stoltenberg quote in rome"
    "list the private companies stoltenberg named in berlin"  -> "which private companies did stoltenberg name in berlin"
    "list the threats rutte mentions in tirana"               -> "which threats did rutte mention in tirana"

The things listed are a plural ("companies", "tools"), which ends them before the speaker's name. Read as a list,
"the private companies stoltenberg named in berlin" was a search for an event with those words; the
things someone named are in their words. Pure; a step of ``said_text.said_question``, run only on text starting with
"list", "everything" or "all".
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_BASE = {"named": "name", "names": "name", "mentioned": "mention", "mentions": "mention", "listed": "list", "lists": "list",
         "cited": "cite", "cites": "cite", "called": "call", "calls": "call", "described": "describe", "describes": "describe",
         "singled out": "single out", "singles out": "single out", "referred to": "refer to", "refers to": "refer to",
         "brought up": "bring up", "brings up": "bring up", "highlighted": "highlight", "highlights": "highlight",
         "warned about": "warn about", "warns about": "warn about"}
_EVERYTHING_SAID = lazy_pattern(r"^(?:list )?(?:everything|all(?: of)?(?: that| what)?|each thing|every thing) (?P<who>(?!(?:that|what|the|of|he|she|they)\b)\S+(?: \S+)?)"
                                r" (?:said|says|stated|told \S+)(?P<rest>(?: (?:in|at|during|on|from) .*)?)$")
_THINGS_NAMED = lazy_pattern(r"^list (?:(?:all|every|each) (?:of )?)?(?:the )?(?P<thing>(?!(?:everything|all|quotes?|lines?|things?)\b)(?:\S+ ){0,3}?\S+s) (?:that )?"
                             r"(?P<who>(?!(?:was|were|is|are|did|does|in|at|on|of|from)\b)\S+(?: \S+)?) (?P<verb>" + "|".join(sorted(_BASE, key=len, reverse=True)) + r")\b(?P<rest>.*)$")


def listed_said(text: str) -> str:
    """``text`` (normalised) asking to list what someone said or named, as the question the quote routes read; else as it is."""
    if not text.startswith(("list ", "everything ", "all ")):
        return text
    if (every := _EVERYTHING_SAID.match(text)) is not None:
        return f"every {every['who']} quote{every['rest']}"
    if (named := _THINGS_NAMED.match(text)) is not None:
        return f"which {named['thing']} did {named['who']} {_BASE[named['verb']]}{named['rest']}"
    return text
