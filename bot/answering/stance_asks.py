"""Whether NATO acts offensively in cyberspace, however it is asked: put as "is nato offensive or defensive in cyberspace".

    "does nato go offensive in cyber"              -> "is nato offensive or defensive in cyberspace"
    "does nato conduct offensive cyber operations" -> "is nato offensive or defensive in cyberspace"
    "can nato hack back"                           -> "is nato offensive or defensive in cyberspace"
    "is nato allowed to launch cyber attacks"      -> "is nato offensive or defensive in cyberspace"
    "is nato gonna hack other countries back"      -> "is nato offensive or defensive in cyberspace"
    "does nato attack other countries"             -> "is nato offensive or defensive in cyberspace"
    "nato can attack first in cyberspace or only defend?" -> "is nato offensive or defensive in cyberspace" (a learner's order)

The knowledge answers the stance (the alliance stays defensive, proportionate, within international law), not each
operation; the question is only read so when the alliance is what it asks about. Tried only when a cue word is there.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_CUES = ("offensive", "offense", "offence", "hack back", "hacking back", "hack people back", "hack them back", "retaliat", "with hackers", "cyber weapons", "cyberweapons", "going to attack", "planning to attack", "plan to attack", "hack russia", "hack china", "strike back", "attack back", "hit back", "launch cyber", "cyber attacks of its own", "first strike",
         "attack first", "strike first", "hit first", "hack first", "only defend", "just defend", "only defence", "only defense")
_ALLIANCE = r"(?:nato|the alliance|the allies|allies)"
_STANCE = lazy_pattern(
    rf"^(?:(?:does|do|did|will|would|can|could|is|are|may) {_ALLIANCE}|{_ALLIANCE} (?:can|could|may|will|is allowed to|does|do))(?: (?:ever|really|actually|also))?"
    r"(?: (?:go|goes|going|do|does|conduct|carry out|run|use|launch|plan|engage in|get|turn|act|allowed to|hack back|strike back|attack back|hit back))?"
    r"(?: [^?]{0,60})?$"
)
_ASKED = "is nato offensive or defensive in cyberspace"
#: The alliance hacking or attacking others, or striking back, in a young asker's words: "hack other countries back", "attack russia".
_ON_OTHERS = lazy_pattern(r"\b(?:hack|hacks|hacking|attack|attacks|attacking|strike|strikes|hit|cyber attack|cyberattack)(?: \S+){1,3} back\b"
                          r"|\b(?:hack|hacks|hacking|attack|attacks|attacking|cyber attack|cyberattack|cyber attacks|cyberattacks) (?:other |another |enemy |foreign |rival |bad )?"
                          r"(?:countries|country|nations|nation|states|people|enemies|others|anyone|anybody|russia|china|guys)\b")


def as_stance(text: str) -> str:
    """``text`` as the question of NATO's stance in cyberspace when it asks whether NATO goes on the offensive; else as it is."""
    if not any(cue in text for cue in _CUES) and not (("hack" in text or "attack" in text or "strike" in text or "hit" in text) and _ON_OTHERS.search(text)):
        return text
    return _ASKED if _STANCE.match(text) else text
