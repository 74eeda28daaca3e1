"""A thing asked about inside another frame, put as the plain question the routes know.

    "can you summarise the pledge"                          -> "what is the pledge"
    "ever heard of cyber coalition?", "is the nicc a real thing" -> "what is cyber coalition", "what is the nicc"
    "when did the op ed come out"                           -> "when was the op ed published"
    "is the date of the berlin conference confirmed?"       -> "when was the berlin conference"
    "how certain is the venue of the hague conference"      -> "where was the hague conference"
    "what is unconfirmed about the tirana conference"       -> "the tirana conference"

How sure a date, place or host is, and what is unconfirmed, is what the entry's card says: its note on the source's
gaps and the confidence of what fills them, and its sources. Pure; used by ``rephrasing``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: A request to explain or sum something up asks what it is: "can you summarise the pledge" -> "what is the pledge".
_EXPLAIN = lazy_pattern(r"^(?:(?:can|could|would) you (?:please )?|please )?(?:quickly |briefly )?"
                      r"(?:summari[sz]e|explain|describe|define|eli5|tl dr|tldr|give me (?:a |an )?(?:quick |short |brief )?"
                      r"(?:summary|overview|rundown|explanation|definition|recap))(?: (?:of|on|about))? (?!why |how |when |where |who |what |whether |if )(?=\S)")
#: Asking whether something is known or real asks what it is: "have you heard of X", "is X a real thing".
_HEARD_OF = lazy_pattern(r"^(?:(?:have|did) you |you |ever )(?:ever )?(?:heard|hear) (?:of|about) (.+)$|^(?:is|are) (.+?) (?:a|an) (?:real |actual |nato )*thing$")
_CAME_OUT = lazy_pattern(r"^when (?:did|does|was|is) (.+?) (?:come|came|get|got|published|put) out$")
_SURE = r"(?:confirmed|verified|certain|sure|reliable|official|definite|correct|accurate|established|known)"
_FACT = r"(?P<fact>dates?|day|venue|place|location|city|hosts?|co ?hosts?|organi[sz]ers?)"
#: "is the date of the berlin conference confirmed (by an official source)", "is the hague conference date verified",
#: "how certain is the venue of x": the fact asked, its card saying how sure it is.
_FACT_SURE = lazy_pattern(rf"^(?:is|are|was|were) the {_FACT} (?:of|for) (?P<what>.+?) (?:really |actually |officially |independently )?{_SURE}\b.*$"
                          rf"|^(?:is|are|was|were) (?P<what2>(?:the )?.+?) {_FACT.replace('fact', 'fact2')} (?:really |actually |officially |independently )?{_SURE}\b.*$"
                          rf"|^how (?:certain|sure|reliable|solid|firm|confirmed|definite) (?:is|are) the {_FACT.replace('fact', 'fact3')} (?:of|for) (?P<what3>.+)$")
#: "what is unconfirmed about x", "which facts about x are uncertain": the card, whose note says.
_UNSURE_ABOUT = lazy_pattern(r"^(?:what|which (?:facts|details|parts|things|bits))(?: is| are)? (?:unconfirmed|uncertain|unverified|unclear|disputed|not confirmed) (?:about|in|of|on) (?P<what>.+)$"
                             r"|^(?:what|which) (?:facts |details |parts |things |bits )?(?:about|of|on) (?P<what2>.+?) (?:is|are) (?:unconfirmed|uncertain|unverified|unclear|disputed|not confirmed)$")
_SURE_CUES = frozenset("confirmed verified certain sure reliable official definite correct accurate established known solid firm".split())
_UNSURE_CUES = frozenset("unconfirmed uncertain unverified unclear disputed confirmed".split())
_ASKED = {"date": "when was", "dates": "when was", "day": "when was", "venue": "where was", "place": "where was", "location": "where was",
          "city": "where was"}


def framed_ask(text: str, first: str, last: str, words: set[str]) -> str | None:
    """The plain question ``text`` (normalised; its first and last word, its words) asks inside another frame, or None."""
    if _EXPLAIN.match(text):
        return _EXPLAIN.sub("what is ", text)
    if last == "out" and first == "when" and (out := _CAME_OUT.match(text)):
        return f"when was {out[1]} published"  # "when did the op ed come out"
    if ("heard" in words or last == "thing") and (heard := _HEARD_OF.match(text)):
        return f"what is {heard[1] or heard[2]}"  # "ever heard of cyber coalition?", "is the nicc a real thing"
    if not _SURE_CUES.isdisjoint(words) and (sure := _FACT_SURE.match(text)):
        fact, what = next((sure[f], sure[w]) for f, w in (("fact", "what"), ("fact2", "what2"), ("fact3", "what3")) if sure[f])
        return f"{_ASKED.get(fact, 'who hosted')} {what}"
    if not _UNSURE_CUES.isdisjoint(words) and (unsure := _UNSURE_ABOUT.match(text)):
        return unsure["what"] or unsure["what2"]
    return None
