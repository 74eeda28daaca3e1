"""Someone said to have spoken somewhere, then "when was that": asked as "when did <someone> speak <there>".

    "stoltenberg spoke at a nato cyber conference in helsinki, what year was that"
        -> "when did stoltenberg speak at a nato cyber conference in helsinki"   (no conference there: an honest miss)
    "rutte gave a speech at a cyber conference in oslo - when was that?"
        -> "when did rutte speak at a cyber conference in oslo"
    "stoltenberg addressed the rome conference, what date?"  -> "when did stoltenberg speak at the rome conference"
    "stoltenberg spoke in rome, who else spoke?"             -> unchanged (not asked when)
    "spain hosted one pledge conference in madrid, no? which year was that?" -> "when did spain host one pledge conference in madrid"

Read as one question, the place and year of the clause are the constraints of the ask: never the
clause answered apart (a person's card) and the "when" asked of nothing. Pure, on the text as typed.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_SPOKE = r"(?:spoke|talked|gave (?:a |the |his |her |an )?(?:\w+ )?(?:speech|talk|keynote|address|remarks)|delivered (?:a |the |his |her )?(?:\w+ )?(?:speech|keynote|address)|addressed)"
_PREMISE = lazy_pattern(
    r"^(?P<who>(?!(?:the|a|an|which|what|who|when|where|how|did|was|is|if|so)\b)[a-z][\w.'’-]*(?: [a-z][\w.'’-]*){0,2}?) " + _SPOKE
    + r" ?(?P<where>(?:at|in|to|during) [^,;:–—?]+?|(?=the )[^,;:–—?]+?)\s*(?:,|;|:|\s-+|–|—)\s*"
    r"(?:and |so |ok |but )?(?P<ask>when|what year|which year|what date|which date|what day|which day)(?: (?:was|is|did) (?:that|it|this|they|he|she)(?: happen| take place| speak| talk)?)?(?: exactly)?\s*\??\s*$", 2)


#: A country said to have hosted a gathering, a tag perhaps, then "which year was that": "spain hosted one pledge
#: conference in madrid, no? which year was that?" -> "when did spain host one pledge conference in madrid".
_HOSTED_PREMISE = lazy_pattern(
    r"^(?P<who>(?!(?:the|a|an|which|what|who|when|where|how|did|was|is|if|so)\b)[a-z]+(?: [a-z]+)?) (?:hosted|organi[sz]ed|held|ran|staged) "
    r"(?P<what>(?:a|an|one|the|its|their) [^,;:–—?]+?)\s*(?:,|;|:|\s-+|–|—)\s*(?:(?:no|right|yes|correct|true|si|sí|verdad|didn ?'?t (?:it|they))\s*[?,.!]*\s*)?"
    r"(?:and |so |ok |but )?(?:when|what year|which year|what date|which date|in which year|in what year)(?: (?:was|is|did) (?:that|it|this)(?: happen| take place)?)?(?: exactly)?\s*\??\s*$", 2)


def asked_of_premise(text: str) -> str:
    """``text`` as "when did <who> speak <where>" when it says someone spoke somewhere and asks when; else ``text``."""
    if "," not in text and "-" not in text and "–" not in text and "—" not in text and ":" not in text and ";" not in text:
        return text
    if not (match := _PREMISE.match(text.strip())):
        hosted = _HOSTED_PREMISE.match(text.strip()) if " held " in text or "host" in text or "organi" in text or " ran " in text or " staged " in text else None
        return f"when did {hosted['who']} host {hosted['what'].strip()}" if hosted else text
    where = match["where"].strip()
    where = where if where.split()[0].lower() in ("at", "in", "to", "during") else f"at {where}"
    return f"when did {match['who']} speak {where}"
