"""A speech named by the role of its speaker, asked whose it was: which holder of that role spoke there.

    "who gave the secretary general address there"      -> "which nato secretary general spoke there"
    "who gave the prime minister speech at tirana"      -> "which prime minister spoke at tirana"
    "who delivered the nato secretary general keynote in berlin" -> "which nato secretary general spoke in berlin"

The participants route answers: the one of that role recorded there, or that the holder then is not recorded there
(The Hague 2024: no Secretary General spoke). Pure; a question
not opening "who" with a speech word pays one prefix test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_ROLE = (r"(?:nato )?(?:deputy )?secretary general|(?:[a-z]+ )?(?:prime|foreign|defen[cs]e) minister|(?:[a-z]+ )?chancellor|(?:[a-z]+ )?president"
         r"|host country minister|host minister")
_ROLE_SPEECH = lazy_pattern(rf"^who (?:gave|delivered|made|did|was giving|held) (?:the )?(?P<role>{_ROLE})(?: s)? (?:video )?(?:address|speech|keynote|remarks|message|statement)"
                            r" (?P<rest>(?:at|in|during|for) .+|there)$")


def role_speech_asked(text: str) -> str:
    """``text`` (normalised) asking who gave the speech of a role as who held the role there; else ``text``."""
    if not text.startswith("who ") or (asked := _ROLE_SPEECH.match(text)) is None:
        return text
    role = asked["role"] if not asked["role"].startswith(("secretary", "deputy")) else f"nato {asked['role']}"
    return f"which {role} spoke {asked['rest']}"
