"""Step 1b of understanding a question: questions asked the long way round, put the way the routes know.

    "what is the albanian prime minister s name"  -> "who is the albanian prime minister"  (also "X s full name and which ministry")
    "stoltenberg berlin speech date"               -> "when was stoltenberg berlin speech"
    "can you summarise the pledge"                 -> "what is the pledge"
Each rephrasing is tried only when its cue word is there. Pure and table-tested (tests/test_understanding.py).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .agreed_where import agreed_at, when_they_agreed, where_agreed
from .claims import CLAIM_PREFIX, as_claim
from .country_present import country_present
from .everyone_said import said_by_everyone
from .fragments import keyword_question
from .framed_asks import framed_ask
from .holding import without_holding
from .hosting_agent import hosting_agent, with_partner
from .of_note import without_of_note
from .stand_for import stand_for
from .since_when import since_when
from .stance_asks import as_stance
from .period_asks import period_ask
from .places import PLACES
from .role_text import since_when_in_role, term_question, who_holds
from .said_text import said_question
from .search import tokens
from .span_asks import span_ask
from .talked_of import without_talked_of
from .person_asks import person_asks
from .tenses import in_present
from .upcoming_asks import next_ask
from .wording_asks import wording_asked

_ASKS_NAME = lazy_pattern(r"^what (?:is|was) (?:the (?:full |first )?name of (.+)|(.+?)(?: s)?(?: (?:full|first|last|given|complete|proper))? name)"
                         r"(?: and (?:which|what|her|his|their|the) (?:ministry|department|role|job|title|position|office|post|portfolio)\b.*)?$")  # "and which ministry did she run": the card says
#: Words that make "the name of X" a thing's name, not a person's: "the name of nato s annual exercise".
_THING_NAMED = frozenset("exercise exercises centre center cell team teams pledge conference summit capability initiative programme program attack concept policy unit agency body platform campaign operation event series strategy op article piece report".split())
_HEAD_END = lazy_pattern(r" (?:at|in|of|from|for|during|on|who|that|which) ")  # "germany s foreign minister | at the berlin conference"

#: "who was it that said", "whos the one who said", "who called ... a ...": who said.
_WHO_SAID_LONG = lazy_pattern(r"^(?:who (?:(?:is|was) (?:it|the one|the person|the guy|the man|the woman|the minister)(?: that| who)? (?:said|says|say|(?:was |is )?(?:talking|speaking|going on|banging on|harping on) about|talked about|spoke about|spoke of|mentioned)|called"
                            r"|(?:was|is|were) (?:going on|banging on|harping on|talking|speaking) about)"
                            r"|which (?:\S+ ){0,3}?(?:speaker|leader|official|minister|politician|person|one|secretary general|chancellor|president|ambassador|chief|boss) (?:said|mentioned|described|called|warned"
                            r"|compared|referred to|talked about|spoke about|spoke of|was going on about)) ")

#: "who wrote 'time to raise our game' and when": the quote's reply gives when and where; the words asked end before.
_AND_WHEN = lazy_pattern(r"(?<=\S) (?:and|n|&) (?:when|where|when and where|where and when)(?: (?:was|did) (?:that|it|this)(?: said)?)?$")

#: A question word typed last: "stoltenberg berlin speech date" -> "when was stoltenberg berlin speech".
_ASKED_LAST = lazy_pattern(r"^(?!(?:who|whom|whose|what|when|where|which|how|did|does|is|was|were|are|list|show|give)\b)(.+?) (date|dates|when|where|when and where|who|hosts|host|host country|co hosts|cohosts|cohost|organi[sz]ers?|speakers|venue|city|location)$")
_ASKED_LAST_WORDS = frozenset("date dates when where who hosts host country cohosts cohost organisers organizers organiser organizer speakers venue city location".split())
_NOT_A_SUBJECT = frozenset("this that the which what a on of".split())
_ASKED_FIRST = {"date": "when was", "dates": "when was", "when": "when was", "where": "where was", "when and where": "when and where was",
                "who": "who was at", "hosts": "who hosted", "host": "who hosted", "host country": "who hosted", "co hosts": "who hosted",
                "cohosts": "who hosted", "cohost": "who hosted", "organisers": "who hosted", "organizers": "who hosted",
                "organiser": "who hosted", "organizer": "who hosted", "speakers": "who spoke at", "venue": "what was the venue of", "city": "where was", "location": "where was"}

#: "what were stoltenberg s original english words for the line about X" asks what he said about X ("the exact words"
#: names nobody: ``_WORDING_OF``).
_ORIGINAL_WORDS = lazy_pattern(r"^what (?:were|was|are|is) (?!(?:the|a|an) (?:original|exact|actual|real|own)\b)(.+?)(?: s)? (?:original|exact|actual|real|own)(?: english)? (?:words|wording|quote|text|version|phrasing)"
                             r"(?: (?:for|of|in|on))?(?: the (?:line|quote|words|bit|part|passage|sentence))?(?: (?:about|on))? (.+)$")

#: "what rutte said about x", "what said rutte about x", "the albanian pm what he said": the question without "did".
_SAID_UNINVERTED = lazy_pattern(r"^what (?:(?P<verb>said|told|wrote|says) (?P<who>.+?)(?= about | at | in | on | to |$)|"
                              r"(?P<subject>(?!did |does |do |has |have |had |is |was |were |are |would |will |can |could )(?:\S+ ){0,5}?\S+) "
                              r"(?P<verb2>said|told|wrote|says|has said|had said|was saying)\b)")
#: "ollongren what she said at the hague": the speaker named first.
_SPEAKER_FIRST = lazy_pattern(r"^(?P<who>(?:\S+ ){0,5}?\S+) what (?:did )?(?:he|she|they) (?:said|told|wrote|says|say)\b")
#: "germany s foreign minister said what at berlin": the question word last.
_SAID_WHAT = lazy_pattern(r"^(?P<who>(?:\S+ ){0,6}?\S+) (?:said|say|says|told|wrote) what\b")
#: "what the cyber coalition is", "cyber coalition what it is and since when": what is, without the inversion.
_WHAT_IT_IS = lazy_pattern(r"^what (?P<x>(?!is |are |was |were |did |does |do )(?:\S+ ){0,6}?\S+) (?:is|are|was|were)(?= and |$)")
#: "what did the allies commit to in the cyber defence pledge": what the pledge commits them to.
_COMMITTED_IN = lazy_pattern(r"^what (?:did|do|does|have|has) (?:the )?(?:nato )?(?:allies|nato|members|member states|countries|nations|leaders|heads of state"
                           r"(?: and government)?) (?:commit|agree|pledge|promise)(?:ed|d)?(?: to)?(?: do)? (?:in|under|with|at|through|by) "
                           r"(?P<x>(?=.*\b(?:pledge|policy|concept|commitment|declaration|communique|agreement)\b).+)$")
#: "which editions of the annual conference have there been": the events of that series.
_EDITIONS = lazy_pattern(r"^(?:which|what|list|all)(?: the)? editions? (?:of|in) (?:the )?(?P<x>.+?)(?:s)?(?: (?:have there been|were there|are there|are in the knowledge|do you (?:have|know)|you (?:have|know)|have taken place"
                       r"|took place|have been held|were held|so far|to date|exist)\b.*)?$")
#: "when did the allies agree to set up the nicc (that the tirana article mentions)": when it was established.
_AGREED_TO_FOUND = lazy_pattern(r"^when (?:did |have |had )?(?:the )?(?:nato )?(?:allies|nato|leaders|members|nato leaders)? ?(?:agree|agreed|decide|decided|vote|voted)"
                              r"(?: to)? (?:set up|create|establish|launch|found|build|start) (?P<x>.+?)(?: (?:that|which) (?:the |an? )?\S+ (?:\S+ )?(?:mentions|mentioned|refers to|names).*)?$")
#: "was the 2025 conference held in brussels?": a claim to check, whatever its answer.
_HELD_IN = lazy_pattern(r"^(?:was|were) (?P<x>(?!it |there |that )(?:\S+ ){1,6}?)(?:really |actually )?(?P<verb>held|(?:co )?hosted|(?:co )?organi[sz]ed|agreed|signed|decided|adopted|established|created|launched|set up"
                        r"|published|released|issued|written|posted|printed|announced|unveiled) (?:together )?(?P<where>(?:in|at|on|by|with) .+)$")
#: "did the netherlands host the 2022 pledge conference", "was tirana the host of the 2024 conference", "... that romania co hosted
#: the rome conference": a claim about that event's hosts (an event named by a year, a place or an edition; "one of them" is not one).
_PLACE_HOSTED = lazy_pattern(r"^(?:did|was|were|is|are|has|had|have|is it true that) (?P<place>(?:the )?[a-z]+(?: [a-z]+)??(?: and (?:the )?[a-z]+(?: [a-z]+)??)?) (?:(?:the |a )?(?:co ?)?(?:host|host country|host city"
                             r"|host nation|organi[sz]er)s? (?:of|for|to) |(?:ever |really |actually )?(?:co ?)?(?:host|hosted|organi[sz]e|organi[sz]ed) )"
                             r"(?P<event>(?!one |any |some |all |every )\S.*)$")
#: "was the 2024 pledge conference in amsterdam?", "did the paris one take place in 2019?": a yes/no question about an
#: event's place or date, checked as a claim (the event named first; its place and date are what is asked, not a filter).
_EVENT_NOUN = r"(?:conference|conf|summit|meeting|exercise|event|edition|one|thing|gathering)"
_EVENT_BE_AT = lazy_pattern(rf"^(?:was|were|is|are) (?P<x>(?!it |there |that |this )(?:(?!at )\S+ ){{0,6}}?{_EVENT_NOUN}(?: (?:19|20)\d\d)?) "
                            r"(?:really |actually |even |truly )?(?:(?P<where>(?:in|at|on|during) .+)|(?P<bare>(?:the )?\S+(?: \S+)?))$")  # "... berlin"
_EVENT_HAPPENED = lazy_pattern(rf"^(?:did|does) (?P<x>(?!it |that |this )(?:\S+ ){{0,6}}?{_EVENT_NOUN}(?: (?:19|20)\d\d)?) "
                               r"(?:really |actually |even )?(?:take place|happen|occur|meet|convene|go ahead|run) (?P<where>(?:in|at|on|during) .+)$")
#: "how long ago did rutte speak at tirana", "how many years ago rutte did his video speech to tirana": how long ago that event was.
AGO_SPOKE = lazy_pattern(r"^how (?P<unit>long|many \S+) ago (?:did |was |were )?(?P<who>(?:\S+ ){1,4}?)(?:did |gave |give |made |make |delivered |deliver )?"
                        r"(?:(?:his|her|their|a|the) )?(?:video |opening |keynote )?(?:speak|spoke|speech|talk|talked|address|addressed|keynote|remarks|appear|appeared)"
                        r"\w* (?:at|in|to) (?P<event>.+)$")
#: "how many years are passed from x", "how many years have gone by since x": how long ago.
_TIME_PASSED = lazy_pattern(r"^how (?:many|much) (?P<unit>years|months|weeks|days|time) (?:are|is|have|has) (?:now |already |since )?(?:passed|gone by|gone|elapsed|been)"
                          r" (?:from|since|after) ")

#: "rutte in tirana in person or remote", "did stoltenberg deliver the rome keynote in person or remotely": whether he was there in person.
_IN_PERSON_OR = lazy_pattern(r"^(?:was |did |is )?(?P<x>.+?)(?: (?:deliver|give|make|present|do)(?:ed|s)? (?:the |his |her |their |a )?(?P<at>\S.*?))? (?:in person|physically|there in person|in the room)(?P<where> (?:in|at) \S+(?: \S+){0,3}?)? or (?:remote|remotely|virtual|virtually"
                           r"|online|by video|via video|on video|in video|in a video|video|on screen|by link)$")

#: "did rutte speak by video in tirana": whether he took part that way, a claim to check (not what he said).
_DID_TAKE_PART_HOW = lazy_pattern(r"^did (?P<who>(?:\S+ ){1,4}?)(?:speak|address|attend|appear|take part|participate|join|talk|give (?:a |his |her |their |the )?(?:speech|keynote|address|remarks|talk))(?: (?:(?:at|in|to) )?(?P<at>(?:\S+ ){0,5}?\S+))?"
                                r" (?P<how>by video|via video|on video|remotely|virtually|online|in person|physically)(?P<rest>(?: (?:at|in|to) .+)?)$")

#: "was rutte at the tirana conference in person": the same, asked with "was" (a person, not "was the 2021 conference ...").
_WAS_AT_HOW = lazy_pattern(r"^(?:was|were) (?P<who>(?!(?:the|it|that|this|there)\b)(?:\S+ ){1,4}?)"
                         r"(?:actually |really )?(?:there |present )?(?:at|in) (?P<at>(?:\S+ ){0,5}?\S+) (?P<how>in person|physically|by video|via video|remotely|virtually|online)$")

#: "did the allies agree the pledge in warsaw": whether it was agreed there, a claim to check.
_DID_AGREE = lazy_pattern(r"^did (?:the )?(?:nato )?(?:allies|nato|leaders|members|countries) (?:agree|sign|adopt|approve|endorse)(?: to| on)? (?P<x>\S.*?) (?P<where>(?:in|at|during) \S.*)$")

#: "what did stoltenberg say in rome when he asked allies to recommit": what he said about recommitting; "... say there": what he said.
_SAID_WHEN = lazy_pattern(r"^(?P<said>what did .+? say(?: (?:in|at|to) .+?)?) (?:when|where) (?:he|she|they) (?:asked|called on|called for|urged|told|pressed|pushed|wanted|encouraged)"
                        r"(?: (?:the )?(?:allies|nato|members|member states|countries|nations|everyone|them|leaders))?(?: to)? (?P<about>\S.*)$")
_SAID_THERE = lazy_pattern(r"^(?P<said>what did .+? say) (?:there|then|at the time|back then)$")

#: "what else did rutte say": everything they said; "... say in berlin": what they said there (the place a constraint).
_SAID_ELSE = lazy_pattern(r"^what else (?:did|has|have|had) (?P<who>.+?) (?:say|said|tell|told|write|wrote)\b(?: (?P<at>(?:at|in|during) \S.*))?.*$")

#: A request for a fact ("give me the exact dates of x", "i need the venue of x") asks the question behind it.
_REQUEST = lazy_pattern(r"^(?:give me|get me|send me|provide|i need|we need|i d like|i would like|we would like|i want|i am looking for)"
                      r"(?: to know)? (?:the |a |an |one |some )?(?:exact |precise |full |correct |complete |whole |right |official |direct |verbatim |actual |real |single )*"
                      r"(?P<fact>dates?|days?|venue|location|place|city|quotation|quote|words|statement|wording|hosts?|co hosts?|speakers?)"
                      r" (?:of|for|at|by|from|attributed to) (?P<rest>.+)$")
#: "what was the quote of stoltenberg in rome", "what are the words of rutte about china": what they said (there).
_QUOTE_OF = lazy_pattern(r"^what (?:was|is|were|are) the (?:quotes?|quotations?|statements?) (?:of|by|from) (?!(?:the )?day\b|today\b)(?P<who>(?:\S+ ){0,3}?\S+)"
                         r"(?P<tail> (?:in|at|about|on|during|regarding) .+)?$")
_ASKED_BY_REQUEST = {"date": "when was", "day": "when was", "venue": "where was", "location": "where was", "place": "where was",
                     "city": "where was", "host": "who hosted", "co host": "who hosted", "speaker": "who spoke at"}


_LIST_STARTS = frozenset("any are were got give show i timeline list overview chronology a the".split())
#: Words one of which the event steps of ``rephrase`` need ("the 2024 conference", "the hague one", "summits").
_EVENT_NOUNS = frozenset("conference conferences conf summit summits meeting meetings exercise exercises event events edition one thing "
                         "gathering speakers speaker hosts host dates date days day location place city venue".split())
_HOST_CLAIM_STARTS = frozenset("did was were is are has had have".split())
_FACT_WORDS = frozenset("the exact full official date dates day days location place city host hosts co speaker speakers".split())
_EDITION_WORDS = frozenset("first second third fourth fifth 1st 2nd 3rd 4th 5th inaugural last latest".split())


def _names_an_edition(event: str) -> bool:
    """"the 2022 pledge conference", "the rome conference", "the first one": one event, not "one of the conferences"."""
    return any(w[:1].isdigit() or w in PLACES or w in _EDITION_WORDS for w in event.split())


def _names_a_city_or_year(text: str) -> bool:
    return any(w[:1].isdigit() or (w in PLACES and PLACES[w].is_city) for w in text.split())


#: "dates of the hague conference", "venue for the 2024 london one", "how long did the hague conference last": the question behind.
_BARE_REQUEST = lazy_pattern(r"^(?:the )?(?:exact |full |official )?(?P<fact>dates?|days?|location|place|city|hosts?|co hosts?|speakers?) (?:of|for|at) (?P<rest>.+)$")  # a venue: its own step
_WHAT_BE = lazy_pattern(r"^what (?:was|were|is|are) (?=the )")
#: "any conferences in may 2024?", "give me a timeline of the annual conferences": a list of those events.
_LIST_ASKED = lazy_pattern(r"^(?:any|are there any|were there any|got any|(?:give me |show me |i need |i want )?(?:a |the )?(?:timeline|list|overview|rundown"
                           r"|chronology|run down) of)(?: all)?(?: the)? (?P<rest>(?:(?:nato|cyber|defen[cs]e|pledge|annual) )*(?:events|conferences|summits|exercises)\b.*)$")
_YEAR_FIRST = lazy_pattern(r"^(?P<lead>(?:list|show|show me|give me|what are|which are|what were|which were)(?: all)?(?: the)?) (?P<year>(?:19|20)\d\d) "
                           r"(?P<rest>(?:(?:nato|cyber|defen[cs]e|pledge|annual) )*(?:events|conferences|summits|exercises)\b.*)$")
#: "how many pledge conferences were there before rome": which were (the list's title counts them).
_HOW_MANY_AROUND = lazy_pattern(r"^how many (?P<x>(?:\S+ ){0,4}?(?:conferences|summits|events|editions|meetings)) (?:were|have been|had been|took place|came)?"
                                r"(?: there| held)? ?(?P<around>before|after|since|prior to) (?P<y>\S.*)$")
#: "did geoana speak in the hague as secretary general?": a claim about the role they spoke in, checked as one.
_SPOKE_AS = lazy_pattern(r"^did (?P<who>(?:\S+ ){1,3}?)(?:speak|talk|attend|appear|take part|participate) (?P<at>(?:at|in|to) )?(?P<rest>\S.* as (?:the |a |an )?\S.*)$")
#: "was rutte one of the speakers at the hague?": whether they spoke there (said first, with who did).
_WAS_SPEAKER = lazy_pattern(r"^(?:was|is) (?P<who>(?:\S+ ){1,3}?)(?:a |an |one of the |among the |on the list of )?(?:keynote |main )?"
                            r"(?:speakers?|panell?ists?|presenters?) (?P<rest>(?:at|in|for|during|of) .+)$")
#: "how many speakers were there at x", "how many people spoke in x": who spoke there (the reply names and so counts them).
_HOW_MANY_SPOKE = lazy_pattern(r"^how many (?:speakers(?: were there| there were| were| spoke| did speak| had| (?:does|did|do) (?:the knowledge|you|it) (?:have|record|list|name))?"
                               r"|(?:people|persons|officials) (?:spoke|gave speeches|addressed))(?: (?P<at>(?:at|in|during|for) .+)| (?P<x>.+?))$")  # "... did berlin have"
#: "was the host the foreign office or the defence ministry (berlin 2023)": who hosted, which names the one it was.
_HAD, _BE_WORD = lazy_pattern(r"^(?:did|does|do) | (?:have|had|feature|list|record)$"), lazy_pattern(r" (?:was|is)(?: |$)")
_HOST_EITHER = lazy_pattern(r"^(?:was|were) the (?:main |official )?(?:hosts?|host country|organi[sz]ers?)(?: of)? (?P<rest>.+ or .+)$")
_LASTED = lazy_pattern(r"^how (?:long|many days) did (?P<rest>.+?) (?:last|run|go on|take|go)(?: for)?$")


def rephrase(text: str) -> str:
    """Questions asked the long way round, put the way the routes know (each tried only when its cue word is there)."""
    text = term_question(said_question(wording_asked(as_claim(without_holding(hosting_agent(stand_for(since_when(as_stance(period_ask(next_ask(text)))))))))))  # "correct me if i am wrong but X" -> "is it true that X"; "X said what at Y"
    text = country_present(said_by_everyone(in_present(without_talked_of(person_asks(without_of_note(text))))))  # "what is this new concept stoltenberg talks about in berlin"; "when will X be held"
    first, last, words = text.partition(" ")[0], text.rpartition(" ")[2], set(text.split())
    events_named = not words.isdisjoint(_EVENT_NOUNS)  # most questions name no event: the event steps below run no pattern
    if first in ("give", "get", "send", "provide", "i", "we") and (request := _REQUEST.match(text)):
        fact = request["fact"].removesuffix("s")
        if fact in _ASKED_BY_REQUEST:
            return f"{_ASKED_BY_REQUEST[fact]} {request['rest']}"
        who, on, about = request["rest"].partition(" about " if " about " in request["rest"] else " on ")
        if about[:1].isdigit():  # "the words of x on 10 november": a day, not a topic
            who, on = request["rest"], ""
        return f"what did {who} say{' about ' + about if on else ''}"  # a quotation, words, a statement by someone (on something)
    if first == "what" and " of " in text and (quote_of := _QUOTE_OF.match(text)):
        return f"what did {quote_of['who']} say{quote_of['tail'] or ''}"
    if (first in _FACT_WORDS or first == "what") and events_named and (bare := _BARE_REQUEST.match(_WHAT_BE.sub("", text, 1))) and (fact := bare["fact"].removesuffix("s")) in _ASKED_BY_REQUEST:
        return f"{_ASKED_BY_REQUEST[fact]} {bare['rest']}"  # "dates of the hague conference"; "what were the dates of the summit at which X was agreed"
    if first in _LIST_STARTS and events_named and (listed := _LIST_ASKED.match(text)):
        return f"list the {listed['rest']}"
    if events_named and (dated := _YEAR_FIRST.match(text)):  # "show me the 2024 conferences": those of 2024
        return f"{dated['lead']} {dated['rest']} in {dated['year']}"
    if text.startswith(("who all ", "what all ")):  # "who all spoke at the hague", "what all happened in 2024": the reply names them all
        text = text.replace(" all ", " ", 1)
    if text.startswith("who else ") and not text.startswith(("who else said", "who else says")):  # "who else was at tirana besides rutte"
        text = "who " + text[len("who else "):] + ("" if " besides " in text or " apart from " in text else " besides")
    if first in ("was", "is") and (" speaker" in text or " panel" in text or " presenter" in text) and (speaker := _WAS_SPEAKER.match(text)):
        rest = speaker["rest"] if speaker["rest"].startswith(("at ", "in ")) else "at " + speaker["rest"].partition(" ")[2]  # "for the hague"
        return f"did {speaker['who']}speak {rest}"
    if first == "did" and " as " in text and (spoke_as := _SPOKE_AS.match(text)):
        return f"is it true that {spoke_as['who']}spoke {spoke_as['at'] or 'at '}{spoke_as['rest']}"
    if first == "how" and (around := _HOW_MANY_AROUND.match(text)):
        return f"which {around['x']} were held {around['around'].replace('prior to', 'before')} {around['y']}"
    if first == "how" and (" spo" in text or " speakers " in text or " addressed " in text) and (spoke := _HOW_MANY_SPOKE.match(text)):
        return f"who spoke {spoke['at'] or 'at ' + _HAD.sub('', spoke['x'])}"
    if first == "how" and (lasted := _LASTED.match(text)):
        return f"{'how long was' if events_named or not words.isdisjoint(('ddos', 'attack', 'coalition')) else 'when was'} {lasted['rest']}"  # "how long did the hague conference last": its days counted; a term: its dates
    if (span := span_ask(text, first, last)) is not None:  # "was berlin one day or two", "since when does x exist"
        return span
    if " in person " in text and " or " in text and (in_person := _IN_PERSON_OR.match(text)):  # "rutte in person in tirana or video" too
        return f"is it true that {in_person['x']} spoke in person at the {in_person['at']}" if in_person["at"] else f"was {in_person['x']}{in_person['where'] or ''} in person"
    if first == "did" and " or " not in text and (" video" in text or " in person" in text or "remote" in text or "virtual" in text or " online" in text or " physically" in text):
        if took_part := _DID_TAKE_PART_HOW.match(text):
            at = f" at {took_part['at']}" if took_part["at"] else ""
            how = "in person" if took_part["how"] in ("in person", "physically") else "by video"
            return f"is it true that {took_part['who']}spoke {how}{at}{took_part['rest']}"
    if first == "did" and (agreed := _DID_AGREE.match(text)):
        return f"is it true that {agreed['x']} was agreed {agreed['where']}"
    if first in ("was", "were") and (was_at := _WAS_AT_HOW.match(text)) and _EVENT_NOUNS.isdisjoint(was_at["who"].split()):
        return f"is it true that {was_at['who']}spoke {'in person' if was_at['how'] in ('in person', 'physically') else 'by video'} at {was_at['at']}"
    if first == "what" and " say " in f"{text} " and " did " in text and (said_when := _SAID_WHEN.match(text) or _SAID_THERE.match(text)):
        text = f"{said_when['said']} about {said_when['about']}" if "about" in said_when.groupdict() else said_when["said"]
    if first == "what" and " else " in text and (said_else := _SAID_ELSE.match(text)):
        return f"what did {said_else['who']} say {said_else['at']}" if said_else["at"] else f"quotes by {said_else['who']}"
    if " editions" in text or " edition " in text:
        if (editions := _EDITIONS.match(text)) and not _BE_WORD.search(editions["x"]) and ("editions" in words or words.isdisjoint(("between", "before", "after", "came", "followed"))):  # not "... pledge conference was rome", "which edition came between"
            return f"list all the {editions['x']}s"
    if first == "when" and (agreed := _AGREED_TO_FOUND.match(text)):
        return f"when was {agreed['x']} established"
    if first in ("was", "were") and (held := _HELD_IN.match(text)):
        where = "by " + held["where"][5:] if held["where"].startswith("with ") else held["where"]  # "co hosted with the us": by the us
        return f"is it true that {held['x']}{'were' if first == 'were' else 'was'} {held['verb']} {where}"
    if (agreed_where := where_agreed(text, first, said := set(text.split())) or agreed_at(text, first, said) or when_they_agreed(text, first)) is not None:
        return agreed_where
    if first in ("was", "were") and " or " in text and (host_either := _HOST_EITHER.match(text)) and _names_a_city_or_year(host_either["rest"]):
        return f"who hosted {host_either['rest']}"  # the options may be countries: a city or year names the event
    if first in _HOST_CLAIM_STARTS and (" host" in text or " organi" in text) and (hosted := _PLACE_HOSTED.match(text)):
        hosts, event = with_partner(hosted["place"], hosted["event"])  # "... the rome conference together with france": france a host too
        places = [PLACES.get(p.removeprefix("the ")) for p in hosts.split(" and ")]  # "were italy and the us co hosts of ..."
        place = places[0] if None not in places and len({p.is_city for p in places}) == 1 else None  # a city names its own event
        if place is not None and _names_an_edition(event) and not (place.is_city and text.startswith(CLAIM_PREFIX)):
            return f"is it true that {event} was held in {hosts}" if place.is_city else f"is it true that {event} was hosted by {hosts}"  # "did berlin host the first one"
    if first in ("was", "were", "is", "are") and events_named and (at := _EVENT_BE_AT.match(text)) and (not at["bare"] or at["bare"].removeprefix("the ") in PLACES):
        return f"is it true that {at['x']} was {at['where'] or 'in ' + at['bare']}"  # "was the 2025 conference berlin": held there
    if first in ("did", "does") and events_named and (happened := _EVENT_HAPPENED.match(text)):
        return f"is it true that {happened['x']} took place {happened['where']}"
    if first == "what" and (committed := _COMMITTED_IN.match(text)):
        return f"what does {committed['x']} commit"
    if first == "what" and (it_is := _WHAT_IT_IS.match(text)):
        return f"what is {it_is['x']}"
    if first == "what" and (said := _SAID_UNINVERTED.match(text)):
        who = said["who"] or said["subject"]
        rest = text[said.end():]
        told = "told" in (said["verb"], said["verb2"]) and rest.split()[:1] not in (["to"], ["about"], ["at"], ["in"], [])
        text = f"what did {who} say{' to' if told else ''}{rest}"  # "what rutte told the conference": said to it
    elif first != "what" and " what " in text and (said := _SPEAKER_FIRST.match(text) or _SAID_WHAT.match(text)):
        text = f"what did {said['who']} say{text[said.end():]}"
    elif first == "how" and (spoke := AGO_SPOKE.match(text)):
        return f"how {spoke['unit']} ago was {spoke['event']}"
    elif first == "how" and _TIME_PASSED.match(text):
        return _TIME_PASSED.sub(lambda m: f"how many {m['unit'].replace('time', 'years')} since ", text)
    if (framed := framed_ask(text, first, last, words)) is not None:
        return framed  # "can you summarise the pledge", "ever heard of cyber coalition?", "is the berlin date confirmed"
    if first in ("who", "which"):
        if text.startswith(("who said ", "who wrote ", "who says ")):
            text = _AND_WHEN.sub("", text)
        return _WHO_SAID_LONG.sub("who said ", text)
    if text.startswith("is it true that "):  # a claim to check, as it stands (topics/claim_checks.py)
        return text
    if first == "what" and any(f" {word} " in text for word in ("original", "exact", "own", "actual", "real")):
        text = _ORIGINAL_WORDS.sub(r"what did \1 say about \2", text)
    if last in _ASKED_LAST_WORDS:
        return since_when_in_role(text) or who_holds(text) or term_question(_ASKED_LAST.sub(lambda m: f"{_ASKED_FIRST[m[2]]} {m[1]}" if tokens(m[1]) and m[1].split()[-1] not in _NOT_A_SUBJECT else m[0], text))  # "rutte sg (since) when": his term
    if last == "name" or " name of " in text or " name and " in text:
        return _ASKS_NAME.sub(lambda m: f"{'who' if _THING_NAMED.isdisjoint(_HEAD_END.split(m[1] or m[2])[0].split()) else 'what'} is {m[1] or m[2]}", text)
    return term_question(asked) if (asked := keyword_question(text)) else text  # "stoltenberg sg dates": his term
