"""A claim someone wants checked, in the ways people ask it, put one way: "is it true that <claim>".

    "correct me if i am wrong but the pledge was agreed in wales"   -> "is it true that the pledge was agreed in wales"
    "the hague conference was co hosted by romania right"            -> "is it true that the hague conference was co hosted by romania"
    "can you confirm that rutte spoke by video in tirana"            -> "is it true that rutte spoke by video in tirana"
    "am i right in thinking geoana was secretary general"           -> "is it true that geoana was secretary general"

(A claim followed by "is that right?" in a clause of its own, "I read that X. Is that correct?",
is made "is it true that X" by ``question_text.question_clause``.) A text only counts as a
claim when it says something: a verb of being, happening or taking part — "the tirana
conference right" asks nothing to check. Pure and table-tested (tests/test_claims.py).
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .same_claims import same_asked
from .places import PLACES

CLAIM_PREFIX = "is it true that "
#: Words one of which a claim asked the other ways holds first or last (most questions hold none: no regex runs).
_CUES = frozenset("act behave serve you another one some an if as t settle resolve decide lol haha hmm um right correct true accurate so confirm wrong am believe according for we thought think sure understand it he she they false not i someone somebody a my apparently the this is can could please people everyone fact pretty quick sanity double was were are no yes yeah ya yea yep yup innit isn "
                   "boss manager principal exec editor director supervisor viral rate assess real fake misleading instagram facebook reddit tiktok youtube "
                   "twitter telegram whatsapp linkedin wikipedia social internet on claim rumour rumor story post meme tweet thread caption infographic graphic screenshot clip video reel".split())
_LEAD = lazy_pattern(
    r"^(?:(?:correct|tell) me if i am wrong(?: but| that)?|(?:can|could|would) you (?:please )?(?:confirm|check|verify)(?: for me)?(?: that| whether| if)?"
    r"|please (?:confirm|check|verify)(?: that| whether| if)?|(?:confirm|check|verify) (?:that|whether|if)|am i (?:right|correct)(?: in thinking| to think| that)?"
    r"|is it (?:correct|right|accurate|so|the case|a fact) that|is it true(?: that)?|(?:is not|isn t) it (?:true|correct|right|so|the case|a fact)(?: that)?|is it not (?:true|correct|right|so|the case|a fact)(?: that)?|i (?:believe|thought|think|understand|am pretty sure|am sure|reckon)(?: that)?"
    r"|i (?:read|heard|saw)(?: somewhere| online| in (?:the|an|a) (?:article|piece|report|news)| on (?:the )?(?:tv|television|telly|radio|news|internet|web))?(?: that)?"
    r"|according to (?:the|this|that|an?|my|our|his|her) (?:[a-z]+ )?(?:article|piece|report|story|op ed|source|headline|caption|notes|draft|book|paper)"
    r"|if (?:my )?memory serves(?: me)?(?: (?:right|rightly|correctly|well))?|if i (?:remember|recall)(?: (?:rightly|correctly|right))?|as far as i (?:remember|recall|know)"
    r"|i (?:half |vaguely |kind of |sort of )?(?:recall|remember|gather|was told|am told|have been told|have read)(?: perhaps wrongly| rightly or wrongly| possibly wrongly)?(?: that)?"
    r"|i (?:told|taught|have told|have taught) (?:my|the|our) \w+(?: \w+)?(?: that)?"
    r"|(?:someone|somebody|a colleague|a friend|people|everyone|my \w+|(?:another|an?|one|some|this) [a-z]+|(?:the |our )?(?:boss|manager|principal|exec|editor|director|supervisor))(?: \w+){0,4}? (?:told me|tells me|says|said|claims|claimed|thinks|thought"
    r"|believes|reckons|insists|wrote|swears|swore|is convinced|keeps saying|argues|maintains|bet me|bets)(?: that)?|apparently|they say(?: that)?|true or false|true false|t or f|t f|(?:i am )?pretty sure(?: that)?"
    r"|(?:quick |sanity |double )?(?:fact )?check(?: this| that)?(?: (?:sentence|claim|statement|for me))?|fact check"
    r"|(?:(?:please )?(?:act|behave|serve) as|you are|be|as) (?:a |an |my |our |the )?fact checker(?: (?:here|for me|please|pls))?(?: and (?:check|verify)(?: this| that)?)?)\s+"  # "act as a fact-checker: X"
    r"|^(?:viral(?: (?:post|tweet|claim|video|meme|thread|infographic|graphic|caption|screenshot|clip|reel))?(?: (?:says|claims|said))?|claim(?: that)?"
    r"|(?:(?:the|this|that|a|one|another) )?(?:viral )?(?:post|tweet|thread|meme|caption|infographic|graphic|screenshot|clip|video|reel)(?: \w+){0,3}? (?:says|said|claims|claimed|states|suggests|alleges)(?: that)?|(?:rate|check|verify|assess) (?:this|the|that) (?:claim|post|tweet|statement)"
    r"|real or fake|fake or real|fact or fiction|true or not|misleading or accurate|accurate or misleading"
    r"|(?:a |the |this )?(?:claim|rumou?r|story|post|meme|tweet) (?:going (?:a )?round|circulating|doing the rounds|(?:going )?viral|online|on social media)(?: says| claims)?"
    r"|(?:on |in )?(?:instagram|facebook|reddit|tiktok|youtube|twitter|telegram|whatsapp|linkedin|wikipedia|social media|the internet)(?: \w+){0,3}?"
    r" (?:says|said|claims|claimed|reports|reported|states|stated|shows|showed)(?: that)?)\s+"
)
_TAG = lazy_pattern(
    r"\s+(?:right|correct|true|accurate|yes|yeah|ya|yea|yep|yup|innit|no|or not|sure|you sure|are you sure|u sure|yes or no|true or false|isn t it|wasn t it|aren t they|weren t they|didn t (?:he|she|it|they)"
    r"|is not it|was not it|did not (?:he|she|it|they)|did (?:he|she|it|they)|was (?:he|she|it)|were they|has (?:he|she|it)|have they|(?:is|was|are|were|does|do|has|have)(?: not| n t|n t|nt) (?:he|she|they)|(?:isnt|wasnt|didnt|doesnt|arent|werent|hasnt) (?:he|she|it|they)|is that (?:right|correct|true|accurate|so)|(?:or )?am i (?:right|wrong|mistaken|misremembering)|(?:have|did) i (?:got|get|gotten) (?:that|this|it) (?:right|wrong|mixed up)|correct me if i am wrong"
    r"|i (?:think|believe|guess|reckon|assume)|if i (?:remember|recall)(?: (?:rightly|correctly|right))?"
    r"|(?:settle|resolve|decide) (?:this|it|that)(?: for (?:us|me))?|who is right|which is it"
    r"|(?:would|could|can|will) you (?:kindly |please )?(?:confirm|verify)(?: (?:this|that|it))?(?: for me)?)$"
)
#: A tag of two options after a statement or question: "X correct or no", "X, true or false?", "X right or wrong".
_TWO_WAY_TAG = lazy_pattern(r"[\s,;:\u2013\u2014-]+(?:(?:is|was) (?:it|that|this) )?(?:(?:right|correct|true|accurate|yes|yeah|real|fact) ?(?:or|/) ?"
                            r"(?:no|not|nah|nope|wrong|false|incorrect|fake|fiction|not true|made up))\W*$", re.IGNORECASE)


def with_one_tag(text: str) -> str:
    """``text`` as typed with a two-way tag put as the one-word tag a claim is checked by ("..., correct?"): "the hague conference
    was 16 june 2024 correct or no" is the claim, never a question about "correct or no" or a statement left unchecked."""
    return _TWO_WAY_TAG.sub(", correct?", text, count=1) if " or " in text or "/" in text else text


#: The verb that makes a statement of a claim, and ends its subject: "the pledge | was agreed at ...", "mark rutte | attended ...".
CLAIM_VERB = lazy_pattern(
    r"\b(?:was|were|is|are|has been|had been|have been|attended|spoke|speaks|gave|opened|hosted|co hosted|organi[sz]ed|co organi[sz]ed"
    r"|addressed|took place|happened|agreed|signed|founded|established|created|launched|decided|became|held|made|came|went"
    r"|joined|took part|took over|took office|participated|met|gathered|wrote|written|published|authored|penned|ran|had|convened|announced|led|chaired|represented|started|began|ended|did|dates? from|dated|goes back to"
    r"|comes? from|flew|travell?ed|visited|appeared|recogni[sz]ed|adopted|approved|endorsed|set up|sits|based|located|headquartered|turned into)\b"
)
#: A text giving an impression: "might leave one thinking", "makes it sound like", "gives the impression that".
_IMPRESSION = (r"(?:(?:might|may|could|would|can) )?(?:leave|leaves) (?:one|you|readers?|the reader|people) (?:thinking|believing|with the impression)"
               r"|(?:(?:might|may|could|would|can) )?(?:make|makes) it (?:sound|look|seem) (?:like|as if|as though)|(?:gives|give) (?:the|one the|you the|readers the) impression")
#: A claim reported from a text: "the headline calls X the first ...", "the article says that X": the claim is X.
REPORTED = lazy_pattern(
    r"^(?:the |this |that |an |a |one )?(?:headline|article|piece|report|op ed|story|title|source|sub heading|subheading|press release|website|caption)"
    r"(?: [a-z]+){0,3}? (?:calls|says|claims|describes|presents|names|labels|states|reports|writes|has|mentions|refers to|talks about"
    r"|suggests|implies|portrays|depicts|" + _IMPRESSION + r")(?: that)? "
)
#: A person reported by a text named after its place: "the berlin article only refers to minister baerbock" (of a "her" after it).
REPORTED_OF_PERSON = lazy_pattern(REPORTED.pattern.replace("(?:the |this |that |an |a |one )?", "(?:the |this |that |an |a |one )?(?:[a-z0-9]+ ){0,2}?", 1))
#: A date given to something by a text: "one secondary site dates the warsaw summit to 7 and 8 june 2015", "a blog puts it in 2015".
_DATED_BY = lazy_pattern(
    r"^(?:(?:one|a|an|some|another|the|this|that|my|our) )?(?:\S+ ){0,2}?(?:site|website|source|blog|outlet|paper|book|article|piece|report|page|wiki|wikipedia"
    r"|timeline|draft|list|textbook|encyclopedia|post) (?:dates|puts|places|gives|sets) (?!back\b|from\b)(?P<subject>\S.*?) (?:to|on|in|at|as)"
    r" (?P<when>(?:(?:early|late|mid) )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z0-9]*(?: (?:and|to|\d+|[a-z]+)){0,4})$")
#: "was it X (or Y) who <did something>": a claim about X, or a question about who.
CLEFT = lazy_pattern(r"^(?:was|is) it (?P<who>(?!not\b|(?:true|correct|right|so) that\b)\S.*?) (?:who|that) (?P<rest>\S.*)$")
_SAID = lazy_pattern(r"\b(?:said|says|say|quote|quotes|quoted|words|line|wrote|called)\b")
_SAID_CLEFT = lazy_pattern(r"^(?:said|says|wrote|called)\b")
#: A question put in the negative, expecting yes: "wasn't the pledge agreed in warsaw", "isn't the hague conference in 2024".
_NEGATIVE_QUESTION = lazy_pattern(r"^(?P<be>was|were|is|are) not (?!it (?:true|correct|right|so|the case|a fact)\b)(?P<subject>(?:(?!in |at |on |by |from )\S+ )+?)(?P<rest>(?:in|at|on|by|from|held|agreed|signed"
                                r"|hosted|co hosted|organi[sz]ed|made|opened|founded|established|launched|based|located) .+)$")
#: "wasn't the rome conf october", "was X november 2022": a month put to something with no "in", checked as "X was in <month>".
_MONTH_PUT = lazy_pattern(r"^(?P<be>was|were|is|are)(?: not| nt| n t|nt)? (?P<subject>(?!it\b|there\b|that\b|this\b)\S.*?) (?:really |actually )?"
                          r"(?P<when>(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: (?:19|20)\d\d)?)$")
#: Words that end a subject before a month: "was the pledge adopted on 9 july" puts a day, not a month, to the pledge.
_NOT_IN_SUBJECT = frozenset("on in at by during from of".split()) | frozenset(str(day) for day in range(1, 32))
_QUESTION_WORD = lazy_pattern(r"^(?:who|whom|whose|what|when|where|which|how|why|did|does|do|is|was|were|are|can|could|has|have)\b")


#: "was the tirana conference the fourth of the annual ones": an edition claimed, put as a question (the first is asked otherwise).
_NTH_ASKED = lazy_pattern(r"^(?P<be>was|is)(?: not)? (?P<subject>(?!it\b|there\b|that\b|this\b|not\b)\S+(?: \S+){0,3}?) the (?P<rest>(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th)\b.*)$")
_NTH_WORDS = frozenset("second 2nd third 3rd fourth 4th fifth 5th sixth 6th".split())
#: "was berlin really the first conference": a claim put as a question, checked like one.
_REALLY = lazy_pattern(r"^(?P<be>was|were|is|are)(?: not)? (?P<subject>(?!it\b|there\b|that\b|this\b|not\b)\S+(?: \S+){0,2}?) (?:really|actually|truly|in fact|indeed|personally|themselves|himself|herself) (?P<rest>\S.*)$")
_REALLY_CUES = ("really", "actually", "truly", "indeed", "like", " as ", "personally", "self", "selves")  # "were X personally the co hosts"
#: "was the tirana gathering the first nato cyber defence conference ever held": the same claim without "really".
_FIRST = lazy_pattern(r"^(?P<be>was|were|is|are)(?: not)? (?P<subject>(?!it\b|there\b|that\b|this\b|not\b)\S+(?: (?!before\b|after\b|than\b|or\b|and\b)\S+){0,3}?)"
                      r" (?P<rest>the (?:very )?(?:first|earliest|oldest) \S.*)$")
#: "... like the article says": where the claim comes from, not part of it.
_AS_REPORTED = lazy_pattern(r"\s+(?:like|as) (?:the|this|that|an?|my|his|her) (?:\S+ )?(?:article|piece|headline|report|story|op ed|source|caption|prof"
                          r"|professor|teacher|book|paper)\s(?:says|said|claims|claimed|puts it|states|reports|suggests|has it)$")

#: "... or is the article overselling it": the other way the asker puts it, not part of the claim.
_ALTERNATIVE = lazy_pattern(r"\s+or (?:is|was|are|were|did|does|has|have) (?:the|this|that|it|they|he|she)\b.*$")


#: A conclusion put as a question: "so the tirana conference was in november?", "so then rutte opened it?" (not "so who ...").
_SO_CLAIM = lazy_pattern(r"^so (?:then |basically |in fact )?(?P<claim>(?!(?:i|we|you|what|who|whom|whose|when|where|which|how|why|is|was|were|are|did|does|do|can|could|any|anything)\b)"
                         r"(?!.*\b(?:who|what|when|where|which|how|why)\b)\S+(?: \S+)*? (?:was|were|is|are|took place|happened|opened|hosted|co hosted|spoke|attended|agreed|adopted)\b.*)$")


_DID_OPEN = lazy_pattern(r"^did (?P<who>\S+(?: \S+)?) (?:(?:really|actually) )?(?:open|give the (?:opening|keynote) (?:speech|remarks|address)(?: (?:at|of|to))?) (?P<rest>\S.+)$")


#: Words put as someone's in a statement, a clause with its verb: "so rutte said cyber attacks are overrated" (a claim to check,
#: not a topic of his quotes as "rutte said investment" is).
_STATED_AS_SAID = lazy_pattern(r"^(?:so |and |but |apparently |i heard |i read |someone told me )?(?P<who>(?!(?:who|what|when|where|which|how|did|does|do|is|was|were"
                               r"|the|it|he|she|they|i|you|we|article|piece|report|seed)\b)[a-z]+(?: [a-z]+){0,2}) said (?:that )?"
                               r"(?P<words>(?:\S+ ){1,8}?(?:is|are|was|were|will|would|must|should|can|cannot|could|has|have|had|need|needs)\b.*)$")
_ASKS_WHEN = lazy_pattern(r"^(?:on |in |at )?(?:which|what) (?:days?|dates?|years?|months?) ")
_CONFIRM_WH = lazy_pattern(r"^(?:(?:can|could|would|will) you |please )?(?:please )?(?:confirm|double check|check|verify) (?:for me )?(?P<question>(?:(?:on|in|at) (?=which|what))?(?:where|when|who|which|what|how)\b.+)$")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


def as_claim(text: str) -> str:
    """Normalised ``text`` put as "is it true that <claim>" when it asks to check a claim; else ``text`` unchanged."""
    if (noted := noted_claim(text)) is not None:  # "i have the rome conference down as 9 10 november 2022, right"
        return CLAIM_PREFIX + noted
    if (" dates " in text or " puts " in text or " places " in text or " gives " in text) and (dated := _DATED_BY.match(text)):
        on = "in" if dated["when"][0].isalpha() or len(dated["when"].split()[0]) == 4 else "on"  # "in june 2015", "on 7 and 8 june 2015"
        return CLAIM_PREFIX + f"{dated['subject']} was {on} {dated['when']}"  # "one site dates the warsaw summit to 7 and 8 june 2015"
    if " said " in text and (stated := _STATED_AS_SAID.match(text)):  # "rutte said cyber attacks are overrated": his words checked
        return CLAIM_PREFIX + f"{stated['who']} said {stated['words']}"
    if any(cue in text for cue in _REALLY_CUES):
        text = _AS_REPORTED.sub("", text)
        if really := _REALLY.match(_ALTERNATIVE.sub("", text)):  # "was berlin really nato s first cyber defence conference"
            return CLAIM_PREFIX + f"{really['subject']} {really['be']} {really['rest']}"
    if (" first " in text or " earliest " in text or " oldest " in text) and (first := _FIRST.match(_ALTERNATIVE.sub("", text))):
        return CLAIM_PREFIX + f"{first['subject']} {first['be']} {first['rest']}"
    if text.startswith(("was ", "is ")) and not _NTH_WORDS.isdisjoint(text.split()) and (nth := _NTH_ASKED.match(text)):
        return CLAIM_PREFIX + f"{nth['subject']} {nth['be']} the {nth['rest']}"  # "is rome the fourth one": its edition checked
    if " or " in text and (bare := _ALTERNATIVE.sub("", text)) != text and _TAG.search(bare):
        text = bare  # "X was in riga wasn't it, or was it all online": the claim and its tag, the other guess left out
    if ("confirm" in text or "check" in text or "verify" in text) and (asked := _CONFIRM_WH.match(text)):  # "could you confirm where X took place": a question, not a claim
        return _ASKS_WHEN.sub("when ", asked["question"], count=1)  # "confirm on which day X was issued": when X was issued
    if text.startswith("did ") and (opened := _DID_OPEN.match(text)):  # "did ollongren open the hague conference": who opened it
        return CLAIM_PREFIX + f"{opened['who']} opened {opened['rest']}"
    if text.endswith(_MONTHS) and (month := _MONTH_PUT.match(text)) and _NOT_IN_SUBJECT.isdisjoint(month["subject"].split()) and not CLAIM_VERB.search(month["subject"]):
        return CLAIM_PREFIX + f"{month['subject']} {month['be']} in {month['when']}"
    words = text.split()
    if not words or not (words[0] in _CUES or words[-1] in _CUES or "wrong" in words[:5] or "confirm" in words[:4]):
        return text
    if cleft := CLEFT.match(text):  # "was it rutte or stoltenberg who spoke in rome": who did; "was it rutte who ...": a claim
        if " or " in cleft["who"]:  # which of the two said it: the quote names its speaker; which spoke: topics/person_events.py
            return f"who {cleft['rest']}" if _SAID_CLEFT.match(cleft["rest"]) else text
        return text if _SAID_CLEFT.match(cleft["rest"]) else CLAIM_PREFIX + f"{cleft['who']} {cleft['rest']}"  # "...who said X": who said
    if words[1:3] == ["not", "there"] and words[0] in ("was", "were", "is", "are"):  # "wasn't there something in tirana": was there
        return " ".join([words[0], *words[2:]])
    if negative := _NEGATIVE_QUESTION.match(text):  # "wasn't the pledge agreed in warsaw": "the pledge was agreed in warsaw"
        return CLAIM_PREFIX + f"{negative['subject'].strip()} {negative['be']} {negative['rest']}"
    unlaughed = _LAUGH.sub("", text, count=1)
    claim = _LEAD.sub("", unlaughed, count=1)
    lead = claim != unlaughed
    claim = claim.partition(" surely ")[0] if lead else claim  # "a chap claims X. surely Y?": Y is the asker's doubt, X the claim
    if lead and " being " in claim and not CLAIM_VERB.search(claim.partition(" being ")[0]):
        claim = claim.replace(" being ", " was ", 1)  # "i remember tirana being the first annual conference": tirana was
    if lead and unlaughed.startswith("according to "):  # "according to the berlin piece, baerbock spoke there": in berlin
        claim = claim_of_report(unlaughed[len("according to "):], claim)
    untagged = _TAG.sub("", claim)
    if untagged != claim and (fronted := _FRONTED_TIME.match(untagged)):  # "exactly 3 years ago today was the berlin conference, right"
        untagged = f"{fronted['subject']} {fronted['be']} {fronted['when']}"
    dated = untagged != claim and any(w.isdigit() for w in untagged.split()) and not _SAID.search(untagged)  # "the hague conference 16 17 may 2024, correct"
    claim = untagged
    reported = REPORTED.sub("", claim, count=1)  # "the headline calls berlin the first conference": a claim with no verb of its own
    if reported == claim and (of_place := _PLACE_REPORT_SAYS.match(claim)):  # "the rome article says the conference was ...": rome's
        reported = claim_of_report(claim, of_place["claim"])
    if claim == unlaughed or not reported or not (lead or dated or reported != claim or CLAIM_VERB.search(reported)):
        return text
    if not lead and _QUESTION_WORD.match(claim):  # "who hosted rome, right": a question with a tag, not a claim
        return text
    return same_asked(reported) or CLAIM_PREFIX + _AT_THAT_TIME.sub("", _resumed(reported))  # "x and y are the same thing, no": asked as a comparison


#: "the pledge itself - that was agreed at wales": a subject named, then taken up again by a pronoun.
_RESUMED = lazy_pattern(r"^(?P<subject>.+?)(?: itself| himself| herself| themselves)? (?:that|it|this|he|she|they) (?P<rest>(?:was|were|is|are)\b.+)$")
_BE = lazy_pattern(r"\b(?:was|were|is|are)\b")


def _resumed(claim: str) -> str:
    """``claim`` without the pronoun that takes up its subject again; a relative clause ("the conference that was in rome
    was hosted by italy") and a subject with a verb of its own ("he said that it was") are left as they are."""
    match = _RESUMED.match(claim) if " it" in claim or " that " in claim or " this " in claim or " he " in claim or " she " in claim or " they " in claim else None
    if match is None or CLAIM_VERB.search(match["subject"]) or len(_BE.findall(match["rest"])) != 1:
        return claim
    return f"{match['subject']} {match['rest']}"


#: A time put before what it dates: "exactly 3 years ago today | was | the berlin conference".
_FRONTED_TIME = lazy_pattern(r"^(?P<when>(?:exactly |about |roughly |almost |nearly )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
                             r" (?:years?|months?|weeks?|days?) ago(?: today)?) (?P<be>was|were) (?P<subject>\S.*)$")
#: "lol", "haha", "hmm" before a claim: a laugh or a pause, not part of it.
_LAUGH = lazy_pattern(r"^(?:(?:lol|haha+|lmao|rofl|omg|ha|hmm+|hm|um+|uh+|oh|ah|erm)\s+)+")

#: "baerbock was foreign minister at that time": the time the asker has in mind, named nowhere in the claim (no event).
_AT_THAT_TIME = lazy_pattern(r" (?:at (?:that|the) time|back then|at that point|by then)$")


def concluded_claim(text: str) -> str | None:
    """"so the tirana conference was in november" -> "is it true that the tirana conference was in november"; else None."""
    return CLAIM_PREFIX + concluded["claim"] if (concluded := _SO_CLAIM.match(text)) else None


def claim_of(text: str) -> str | None:
    """The claim of a normalised "is it true that <claim>" question, or None."""
    return text[len(CLAIM_PREFIX):] if text.startswith(CLAIM_PREFIX) and len(text) > len(CLAIM_PREFIX) else None


#: What a writer has down: "i have X down as Y", "my notes say X", "according to my draft X", "i wrote that X".
_NOTED = lazy_pattern(
    r"^(?:(?:for|in) (?:my|our|the) (?:piece|article|story|draft|report|feature|notes|column|book|thesis|paper) )?(?:so )?"
    r"(?:(?P<have>i have|i ve got|i have got|i got|we have|my (?:notes|draft|copy|sources?|research) (?:has|have|puts?|lists?|gives?)|i (?:put|listed|noted|wrote down))"
    r"|(?:my (?:notes|draft|copy|sources?|research|article|piece|story) (?:says?|said|claims?|states?|reads?)|i (?:ve |have )?(?:wrote|written|noted|put down|jotted down)"
    r"|according to (?:my|our) (?:notes|draft|research|sources?|copy))(?: that)?) (?P<claim>\S.*)$"
)
#: How a noted claim states its fact, put as a statement: "X down as Y" -> "X was Y", "X taking place at Y" -> "X took place at Y".
_NOTED_FACT = (
    (lazy_pattern(r"^(?P<x>.+?) (?:down )?as (?:the )?(?:co )?(?:hosts?|organi[sz]ers?) (?:of|for) (?P<y>.+)$"), "{y} was hosted by {x}"),
    (lazy_pattern(r"^(?P<x>.+?) (?:down )?(?:being |as )?(?P<verb>hosted|co hosted|organi[sz]ed|co organi[sz]ed|opened|attended) by (?P<y>.+)$"), "{x} was {verb} by {y}"),
    (lazy_pattern(r"^(?P<x>.+?) (?:down as|as) (?:being )?(?:held |taking place |happening )?(?P<y>.+)$"), "{x} was held {y}"),
    (lazy_pattern(r"^(?P<x>.+?) (?:taking place|being held|happening|held|located|set) (?P<y>(?:at|in|on|from) .+)$"), "{x} took place {y}"),
    (lazy_pattern(r"^(?P<x>.+?) (?P<y>(?:at|in|on) (?:the )?\S.*)$"), "{x} took place {y}"),
)
#: Words after "i have" that start something other than a fact noted: "i have a question", "i have to", "i have never".
_NOT_NOTED = frozenset("a an some no another one two few more any question questions query doubt to been got never always just read heard seen "
                       "looked tried found not also only no nothing".split())
_TAG_END = lazy_pattern(r"\s+(?:right|correct|true|accurate|is that (?:right|correct|true|accurate|so)|am i right|or not)$")


def noted_claim(text: str) -> str | None:
    """The claim a writer has down ("i have X down as Y" -> "X was held Y"), or None: "i have a question" notes nothing."""
    if not text.startswith(("i ", "my ", "for ", "in ", "according ", "we ", "so ")):
        return None
    match = _NOTED.match(_TAG_END.sub("", text))
    if match is None:
        return None
    claim = match["claim"]
    if claim.split()[0] in _NOT_NOTED:
        return None
    if match["have"] or not CLAIM_VERB.search(claim):  # "i have X down as Y": the fact is put without a verb of its own
        for pattern, statement in _NOTED_FACT:
            if fact := pattern.match(claim):
                return statement.format(**fact.groupdict())
        return None
    return claim


#: "the rome article says | the conference | was in milan": the report names the gathering its claim calls "the conference".
#: "the rome article says (that) <claim>": a report named by the place it covers, then what it says.
_PLACE_REPORT_SAYS = lazy_pattern(r"^(?:the |this |that |an? )?[a-z]+(?: [a-z]+)? (?:article|piece|report|story|op ed|coverage) (?:says|said|claims|claimed|states|stated|reports|reported|writes|wrote|suggests|suggested|" + _IMPRESSION + r")(?: that)? (?P<claim>\S.*)$")
_REPORT_PLACE = lazy_pattern(r"^(?:the |this |that |an? )?(?P<place>[a-z]+(?: [a-z]+)?) (?:article|piece|report|story|op ed|coverage)\b")
_THERE = lazy_pattern(r"\bthere\b(?! (?:is|was|were|are)\b)")
_THE_GATHERING = lazy_pattern(r"\b(?:the|that) (?P<kind>conference|summit|meeting|event|gathering)\b")
_BARE_GATHERING = lazy_pattern(r"^(?:the |that )?(?P<kind>conference|summit|meeting|event|gathering|it)\b")


def claim_of_report(clause: str, claim: str, before: list[str] | tuple[str, ...] = ()) -> str:
    """``claim`` (read in ``clause``) with the gathering the report names, where the claim calls it only "the conference"
    or "there" ("the tirana article says rutte was there in person": at the tirana conference); a claim of "it" after a
    clause of ``before`` in which someone mentioned a thing is of that thing ("rutte mentioned the nicc. i read it was ...")."""
    if claim.startswith("it ") and (thing := next((m["thing"] for b in reversed(before) if b != clause and (m := _MENTIONED.search(b))), None)):
        return f"the {thing} {claim[3:]}"
    report = _REPORT_PLACE.match(clause)
    if report is None or report["place"] not in PLACES:
        return claim
    if (bare := _BARE_GATHERING.match(claim)) is not None:
        kind = "conference" if bare["kind"] == "it" else bare["kind"]
        return f"the {report['place']} {kind}{claim[bare.end():]}"
    if (gathering := _THE_GATHERING.search(claim)) is not None:  # "rutte addressed the conference in person": tirana's
        return f"{claim[:gathering.start()]}the {report['place']} {gathering['kind']}{claim[gathering.end():]}"
    return _THERE.sub(f"at the {report['place']} conference", claim, count=1)


#: Someone mentioning a thing, which a later "it" stands for: "rutte mentioned some new nato integrated cyber defence centre".
_MENTIONED = lazy_pattern(r"\b(?:mentioned|mentions|talked about|talks about|spoke of|spoke about|referred to|refers to|brought up|announced)"
                          r" (?:(?:some|a|an|the|this|that|his|her|its|their) )?(?:new )?(?P<thing>\S.*)$")
