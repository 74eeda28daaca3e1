"""Questions about what someone said, typed the long way round, put as "what did <who> say <rest>".

    "what exactly did the albanian prime minister say in tirana" -> "what did the albanian prime minister say in tirana"
    "germany s foreign minister said what at berlin"            -> "what did germany s foreign minister say at berlin"
    "what the albanian prime minister said at the tirane conference" -> "what did the albanian prime minister say at the tirane conference"
    "what did stoltenberg on russia and energy say"              -> "what did stoltenberg say about russia and energy"
    "does the berlin article say vilnius gave saceur authority"  -> "can i trust the quote vilnius gave saceur authority"
    "what was romania s foreign minister quoted as saying"      -> "what did romania s foreign minister say"
    "what was the romanian foreign minister at the hague line"  -> "what did the romanian foreign minister say at the hague"
    "which tech companies did stoltenberg call critical actors" -> "what did stoltenberg say about tech companies critical actors"
    "what did stoltenberg compare cyber attacks to in berlin"   -> "what did stoltenberg say in berlin about cyber attacks"
    "give me every quote you have from rutte"                   -> "quotes by rutte"
    "give exact words of parly at paris 2018 conference"        -> "quotes by parly at paris 2018 conference"
    "russia energy line from berlin"                            -> "russia energy quote from berlin" (``line_nouns``)
    "which is which: ollongren and rutte both said something about standing together"
                                                  -> "what did ollongren and rutte say about standing together"

Pure and table-tested (tests/test_claims.py); a step of ``question_text.normalise_question``.
"""

from __future__ import annotations

from ..knowledge.model import Person, Pledge, Quote
from ..patterns import lazy_pattern
from .claims import CLAIM_PREFIX, claim_of_report
from .have_from import have_from
from .occasion_asks import occasion_ask
from .listed_said import listed_said
from .use_checks import use_asked
from .line_nouns import lines_as_quotes
from .normalizing import normalize
from .places import HAPPENING_THERE, PLACES
from .shorthand import SHORTHAND

_SAID_WORDS = frozenset("say said says saying told wrote claim quote quotes quoted quotation quotations statement remarks words line "
                        "call calls list name mention describe single cite talk speak warn refer point highlight stress bring lines message soundbite "
                        "speech address points highlights takeaways anything declared stated compare compared liken likened equate label".split())
#: "what did stoltenberg compare cyber attacks to", "how did he describe cyberspace in rome", "what did rutte describe as
#: critical infrastructure", "what did odobescu call the cornerstone": what they said about the thing named.
_DESCRIBED = lazy_pattern(r"^(?:what|how) did (?P<who>.+?) (?:compare|liken|equate|label|describe(?: as)?|call(?! (?:for|on|upon|to)\b))"
                          r" (?P<thing>.+?)(?: (?:to|with|as))?(?P<place> (?:in|at|during) .+)?$")
#: "what was romania s foreign minister quoted as saying", "what is ollongren quoted as saying in what the article calls her opening remarks"
_QUOTED_AS = lazy_pattern(r"^what (?:was|is|were|are|has|have) (?P<who>.+?) (?:been )?(?:quoted|reported|cited) (?:as )?(?:saying|to have said|having said)\b(?P<rest>.*)$")
#: "… in what the article calls her opening remarks": how the source names the speech, not a place or a topic.
_AS_THE_SOURCE_CALLS = lazy_pattern(r"\s*\b(?:in|from|during) what (?:the|this|that) (?:\S+ )?(?:article|piece|report|op ed|story|source) (?:calls|describes as|terms|names) .*$")
#: "which tech companies did stoltenberg call critical actors in ukraine", "what hostile activities did rutte list in tirana"
_WHICH_DID = lazy_pattern(r"^(?:which|what) (?P<thing>(?!(?:was|is|were|are|did|does)\b).+?) (?:did|does|has|had) (?P<who>.+?) "
                        r"(?P<verb>call|calls|list|name|mention|describe|cite|single out|warn about|warn of|refer to|point to|talk about|talk of"
                        r"|speak about|speak of|highlight|stress|bring up)\b(?P<rest>.*)$")
#: "give me every quote you have from rutte", "all of rutte s quotes", "every quote by ollongren": the speaker's quotes.
_EVERY_QUOTE_BY = lazy_pattern(r"^(?:(?:give|show|send|get|got|list|tell) (?:me |us )?|(?:do you have|have you got|you got) )?(?:all|every|each|any)(?: of| single)?(?: the| your)?"
                             r" (?:(?:direct|verbatim|exact|actual|real|recorded) )?(?:quot(?:e|es|ations?)|lines|remarks) "
                             r"(?:(?:you|u) (?:have|ve got|got|know|hold|keep) |on record |in the knowledge )?(?:(?:by|from|of) )?(?P<who>.+)$")  # "all quotes stoltenberg": a keyword query
_A_YEAR = lazy_pattern(r"(?:19|20)\d\d")
_EVERY_QUOTE_OF = lazy_pattern(r"^(?:(?:give|show|send|get|list|tell) (?:me |us )?)?(?:all|every|each)(?: of)? (?P<who>.+?)(?: s)? quot(?:e|es|ations?)"
                             r"(?: (?:from|at|in|during) (?:the |his |her |their )?(?P<place>.+?)(?: (?:video |opening |keynote )?(?:speech|address|remarks|message|keynote))?)?(?: please)?$")
#: "when did stoltenberg say that cyber is a contested space", "when rutte said no one stands alone": the words, not a topic.
_WHEN_SAID_WORDS = lazy_pattern(r"^when (?:did |has )?(?P<who>(?!(?:was|is|were|are|it|this|that|nato|allies|the allies|leaders|they|we)\b)(?:\S+ ){0,2}?\S+) (?:say|said|write|wrote|declare|declared)"
                                r"(?: that| the words)? (?P<words>(?!(?:about|on|in|at|during|something|anything|it|this|that)\b)(?:\S+ ){3,}\S+)$")
#: A gathering's dates or place said by someone is an announcement, not words of a quote: "... say the vilnius summit dates".
_GATHERING_DETAIL = lazy_pattern(r"^(?:the )?(?:next |\S+ )?(?:summit|conference|meeting) s? ?(?:dates?|venue|location|host city|city|place)$"
                                 r"|^(?:the )?(?:dates?|venue|location|host city|city|place) (?:of|for) (?:the )?(?:next |\S+ )?(?:\S+ )?(?:summit|conference|meeting)$")
#: "which quotes of stoltenberg from rome you have": the object before "you have", in a learner's order.
_WHICH_QUOTES_YOU_HAVE = lazy_pattern(r"^(?:which|what) (?:quot(?:e|es|ations?)|lines|sentences|phrases) (?:of|by|from) (?P<who>(?!the )(?:\S+ ){0,2}?\S+)"
                                      r"(?: (?:from|at|in|during) (?:the )?(?P<place>.+?))? (?:do |did )?(?:you|u) (?:have|hold|got|keep|know)\b.*$")
#: "key lines from rutte s address to tirana", "main points of the sg s speech in rome": the speaker's quotes there.
_LINES_FROM_SPEECH = lazy_pattern(r"^(?:the |some |a few |any )?(?:key |main |best |top |important |memorable |most important |exact |full |precise |verbatim |complete )*(?:lines|line|points|quotes"
                                  r"|takeaways|highlights|messages|soundbites|wording|words|text|transcript) (?:from|of|in) (?:the )?(?P<who>.+?)(?: s)? (?:video |opening |keynote |closing )?"
                                  r"(?:speech|address|remarks|keynote|talk|intervention)(?: (?:to|in|at) (?:the )?(?P<place>.+?))?$")
#: "what is the exact quote of rutte on investment", "the full statement by odobescu at the hague": that speaker's quotes on it.
_QUOTE_OF = lazy_pattern(r"^(?:(?:what is|what was|what were|what are|(?:give|show|tell|send|provide)(?: me| us)?|i need|need|i want) )?(?:the |a |an )?"
                       r"(?:exact |precise |actual |full |original |direct |verbatim |real )"
                       r"(?:quote|quotation|words|line|statement|remarks) (?:of|by|from) (?P<who>.+?)(?P<rest> (?:on|about|regarding|in|at) .+)?$")
#: "what was the romanian foreign minister at the hague line", "what were rutte s words in tirana": that speaker's words.
_LINE_OF = lazy_pattern(r"^what (?:was|is|were|are|s) (?!(?:the|that|this|a|an|his|her|their|its) (?:exact |actual |main |key |famous )?"
                        r"(?:line|lines|quote|words|remarks|message|soundbite|statement)\b)(?P<who>.+?)(?: s)?(?: (?:his|her|their))?"
                        r"(?: (?:exact|actual|main|key|big|famous|best|original|english|own|precise|full|real))* (?:line|lines|quote|words|remarks|message|soundbite|statement)"
                        r"(?P<rest>(?: (?:in|at|during|from|on|about|regarding) .+)?)$")
#: "rutte tirana - anything on investment", "ollongren anything about resilience": what that person said on it (there).
_ANYTHING_ON = lazy_pattern(r"^(?P<who>(?!(?:who|what|when|where|which|how|did|does|is|was|were|are|any|anything|the|nato)\b)\S+(?: \S+)??)"
                            r"(?: (?:in|at|from) (?P<at>\S+)| (?P<place>\S+))?(?P<year> (?:19|20)\d\d)? (?:said |say |says )?anything (?:on|about|re|regarding) (?P<topic>.+)$")
_PLACE_LAST = lazy_pattern(r"^(?P<more>.*?)(?P<place> (?:in|at|during) .+)?$")
_HEDGED = lazy_pattern(r"^what (?:exactly|actually|precisely|really|specifically) ")
_SAID_WHAT = lazy_pattern(r"^(?!(?:who|what|when|where|which|how|did|does|is|was)\b)(?P<who>.+?) (?:said|says|say|told us|wrote) what\b(?P<rest>.*)$")
#: "what did stoltenberg on russia and energy say" (a topic put before the verb, as "stoltenberg on X - what did he say" reads).
_TOPIC_FIRST = lazy_pattern(r"^what did (?P<who>.+?) (?:on|about|regarding) (?P<topic>.+?) say\b(?P<rest>.*)$")
_WHAT_SAID = lazy_pattern(r"^what (?!(?:was|is|were|are|has|have|had|did|does|do|will|would|could|can|else|exactly|nato|allies|the allies|leaders)\b)(?P<who>.+?) (?:said|says|told(?: us)?|wrote|declared|stated)\b(?P<rest>.*)$")
#: "does the berlin article say X", "did the op ed really claim that X": are those words in a quote (the quote check).
_SOURCE_SAYS = lazy_pattern(r"^(?:does|did|do) (?:the |that |this )?(?:\S+ ){0,2}(?:article|piece|report|op ed|story|headline|source|seed)"
                          r" (?:really |actually |even )?(?:say|said|claim|quote \S+(?: as)? saying|have \S+ saying)(?: that)? (?P<words>.+)$")

#: Words a report says that start with the gathering it covers: "the conference was in rome", "it took place in may".
_GATHERING_FIRST = lazy_pattern(r"^(?:the |that )?(?:conference|summit|meeting|event|gathering|it) (?:was|were|took place|happened|is|ran|lasted)\b")

#: A line named by its words: "who said the kinetic attacks line", "whose is the stand together quote", "who gave the recommit speech line".
_LINE_NAMED = lazy_pattern(r"^(?:who (?:said|gave|came up with|made|wrote|delivered|is behind)|whose (?:is|was)) (?:the|that) (?P<words>(?:\S+ ){0,5}?\S+)"
                           r" (?:line|quote|quotation|remark|comment|bit|soundbite|phrase|one)$")

#: What NATO or the Allies said is what they agreed: "when did nato first say cyber defence is part of collective defence".
_ALLIES_SAID = lazy_pattern(r"^when (?:did|has|have) (?:nato|the allies|allies|the alliance) (?:first |officially |formally )?(?:say|said|declare|state|recogni[sz]e)d?"
                            r"(?: that)? (?P<words>(?:\S+ ){2,}\S+)$")
#: Using a quote as something official asks whether it can be trusted: "can i run X's quote as an official statement".
_RUN_AS = lazy_pattern(r"^can (?:i|we) (?:run|use|post|print|publish|quote|cite|put out|put|include|paste|drop|lift|insert) (?P<quote>.+? (?:quote|line|words))(?: from (?:the |a )?\S+(?: \S+)? (?:article|piece|readout|report|story|op ed|speech))?"
                       r" (?:as|in|into) (?:an? |the |my |our )?(?:official |formal |on the record |nato |press |ministerial |minister s |briefing |draft |public )*"
                       r"(?:statement|position|line|quote|fact|release|brief|briefing|briefing note|note|speech|memo|slides?|deck|report|talking points|op ed|article|piece)$")  # "... into a ministerial brief"


#: "which is which: ollongren and rutte both said something about standing together": what each of them said about it.
_NAME_WORD = r"(?!(?:who|whom|what|when|where|which|how|why|a|an|the|it|they|we|i|you|he|she|thanks|thank|lot|ok|okay|and|so|but)\b)\S+"
_EACH_SAID = lazy_pattern(rf"^(?:(?:which is which|who said what|who said which|which one said what) )?(?P<who>{_NAME_WORD}(?: {_NAME_WORD})? (?:and|&) {_NAME_WORD}(?: {_NAME_WORD})?) "
                          r"(?:both |each |all )?(?:(?:said|talked)(?: something| stuff| things)?(?: about| on| of)?|(?:spoke|commented) (?:about|on|of)) (?P<topic>.+?)"
                          r"(?: which is which| who said what)?$")


#: "what did stoltenberg ask the allies to do in 2022", "what did he ask nato members for": the call, asked with "ask".
_ASKED_TO_DO = lazy_pattern(r"^what did (?P<who>.+?) (?:ask|asked) (?P<whom>(?:the )?(?:nato )?(?:allies|members|member states|nations|countries|governments)"
                            r")(?P<to> to| for)\b")


#: "what did stoltenberg tell the allies to do in rome": the words of his call on them.
_TOLD_TO_DO = lazy_pattern(r"^what did (?P<who>.+?) (?:tell|told) (?P<whom>(?:the )?(?:nato )?(?:allies|members|member states|nations|countries|governments|leaders|everyone|everybody))"
                           r" to do\b(?P<rest>.*)$")


def said_question(text: str) -> str:
    """``text`` (normalised) as "what did <who> say <rest>" when it asks what someone said another way; else unchanged."""
    text = use_asked(occasion_ask(have_from(lines_as_quotes(listed_said(text)))))  # "russia energy line from berlin": a quote asked for; "what do you have from rutte"; "list everything rutte said in tirana"
    if " ask" in text and (asked := _ASKED_TO_DO.match(text)):  # "what did stoltenberg ask the allies to do": what he called on them to do
        call = f"call on {asked['whom']} to" if asked["to"] == " to" else "call for"
        text = f"what did {asked['who']} {call}{text[asked.end():]}"
    if (" and " in text or " & " in text) and (" said " in text or " talked " in text or " spoke " in text) and (each := _EACH_SAID.match(text)):
        return f"what did {each['who']} say about {each['topic']}"
    if (" tell " in text or " told " in text) and (told := _TOLD_TO_DO.match(text)):  # "what did stoltenberg tell the allies to do":
        text = f"what {'exactly ' if told['rest'].strip() else ''}did {told['who']} call on the allies to do{told['rest']}"  # the words he told them in, there
    if not _SAID_WORDS.intersection(text.split()):  # most questions: nothing said, no regex run
        return text
    if (hedged := _HEDGED.match(text)) and _CALL_ASKED.match(text, hedged.end()):  # "what exactly did he call on allies to do":
        return f"what {text[hedged.end():]} exact words"  # the words of the call, not the record of it (``called_for``)
    if text.startswith(("who ", "whose ")) and (named := _LINE_NAMED.match(text)):  # "who said the kinetic attacks line": its words
        return f"who said {named['words']}"
    if text.startswith("when ") and (match := _ALLIES_SAID.match(text)):  # "when did nato first say cyber defence is part of …"
        return f"when did nato agree that {match['words']}"  # the Allies say it in a decision, not a quote
    if text.startswith("when ") and (match := _WHEN_SAID_WORDS.match(text)):  # "when did stoltenberg say that cyber is a contested space"
        if _GATHERING_DETAIL.search(match["words"]):  # "when did stoltenberg say the vilnius summit dates": when he announced them
            return f"when did {match['who']} announce {match['words']}"
        return f"who said {match['words']}"  # the line and its speaker, with where and when it was said
    if text.startswith(("can i ", "can we ")) and (match := _RUN_AS.match(text)):  # "can i run X's 'stand together' quote as an official statement"
        return f"can i trust {match['quote']}"
    if match := _SOURCE_SAYS.match(text):
        if _GATHERING_FIRST.match(match["words"]):  # "did the rome article say the conference was in rome": a fact of its gathering
            return CLAIM_PREFIX + claim_of_report(text.split(" ", 1)[1], match["words"])
        return f"can i trust the quote {match['words']}"
    if (match := _ANYTHING_ON.match(text)) and match["who"] not in PLACES:
        who, place = match["who"], match["at"] or match["place"]
        if match["place"] and match["place"] not in PLACES:  # "mark rutte anything on x": both words name who
            who, place = f"{who} {place}", None
        return f"what did {who} say{f' in {place}' if place else ''}{match['year'] or ''} about {match['topic']}"
    if match := _EVERY_QUOTE_BY.match(text) or _EVERY_QUOTE_OF.match(text) or _WHICH_QUOTES_YOU_HAVE.match(text):
        if _A_YEAR.fullmatch(match["who"]):
            return f"quotes from {match['who']}"  # "any quotes from 2024": that year's lines, not a speaker called "2024"
        return f"quotes by {match['who']}" + (f" in {match['place']}" if match.groupdict().get("place") else "")
    if match := _LINES_FROM_SPEECH.match(text):  # "key lines from the sg s video address to tirana"
        return f"quotes by {match['who']}" + (f" in {match['place']}" if match["place"] else "")
    if match := _QUOTE_OF.match(text):
        return f"quotes by {match['who']}{match['rest'] or ''}"
    if match := _QUOTED_AS.match(text):
        return f"what did {match['who']} say{_AS_THE_SOURCE_CALLS.sub('', match['rest'])}"
    if match := _LINE_OF.match(text):
        who, place = _PLACE_LAST.match(match["who"]).group("more", "place")  # "the romanian foreign minister at the hague"
        rest = match["rest"].replace(" on ", " about ", 1) if match["rest"].startswith((" on ", " regarding ")) else match["rest"]
        return f"what did {who} say{place or ''}{rest.replace(' regarding ', ' about ', 1)}"
    if (match := _DESCRIBED.match(text)) and match["thing"].split()[0] not in ("it", "that", "this", "them"):
        return f"what did {match['who']} say{match['place'] or ''} about {match['thing']}"
    if match := _WHICH_DID.match(text):  # the place asked first: "in tirana" must not be read inside the topic
        more, place = _PLACE_LAST.match(match["rest"]).group("more", "place")
        return f"what did {match['who']} say{place or ''} about {match['thing']}{more}"
    text = _HEDGED.sub("what ", text)
    if match := _SAID_WHAT.match(text) or _WHAT_SAID.match(text):
        told = " told" in match[0][: len(match[0]) - len(match["rest"])]
        rest = (_TOLD_THE if told else _TO_THE).sub(" at ", match["rest"])  # "what rutte told (to) the tirana conference"
        text = f"what did {match['who']} say{rest}"
    if match := _COMPARED_WHAT.match(text):  # "stoltenberg compared cyber attacks with what in berlin"
        return f"what did {match['who']} compare {match['what']} to{match['rest']}"
    if match := _TOPIC_FIRST.match(text):
        return f"what did {match['who']} say about {match['topic']}{match['rest']}"
    return text


#: Verbs that say what kind of words were said: "what did stoltenberg call on allies to do in rome" asks for the call.
_TELLING_VERBS = frozenset("call on|call for|urge|warn|appeal to|encourage".split("|"))
#: Verbs whose object is what the words were about: "mention investment in tirana" is his line about investment there.
_ABOUT_LEAD = lazy_pattern(r"^(?:anything|something)$|^(?:anything |something )?(?:about|on|regarding) ")
_TOPIC_VERBS = frozenset("mention|mentioned|discuss|discussed|stress|emphasise|emphasize|highlight|talk about|speak about|focus on|concentrate on".split("|"))


def verb_as_topic(verb: str, rest: str) -> str:
    """The tail of "what did <who> <verb> <rest>" as "what did <who> say <rest>" reads it:
    "call on", " allies to do in rome" -> " in rome about call on allies to do" (the verb is part of what was said);
    " about x during the war in ukraine" -> " about x" (the backdrop, not where it was said, nor what about)."""
    verb = _PARTICIPLES.get(verb, verb)  # "what has stoltenberg called on allies to do": as "call on"
    rest = _BACKDROP.sub("", rest)
    if verb not in _TELLING_VERBS and " " in rest.strip():  # "... at the hague, exact words please": how, not where nor what about
        rest = _WORDING_TAIL.sub("", rest)
    if verb == "tell" and (told := _TOLD_EVENT.match(rest) or _TOLD_PEOPLE.match(rest)):
        return f"{' at ' + told['event'] if told.groupdict().get('event') else ''}{told['after']}"  # "tell the rome conference": said there
    if verb in ("compare", "liken"):  # "what did stoltenberg compare cyber attacks to in berlin": the line comparing them
        more, place = _PLACE_LAST.match(rest).group("more", "place")
        return f"{place or ''} about {_COMPARED_TO.sub('', more).strip()} compared"
    if verb in _TOPIC_VERBS and (about := _ABOUT_LEAD.sub("", (more := _PLACE_LAST.match(rest))["more"].strip())):  # "did rutte mention
        return f"{more['place'] or ''} about {about}"  # investment in tirana": what he mentioned is what the line is about
    if verb not in _TELLING_VERBS:
        return rest
    more, place = _PLACE_LAST.match(rest).group("more", "place")
    if more.strip() in ("", "about", "of", "against", "for", "to"):  # "what did stoltenberg call for in rome": the call itself
        return f"{place or ''} about {verb}" if verb in _CALLS else place or ""  # "what did rutte warn about": what he said
    return f"{place or ''} about {verb}{more}"


#: A request for the wording after the question: "exact words please", "word for word", "verbatim, not a summary".
_WORDING_TAIL = lazy_pattern(r"\s+(?:(?:i need |i want |give me |with )?(?:the |his |her |their )?(?:exact|precise|actual|original|full) (?:words|wording|quote|quotes|phrase|text|citation)"
                             r"|word for word|verbatim|in full|exactly|precisely)(?: (?:please|pls|thanks|if possible|not (?:a|the) summary))*$")
#: A time a remark is set in, after what it is about: "about investment amid the war in ukraine".
_BACKDROP = lazy_pattern(rf"(?<=\S) (?:during|amid|amidst|in|given|with) (?:the |russia s |russian )?(?:{'|'.join(sorted(HAPPENING_THERE))})"
                         r"(?: (?:in|against|on|of) (?:the )?\S+)?(?=$| (?:in|at|on) )")
_COMPARED_WHAT = lazy_pattern(r"^(?P<who>(?!(?:who|what|when|where|which|how|did|does|is|was)\b)(?:\S+ ){0,2}?\S+) (?:compared|likened) (?P<what>.+?) (?:with|to) what\b(?P<rest>.*)$")
_COMPARED_TO = lazy_pattern(r"\s+(?:to|with)$")
#: Whom something was told: an event's audience ("tell the rome conference about x": said at it), or people ("tell allies").
_TOLD_EVENT = lazy_pattern(r"^\s*(?P<event>(?:the )?(?:\S+ ){0,3}?(?:conference|summit|meeting|gathering|event|audience in \S+))\b(?P<after>.*)$")
_TOLD_PEOPLE = lazy_pattern(r"^\s*(?:the )?(?:nato )?(?:allies|delegates|participants|audience|attendees|ministers|nations|members|room|crowd)\b(?P<after>.*)$")


#: "what has X called on / urged / told ...": the verb as "what did X ..." has it.
_PARTICIPLES = {"called on": "call on", "called for": "call for", "urged": "urge", "warned": "warn", "appealed to": "appeal to", "told": "tell", "written": "write"}
#: Verbs whose words are a call: with nothing after them, the quote that calls is the one asked for.
_CALLS = frozenset("call on|call for|appeal to".split("|"))


_CALL_ASKED = lazy_pattern(r"did (?:\S+ ){1,4}?(?:call on|call for|urge|appeal to)\b")
#: Words that ask for the words of a call, not the record of it: "... call for in rome, exact words please".
_WORDING = frozenset("exact exactly precise precisely wording words verbatim quote line".split())


def asks_wording(rest: str) -> bool:
    """Whether the tail of "what did <who> say <rest>" asks for the words themselves: "... in rome, exact words please"."""
    return not _WORDING.isdisjoint(rest.split())


#: How a line should be given, said after what it is ("russia energy berlin real wording pls"): a quote's reply shows
#: its own words and, beside a translation, the original, so these words are no part of what the line is about.
_WORDING_ASKED = lazy_pattern(r"(?: (?:the |its |his |her )?(?:real|exact|actual|original|precise|proper|full|untranslated|official)(?: english)?"
                              r" (?:wording|words|phrasing|text|version)| verbatim| in (?:the )?original(?: english)?| (?:the )?original english| pls| please"
                              r"| (?:verbatim|real|verified|genuine) or (?:not|(?:a )?(?:machine )?(?:re)?translat(?:ed|ion)|paraphrased|(?:a )?paraphrase|fake|made up))+$")  # the reply labels its trust
_WORDING_ENDS = ("wording", "words", "phrasing", "verbatim", "english", "version", "text", "pls", "please", "translated", "translation", "not",
                 "paraphrased", "paraphrase", "fake", "up")


#: Which line is asked for, not what about: "best quote from rome", "fav rutte quote" (the routes give the best attested first).
_CHOSEN = frozenset("best top fav fave favourite favorite key main memorable good great nice cool coolest strongest quotable famous".split())


_SPEECH = frozenset("speech speeches address keynote remarks talk".split())


def without_form_words(text: str) -> str:
    """The words of a quote asked for less how it should be given and which one is liked best:
    "russia energy berlin real wording" -> "russia energy berlin", "best rome" -> "rome"; ``text`` when that is all it holds;
    "saceur berlin speech" -> "saceur berlin" (the speech named by its place is the gathering there); "abt 5g" -> "about 5g"."""
    if not SHORTHAND.keys().isdisjoint(typed := normalize(text).split()):
        text = " ".join(SHORTHAND.get(w, w) for w in typed)
    if not _SPEECH.isdisjoint(words := normalize(text).split()):
        text = " ".join(w for n, w in enumerate(words) if w not in _SPEECH or not n or words[n - 1] not in PLACES) or text
    if text.endswith(_WORDING_ENDS) and (asked := _WORDING_ASKED.search(normalize(text))) is not None and asked.start() > 0:
        text = normalize(text)[: asked.start()]
    if not _CHOSEN.isdisjoint(words := normalize(text).split()) and (kept := [w for w in words if w not in _CHOSEN]):
        return " ".join(kept)
    return text


def called_for(lookup, quote: Quote, person: Person, topic: str) -> Pledge | None:
    """The call entry a speaker's quote is the words of, when the question asks what they called for ("call on allies to do"):
    the knowledge's record of the call (by that speaker, not an Allied decision) leads, the quote with it."""
    if not topic.startswith(tuple(_CALLS | {"urge"})):
        return None
    return next((p for p in lookup.knowledge.pledges.values() if quote.id in p.quotes and p.by.startswith(person.name)), None)


_PAST = {"call on": "called on", "call for": "called for", "urge": "urged", "warn": "warned", "appeal to": "appealed to",
         "encourage": "encouraged"}


def said_title(name: str, topic: str) -> str:
    """"Jens Stoltenberg on investment", or for a call: "What Jens Stoltenberg called on allies to do"."""
    verb = next((v for v in _PAST if topic == v or topic.startswith(f"{v} ")), None)
    return f"What {name} {_PAST[verb]}{topic[len(verb):]}" if verb else f"{name} on {topic}"


#: "what rutte said to the conference", "what rutte told (to) the conference": said at it.
_TO_THE = lazy_pattern(r"^ to (?=the )")
_TOLD_THE = lazy_pattern(r"^ (?:to )?(?=the )")
