"""What chatter around a question looks like: greetings and hedges before it, thanks and sign-offs after it, and the
first word that starts the question itself (``question_text.strip_chatter`` reads with these)."""

from __future__ import annotations

from ..patterns import lazy_pattern
from .answer_shape import ANSWER_SHAPE, LEADING_SHAPE
from .homework_tails import ASKER_TAILS
from .needed_tails import SOON
from .small_talk import ASKING_FOR, SMALL_TALK

#: Chatter before the question: greetings, politeness, hedges ("quick question", "i was wondering").
LEADING_CHATTER = lazy_pattern(
    r"^(?:(?:(?:hi|hello|hey|heya|hiya|yo|gm|morning|afternoon|evening|good (?:morning|afternoon|evening)) (?:all|everyone|everybody|team|folks|guys|y all|yall|you all|people|friends|gang|peeps|colleagues|both|again|there)|"
    r"hi|hello|hey|hiya|yo|gm|morning|ok|okay|so|um|uh|erm|well|right|please|cyberbot|bot|there(?! (?:was|were|is|are) )|and|also|oh|ah|but|wait|hold on|hang on|hmm+|ngl|tbh|like|bro|dude|guys|"
    r"honestly|lowkey|lol|lmao|omg|bruh|idk|(?:thanks|thank you|thank u)(?! (?:so |very )?much$| a lot$| a ton$| loads$)|thx|cheers|cool|great|nice|awesome|perfect|got it|i see|interesting|sorry to bother you|sorry to bother|"
    r"good (?:morning|afternoon|evening)|quick question|(?:super |very |really )?urgent(?: q| question| one| request| pls| please)?|asap|" rf"{LEADING_SHAPE}|{SMALL_TALK}|"
    r"quick (?:one|q)|(?:while|as|before) (?:i|i m|i am|we|we re)(?: \S+){1,8}?(?= (?:who|whom|what|when|where|which|how)\b)|question|one more|another one|one more question|"
    r"i (?:was|am) (?:just )?wondering|i wonder|i d like to know|i would like to know|i want to know|"
    r"(?:i (?:\S+ ){0,3}?)?(?:(?:can t|cannot|can not|couldn t|could not|don t|do not|didn t|did not|no longer|unable to|not able to|fail to|failed to) (?:quite |really |simply |for the life of me )?"
    r"(?:recall|remember|recollect)|forget|forgot|have forgotten|ve forgotten|totally forgot|completely forgot)(?= (?:who|whom|whose|what|when|where|which|how|(?:in|on|at) (?:which|what)|the (?:exact )?(?:title|name|date|dates|day|year|month|venue|place|city|location|host|hosts|speakers?) (?:of|for))\b)|help (?:me|us|a \S+|an \S+) out(?: here)?|"  # "i found myself unable to recall in which city ...", "forgot the title of ..."
    r"can you (?:please )?tell me|could you (?:please )?tell me|can you (?:please )?remind me|tell me please|"
    r"(?:can|could|would) you(?: please)?(?=\s+(?:list|show|give|name)\b)|"
    r"do you (?:happen to )?know|(?:i )?bet (?:you|u|ya) (?:can t|cannot|can not|cant|won t|wont|will not|don t|dont|do not) (?:even )?(?:tell|say|know|answer)(?: me)?|i dare (?:you|u) to tell me|any idea|help me out|sorry|sry|srry|soz|excuse me|btw|by the way|actually|(?:roughly|approximately|approx|about|around|circa)(?=\s+(?:when|what year|which year|how long|how many)\b)|"
    r"remind me|just curious|curious|out of curiosity|apologies|apols|(?:i m |i am |we re |we are )?(?:on|against) (?:a )?(?:tight )?deadline(?: here| today| tonight| now)?|(?:if|in case) (?:this|it) (?:is|s|was|sounds|seems|has been) (?:\S+ ){0,3}?(?:question|q|place|channel|asked(?: before| already)?)(?: (?:but|though))?|"
    r"(?:this|it) (?:might|may|could) (?:be|sound) (?:\S+ ){0,3}?(?:question|q)(?: (?:but|though))?|not sure (?:if )?this is the right (?:place|channel|spot)(?: for this)?(?: but)?|"
    r"(?:(?:help me |please )?settle|resolve|end) (?:an|a|this|the|our) (?:argument|debate|bet|dispute)(?: (?:for|between) (?:me|us)(?: and (?:my |a )?\S+)?)?|"
    r"(?:we|i) (?:have|had|made) (?:an? )?(?:bet|argument|debate)(?: going)?|"
    r"for (?:a|an|my|our|the|this) (?:\S+ ){0,3}(?:note|slide|briefing|report|article|piece|thesis|essay|presentation|newsletter|post|"
    r"section|deck|memo|seminar|class|paper|speech|timeline))\s+)+(?=\S)"
)
#: Chatter after the question: thanks, sign-offs, laughter.
TRAILING_CHATTER = lazy_pattern(
    r"(?:\s+(?:(?:thanks|thank you|thank u|thx|ty)(?: (?:ever so much|so much|very much|a lot|a million|a bunch|heaps|loads))?"
    r"(?: for (?:all )?(?:your|the) help| for helping)?(?: in advance)?|cheers|please|pls|lol|lmao|haha|ngl|tbh|fr|tho|though|or nah|or naw|or nope|ok|okay|mate|bot|cyberbot|really|actually|exactly|precisely|"
    r"in advance|thanks in advance|(?:and|&) how(?: exactly)?|much appreciated|appreciated|if you know|if you can|anyone|again|by any chance|before (?:i|we) (?:file|publish|post|print|send|submit|go to print|run (?:it|this|that))|"
    r"i forgot|i can t remember|i cannot remember|i don t remember|just curious|help (?:me|us|a \S+|an \S+) out(?: here| pls| please)?|:\)|again please|(?:i m |im |i am |we re |we are )?(?:building|making|writing|compiling|preparing|putting together|working on|pitching) (?:a|an|the|my|our) (?:\S+ )?(?:timeline|piece|story|article|explainer|factbox|graphic|thread|profile|feature|package)|"
    # how the answer should be put, not what it is about: "what is the pledge, in plain words?"
    r"in plain (?:words|english|terms|language)|in simple (?:words|terms|english)|in laymans? (?:s )?terms|in a nutshell|"
    r"in short|in brief|briefly|quickly|simply|in (?:one|a|1|a single) (?:sentence|line)|in a few (?:words|lines|sentences)|in (?:whole )?(?:years|months|weeks|days)|roughly|approximately|to the nearest (?:year|month)|(?:in )?bullet points?(?: (?:are |is )?(?:acceptable|fine|ok|okay|welcome))?|"
    r"(?:just|only) (?:the )?(?:month|year|date|day|city|place)s?(?: (?:and )?(?:the )?(?:year|month|date|day|city|country)s?)?|(?:the )?(?:month|year|date|day|city|town|place|country|countrie|name|surname|venue)s? only|"
    r"for me|for us|for a briefing|" rf"{ASKING_FOR}|" r"for my (?:boss|manager|team|notes|essay|thesis|paper|footnote|seminar|homework|research|slides)|eli5|tl dr|tldr|(?:timeline|social|carousel) graphic|infographic|for (?:a|an|my|the|our|tonight s|tonights) (?:\S+ )?(?:graphic|post|thread|carousel|tweet|caption|reel|infographic|quiz|round|card|sheet|intro|opener|timeline|worksheet|handout|lesson|board|slides?|poster|deck|memo|briefing|presentation|report|brief|one pager|exec summary|summary slide)|"
    r"(?:give me |gimme |(?:list|name|show) (?:me )?)(?:those|that|them|em|it|these)(?: all)?|let me know|not (?:a|the) summary|any(?:thing)? (?:good |juicy |usable )?(?:quotable|quotes?|lines?|soundbites?)(?: (?:i|we) (?:can|could) use)?|"
    r"(?:type|kind of|kinda|sort of|related) (?:stuff|things?)|(?:and|or) (?:stuff|things|whatever)(?: like that)?|(?:and )?(?:all )?(?:that |this )?(?:kind|sort) of thing|and so on|etc|(?:i |we )?need (?:it|this|that|them|these|those)(?= for )|(?:i |we )?need (?:\S+ ){0,3}?for (?:(?:the|my|our|a|an|tonight s) \S+(?: (?:card|sheet|round|intro|quiz))?|zotero|endnote|mendeley|bibtex|citations?|references|(?:a )?bibliography|(?:foot|end)?notes|records)|" rf"{ANSWER_SHAPE}|{SOON}|{ASKER_TAILS}|"
    r"in (?:(?:chronological|date|time|reverse|alphabetical) )?order|chronologically|by (?:date|year)|year by year|(?:oldest|newest|latest) first|"
    r"(?:from )?(?:the )?(?:first|oldest|earliest) (?:one )?to (?:the )?(?:last|latest|newest|most recent)(?: one)?|"
    r"with (?:the |their )?(?:dates?|years?)(?: and (?:the |their )?(?:city|cities|places?|locations?))?(?: of each| for each)?))+$"
)
#: A first word that starts a question: everything before it in a long message is chatter.
QUESTION_START = lazy_pattern(
    r"\b(?:(?:in|on|at) (?=which|what)|who|whom|whose|what|when|where|which|how|did|does|is|was|were|are|can i trust|list|show|tell me about)\b"
)
