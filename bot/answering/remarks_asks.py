"""What someone is asked to have remarked, stated, compared or referred to, asked as what they said; on the text as typed.

    "What remarks did Kajsa Ollongren make at the 2024 Pledge Conference?"   -> "What did Kajsa Ollongren say at the 2024 ..."
    "Did Mr Rutte make any statement in October 2025 about investment?"      -> "What did Mr Rutte say in October 2025 about investment?"
    "In his Berlin speech, did Mr Stoltenberg compare cyber attacks with kinetic attacks?"
                                                                              -> "What did Mr Stoltenberg say in Berlin about cyber attacks and kinetic attacks?"
    "Is there a record of the Secretary General referring to SACEUR's authority?"
                                                                              -> "What did the Secretary General say about SACEUR's authority?"
    "Please provide the full text of Mr Rutte's remark that no one stands alone."
                                                                              -> "What did Mr Rutte say about no one stands alone."
    "What was the 'mistake' the Secretary General warned against repeating in Berlin?"
                                                                              -> "What did the Secretary General say about the mistake in Berlin?"

The quote routes read "what did X say (at Y) about Z"; a formal writer names the remark, the statement or the
comparison instead. Words in quotation marks after the verb are left to ``said_verbs`` (words checked, not a topic).
Pure; a message with none of the cue words costs a few substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_CUES = ("remark", "statement", "comment", "compar", "liken", "record of", "reference", "observation", "referred", "refer to", "allude", "' ", "’ ", "text of", "wording of", "words of", "quotation of", "quote of")
_WHO = r"(?P<who>(?:the |mr |ms |mrs |dr |minister |secretary general |deputy secretary general )?[\w.\-]+(?: [\w.\-]+){0,2}?)"
_NOUN = r"(?:remarks?|statements?|comments?|observations?|references?|points?)"
#: "what remarks did X make (at Y)", "which statements did X give": what X said.
_REMARKS_MADE = lazy_pattern(rf"^\W*(?:what|which) (?:\w+ )?{_NOUN} did {_WHO} (?:make|give|deliver|offer|issue)\b", re.IGNORECASE)
#: "did X make any statement (in October 2025) about Y", "has X made remarks on Y": what X said about Y.
_MADE_ANY = lazy_pattern(rf"^\W*(?:did|has|had) {_WHO} (?:make|made|give|given|issue|issued) (?:any |a |an |some )?(?:\w+ )?{_NOUN}"
                         r"(?P<setting>(?: (?:in|at|during|on) [^?,]+?)?) (?:about|on|regarding|concerning|as to|relating to|to) (?!['\"‘“])", re.IGNORECASE)
#: "has X (publicly) referred to Y", "did X allude to Y": what X said about Y (words in quotation marks: ``said_verbs``).
_REFERRED = lazy_pattern(rf"^\W*(?:did|has|had) {_WHO} (?:ever |publicly |also |at any point )?(?:refer|referred|allude|alluded) to (?!['\"‘“])", re.IGNORECASE)
#: "(in his Berlin speech,) did X compare A with B": what X said (in Berlin) about A and B.
_COMPARED = lazy_pattern(rf"^\W*(?:in (?:his|her|the) (?P<place>\w+) (?:speech|address|remarks|keynote),? )?did {_WHO} (?:really |ever |actually )?(?:compare|liken|equate|contrast)"
                         r" (?!['\"‘“])(?P<first>[^?]+?) (?:with|to|against) (?P<second>[^?]+?)(?P<end>[?.]|$)", re.IGNORECASE)
#: "is there (a|any) record of X referring to Y": what X said about Y.
_RECORD_OF = lazy_pattern(rf"^\W*(?:is there|do you have|does the knowledge (?:hold|have)) (?:a |any )?(?:public )?record of {_WHO} (?:referring to|mentioning|speaking about|talking about|commenting on"
                          r"|discussing|raising|addressing|making reference to) (?!['\"‘“])", re.IGNORECASE)
#: "what was the 'mistake' X warned against (repeating)": what X said about the mistake.
_QUOTED_WORD = lazy_pattern(rf"^\W*what (?:was|were|is|are) (?:the |that |this )?['\"‘“](?P<word>[\w\- ]{{1,30}})['\"’”] (?:that )?{_WHO} (?:warned|spoke|talked|referred|cautioned|complained|mentioned)"
                            r"(?: (?:against|of|about|to|on))?(?: \w+ing)?\b", re.IGNORECASE)

#: "(please provide) the full text of Mr Rutte's remark that no one stands alone": what he said about it.
_FULL_TEXT = lazy_pattern(rf"^\W*(?:(?:please|kindly|could you|can you|would you)(?: please)? )?(?:provide|give|quote|supply|cite|share)(?: me| us)?(?: with)? (?:the )?(?:full |exact |complete |precise |verbatim )?"
                          rf"(?:text|wording|words|quotation|quote) of {_WHO}(?:'s|’s| s) (?:\w+ )?(?:remarks?|statements?|comments?|lines?|words|quotes?|quotations?) (?:that|about|on|regarding|concerning) (?!['\"‘“])", re.IGNORECASE)


def remarks_asked(text: str) -> str:
    """``text`` with a remark, statement, comparison or reference asked of someone put as what they said; else as it is."""
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return text
    if (made := _REMARKS_MADE.match(text)) is not None:
        return f"What did {made['who']} say{text[made.end():]}"
    if (made := _MADE_ANY.match(text)) is not None:
        return f"What did {made['who']} say{made['setting']} about {text[made.end():]}"
    if (compared := _COMPARED.match(text)) is not None:
        place = f" in {compared['place']}" if compared["place"] else ""
        return f"What did {compared['who']} say{place} about {compared['first']} and {compared['second']}{compared['end'] or '?'}{text[compared.end():]}"
    if (referred := _REFERRED.match(text)) is not None:
        return f"What did {referred['who']} say about {text[referred.end():]}"
    if (full := _FULL_TEXT.match(text)) is not None:
        return f"What did {full['who']} say about {text[full.end():]}"
    if (record := _RECORD_OF.match(text)) is not None:
        return f"What did {record['who']} say about {text[record.end():]}"
    if (quoted := _QUOTED_WORD.match(text)) is not None:
        return f"What did {quoted['who']} say about the {quoted['word']}{text[quoted.end():]}"
    return text
