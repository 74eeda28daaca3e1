"""Step 1b, part of rephrasing: "what is this X <someone> talks about in Y" asks what X is.

    "what is this new concept from vilnius stoltenberg talks about in berlin" -> "what is the new concept from vilnius"
    "what was the cyber centre that rutte mentioned in tirana"                  -> "what was the cyber centre"

Who talked about it, and where, only say where the asker met the words; X is what is asked. So does a last clause
naming the text the asker read it in:

    "what is the purpose of the nicc that the 2025 article describes" -> "what is the purpose of the nicc"
    "when was the integrated cyber defence centre mentioned in the tirana article set up" is left (the clause is not last)
    "did the allies decide to set up the centre mentioned in the tirana article" -> "did the allies decide to set up the centre"
    "which summit agreed the new cyber concept stoltenberg mentions in his berlin speech" -> "which summit agreed the new cyber concept"
Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_TALKED_OF = lazy_pattern(r"^(?P<what>what (?:is|was|are|were)) (?:this |that |these |those )?(?P<x>(?:the )?\S.*) (?:he |she |they |\S+ ){1,2}?"
                          r"(?:talks|talked|speaks|spoke|refers|referred|keeps talking) (?:about|of|to)(?: (?:in|at|during) .+)?$")
#: Nouns that name nothing by themselves: "the saceur thing he talks about in berlin" needs where he talked.
_VAGUE = frozenset("thing things bit stuff one part line".split())


#: A last clause naming where the asker read of the thing: "... that the 2025 article describes", "... mentioned in his op ed".
_READ_IN = lazy_pattern(r"\s(?:(?:that|which) (?:the|his|her|their|this|that) (?:\S+ ){0,2}?(?:article|piece|report|op ed|speech|address|story|text|release)"
                        r" (?:describes|described|mentions|mentioned|refers to|referred to|talks about|talked about|names|named|cites|cited)"
                        r"|(?:as )?(?:mentioned|described|referred to|named|cited) (?:in|by) (?:the|his|her|their|this|that) (?:\S+ ){0,2}?"
                        r"(?:article|piece|report|op ed|speech|address|story|text|release))$")


#: A last clause naming who spoke of the thing, and where: "... stoltenberg mentions in his berlin speech", "... rutte mentioned in tirana".
_SPOKEN_OF = lazy_pattern(r"\s(?:(?:that|which) )?(?:he|she|they|\S+) (?:mentions|mentioned|describes|described|refers to|referred to|talks about|talked about"
                          r"|cites|cited|speaks of|spoke of|spoke about) (?:in|at|during) (?:(?:the|his|her|their|this|that) )?(?:\S+ ){0,2}?\S+$")
_SPOKEN_CUES = (" mention", " descri", " refer", " talk", " cite", " spoke ", " speaks ")


def without_talked_of(text: str) -> str:
    """``text`` (normalised) without the clause saying who talked of the thing asked about, or ``text`` as it is."""
    if (" article" in text or " piece" in text or " report" in text or " op ed" in text or " speech" in text) and (read := _READ_IN.search(text)):
        text = text[: read.start()]  # "what is the nicc that the 2025 article describes": the nicc
    elif not text.startswith("what ") and any(c in text for c in _SPOKEN_CUES) and (spoken := _SPOKEN_OF.search(text)) and len(text[: spoken.start()].split()) >= 4:
        text = text[: spoken.start()]  # "which summit agreed the new cyber concept stoltenberg mentions in his berlin speech": the concept
    if not text.startswith("what ") or (match := _TALKED_OF.match(text)) is None:
        return text
    x = match["x"].removesuffix(" that").removesuffix(" which")
    if len(x.removeprefix("the ").split()) < 2 or x.split()[-1] in _VAGUE:
        return text  # "what was the attack he wrote about in the op ed": where he wrote is what names it
    return f"{match['what']} {x if x.startswith('the ') else 'the ' + x}"
