"""Chat shorthand spelt out, so later steps see the words they know.

    "2nd pledge conf where"            -> "2nd pledge conference where"
    "the albanian pm"                  -> "the albanian prime minister"
    "src for the kinetic attacks line" -> "sources for the kinetic attacks line"

Shorthand with a second meaning is spelt out only in its context (the cue word, the pattern, its spelling
out); a question holding no cue word runs no pattern. Pure; a step of ``question_text.normalise_question``.
"""

from __future__ import annotations

import calendar

from ..patterns import lazy_pattern
from .article_five import ARTICLE_FIVE_ASKS
from .country_codes import COUNTRY_CODE_ASKS
from .asked_memo import text_memo
from .cued_entries import CuedEntries
from .nation_person import NATION_PERSON_ASKS
from .domain_asks import DOMAIN_ASKS
from .guessed_kind import GUESSED_KIND_ASKS
from .lead_clauses import other_series
from .parse import MONTHS
from .places import PLACES
from .role_shorthand import MINISTER_SHORTHAND, ROLE_SHORTHAND, minister_spelt_out
from .normalizing import word_set

#: Chat shorthand, spelt out so later steps see the words they know: "2nd pledge conf where" -> "... conference ...".
SHORTHAND = {
    "conf": "conference", "confs": "conferences", "pleg": "pledge", "pledg": "pledge", "plg": "pledge", "conferance": "conference", "confrence": "conference",
    "confernce": "conference", "conferances": "conferences", "art": "article", "yrs": "years", "yr": "year", "abt": "about", "nxt": "next", "abot": "about", "abotu": "about", "baout": "about", "aobut": "about", "abour": "about",
    **{short: role for short, role in ROLE_SHORTHAND.items() if short != "pm"},  # "pm" is spelt out only in its context, below
    "smth": "something", "sth": "something", "frm": "from", "ovr": "over", "ppl": "people", "b4": "before", "w": "with", "n": "and", "bc": "because", "cuz": "because",
    "coz": "because", "rn": "now", "tho": "though", "info": "information", "wats": "what is", "dat": "that", "dis": "this", "thru": "through", "tech": "technology", "sayed": "said", "sed": "said", "cdp": "cyber defence pledge", "oped": "op ed", "opeds": "op eds",
    "src": "source", "srcs": "sources", "ls": "list", "defense": "defence", "orig": "original", "bldg": "building", "regarding": "about", "concerning": "about", "yearly": "annual", "govt": "government", "govts": "governments", "diff": "difference",
    "youtuber": "content creator", "youtubers": "content creators", "influencer": "content creator", "influencers": "content creators",  # "the youtuber meeting"
    "tiktoker": "content creator", "tiktokers": "content creators", "vlogger": "content creator", "vloggers": "content creators",
    "mtg": "meeting", "mtgs": "meetings", "num": "number", "nr": "number", "nbr": "number", "repped": "represented", "repping": "representing", "reppin": "representing",  # "who repped nato at the hague"
}  # next: "what cyber stuff happened"; then shorthand with a second meaning, spelt out only in its context (the cue word, the pattern, its spelling out)
_VAGUE_EVENTS = lazy_pattern(r"\b(?:(?:nato|cyber|defence) )+(?:stuff|things)\b(?= (?:happened|happen|happening|went on|going on|took place|in|on|during|from|coming|planned)\b)")
_SHORTHAND_IN_CONTEXT = COUNTRY_CODE_ASKS + (  # "ro fm", "nl mod": the country's demonym, before "mod" is spelt out
    ("def", lazy_pattern(r"\bcyber def\b"), "cyber defence"), ("min", MINISTER_SHORTHAND, minister_spelt_out), ("pm", lazy_pattern(r"\bpm\b(?! me\b)"), "prime minister"),
    ("op", lazy_pattern(r"\bop (?=domain|capability|capabilities|centre|center)"), "operational "),  # not "op ed"
    ("sec", lazy_pattern(r"\bsec gen\b"), "secretary general"), ("sad", lazy_pattern(r"\bwho sad\b"), "who said"), ("online", lazy_pattern(  # held online: virtual
        r"\bonline(?= (?:conferences?|meetings?|events?)\b)|(?:(?<=\bheld )|(?<=\bwas )|(?<=\bwere )|(?<=\bconference )|(?<=\bconferences )|(?<=\bit ))online\b"), "virtual"),
    ("mod", lazy_pattern(r"\b(dutch|netherlands|italian|italy|german|germany|french|france|british|britain|uk|us|romanian|romania|albanian|albania|estonian|estonia|lithuanian|lithuania|polish|poland|spanish|spain|canadian|canada|s) mod\b(?! or\b)"), r"\1 defence minister"),  # "the dutch mod", not "mod or the foreign office"
    ("pledge", lazy_pattern(r"\bcyber defen[cs]e pledge (?:of|from) (?:the )?(\w+) summit\b"), r"cyber defence pledge agreed at the \1 summit"),  # the pledge by its name: where it is put, checked
    ("pledge", lazy_pattern(r"(?<!\bcyber defence )\b(?:the )?(?:pledge (?:of|made at|agreed at|adopted at|issued at|from|signed at) (?:the )?(\w+) summit|(\w+) summit(?: s)? pledge)\b(?! conference)"), r"the \1\2 pledge"), ("pledge", lazy_pattern(r"(?<!\bdid the )(?<!\bdid the cyber )(?<!\bmade the )(?<!\bmade the cyber )\bpledge (?:event|meeting|gathering)\b"
                                                                      r"|\bpledge (?:thing|do)\b(?= (?:in|at|from|of|on|last|this|that|when|where|who)\b| (?:19|20)\d\d\b)"), "pledge conference"),
    ("pledge", lazy_pattern(r"\b(?!(?:this|the|that|a|an|whole|entire|about|is|what|did|made|cyber|defence)\b)([a-z0-9]+) pledge (?:thing|do)\b"), r"\1 pledge conference"),  # "the rome pledge thing"
    ("pledge", lazy_pattern(r"\bpledge thing\b"), "pledge"), ("back", lazy_pattern(r"\b(how (?:long|many \w+|much time)) back\b"), r"\1 ago"), ("until", lazy_pattern(r"\bfrom when (?:until|till|til|to|through) when\b"), "when"), ("office", lazy_pattern(r"^when (?:was|did) (.+?) (?:in office|hold office|in post)$"), r"\1 tenure"), ("serve", lazy_pattern(r"^when did (.+?) serve$"), r"\1 tenure"),  # "how many years back": ago; "from when until when did x serve": when; "when was x in office": x's tenure
    ("not", lazy_pattern(r"(?<!^was )(?<!^were )(?<!^is )(?<!^are )\b(?:but |and )?not (?:the |a )?(pledge|annual|cyber defence)(?: (?:one|ones|series|conferences?)(?: (?:in|at|of|from) (?:the )?(?!where\b|when\b|who\b)[a-z0-9]+)?\b|$|(?= (?:where|when|who|which|what|took|was|is|were|held|happened)\b))"), other_series),
    ("re", lazy_pattern(r"(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bwho )(?<!\bwhat )\bre (?=[a-z0-9])(?!translat|worded|wording|written|phrased)"), "about "), ("stuff", _VAGUE_EVENTS, "cyber events"), ("things", _VAGUE_EVENTS, "cyber events"),
    ("even", lazy_pattern(r"^((?:(?!said |says |say |wrote )\S+ ){1,4})even (?=(?:say|said|is|was|were|are|do|does|did|happen|happened|mean|means|host|hosted|go|went|attend|attended|speak|spoke)\b)"), r"\1"), ("everything", lazy_pattern(r"^(?:(?:list|show me|show|tell me|give me) )?(?:all |absolutely )?everything (?:that )?(?:happened|took place|went on|there is|you have)\b"), "what happened"), ("one", lazy_pattern(r"\bthe one (?:in|at|held in|from) (?=[a-z])(?!between|the middle|question|particular|general|which|that)"), "")
)
#: "what is the source for X", "src of X", "refs for X": the sources of the entry X names, put as the command says it.
_SOURCES_OF = lazy_pattern(r"^(?:(?:what|which) (?:is|are|was|were) |(?:give|show|send|tell) me |any |need )?(?:the |a |your )?(?:sources?|srcs?|refs?|references?)"
                           r" (?:of|for|behind) (?=\S)")
#: The Tallinn centre spelt out: "the nato cooperative cyber defence centre of excellence", "the tallinn centre of excellence".
_CCDCOE = lazy_pattern(r"\b(?:the )?(?:nato )?(?:tallinn )?(?:nato )?(?:cooperative )?(?:cyber defence )?(?:cyber )?cent(?:re|er) of excellence\b(?: in tallinn\b)?")
#: "what was the dutch minister at the hague" (after "her name and job" is read as the shape of the answer): who it was.
_WHAT_WAS_ROLE = lazy_pattern(r"^what (was|is) (the (?:[a-z]+ ){0,2}(?:minister|ambassador)) (?=at|in|during)\b")
#: "how many times did stoltenberg mention china": his lines on it, which the reply counts.
_TIMES_SAID = lazy_pattern(r"^how (?:many times|often) (?:did|does|has|have) (?P<who>.+?) (?:mention|mentioned|talk about|talked about|bring up"
                          r"|brought up|refer to|referred to|say|said)\b")
_SHORTHAND_IN_CONTEXT += (("number", lazy_pattern(r"^(?:the |what is the |whats the |what s the |give me the |total )?(?:total )?number of (?=\S)"), "how many "),
                          *((cue, _TIMES_SAID, r"what did \g<who> say about") for cue in ("times", "often")),
                          ("everything", lazy_pattern(r"^(?:(?:list|show me|show|tell me|give me) )?(?:all |absolutely )?everything (?:from|in|during|of) (?=\S)"), "what happened in "),
                          ("every", lazy_pattern(r"^(list|show me|show|give me|name) (?:every|each) (pledge|event|conference|summit|initiative|source|quote)\b"), r"\1 \2s"),
                          ("re", lazy_pattern(r"\bre (translat\w*|worded|wording|written|phrased)\b"), r"re\1"),  # "re-translated": one word, not "about translated"
                          *((cue, _WHAT_WAS_ROLE, r"who \1 \2 ") for cue in ("minister", "ambassador")),  # "what was the dutch minister at x": who
                          ("thing", lazy_pattern(r"\b(most recent|latest|newest|last|first|earliest|oldest) thing\b"), r"\1 event"),  # "what s the most recent thing"
                          ("there", lazy_pattern(r"^(how many (?:\S+ ){0,3}?\S+) (?:had|have|has|were|are|was) there(?: been)?(?= (?:before|after|since|until|in|at)\b)"), r"\1"),
                          ("people", lazy_pattern(r"\b(?!(?:other|older|younger|under|after|over|never|ever|either|neither|rather|whether|outer|inner|upper|fewer|lower|newer|more|minor|major|former|latter|prior)\b)([a-z]{3,}(?:er|or|ist)) people\b"), r"\1s"),  # "those content creator people": the content creators
                          ("very", lazy_pattern(r"\bthe very (first|last|latest|earliest|next|same|beginning|start)\b"), r"the \1"),  # "the very first one": the first
                          ("excellence", _CCDCOE, "the ccdcoe"))  # "the tallinn centre of excellence": the name the knowledge's text uses
#: A count typed last: "cyber coalition 2016 participant count" -> "how many participants cyber coalition 2016".
_COUNT_LAST = lazy_pattern(r"^(?P<what>(?!how |what |which |who )\S.*?) (?P<noun>participant|attendee|delegate|speaker|quote|event|member|nation|countrie|ally|allie|people)s? (?:count|number|total|tally|numbers)$")
_SHORTHAND_IN_CONTEXT += tuple((cue, _COUNT_LAST, lambda m: f"how many {_PLURAL.get(m['noun'], m['noun'] + 's')} at {m['what']}") for cue in ("count", "number", "total", "tally", "numbers"))
_PLURAL = {"countrie": "countries", "allie": "allies", "ally": "allies", "people": "people"}
#: A count typed first: "delegate count at the hague", "no. of co-hosts for the hague", "count of quotes by rutte".
_COUNT_FIRST = lazy_pattern(r"^(?:the |what is the |what s the |whats the )?(?:(?P<noun>participant|attendee|delegate|quote|event|member|nation|countrie|ally|allie|host|co host|cohost)s? (?:count|number|total|tally)"
                            r"|(?:no|count) of (?P<counted>\S+(?: \S+)?)) (?P<at>at|for|of|in|from|by|during) ")
_SHORTHAND_IN_CONTEXT += tuple((cue, _COUNT_FIRST, lambda m: f"how many {m['counted'] or _PLURAL.get(m['noun'], m['noun'] + 's')} {m['at']} ") for cue in ("count", "number", "total", "tally", "no"))
_SHORTHAND_IN_CONTEXT += tuple((cue, lazy_pattern(r"^who (?=behind |responsible for )"), "who was ") for cue in ("behind", "responsible"))  # "who behind the 2014 ddos"
_SHORTHAND_IN_CONTEXT += tuple((cue, _SOURCES_OF, "sources for ") for cue in "source sources src srcs ref refs reference references".split())
#: The source asked last, after what it is of: "the claim that the vilnius concept gives saceur authority - source?".
_SOURCE_LAST = lazy_pattern(r"^(?!(?:what|which|who|whom|where|when|how|why|is|are|was|were|do|does|did|can|could|any|the|a|your|sources for)\b)"
                            r"(?P<what>\S+(?: \S+){2,}?) (?:source|sources|src|srcs|ref|refs|reference|references|citation|cite)(?: (?:please|pls|pl[sz]))?$"
                            r"|^(?P<the>(?:the|that|this) \S+(?: \S+){2,}?) (?:source|sources|src|srcs|ref|refs|reference|references|citation|cite)(?: (?:please|pls|pl[sz]))?$")
_SHORTHAND_IN_CONTEXT += tuple((cue, _SOURCE_LAST, lambda m: f"sources for {m['what'] or m['the']}") for cue in "source sources src srcs ref refs reference references citation cite".split())
#: A request put with another verb: "fetch me odobescu quotes from the hague", "pull up the tirana quotes", "dump every rutte quote" -> "show me ...".
_FETCH = lazy_pattern(r"^(?:(?:can|could) you |pls |please |just )?(?:fetch|grab|get|pull up|find|print|display|dig up|bring up|dump|spit out|cough up|hand over|serve up|rattle off|drop|copy paste|paste)(?: me| us)? (?=(?:(?:the|all|any|some|every|his|her|their|a) )*"
                      r"(?:\S+ ){0,3}?(?:quotes?|quotations?|lines?|events?|conferences?|summits?|pledges?|sources?|list|dates?|timeline)\b)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _FETCH, "show me ") for cue in ("fetch", "grab", "get", "pull", "find", "print", "display", "dig", "bring", "dump", "spit", "cough", "hand", "serve", "rattle", "drop", "paste"))
#: What one means to do with the answer, inside the question: "is there anything i can post on 9 oct" -> "is there anything on 9 oct".
_TO_POST = lazy_pattern(r"\b(anything|something|what) (?:that )?(?:i|we) (?:can|could|might|should|may) (?:post|share|tweet|use|put out|write about)\b(?! about)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _TO_POST, r"\1") for cue in ("post", "share", "tweet", "use", "put", "write"))
_DROPPED_WAS = lazy_pattern(r"\bwhat (?=(?:decided|agreed|adopted|announced|endorsed|approved|launched|signed)\b)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _DROPPED_WAS, "what was ") for cue in ("decided", "agreed", "adopted", "announced", "endorsed", "approved", "launched", "signed"))  # "vilnius what decided"
#: Words for a post asked for: "give me a short caption for the tirana conference" -> "summarise the tirana conference" (its facts).
_FOR_A_POST = lazy_pattern(r"^(?:please )?(?:(?:can|could) you )?(?:give me|write(?: me)?|draft(?: me)?|make(?: me)?|suggest|i need|need)? ?(?:a |an )?"
                           r"(?:short |quick |brief |one line |catchy |snappy |simple )?(?:caption|blurb|tweet|one liner|intro|description) (?:for|about|on) (?=\S)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _FOR_A_POST, "summarise ") for cue in ("caption", "blurb", "tweet", "liner", "intro", "description"))
#: Who said it, asked another way: "who came up with 'one for all'", "who coined ...", "who first said ..." -> "who said ...".
_SAID_FIRST = lazy_pattern(r"^who (?:came up with|coined|first said|originally said|first came up with|dreamed up|dreamt up|thought up)"
                         r"(?= (?:the |that |this )?(?:line|quote|phrase|saying|words|slogan|motto)\b| (?!(?:the|a|an|that|this|idea|concept|plan|name|acronym|term)\b)\S+ \S+ \S+)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _SAID_FIRST, "who said") for cue in ("came", "coined", "first", "originally", "dreamed", "dreamt", "thought"))
#: A line called a bit, a passage or a soundbite: "the nothing immoral bit - exact words?" -> "the nothing immoral line ..." (not "a bit").
_BIT_OF_A_SPEECH = lazy_pattern(r"\b(the|that|this|his|her|their) ((?:[a-z]+ ){1,4}?)(?:bit|passage|soundbite)(s?)\b(?! of\b)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _BIT_OF_A_SPEECH, r"\1 \2line\3") for cue in ("bit", "bits", "passage", "passages", "soundbite", "soundbites"))
#: People of a kind asked for at a gathering: "who were the two ministers at the hague" -> "which ministers spoke at the hague".
_KIND_AT = lazy_pattern(r"^who (?:were|are) (?:the |all the )?(?:(?:two|three|four|both|2|3|4|other) )?((?:[a-z]+ )?(?:ministers|officials|politicians|leaders|ambassadors|diplomats)) "
                        r"(?=(?:at|in|during) )")
_SHORTHAND_IN_CONTEXT += tuple((cue, _KIND_AT, r"which \1 spoke ") for cue in ("ministers", "officials", "politicians", "leaders", "ambassadors", "diplomats"))
#: A quote praised in the asking ("any good quotes from rutte", "got any juicy lines from the hague"): the quotes themselves.
_PRAISED = ("good", "nice", "great", "juicy", "strong", "punchy", "quotable", "memorable", "usable", "killer", "catchy", "snappy", "spicy",
            "decent", "cool", "solid", "powerful", "interesting")
_PRAISED_QUOTE = lazy_pattern(r"\b(any|some|a|one|the|your|his|her|their) (?:" + "|".join(_PRAISED) + r") (?=(?:quotes?|quotations?|lines?|soundbites?|remarks?)\b)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _PRAISED_QUOTE, r"\1 ") for cue in _PRAISED)  # not "snappy quote about x for a tile": a shape asked
#: One quote asked for as a thing: "what's a (good) quote from berlin" -> "quotes from berlin" (not a quote by "what is").
_WHAT_IS_A_QUOTE = lazy_pattern(r"^(?:what is|what s|whats|what was|what are|what were) (?:a|an|one|some|the) (?:quotes?|lines?) (?=(?:from|by|of|at|in) )(?!of (?:the )?(?:day|today|week|month)\b)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _WHAT_IS_A_QUOTE, "quotes ") for cue in ("quote", "quotes", "line", "lines"))
#: "tech cos", "which cos": companies ("cos" is "because" elsewhere: "cos i need it").
_COMPANIES = lazy_pattern(r"\b(technology|private|software|it|cyber|security|big|which|what|these|those|the|us|american|western|\d+) (?:cos|cos s|co s|firms)\b")
_SHORTHAND_IN_CONTEXT += (("cos", _COMPANIES, r"\1 companies"), ("firms", _COMPANIES, r"\1 companies"))
_SHORTHAND_IN_CONTEXT += GUESSED_KIND_ASKS  # "what is cyber coalition is it a game": what it is
_SHORTHAND_IN_CONTEXT += DOMAIN_ASKS  # "whats the other domains besides cyber": the cyber domain's entry names them
_SHORTHAND_IN_CONTEXT += NATION_PERSON_ASKS  # "whos the romanian lady": the Romanians the knowledge holds
_SHORTHAND_IN_CONTEXT += ARTICLE_FIVE_ASKS  # "can a cyber attack make article 5 happen": trigger it
#: A month cut short after a word that sets a time: "the conf 2 yrs ago in nov" -> "... in november" (not "on 25 nov", read as a date).
_MONTHS_SHORT = {short: calendar.month_name[n].lower() for short, n in MONTHS.items() if short != calendar.month_name[n].lower()}  # "nov", "sept"
_SHORT_MONTH = lazy_pattern(r"\b(in|during|since|by|until|early|late|mid|last|this|next|of) (" + "|".join(_MONTHS_SHORT) + r")\b(?!\.?\d)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _SHORT_MONTH, lambda m: f"{m[1]} {_MONTHS_SHORT[m[2]]}") for cue in _MONTHS_SHORT)
#: A person of a kind asked as the host: "which french minister hosted the first pledge conf" -> "who was the french minister at ...",
#: the person first (a host is a country; the minister is who stood for it).
#: Only with a country named: "which minister hosted paris 2018" is left to the hosts' reply, which names the minister.
_WHICH_PERSON_HOSTED = lazy_pattern(r"^which (?P<country>[a-z]+) (?P<role>(?:[a-z]+ )?(?:minister|official|politician|diplomat|ambassador|leader)|min) "
                                    r"(?:co ?hosted|hosted|organi[sz]ed|opened|chaired) (?=\S)")
_SHORTHAND_IN_CONTEXT += (("which", _WHICH_PERSON_HOSTED, lambda m: f"who was the {m['country']} {'minister' if m['role'] == 'min' else m['role']} at "
                           if m["country"] in PLACES else m[0]),)
#: A pledge called a promise: "nato made some cyber promise in warsaw", "what promise did nato make" (not "the promise at the heart of").
_PROMISE = lazy_pattern(r"\b(cyber|some|a|what|which|that|this|nato|nato s|allies|allied|big|defence|spending|investment|their|its) promise(s?)\b")
_SHORTHAND_IN_CONTEXT += tuple((cue, _PROMISE, r"\1 pledge\2") for cue in ("promise", "promises"))
#: Words asked for by their worth: "did odobescu say anything quotable", "has rutte said something memorable" -> what they said.
_SAID_ANYTHING = lazy_pattern(r"^(?:did|has|have|does) (?P<who>.+?) (?:say|said|says) (?:anything|something|any thing|some thing) (?:(?:really|very|particularly) )?"
                              r"(?:quotable|memorable|interesting|notable|noteworthy|worth quoting|good|important|striking|useful|catchy)\b")
_SHORTHAND_IN_CONTEXT += tuple((cue, _SAID_ANYTHING, r"what did \g<who> say") for cue in (
    "quotable", "memorable", "interesting", "notable", "noteworthy", "worth", "good", "important", "striking", "useful", "catchy"))
#: A call put as a request: "what did stoltenberg ask allies to do there" -> "what did stoltenberg call on allies to do there".
_ASKED_TO_DO = lazy_pattern(r"^(what (?:did|has|have|does) .+? )ask(?:ed)? (?=(?:the )?(?:allies|nato|members|member states|countries|nations|governments|everyone|them|partners|industry|europe) to\b)")
_SHORTHAND_IN_CONTEXT += tuple((cue, _ASKED_TO_DO, r"\1call on ") for cue in ("ask", "asked"))
#: "Since when" put last, after what it asks of: "cyber defence part of collective defence since which summit" -> asked first
#: (the other asks put last, "... was made at what summit", are read where they stand).
_SINCE_LAST = lazy_pattern(r"^(?!(?:who|whom|what|when|where|which|how|why|did|does|do|was|is|were|are|has|have|had|can|could|since|quote|quotes)\b)"
                           r"(?P<said>\S+(?: \S+){2,}?) (?P<ask>since (?:which|what) \S+)$")
_SHORTHAND_IN_CONTEXT += (("since", _SINCE_LAST, r"\g<ask> \g<said>"),)
#: Pieces someone may write (``topics.pieces_written`` asks whether they did).
PIECES = r"(?:article|op ed|oped|piece|column|essay|letter|blog post|opinion piece)"
#: Authorship claimed: "is it true stoltenberg wrote an article" -> "did stoltenberg write an article" (a piece, not words quoted).
_WROTE_A_PIECE = lazy_pattern(r"^(?:is it (?:true|right|correct) (?:that )?|(?:is it )?true (?:that )?|i (?:heard|read) (?:that )?)(?P<who>\S+(?: \S+)?) "
                              rf"(?:wrote|has written|penned|authored) (?P<piece>(?:an?|the|any) {PIECES})\b")
_SHORTHAND_IN_CONTEXT += tuple((cue, _WROTE_A_PIECE, r"did \g<who> write \g<piece>") for cue in ("wrote", "written", "penned", "authored"))
#: French false friends ("sa tribune", his op-ed, is read with French): "son discours" (his speech), "prendre ses fonctions"
#: (take office): "in the same discourse", "when did he take his functions" (not "public discourse").
_DISCOURSE = lazy_pattern(r"(?<!public )\bdiscourses?\b")
_FUNCTIONS = lazy_pattern(r"\b(take|takes|took|taken|taking|enter|entered|enters|entering|assume|assumed|assumes|start|started|starts|begin|began|leave|left|leaves|quit)"
                          r"(?: up)?(?: (?:into|in|on))? (?:his|her|their|the|its) (?:functions?|duties)\b")
_TOOK = {"take": "take", "takes": "takes", "took": "took", "taken": "taken", "taking": "taking", "leave": "leave", "left": "left", "leaves": "leaves", "quit": "left"}
_SHORTHAND_IN_CONTEXT += (("discourse", _DISCOURSE, r"speech"), ("discourses", _DISCOURSE, "speeches"))
_SHORTHAND_IN_CONTEXT += tuple((cue, _FUNCTIONS, lambda m: f"{_TOOK.get(m[1], 'took')} office") for cue in ("functions", "function", "duties"))
_SHORTHAND_CUES = frozenset(SHORTHAND) | frozenset(cue for cue, _, _ in _SHORTHAND_IN_CONTEXT) | {"one"}  # words that mean spell_out_shorthand has work to do
_CUED_IN_CONTEXT = CuedEntries(_SHORTHAND_IN_CONTEXT)  # only the entries of the question's words are read
_PLACE_ONE = lazy_pattern(r"\b([a-z]+) one\b")


@text_memo  # the question, then each of its clauses, read again by several steps
def spell_out_shorthand(text: str) -> str:
    """"2nd pledge conf where" -> "2nd pledge conference where", "the albanian pm" -> "the albanian prime minister"."""
    words = word_set(text)
    if not words & _SHORTHAND_CUES:  # most questions: nothing to spell out, no regex run
        return text
    if words & SHORTHAND.keys():
        text = " ".join(SHORTHAND.get(word, word) for word in text.split())
        words = word_set(text)  # "num of speakers": "number of" is spelt out in its context in turn
    for _, pattern, repl in _CUED_IN_CONTEXT.cued(words):
        text = pattern.sub(repl, text)
    if "one" in words:  # "the berlin one": the event there
        text = _PLACE_ONE.sub(lambda m: m[1] if m[1] in PLACES else m[0], text)
    return text
