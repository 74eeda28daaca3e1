"""Whether a cyber attack can bring Article 5 into play, asked in everyday words: put as "trigger article 5".

    "can a cyber attack make article 5 happen"       -> "can a cyber attack trigger article 5"
    "could a hack set off article 5"                 -> "could a hack trigger article 5"
    "could hackers make nato use article 5"          -> "could hackers trigger article 5"
    "does a cyber attack count as article 5"         -> "does a cyber attack trigger article 5"
    "can article 5 be used for a cyber attack"       -> "can a cyber attack trigger article 5"

``ARTICLE_FIVE_ASKS`` are ``(cue, pattern, replacement)`` entries of ``shorthand``'s spelling out in context (cue:
"article"); the pledge routes know "trigger article 5" (the 2014 Enhanced Cyber Defence Policy). Pure.
"""

from __future__ import annotations

from ..patterns import GatedPattern, lazy_pattern

_ARTICLE_5 = r"article (?:5|five|v)"
_ATTACK = r"(?:an? )?(?:cyber ?attacks?|cyberattacks?|hacks?|hacking|hackers?|cyber war|cyberwar)"

#: A verb put before Article 5 that means bringing it into play: "make article 5 happen", "set off article 5".
_SETS_OFF = lazy_pattern(rf"\b(?:make|makes|made|cause|causes|caused|set off|sets off|start|starts|started|invoke|invokes|invoked|activate|activates|activated"
                         rf"|kick off|kicks off|lead to|leads to|led to|count as|counts as|count for|counts for|count under|counts under|fall under|falls under"
                         rf"|turn on|turns on|switch on|switches on|bring in|brings in"
                         rf"|(?:make|makes|get|gets) (?:nato|the allies|allies|the alliance) (?:to )?(?:use|invoke|trigger|activate|pull)) (?:an? )?(?:the )?{_ARTICLE_5}"
                         r"(?: (?:happen|kick in|start|go off|come in|apply|be used|be invoked|be activated))?\b")
#: Article 5 put first, used on an attack: "can article 5 be used for a cyber attack", "does article 5 work for hacks".
_USED_FOR = lazy_pattern(rf"^(?P<modal>can|could|would|will|does|do|is|might) {_ARTICLE_5} (?:be |get |also )?(?:used|applied|invoked|activated|triggered|set off|work|count|apply|cover)"
                         rf" (?:for|against|after|over|because of|by|in|to) (?P<attack>{_ATTACK})\b.*$")

ARTICLE_FIVE_ASKS = (
    ("article", GatedPattern(_SETS_OFF, lambda text: "article 5" in text or "article five" in text or "article v" in text), "trigger article 5"),
    ("article", _USED_FOR, lambda m: f"{m['modal'] if m['modal'] in ('can', 'could', 'would', 'will', 'might') else 'can'} a cyber attack trigger article 5"),
)
