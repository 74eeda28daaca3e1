"""Threat actors, malware and cyber incidents in the news whom a question may name and the knowledge may not hold.

An analyst asks by the names of the trade ("did nato ever attribute anything to apt29", "what did nato say about
notpetya attribution", "stoltenberg on solarwinds?"). The question's other words ("attribute", "nato say") found a
line of Stoltenberg's on attacks that are hard to link, shown as if it were the answer. Like the people in the news
(``public_figures``), this is a list of names people ask about, kept to names no common word shares:

    threats_named(lookup, "did nato ever attribute anything to apt29")  -> ["APT29"]
    threats_named(lookup, "fancy bear phishing nato 2016")              -> ["Fancy Bear"]
    threats_named(lookup, "when was the nato website ddos")             -> []

``without_unheld_threat`` turns a reply that never names the one asked about into the honest miss: "I have nothing on
“APT29”: the knowledge never mentions it". A name the knowledge's text holds is left to the other steps.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import Reply, plain
from .lookup import Lookup
from .search import normalize
from .topics.general import not_found
from .unheld_names import listed_names_in, offered

#: Normalised name as typed -> the name as written: state-linked groups (with their vendors' names), criminal and
#: hacktivist groups, malware and spyware ("pegasus spyware") and the incidents known by a name.
THREATS = {
    "apt28": "APT28", "apt 28": "APT28", "fancy bear": "Fancy Bear", "sofacy": "Sofacy", "forest blizzard": "Forest Blizzard",
    "apt29": "APT29", "apt 29": "APT29", "cozy bear": "Cozy Bear", "cosy bear": "Cozy Bear", "nobelium": "Nobelium",
    "midnight blizzard": "Midnight Blizzard", "sandworm": "Sandworm", "seashell blizzard": "Seashell Blizzard", "turla": "Turla",
    "gamaredon": "Gamaredon", "ghostwriter": "Ghostwriter", "star blizzard": "Star Blizzard", "lazarus": "Lazarus",
    "kimsuky": "Kimsuky", "apt41": "APT41", "apt40": "APT40", "apt10": "APT10", "apt31": "APT31", "hafnium": "Hafnium",
    "volt typhoon": "Volt Typhoon", "salt typhoon": "Salt Typhoon", "flax typhoon": "Flax Typhoon", "killnet": "Killnet",
    "noname057": "NoName057(16)", "noname": "NoName057(16)", "anonymous sudan": "Anonymous Sudan", "conti": "Conti",
    "lockbit": "LockBit", "revil": "REvil", "darkside": "DarkSide", "blackcat": "BlackCat", "alphv": "ALPHV", "clop": "Cl0p",
    "cl0p": "Cl0p", "scattered spider": "Scattered Spider", "lapsus": "Lapsus$", "notpetya": "NotPetya", "petya": "Petya",
    "wannacry": "WannaCry", "stuxnet": "Stuxnet", "industroyer": "Industroyer", "blackenergy": "BlackEnergy",
    "emotet": "Emotet", "trickbot": "TrickBot", "olympic destroyer": "Olympic Destroyer", "hermeticwiper": "HermeticWiper",
    "whispergate": "WhisperGate", "acidrain": "AcidRain", "solarwinds": "SolarWinds", "sunburst": "Sunburst",
    "colonial pipeline": "Colonial Pipeline", "log4j": "Log4j", "log4shell": "Log4Shell", "moveit": "MOVEit",
    "kaseya": "Kaseya", "viasat": "Viasat", "equifax": "Equifax", "pegasus": "Pegasus", "nso group": "NSO Group",
}
_FIRST_WORDS = frozenset(name.split()[0] for name in THREATS)
_ECHOED = lazy_pattern(r"“[^”]*”")  # the question's own words echoed in an answer's title
_DENIED = lazy_pattern(r"\b(?:not|no|never)\b")  # an answer that names it to deny it: "does not name LockBit as behind it"


def threats_named(lookup: Lookup, text: str) -> list[str]:
    """The names of ``THREATS`` that ``text`` names and the knowledge's text does not, as written, in order."""
    return listed_names_in(lookup, text, THREATS, _FIRST_WORDS)


def without_unheld_threat(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply``, or where ``text`` names one of ``THREATS`` the knowledge lacks and the reply is no miss naming it,
    the honest miss: "I have nothing on “APT29”: the knowledge never mentions it"."""
    if not (named := threats_named(lookup, text)):
        return reply
    answered = reply.kind in ("answer", "list")
    said = f' {normalize(" ".join((reply.title, *(plain(block.text) for block in reply.blocks))))} '
    if all(f" {normalize(name)} " in said for name in named) and (not answered or _DENIED.search(_ECHOED.sub(" ", reply.title))):
        return reply  # "no attack on or by “killnet”", "does not name LockBit as behind it"; not "Stoltenberg on wannacry"
    return not_found(f"I have nothing on “{named[0]}”: the knowledge never mentions it",
                     "The attacks it does record are listed by “list attacks”.", ("list attacks", *offered(lookup, reply)))
