"""How a gathering was run, asked the way an events planner puts it: put the way the routes know.

    "rome pledge conference one day or two"                 -> "how many days did rome pledge conference last"
    "what commitments came out of the hague 2024 conference" -> "what came out of the hague 2024 conference"
    "which two countries shared hosting duties for the pledge event in rome"
                                                             -> "which countries hosted the pledge event in rome"
    "which editions had two co host countries instead of one" -> "which editions were co hosted"
    "did any past pledge conference go fully online"        -> "which pledge conference was held virtually"
    "did the 2021 pledge conference go online"              -> "was the 2021 pledge conference held online"
    "which pledge conference was the only virtual one"      -> "which pledge conference was held virtually"
    "were partner countries let into the hague pledge conference or was it allies only"
                                                             -> "did the hague pledge conference include partner countries"
    "what was the point of the berlin conference"           -> "what was the purpose of the berlin conference"
    "who was the berlin conference meant to bring together"  -> "what was the purpose of the berlin conference"

Each rewrite is tried only when its cue word is there; other text comes back as it is.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_ONE_OR_TWO_DAYS = lazy_pattern(
    r"^(?:(?:was|were|is|did) )?(?P<subject>.+?)(?: (?:was|were|is|lasted|ran))?(?: only| just| really)? (?:(?:a|an) )?(?:last |run |ran |go |take |took )?(?:for )?"
    r"(?:(?:one|1|a single|single)(?: day)? or (?:two|2|more|several|multiple)(?: days?| day event| day conference)?"
    r"|(?:one|1) or (?:two|2) days|(?:one|1) day or (?:two|2) day (?:event|conference|meeting|thing))$")
_OUTCOME_NOUN = lazy_pattern(
    r"^what (?:concrete |specific |main |key |actual |new )?(?:(?:nato |cyber |nato cyber |cyber defen[cs]e )?(?:commitments?|decisions?|outcomes?|results?|pledges?|agreements?|deliverables?"
    r"|conclusions?|stuff|things?|steps|measures|initiatives?|policies))"
    r" (?:actually )?(?:came|come|emerged|resulted) (?:out )?(?:of|from) ")
_HOSTING_DUTIES = lazy_pattern(
    r"^(?:which|what) (?:two |2 |both )?(?P<who>countries|nations|governments|states|ministries) (?:shared|split|took on|divided|had) (?:the )?(?:hosting|co hosting|organi[sz]ing)"
    r"(?: duties| duty| role| job| responsibilities)? (?:for|of|at) ")
_SEVERAL_HOSTS = lazy_pattern(
    r"^(?:which|what) (?P<what>\S+(?: \S+){0,3}?) (?:had|have|has|got) (?:two|2|more than one|multiple|several|joint) (?:co )?(?:hosts?|cohosts?|host countr(?:y|ies)|host nations?|hosting countries)"
    r"(?: countries| nations)?(?: (?:instead|rather) (?:of|than) (?:one|1|a single one))?$"
    r"|^(?:which|what) (?P<had>\S+(?: \S+){0,3}?) (?:had|have|has|got) (?:co hosts|cohosts)$")
_WENT_ONLINE = lazy_pattern(
    r"^(?:did|has|have) (?P<subject>.+?) (?:ever )?(?:go|gone|went) (?:fully |completely |entirely |all |purely )?(?:online|virtual|remote|digital)$"
    r"|^(?:which|what) (?P<which>.+?) (?:went|go|goes|has gone) (?:fully |completely |entirely |all |purely )?(?:online|virtual|remote|digital)$"
    r"|^(?:which|what) (?P<one>.+?) (?:was|were|is) (?:the |an? )?(?:only |sole |one |single )?(?:fully |all )?(?:online|virtual|remote|digital)(?: one| edition| event| conference)?$")
_LET_IN = lazy_pattern(
    r"^(?:were|was|did|are|could) (?P<who>(?:the )?(?:partner countries|partner nations|partners|non nato countries|industry|companies|private companies|the private sector|private sector))"
    r" (?:even )?(?:let into|let in to|allowed into|allowed at|allowed in|allowed to attend|invited to|admitted to|attend|attending|take part in|join|present at|included in|welcome at|welcomed at|at)"
    r" (?P<event>.+?)(?: or (?:was|were|is) (?:it|they|that) .+| or not| at all)?$")
_POINT_OF = lazy_pattern(r"^what (?:was|is|were) (?:the |their )?(?:point|aim|goal|idea|objective|rationale) (?:of|behind) (?!(?:that|this|it|them)\b)")  # "of that conference": the pointer is read first
_BRING_TOGETHER = lazy_pattern(r"^(?:who|whom) (?:was|were|is) (?P<event>.+?) (?:meant|supposed|designed|intended|aimed) to (?:bring together|gather|convene|unite|bring in)$")
#: "which industry players took part in berlin", "what companies attended the berlin conference": whether it included them.
_WHICH_GUESTS = lazy_pattern(
    r"^(?:which|what) (?:(?:tech|technology|private|cyber|big) )?(?:industry players|industry partners|industry representatives|industry|companies|firms|businesses|corporations|vendors)"
    r"(?: (?:of|from) (?:the )?(?:industry|private sector|tech sector))? (?:took part|participated|attended|joined|were (?:at|present at|there at|represented at|involved in)|came|showed up|were invited)(?: (?:in|at|to))? (?P<event>\S.*)$")
_GATHERING_NOUN = lazy_pattern(r"\b(?:conference|conf|summit|meeting|event|one|edition|gathering|exercise)s?\b")
_GUESTS = ("partner", "industry", "private", "companies", "firms", "businesses", "corporations", "vendors")
_ANY_OF = lazy_pattern(r"^(?:any|one of the|some|ever any) (?:(?:past|previous|earlier|former|of the) )*(.+)$")


def logistics_ask(text: str) -> str:
    """``text`` (normalised) asking how long, with what outcome, by whom hosted or in what format, as the routes read it."""
    if " day" in text and " or " in text and (days := _ONE_OR_TWO_DAYS.match(text)):
        return f"how many days did {days['subject']} last"
    if (" came " in text or " come " in text or " emerged " in text or " resulted " in text) and (outcome := _OUTCOME_NOUN.match(text)):
        return f"what came out of {text[outcome.end():]}"
    if "hosting" in text and (duties := _HOSTING_DUTIES.match(text)):
        return f"which {duties['who']} hosted {text[duties.end():]}"
    if "host" in text and (several := _SEVERAL_HOSTS.match(text)):
        return f"which {several['what'] or several['had']} were co hosted"
    if (" point " in text or " aim " in text or " goal " in text or " idea " in text or " objective " in text or " rationale " in text) and (point := _POINT_OF.match(text)):
        return f"what was the purpose of {text[point.end():]}"
    if " to " in text and (together := _BRING_TOGETHER.match(text)):
        return f"what was the purpose of {together['event']}"
    if any(word in text for word in _GUESTS) and (let_in := _LET_IN.match(text)):
        return f"did {let_in['event']} include {let_in['who']}"
    if any(word in text for word in _GUESTS) and (guests := _WHICH_GUESTS.match(text)):
        event = guests["event"] if _GATHERING_NOUN.search(guests["event"]) else f"the event in {guests['event']}"  # "in berlin"
        return f"did {event} include industry"  # the entry's sentence naming the firms
    if any(word in text for word in (" online", " virtual", " remote", " digital")) and (online := _WENT_ONLINE.match(text)):
        if online["subject"] and not (any_of := _ANY_OF.match(online["subject"])):
            return f"was {online['subject']} held online"  # "did the 2021 pledge conference go online": that one, yes or no
        return f"which {any_of[1] if online['subject'] else online['which'] or online['one']} was held virtually"  # "did any past pledge conference go online": those that were
    return text
