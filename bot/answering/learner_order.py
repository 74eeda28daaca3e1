"""Questions in the word order of English learned as a second language, put the way the routes know them.

    "explain me please what stoltenberg said in berlin"   -> "what stoltenberg said in berlin"
    "what did say baerbock in her speech at berlin"        -> "what did baerbock say in her speech at berlin"
    "when it was exactly"                                  -> "when was it"
    "why the berlin conference is called the first"        -> "why is the berlin conference called the first"
    "when the allies have agreed the pledge"               -> "when did the allies agree the pledge"
    "cyber coalition is what kind of thing"                -> "what is cyber coalition"
    "the berlin conference was organised by nato or by a german ministry"  -> "who hosted the berlin conference"
    "since how much time the pledge exists"                -> "how long ago was the pledge"
    "what means cyber coalition", "tell me what means x"   -> "what is cyber coalition"
    "the actual secretary general", "one citation of her"  -> "the current secretary general", "one quote of her"

Each step runs only when the text holds its cue words, so most questions run none. Pure and table-tested
(tests/test_learner_order.py); called on normalised text by ``question_text``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: False friends: "citation" (a quote), "actual" (current) before a role in the present ("who was the actual sg": the real one).
_FALSE_FRIENDS = {"citation": "quote", "citations": "quotes", "citate": "quote", "citates": "quotes", "inaugurated": "opened", "inaugurate": "open", "cargo": "position"}
#: "the sentence of rutte about investment", "the declaration of odobescu": a quote of theirs.
_SAYING_OF = lazy_pattern(r"\b(?:sentence|phrase|declaration|statement)(s?) (?:of|by|from) (?=\S)")
_SAYING_NOUNS = frozenset("sentence phrase declaration statement sentences phrases declarations statements".split())
#: A quiz card's "fill in the blank: no one stands ___ in nato" asks for the quote holding the words around the blank.
_FILL_IN = lazy_pattern(r"^(?:fill in the (?:blanks?|gaps?)|(?P<quote>(?:complete|finish) the (?:quote|line)))"
                        r"(?: (?:from|in|of) (?:the )?(?:\S+ ){0,3}?(?P<speech>speech|address|remarks)| (?:from|in|of) (?:the )?(?:\S+ ){0,3}?(?:article|piece))? ")
#: "at the time of the vilnius summit who was sg" (no comma to end the lead): the question, then when.
_TIME_LEAD = lazy_pattern(r"^(?P<lead>(?:at the time of|around the time of|during) (?:\S+ ){1,6}?)(?P<question>(?:who|what|which|how) \S.*)$")
#: "was rutte actually there?", "was he really at tirana": there in person (he spoke by video).
_ACTUALLY_THERE = lazy_pattern(r"^(?P<be>was|were) (?P<who>(?:\S+ ){0,4}?\S+) (?:actually|really|physically|personally) "
                               r"(?:(?:there|present)(?: (?P<where>(?:in|at) (?!person\b).+?))?|(?P<at>(?:in|at) (?!person\b).+?))(?: though| then| at all)?$")
_IN_FACT = frozenset("actually really physically personally".split())
#: "who assisted to the conference", "did rutte assist at tirana", "which firms assisted the berlin conference": who attended it.
_ASSISTED = lazy_pattern(r"\bassist(ed|s)?(?! (?:a|an|the|any|all|other|fellow|member|one) (?:\S+ )?(?:ally|allies|members?|nations?|countries|country|states?|partners?|victims?)\b)(?: (?:to|at|in)\b|(?= (?:the|that|this|a|an|one|both|all|any)\b))")  # "assist an ally": help
_ACTUAL_ROLE = lazy_pattern(r"(?:(?<=\bis the )|(?<=\bare the ))actual (?=(?:nato )?(?:secretary|deputy|prime|minister|president|chancellor|head|leader|chief|sg|holder)\b)")
#: "explain me (please) what ...", "say me who ...": the question after the request is what is asked.
_CAN_YOU = r"(?:(?:can|could|would) you (?:please |pls )?)?"
_REQUEST_ME = lazy_pattern(rf"^{_CAN_YOU}(?:please )?(?:explain|tell|say|describe) me(?: please| pls)?(?: (?:one thing|a thing))? (?=(?:what|who|when|where|why|how|which|if|whether)\b)")
_EXPLAIN_ME = lazy_pattern(rf"^{_CAN_YOU}(?:please )?(?:explain|describe) me(?: please)? (?!about )")
#: "the nicc, explain me", "explain me please" after a comma: explain what was named before.
_EXPLAIN_ALONE = lazy_pattern(r"^(?:please )?(?:explain|describe)(?: (?:me|us|to me|to us))?(?: please| pls)?$")
#: "..., what name", "..., what is the name": who the one named before is.
_NAME_ALONE = lazy_pattern(r"^(?:what|which) (?:is |was )?(?:the )?(?:name|names)(?: (?:is it|please|exactly))?$")
#: "tirana conference rutte was there in person": the gathering first, then a statement to check.
_THERE_IN_PERSON = lazy_pattern(r"^(?:(?:at|in) )?(?P<lead>(?!was |were |is |did )(?:\S+ ){0,4}?(?:conference|confrence|conf|summit|meeting|(?:19|20)\d\d)) (?P<who>\S+(?: \S+)?) "
                                r"(?:was|were) (?:really |actually |physically |personally )?(?:there|present)(?: in person| physically| personally)?$")
#: "cyber coalition exercise since when it exist", "the pledge, since which year it exists": since when the thing named first exists.
_SINCE_WHEN_IT = lazy_pattern(r"^(?P<x>(?!(?:since|when|what|who|where|which|how|is|was|did|does)\b)(?:\S+ ){0,6}?\S+) since (?:when|(?:which|what) year) (?:(?:does|do|did) )?(?:it|they|this|that) "
                              r"(?:exists?|existed|is there|are there|has existed|have existed|is around|has been around)$")
_SAY_ME = lazy_pattern(rf"^{_CAN_YOU}(?:please )?say me(?: please)? (?:about )?")
#: "what means x", "what does mean x", "what does x mean", "what is meaning x": what x is.
_MEANS = lazy_pattern(r"^what (?:means|does mean|is meaning|is the meaning of|mean) (?P<x>.+)$|^what does (?P<y>(?!\S+ by\b).+?) means?$")
#: "what did say x about y": the speaker after the verb.
_DID_SAY_X = lazy_pattern(r"^what (?:did|does|has|have|had) (?:say|said|tell|told|write|wrote|declare|declared) (?P<who>(?!about |that |to )(?:\S+ ){0,6}?\S+)"
                          r"(?P<rest> (?:about|at|in|on|to|during|when|regarding|concerning|for) .*)?$")
#: "when it was", "where they were": the question word, then subject and verb the other way round.
_PRONOUN_BE = lazy_pattern(r"^(?P<wh>when|where|why|how|who|what) (?P<x>it|this|that|he|she|they) (?P<be>is|was|were|are)\b(?P<rest>.*)$")
#: "why the berlin conference is called the first", "when the nicc was created": subject before its verb.
_NOUN_BE = lazy_pattern(r"^(?P<wh>(?:when|where|why|how)(?: and (?:when|where|why|how))?) (?P<x>(?!is |was |were |are |did |does |do |has |have |had |will |can |could |long |many |much |old )"
                        r"(?:the |a |an |this |that |nato )(?:\S+ ){0,6}?\S+) (?P<be>is|was|were|are) (?P<rest>(?:\S+(?:ed|en)|held|set up|made|run|built|done|happening"
                        r"|taking place|important|significant|special|different|so \S+)\b.*)$")
#: "when the allies have agreed it", "what nato has decided in wales": do-support missing; the auxiliary of the perfect stands for it.
_HAVE_DONE = lazy_pattern(r"^(?P<wh>when|where|what|why|(?:at|in|during|on|with) (?:which|what) \S+) (?P<x>(?!is |was |were |are |did |does |do |has |have |had |it |there )(?:\S+ ){0,5}?\S+) "
                          r"(?:have|has|had) (?P<verb>\S+ed|agreed|made|set|built|held|done|said|told|written|signed|chosen|given|begun|won|met)(?P<rest>(?: .*)?)$")
_IRREGULAR = {"made": "make", "set": "set", "built": "build", "held": "hold", "done": "do", "said": "say", "told": "tell", "written": "write",
              "chosen": "choose", "given": "give", "begun": "begin", "won": "win", "met": "meet", "agreed": "agree"}
#: "cyber coalition is what kind of thing", "the berlin conference was when", "the pledge was signed where".
_SUBJECT_FIRST = lazy_pattern(r"^(?P<x>(?!what |who |when |where |which |how |is |was |did |does )(?:\S+ ){0,6}?\S+) (?P<be>is|was|are|were) "
                              r"(?P<part>(?:held|organi[sz]ed|hosted|signed|agreed|adopted|founded|created|launched|established|set up) )?"
                              r"(?P<wh>what|who|when|where)(?: (?:kind|sort|type) of (?:a |an )?\S+| exactly| precisely| actually)?$")
#: "the berlin conference of 2023 was organised by nato itself or by a german ministry": who hosted it.
_BY_A_OR_B = lazy_pattern(r"^(?P<x>(?!was |were |is |are |it |there )(?:\S+ ){1,7}?)(?:was |were )?(?:organi[sz]ed|hosted|run|held|arranged|prepared) by .+ or (?:by )?.+$")
#: "since how much time the pledge exists", "from how many years is the pledge there": how long ago it was.
_SINCE_HOW = lazy_pattern(r"^(?:since|from) how (?:much time|long|many years) (?:is |was |has been |have been |does |do |did )?(?P<x>.+?)"
                          r"(?: exists?| existed| existing| is there| has existed| has been there| is in force| is active)?$")
#: "... until today", "... up to now": the end of "how many years since x" that is always today.
_UNTIL_TODAY = lazy_pattern(r" (?:until|till|to|up to|up until) (?:today|now|this day|the present|present day)$")
#: "the nicc is in mons or in brussels", "laanet was minister in 2021 or not yet": a yes-or-no question in the order of a statement.
_SUBJECT_BE_OR = lazy_pattern(r"^(?P<x>(?!(?:what|who|when|where|which|how|why|is|was|were|are|did|does|do|there|i|you|we|and|or|but)\b)(?:\S+ ){0,4}?\S+)"
                              r" (?P<be>is|was|are|were) (?P<rest>(?!.*\b(?:more or less|or so|sooner or later)\b)(?!by |organi[sz]ed by |hosted by |held by |(?:the )?(?:first|second|third|fourth|last)\b)\S.* or .+)$")
#: "how many years stoltenberg was secretary general", "how long rutte has been sg": the verb after its subject.
_HOW_LONG_ROLE = lazy_pattern(r"^how (?P<unit>long|many years|much time) (?P<x>(?!(?:was|is|were|are|did|does|has|have|ago|before|after|since|from|until|till|passed|have passed)\b)(?:\S+ ){0,2}?\S+) "
                              r"(?P<be>was|is|were|are) (?P<rest>\S.*)$")
#: "rutte became secretary general when", "stoltenberg left when exactly": when did x become it.
_BECAME_WHEN = lazy_pattern(r"^(?P<x>(?!(?:what|who|when|where|which|how|did|was|is)\b)(?:\S+ ){0,2}?\S+) (?P<verb>became|left|joined|started as|took office as)"
                            r" (?P<rest>(?:\S+ )*?)(?:when|in which year|in what year|which year|what year)(?: exactly| precisely)?$")
_BECOME = {"became": "become", "left": "leave", "joined": "join", "started as": "start as", "took office as": "take office as"}
#: "the nato cyber defence conference of 2023 was in berlin, and the one of 2024": the same asked of the other year.
_AND_THE_ONE_OF = lazy_pattern(r"^(?:\S+ )*?(?:the )?(?P<subject>(?:(?!the\b)[a-z]+ ){0,5}?(?:conference|summit|exercise|meeting)) (?:of |in )?(?:19|20)\d\d (?:was|took place|happened|was held|was hosted)"
                               r" (?P<prep>in|at|on|by) .+? and (?:what about |how about )?(?:the one|the edition|that|the conference|the summit)?(?: of| in)? (?P<year>(?:19|20)\d\d)$")
#: "in the rome article there is an error about the date": is there one in it (a claim about a text checks its notes).
_THERE_IS_IN = lazy_pattern(r"^(?:is it true that )?(?P<where>(?:in|on) (?:the |that |this |his |her )?(?:\S+ ){0,3}?(?:article|piece|op ed|report|text|story|speech))"
                            r" there (?P<be>is|are|was|were) (?P<rest>\S.*?)(?: (?:no|right|true|correct|or not|isn t it|is not it))?$")
_YOU_TAKE_FROM = lazy_pattern(r"^(?:from where|where from|from which source|where) (?:do |did )?(?:you|u) (?:take|get|have|took|got|find|found) (?P<x>\S.*?)(?: from)?$")
_QUOTE_WORDS = frozenset("quote quotes line lines words sentence phrase citation".split())
_WHEN_WILL_BE = lazy_pattern(r"^(?P<x>(?!(?:when|where|what|who)\b)(?:\S+ ){0,6}?\S+) (?P<wh>when|where) (?:will (?:it )?(?:be|take place)|it will be|is it going to be)$")
_DECIDES_IF = lazy_pattern(r"\b(decides?|decided|determines?|determined|judges?|assess(?:es)?|checks?) if\b")
_IN_PRESENCE = lazy_pattern(r"\b(?:in|in physical|physically in) presence\b")
#: "what allies decided in vilnius", "what nato agreed at wales": do-support missing after "what".
_ALLIES = frozenset("nato allies the leaders".split())
_ALLIES_DID = lazy_pattern(r"^what (?P<x>(?:the )?(?:nato )?(?:allies|leaders|nato)(?: allies| leaders)?) (?P<verb>decided|agreed|declared|adopted|signed|pledged)\b(?P<rest>.*)$")
_BASE = {"decided": "decide", "declared": "declare", "adopted": "adopt", "signed": "sign", "pledged": "pledge"}
#: "what was happening on 9 october": what happened.
_HAPPENING = lazy_pattern(r"^what (?:was|were) (?:happening|going on|taking place)\b")
#: "when has been founded the nicc", "where was organised x": the participle before its subject.
_PASSIVE_FIRST = lazy_pattern(r"^(?P<wh>when|where|how|why|by whom) (?:has been|have been|had been|was|were|is|are) (?P<part>\S+ed|held|set up|built|made|chosen|run|signed)"
                              r" (?P<x>(?!by |in |at |on )\S.*)$")
#: "who has organised x": the present perfect of a regular verb, asked as the past.
_WHO_HAS = lazy_pattern(r"^who (?:has|have|had) (?:(?P<regular>\S+ed)|(?P<irregular>spoken|given|written|taken|gone|said|told|held|made|run))\b")
_PAST = {"spoken": "spoke", "given": "gave", "written": "wrote", "taken": "took", "gone": "went"}  # the rest are their own past
#: "is true that x", "it is true that x?": a claim to check.
_IS_TRUE = lazy_pattern(r"^(?:is|it is|it s|its) (?:really )?(?:true|correct|right) that ")
#: "how much years ago": how many.
_HOW_MUCH = lazy_pattern(r"^how much (?=(?:years|months|weeks|days|conferences|summits|events|people|speakers|countries|allies|quotes)\b)")
#: "how many speakers there were at x", "how many days has lasted x", "who has been the secretary general": the usual order.
_THERE_WERE = lazy_pattern(r"^how many (?P<x>\S+(?: \S+)?) there (?P<be>was|were|are|is|have been|has been)\b")
_LASTED_FIRST = lazy_pattern(r"^how (?P<unit>long|many days) (?:has|have|had|did|does) (?:lasted|last|run|gone on|go on) (?P<x>.+)$")
_HAS_BEEN = lazy_pattern(r"^(?P<wh>who|what|where|when) (?:has|have) been\b")
#: "which role rutte had in 2023": the verb after its subject.
_WHICH_HAD = lazy_pattern(r"^(?P<wh>(?:which|what) (?:role|roles|title|position|job|post|function|office)) (?P<x>(?!had |has |was |is |did |does |do )(?:\S+ ){0,4}?\S+)"
                          r" (?:had|has|held|holds|occupied|was having)(?P<rest>(?: .*)?)$")
#: "which is the name of x": what is.
_WHICH_IS_THE = lazy_pattern(r"^which (is|was|are|were) the (?=\S+ of\b)")
#: "until when stoltenberg was secretary general", "stoltenberg was secretary general until which year", "from when rutte is sg".
_UNTIL_WHEN = lazy_pattern(r"^(?P<since>until|till|since|from) when (?P<x>(?!is |was |were |are |did |has )(?:\S+ ){0,3}?\S+) (?P<be>is|was|were|are|has been|had been) (?P<role>.+)$")
_ROLE_UNTIL = lazy_pattern(r"^(?!(?:what|where|when|who|whom|which|how|why)\b)(?P<x>(?:\S+ ){0,3}?\S+) (?P<be>is|was|has been|had been) (?P<role>.+?) (?P<since>until|till|since|from) (?:when|which year|what year|which date|what date)$")
#: "how old is the cyber defence pledge", "how many years old is it as of today": how long ago it was (a person's age is not what this asks for).
_HOW_OLD = lazy_pattern(r"^how (?:many (?:years|months) )?old (?:is|are|was|were) (?P<x>(?=.*\b(?:pledge|conference|summit|centre|center|nicc|exercise|policy|initiative|concept|series|coalition)\b).+?)(?: (?:as of|as at|from) (?:today|now)| (?:today|now|by now|currently|at this point))?$")
#: "at 2024": in that year.
_AT_YEAR = lazy_pattern(r"\bat (?=(?:19|20)\d\d\b)")

#: "list me all the conferences": list them.
_LIST_ME = lazy_pattern(r"^(?:list me|(?:give|show|make) me (?:a |the )?(?:complete |full |whole |entire |bullet |bulleted |bullet point |numbered |short |quick |brief )?list of) ")
#: "why is x called the first if nato had conferences before": the condition after the question.
_WHY_IF = lazy_pattern(r" (?:if|although|even though|though|whereas|given that) (?!\S+$)")

#: Second words some steps need, checked before their pattern runs.
_PASSIVE_SECOND = frozenset("has have had was were is are whom did does".split())
_PRONOUNS = frozenset("it this that he she they".split())
_NOUN_STARTS = frozenset("the a an this that nato and".split())
_SUBJECT_FIRST_ENDS = frozenset("what who when where exactly precisely actually".split())
_KIND_OF = frozenset("kind sort type".split())

_WH = frozenset("when where why how who what which".split())
_CUES = frozenset(_FALSE_FRIENDS) | _SAYING_NOUNS | frozenset("time during fill complete finish actually really physically personally "
                                              "assisted assist assists actual me means mean meaning say said tell told write wrote declare declared "
                                              "it this that he she they is was were are have has had since from until till to up "
                                              "happening going taking at by list why true correct right much there held holds occupied which when old "
                                              "decided agreed declared adopted signed pledged presence and if be place you explain describe name present".split())


def reorder(text: str) -> str:
    """Normalised text in a learner's word order -> the order the routes know (text as is when no step applies)."""
    words = text.split()
    if not words or _CUES.isdisjoint(words):
        return text
    cues = set(words)
    if not cues.isdisjoint(_FALSE_FRIENDS):
        text = " ".join(_FALSE_FRIENDS.get(w, w) for w in words)
    if not cues.isdisjoint(_SAYING_NOUNS):
        text = _SAYING_OF.sub(r"quote\1 of ", text)
    if cues & {"time", "during"} and (lead := _TIME_LEAD.match(text)):
        text = f"{lead['question']} {lead['lead'].strip()}"
    if cues & {"fill", "complete", "finish"} and (blank := _FILL_IN.match(text)):  # the words someone said, else the fact
        return ("quote " if blank["quote"] or blank["speech"] else "") + text[blank.end():]
    if cues & {"assisted", "assist", "assists"}:
        text = _ASSISTED.sub(r"attend\1", text)
    if "you" in words and (taken := _YOU_TAKE_FROM.match(text)) and not _QUOTE_WORDS.intersection(words):  # "from where you take
        return f"where does the information on {taken['x']} come from"  # the dates of the rome conference": its sources
    if "if" in cues:  # "who decides if a cyber attack triggers article 5": whether
        text = _DECIDES_IF.sub(r"\1 whether", text)
    if "presence" in cues:  # "in presence" (Italian "in presenza"): in person
        text = _IN_PRESENCE.sub("in person", text)
    if "actual" in cues:
        text = _ACTUAL_ROLE.sub("current ", text)
    if "at" in cues and any(len(w) == 4 and w.isdigit() for w in words):
        text = _AT_YEAR.sub("in ", text)
    if cues & {"explain", "describe"} and _EXPLAIN_ALONE.match(text):
        return "explain it"  # "the nicc, explain me": "it" is what came before
    if "name" in cues and _NAME_ALONE.match(text):
        return "who is it"  # "the italian vice minister at rome, what name": who the one named before is
    if "me" in cues:
        text = _REQUEST_ME.sub("", text)
        text = _EXPLAIN_ME.sub("explain ", text)
        text = _SAY_ME.sub("tell me about ", text)
    words = text.split()
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first in ("was", "were") and not cues.isdisjoint(_IN_FACT) and " in person" not in text and (there := _ACTUALLY_THERE.match(text)):
        return f"{there['be']} {there['who']} {there['where'] or there['at'] or 'there'} in person"
    if first == "there" and second in ("was", "were", "is", "are"):  # "there was a conference in madrid?": was there one
        return f"{second} there {' '.join(words[2:])}"
    if " and " in text and (other := _AND_THE_ONE_OF.match(text)):  # "the conference of 2023 was in berlin, and the one of 2024"
        asks = {"by": "who hosted", "on": "when was"}.get(other["prep"], "where was")
        return f"{asks} the {other['subject']} of {other['year']}"
    if "there" in cues and (within := _THERE_IS_IN.match(text)):  # "(is it true that) in the rome article there is an error"
        return f"{within['be']} there {within['rest']} {within['where']}"
    if first in ("is", "it", "its") and cues & {"true", "correct", "right"}:
        return _IS_TRUE.sub("is it true that ", text)
    if first == "how" and "much" in cues:
        text = _HOW_MUCH.sub("how many ", text)
    if first in ("when", "where", "how", "why", "by") and second in _PASSIVE_SECOND and (passive := _PASSIVE_FIRST.match(text)):
        be = "were" if " were " in text or " have been " in text else "was"
        if passive["wh"] == "by whom" and passive["part"].startswith(("organi", "host", "run", "held")):
            return f"who hosted {passive['x']}"
        return f"{passive['wh']} {be} {passive['x']} {passive['part']}"
    if first == "which" and second in ("is", "was", "are", "were"):
        text = _WHICH_IS_THE.sub(r"what \1 the ", text)
    if first in ("until", "till", "since", "from") and second == "when" and (until := _UNTIL_WHEN.match(text)):
        return _role_since(until)
    if words[-1] == "when" or words[-1] == "year" or words[-1] == "date":
        if until := _ROLE_UNTIL.match(text):
            return _role_since(until)
    if first == "how" and (second == "old" or " old " in text) and (old := _HOW_OLD.match(text)):  # "how many years old is ... as of today"
        return f"how long ago was {old['x']}"
    if first == "how" and "there" in cues and (there := _THERE_WERE.match(text)):
        text = f"how many {there['x']} {there['be']} there{text[there.end():]}"
    if first == "how" and cues & {"was", "is", "were"} and (span := _HOW_LONG_ROLE.match(text)):  # "how many years stoltenberg was sg"
        return f"how {span['unit']} {span['be']} {span['x']} {span['rest']}"
    if first == "how" and cues & {"has", "have", "had", "did", "does"} and (lasted := _LASTED_FIRST.match(text)):
        return f"how {lasted['unit']} did {lasted['x']} last"
    if second in ("has", "have") and (been := _HAS_BEEN.match(text)):
        text = f"{been['wh']} was{text[been.end():]}"
    if first in ("which", "what") and cues & {"had", "has", "held", "holds", "occupied"} and (held := _WHICH_HAD.match(text)):
        return f"{held['wh']} had {held['x']}{held['rest']}"
    if first == "who" and second in ("has", "have", "had") and (perfect := _WHO_HAS.match(text)):
        verb = perfect["regular"] or _PAST.get(perfect["irregular"], perfect["irregular"])  # "who has spoken at x": who spoke
        text = f"who {verb}{text[perfect.end():]}"
    if first in ("list", "give", "show", "make") and second == "me":
        return _LIST_ME.sub("list ", text)
    if first == "why" and (because := _WHY_IF.search(text)):
        text = text[: because.start()]  # "why is x called the first if nato had ...": the why is about x
    if text.startswith("why and when "):  # the when is what the routes answer, the why goes with it
        text, first = "when and why " + text[len("why and when "):], "when"
    if first in ("at", "in", "during", "on", "with") and cues & {"have", "has", "had"} and (done := _HAVE_DONE.match(text)):
        return _did(done)  # "at which summit the allies have adopted the pledge"
    if first == "what":
        return _what(text, cues, second)
    if first in _WH:
        if cues & {"is", "was", "were", "are"}:
            if second in _PRONOUNS and (pronoun := _PRONOUN_BE.match(text)):
                if pronoun["x"] == "it" and pronoun["rest"].startswith((" the ", " a ", " an ")):  # "when it was the last x": "it" stands for x
                    return f"{pronoun['wh']} {pronoun['be']}{pronoun['rest']}"
                return f"{pronoun['wh']} {pronoun['be']} {pronoun['x']}{pronoun['rest']}"
            if second in _NOUN_STARTS and (noun := _NOUN_BE.match(text)):
                return f"{noun['wh']} {noun['be']} {noun['x']} {noun['rest']}"
        if cues & {"have", "has", "had"} and (done := _HAVE_DONE.match(text)):
            return _did(done)
        if words[-1] in ("today", "now", "day", "present"):
            return _UNTIL_TODAY.sub("", text)
        return text
    if first in ("since", "from") and (since := _SINCE_HOW.match(text)):
        return f"how long ago was {since['x']}"
    if " or " in text and "by" in cues and (by := _BY_A_OR_B.match(text)):
        return f"who hosted {by['x'].strip()}"
    if " or " in text and cues & {"is", "was", "are", "were"} and (either := _SUBJECT_BE_OR.match(text)):
        return f"{either['be']} {either['x']} {either['rest']}"  # "the nicc is in mons or in brussels": is it
    if cues & {"when", "year"} and (became := _BECAME_WHEN.match(text)):  # "rutte became secretary general when exactly"
        return f"when did {became['x']} {_BECOME.get(became['verb'], became['verb'])} {became['rest']}".strip()
    if cues & {"there", "present"} and (present := _THERE_IN_PERSON.match(text)):  # "tirana conference rutte was there in person"
        return f"was {present['who']} in person at {present['lead']}"
    if "since" in cues and (since := _SINCE_WHEN_IT.match(text)):  # "cyber coalition exercise since when it exist"
        return f"since when does {since['x']} exist"
    if words[-1] in ("be", "place") and (future := _WHEN_WILL_BE.match(text)):  # "the next pledge conference when will be"
        return f"{future['wh']} is {future['x']}"
    if (words[-1] in _SUBJECT_FIRST_ENDS or not _KIND_OF.isdisjoint(words[-4:])) and (subject := _SUBJECT_FIRST.match(text)):
        return f"{subject['wh']} {subject['be']} {subject['x']}" + (f" {subject['part'].strip()}" if subject["part"] else "")
    return text


def _what(text: str, cues: set[str], second: str) -> str:
    if cues & {"means", "mean", "meaning"} and (means := _MEANS.match(text)):
        return f"what is {means['x'] or means['y']}"
    if second in _PASSIVE_SECOND and (said := _DID_SAY_X.match(text)) and said["who"].split()[0] not in ("he", "she", "they", "it", "you", "i", "we"):
        return f"what did {said['who']} say{said['rest'] or ''}"
    if second in _ALLIES and (decided := _ALLIES_DID.match(text)):  # "what allies decided in vilnius": what did they agree
        return f"what did {decided['x']} {_BASE.get(decided['verb'], 'agree')}{decided['rest']}"
    if "happening" in cues or "going" in cues or "taking" in cues:
        text = _HAPPENING.sub("what happened", text)
    if cues & {"have", "has", "had"} and (done := _HAVE_DONE.match(text)):
        return _did(done)
    return text


def _role_since(match) -> str:
    """"until when stoltenberg was secretary general" -> "until when was stoltenberg secretary general"."""
    since = "since" if match["since"] in ("since", "from") else "until"
    be = "was" if match["be"] in ("was", "had been") else "is"
    return f"{since} when {be} {match['x']} {match['role']}"


def _did(done) -> str:
    """"when the allies have agreed it" -> "when did the allies agree it"; "at which summit the allies have adopted it" keeps "had"."""
    verb = done["verb"]
    if " " in done["wh"]:
        return f"{done['wh']} had {done['x']} {verb}{done['rest']}"
    base = _IRREGULAR.get(verb) or (verb[:-1] if verb.endswith(("ised", "ized", "ated", "ured", "oted", "ided", "osed", "ased", "used")) else verb[:-2] if verb.endswith("ed") else verb)
    return f"{done['wh']} did {done['x']} {base}{done['rest']}"
