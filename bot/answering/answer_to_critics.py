"""What a speaker answered the people a line of theirs describes: the line said just after it, at the same gathering.

    "some colleagues think it is not ethical that private companies work with the military. what answered stoltenberg
     to people like that?" -> “There is nothing immoral in defending our nations …”, after “I know there are people who
     think it is unethical …”

A line that reports what others think ("there are people who think", "some say", "critics") is answered by the speaker's
next line; the knowledge keeps a speaker's lines of one gathering in the order the source gives them. Only a question
asking what someone answered or replied to such people is read so; any other pays one substring test.
"""

from __future__ import annotations

from dataclasses import replace

from ..patterns import lazy_pattern
from ..reply import Reply
from .lookup import Lookup
from .search import normalize, tokens

_ANSWERED = lazy_pattern(r"\b(?:answer|answered|answers|reply|replied|replies|respond|responded|responds|say|said|tell|told|response|answer) "
                         r"(?:\S+ ){0,3}?(?:to|for) (?:all )?(?:the |these |those )?(?:people|those|them|critics|the critics|such people|the people|colleagues|sceptics|skeptics|folks|anyone|anybody|everyone|the ones|opponents|doubters|naysayers|detractors)\b"
                         r"|\b(?:tell|told|answer|answered) (?:the |these |those )?(?:critics|sceptics|skeptics|doubters|naysayers|detractors|opponents|(?:people|folks|those|anyone) who)\b")  # "tell the critics"
#: A line reporting what others hold: the view the speaker goes on to answer.
_REPORTS_OTHERS = lazy_pattern(r"\b(?:there are (?:people|those|some) who|some (?:people )?(?:say|think|argue|believe|claim)|critics|those who (?:say|think|argue|believe))\b")
_CUES = ("answer", "repl", "respon", "told", "tell", " said", " say")


def with_answer_after(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """``reply`` led by the speaker's next line when ``text`` asks what they answered the people a line of theirs reports."""
    question = normalize(text)
    if not any(cue in question for cue in _CUES) or not _ANSWERED.search(question):
        return reply
    quotes = [lookup.knowledge.quotes[i.id] for i in reply.items if i.type == "quote" and i.id in lookup.knowledge.quotes]
    if not quotes:
        return reply
    first = lookup.knowledge.quotes.get(quotes[0].variant_of or "", quotes[0])  # a sub-heading's wording: the body line it restates
    said = [q for q in lookup.quotes_of(lookup.knowledge.people[first.speaker]) if q.event == first.event and not q.variant_of]
    asked = set(tokens(question))
    reporting = [q for q in said if _REPORTS_OTHERS.search(q.text.lower())]
    view = first if first in reporting else next((q for q in reporting if asked & set(tokens(q.text))), None)
    after = next((said[n + 1] for n, q in enumerate(said[:-1]) if q is view), None)
    if after is None:
        return reply
    from .topics.quote_replies import quote_reply  # here: the topics import the answering steps

    person = lookup.knowledge.people[first.speaker].name
    told = quote_reply(lookup, [after, view], f"{person} answered them: “{after.text}”")
    return replace(told, items=(*told.items, *(i for i in reply.items if i not in told.items)))
