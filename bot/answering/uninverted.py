"""A question asked without English's "did" or inversion, as Italian, Spanish or French word order has it, put the way
the routes read it:

    "which private companies stoltenberg named in berlin"  -> "which private companies did stoltenberg name in berlin"
    "what the wales summit in 2014 decided for cyber"      -> "what did the wales summit in 2014 decide for cyber"
    "when was rutte took over from stoltenberg"            -> "when did rutte take over from stoltenberg"
    "rutte took over from stoltenberg when"                -> "when did rutte take over from stoltenberg"
    "when stoltenberg stopped being secretary general"     -> "when did stoltenberg stop being secretary general"
    "stoltenberg is still nato secretary general today"    -> "is stoltenberg still nato secretary general today"
    "when mark rutte was nominated secretary general"      -> "when was mark rutte nominated secretary general"
    "what in berlin he spoke also of saceur"               -> "what did he say about saceur in berlin"
    "what stoltenberg said in rome"                        -> as typed (the routes read "what X said")

Only the past tenses of the verbs below are read, and only right after a subject: a name, a pronoun, or a gathering or
writing named with "the". Pure; called on normalised text by ``place_lead.place_last``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

#: Past tense -> the form after "did".
_BASE = {"took": "take", "became": "become", "named": "name", "mentioned": "mention", "decided": "decide", "agreed": "agree",
         "adopted": "adopt", "highlighted": "highlight", "announced": "announce", "promised": "promise", "listed": "list",
         "cited": "cite", "stressed": "stress", "wrote": "write", "left": "leave", "started": "start", "launched": "launch",
         "created": "create", "established": "establish", "signed": "sign", "approved": "approve", "endorsed": "endorse",
         "stopped": "stop", "finished": "finish", "ended": "end", "stepped": "step", "quit": "quit", "resigned": "resign"}
_VERB = "|".join(_BASE).replace("took", r"took(?! place\b)")  # "took place": no "did" meant
#: Past tenses no passive shares ("was rutte took over"): after "was" only these mean "did".
_PAST_ONLY = "took|became|wrote"
_NOT_AUX = r"(?!(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|really|actually)\b)"
_SUBJECT = (r"(?P<x>he|she|they|we|nato|the allies|allies|the (?:\S+ ){0,3}?(?:summit|conference|article|op ed|piece|speech)(?: (?:in|of) (?:19|20)\d\d)?"
            r"|(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|the|a|an|it|there|this|that|summit|conference|country|ally"
            r"|minister|speaker|article|event|meeting|nation|leader|person|people|official|one|document|body|[a-z]+s)\b)[a-z]+)")  # not a plural noun
#: "which private companies stoltenberg named ...": the asking phrase, a subject, a past tense.
_WH_SUBJECT_VERB = lazy_pattern(rf"^(?P<wh>what|when|where|why|(?:which|what|how many)(?: {_NOT_AUX}\S+){{1,3}}?)(?<! of)(?<! in)(?<! at)(?<! for)(?<! about) {_SUBJECT} (?P<verb>{_VERB})\b(?P<rest>.*)$")
#: "when was rutte took over": "was" before a past tense, the "did" meant.
_WAS_PAST = lazy_pattern(rf"^(?P<wh>when|where|why) (?:was|were) (?P<x>(?:\S+ ){{0,2}}?\S+) (?P<verb>{_PAST_ONLY})\b(?P<rest>.*)$")
#: "rutte took over from stoltenberg when": a statement ending in its question word.
_WH_LAST = lazy_pattern(rf"^{_SUBJECT} (?P<verb>{_VERB})(?P<rest> (?!(?:by|in|at|on|during|when|where)\b)\S.*?) (?P<wh>when|where)(?: exactly| precisely)?$")
#: "what in berlin stoltenberg spoke also of saceur" (from "in berlin he spoke also of saceur, what exactly?"): what they said of it.
_SPOKE_OF = lazy_pattern(r"^what (?:exactly )?(?P<setting>(?:in|at|during) (?:the )?\S+(?: (?:conference|summit|speech|op ed|article|(?:19|20)\d\d))? )?"
                         r"(?P<who>he|she|they|(?!(?:did|does|was|is|were|the|it)\b)[a-z]+) (?:also )?(?:spoke|talked|wrote|said something) (?:also )?(?:of|about) (?P<topic>\S.*)$")
#: "stoltenberg is still nato secretary general": a statement asked with its question mark.
_STILL = lazy_pattern(r"^(?P<x>(?!(?:is|are|was|were|it|there|this|that|who|what|which)\b)[a-z]+(?: [a-z]+)?) (?P<be>is|are) still (?P<rest>\S.*)$")

#: "when mark rutte was nominated secretary general", "where the pledge was adopted": the passive, uninverted.
_PARTICIPLES = frozenset("nominated appointed elected chosen selected named founded created established adopted agreed signed held organised "
                         "organized hosted published written launched decided approved recognised recognized announced".split())
_PASSIVE = lazy_pattern(rf"^(?P<wh>when|where|why) (?P<x>{_NOT_AUX}(?!it\b|this\b|that\b|they\b|he\b|she\b)\S+(?: \S+){{0,5}}?) (?P<be>was|were) "
                        rf"(?P<part>{'|'.join(sorted(_PARTICIPLES))})\b(?P<rest>.*)$")


def uninverted(text: str) -> str:
    """Normalised ``text`` asked without "did" or inversion, put in question order; else ``text``."""
    words = word_set(text)
    if "still" in words and (still := _STILL.match(text)):
        return f"{still['be']} {still['x']} still {still['rest']}"
    if words & {"spoke", "talked", "wrote", "said"} and (spoke := _SPOKE_OF.match(text)):
        return f"what did {spoke['who']} say about {spoke['topic']}{' ' + spoke['setting'].strip() if spoke['setting'] else ''}"
    if words & {"was", "were"} and not words.isdisjoint(_PARTICIPLES) and (passive := _PASSIVE.match(text)):
        return f"{passive['wh']} {passive['be']} {passive['x']} {passive['part']}{passive['rest']}"
    if words.isdisjoint(_BASE):
        return text
    asked = _WAS_PAST.match(text) or _WH_SUBJECT_VERB.match(text) or _WH_LAST.match(text)
    return f"{asked['wh']} did {asked['x']} {_BASE[asked['verb']]}{asked['rest']}" if asked else text
