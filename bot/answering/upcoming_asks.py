"""The next gathering of a kind, counted from today, asked the long way round: put as "when is the next <kind>".

    "from today what is the next nato event in your records with a cyber angle and where is it" -> "when is the next nato event"
    "what is the next edition of the annual cyber defence conference after today with host city"
                                                       -> "when is the next annual cyber defence conference"
    "upcoming pledge conference as of today dates and co hosts"    -> "when is the next pledge conference"
    "what is the next nato summit from today"                      -> "when is the next nato summit"

Only the next one after today: "the next conference after berlin" (after another event, a year or a place) is
left as typed for the editions' own step. Pure; the pattern runs only when "next", "upcoming" or "forthcoming" is typed.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_CUES = ("next ", "upcoming ", "forthcoming ")
_KIND = r"(?:(?:nato|cyber|defence|defense|pledge|annual)\s+)*(?:conference|summit|exercise|event|meeting|gathering)s?"
#: "(from today) what is the next (edition of the) <kind> ...", "upcoming <kind> ...", "the next <kind> ...".
_NEXT_KIND = lazy_pattern(
    r"^(?:(?:from|as of|counting from|starting) (?:today|now) )?(?:(?:what|which|when|where) (?:is|are|will be|would be) |(?:and )?(?:tell me |give me )?)?"
    rf"(?:the )?(?:very )?(?:next|upcoming|forthcoming) (?:(?:edition|instance|one|round) of (?:the )?)?(?P<kind>{_KIND})\b(?P<tail>.*)$")
#: What anchors "next" to something other than today: "after berlin", "following 2024", "in london".
_OTHER_ANCHOR = lazy_pattern(r"\b(?:after|following|before|since|in|at) (?!today\b|now\b|that\b|it\b)(?:the )?\S|\b(?:19|20)\d\d\b")
#: Words that anchor nothing: "after today", "as of today", "from now", "in your records", "on file".
_NOT_ANCHORS = lazy_pattern(r"\b(?:after|from|as of|counting from|starting) (?:today|now)\b|\b(?:in|on) (?:your |the |our )?(?:records?|knowledge|file|data|database)\b")


def next_ask(text: str) -> str:
    """``text`` (normalised) put as "when is the next <kind>" when it asks for the next gathering after today; else ``text``."""
    if not any(cue in text for cue in _CUES) or (match := _NEXT_KIND.match(text)) is None:
        return text
    if _OTHER_ANCHOR.search(_NOT_ANCHORS.sub(" ", match["tail"])):
        return text
    return f"when is the next {match['kind']}"
