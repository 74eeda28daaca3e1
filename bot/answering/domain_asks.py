"""NATO's domains of operations asked in the plural: the entry recognising cyberspace as one, which names the others.

    "whats the other domains besides cyber"    -> "what is the cyber domain"   (alongside air, land and sea)
    "what domains does nato have"              -> "what is the cyber domain"
    "which are the four domains of operations" -> "what is the cyber domain"

The knowledge records the domains in that one entry; read as typed, "domains" is a word no entry's name holds.
``DOMAIN_ASKS`` are ``(cue, pattern, replacement)`` entries of ``shorthand``'s spelling out in context. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_DOMAINS = lazy_pattern(
    r"^(?:what|which|name|list|how many)(?: are| is| s| were| of)?(?: all)?(?: the)?(?: (?:other|nato s|nato|natos|four|4|five|5|different|main|military|operational|war))*"
    r" domains(?: of (?:operations?|warfare|war|nato))?(?: (?:besides|apart from|other than|except|beside|as well as|alongside|next to|with|not counting) (?:cyber|cyberspace))?"
    r"(?: (?:does|do|did) (?:nato|the allies|allies|they) (?:have|recognise|recognize|use|count)| (?:are|were) there| (?:for|of|in) nato)?$")

DOMAIN_ASKS = (("domains", _DOMAINS, "what is the cyber domain"),)
