"""A qualifier saying an entry mattered for cyber defence, dropped: every entry in the knowledge is one that did.

    "give me the nato summits that mattered for cyber defence in order"  -> "give me the nato summits in order"
    "which conferences were important for cyber security?"               -> "which conferences?"
    "list the summits that had a big cyber impact"                       -> "list the summits"
    "name the summits where cyber was on the agenda"                     -> "name the summits"

The knowledge holds only NATO's cyber-defence events, pledges and quotes, so "that mattered for cyber",
"that were key for cyber defence", "with cyber outcomes" narrows nothing; left in, its words are looked
for in names and find nothing. Only after a plural list noun (summits, conferences, events, meetings). Pure,
on the text as typed, before anything else reads it. "Cyber-wise", "in terms of cyber", "on the cyber front"
anywhere say the same and are dropped too: "what happened in 2024 cyber-wise?" -> "what happened in 2024?". So is
a domain explained by the others ("since when does nato count cyberspace as a domain like land, air and sea" ->
"... as a domain"): no entry's words hold them, unless words said are asked about. "Cyber" narrowing a request for
quotes is dropped as well ("all rutte quotes on cyber" -> "all rutte quotes", "any cyber quotes from 2024" -> "any
quotes from 2024"): every line here is on cyber, and the word would keep only those that hold it.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .quoted import quoted_spans

_CYBER = r"(?:nato(?:'s|’s| s)? )?cyber(?:[ -](?:defen[cs]e|security|space))?"
#: "summits | that mattered for cyber defence", "conferences | which were key to cyber", "summits | with cyber outcomes".
_SCOPE = lazy_pattern(
    rf"(?P<noun>\b(?:summits|conferences|events|meetings|gatherings))\s+(?:(?:(?:that|which)\s+)?(?:(?:really|actually|most)\s+)?(?:mattered|matter|counted|count)(?:\s+(?:most|the most|more))?"
    rf"\s+(?:for|to|in|on)\s+{_CYBER}|(?:where|at which|in which)\s+{_CYBER}\s+(?:was|were|came)\s+(?:on the agenda|discussed|a (?:topic|theme|focus|priority)|covered|up|raised|big)"
    rf"|(?:that|which)\s+(?:(?:really|actually|most)\s+)?(?:mattered|matter|counted|count"
    rf"|(?:were|are|was)\s+(?:(?:really|most|especially|particularly)\s+)?(?:important|relevant|key|significant|big|major|crucial|central)"
    rf"|had\s+(?:an?\s+)?(?:big\s+|real\s+|major\s+)?(?:impact|effect|outcomes?|results?))\s+(?:for|to|in|on)\s+{_CYBER}"
    rf"|(?:that|which)\s+had\s+(?:an?\s+)?(?:big\s+|real\s+|major\s+)?{_CYBER}\s+(?:impact|effect|outcomes?|results?|angle|side)"
    rf"|with\s+(?:a\s+)?{_CYBER}\s+(?:outcomes?|results?|angle|side|decisions?))\b", flags=re.IGNORECASE)


#: "cyber-wise", "in terms of cyber security", "on the cyber front": about cyber, which everything here is.
_CYBER_WISE = lazy_pattern(rf"[,\s]*(?:\b{_CYBER}[ -]?wise|\b(?:in terms of|when it comes to|on the|in the) {_CYBER} (?:front|side|world|sphere|domain)"
                           rf"|\bin terms of {_CYBER})\b(?=\s*(?:[?!.,;:]|$|\s+(?:in|during|at|on)\b))", flags=re.IGNORECASE)


#: "like land, air and sea", "the same as land/air/sea/space": what a domain of operations is, explained.
_DOMAIN = r"(?:land|air|sea|space|maritime|naval)"
_LIKE_OTHER_DOMAINS = lazy_pattern(rf"[,\s]*\b(?:just |exactly )?(?:like|as with|(?:the )?same as|alongside|along with|similar to|in the same way as|on a par with|equal to)"
                                   rf"(?: the)? {_DOMAIN}(?:(?:\s*,\s*|\s*/\s*| and | or | & |, and |\s+){_DOMAIN})+(?: domains?)?\b", flags=re.IGNORECASE)
_QUOTE_WORDS = frozenset("said say says quote quoted words line wrote".split())


#: "cyberspace is a battlefield now", "treats cyber like a war zone": a domain of operations, in the knowledge's words.
_BATTLEFIELD = lazy_pattern(r"\b(?:(?:like|as) )?(?:an? |the )?(?:new |real |actual |proper |fourth )?(?:battlefield|battle field|battleground|battle ground|war ?zone|combat zone"
                            r"|theat(?:re|er) of (?:war|operations)|war ?fighting domain|military domain|operational domain)s?\b", flags=re.IGNORECASE)
_BATTLE_CUES = ("battle", "war", "combat", "theat", "military domain", "operational domain")


def without_domain_simile(text: str) -> str:
    """``text`` (as typed) without "like land, air and sea" after a domain ("as a domain" when it says none); cyberspace
    called a battlefield or war zone, called a domain of operations (never inside quotation marks: a quote's own words)."""
    lowered = text.lower()
    if "cyber" in lowered and any(cue in lowered for cue in _BATTLE_CUES) and _QUOTE_WORDS.isdisjoint(lowered.split()) and not quoted_spans(text):
        text = _BATTLEFIELD.sub("as a domain of operations", text, count=1)
        lowered = text.lower()
    if sum(word in lowered for word in ("land", "air", "sea", "space", "maritime")) < 2 or not _QUOTE_WORDS.isdisjoint(lowered.split()):
        return text
    return _LIKE_OTHER_DOMAINS.sub("" if "domain" in lowered else " as a domain", text)


#: A gathering told by its topic in everyday words, then where: "the meeting about computers in wales", "a summit on
#: hacking in poland". Every gathering here is about that: "the meeting in wales".
_LAY_CYBER = (r"(?:(?:the )?(?:computers?|internet|online|digital|it|web|networks?|cyber ?space|cyber)(?:[ -](?:security|safety|defen[cs]e|threats?"
              r"|attacks?|crime|stuff|things|matters|issues))?|hacking|hackers?|hacks|(?:cyber ?)?(?:security|attacks|threats))")
_LAY_TOPIC = lazy_pattern(rf"\b(?P<noun>(?:conference|summit|meeting|gathering|event|forum|get[ -]together)s?) (?:about|on|for|regarding|concerning|dealing with)"
                          rf" {_LAY_CYBER}(?= (?:in|at|held|hosted)\b)", flags=re.IGNORECASE)
_LAY_CUES = ("comput", "internet", "online", "digital", " it ", "web", "network", "hack", "cyber", "security", "threat", "attack")


#: "all rutte quotes on cyber", "any cyber quotes from 2024": every quote here is on cyber; "cyber" would filter them by the word.
_QUOTE_NOUN = r"(?:quotes?|quotations?|lines|statements|remarks)"
_QUOTES_ON_CYBER = lazy_pattern(rf"\b(?P<noun>{_QUOTE_NOUN}) (?:on|about|regarding|re) (?:the )?cyber(?: (?:stuff|things|matters|issues|topics))?"
                                r"(?=\s*(?:[?!.,;:]|$)|\s+(?:from|in|at|during|by|of)\b)", flags=re.IGNORECASE)
_CYBER_QUOTES = lazy_pattern(rf"(?:^|\b(?P<lead>any|all|the|some|his|her|their|your|of|s|me|no|more|key|best) )cyber[ -](?={_QUOTE_NOUN}\b)", flags=re.IGNORECASE)


def without_cyber_quote_scope(text: str) -> str:
    """``text`` without "cyber" narrowing a request for quotes ("quotes on cyber", "cyber quotes"); other text as it is."""
    lowered = text.lower()
    if "cyber" not in lowered or not any(noun in lowered for noun in ("quot", "lines", "statements", "remarks")):
        return text
    return _CYBER_QUOTES.sub(lambda m: f"{m['lead']} " if m["lead"] else "", _QUOTES_ON_CYBER.sub(lambda m: m["noun"], text))


def without_cyber_scope(text: str) -> str:
    """``text`` (as typed) without a qualifier that a listed kind of event mattered for cyber defence, or a gathering's
    topic told in everyday words before where it was."""
    lowered = text.lower()
    if any(cue in lowered for cue in _LAY_CUES) and _QUOTE_WORDS.isdisjoint(lowered.split()):
        text = _LAY_TOPIC.sub(lambda m: m["noun"], text)
    if "cyber" in text.lower() and (" wise" in text.lower() or "-wise" in text.lower() or "cyberwise" in text.lower() or " terms " in text or " cyber front" in text.lower()):
        narrowed = _CYBER_WISE.sub("", text)  # "what happened in 2024 cyber-wise"; not "what is cyber wise"
        text = narrowed if len(narrowed.split()) >= 3 else text
    text = without_cyber_quote_scope(without_domain_simile(text))
    if "cyber" not in text.lower() or not any(noun in text.lower() for noun in ("summits", "conferences", "events", "meetings", "gatherings")):
        return text  # most questions: no list of events qualified so
    return _SCOPE.sub(lambda m: m["noun"], text)
