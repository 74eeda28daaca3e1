"""Contractions spelt out, as normalised text has them ("what's" -> "what s") and as typed without the apostrophe:

    "whats the pledge" -> "what is the pledge", "who d rutte meet" -> "who did rutte meet", "im curious" -> "i am curious"

Each pattern runs only when the text holds one of its words, so most questions run none.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import word_set

_CONTRACTIONS = (  # (words of which one must be there, the pattern, its spelling out)
    ("got", r"^(?:so |and |but |ok )?what(?: s| has| is)? ((?:\S+ ){1,4}?)got to do with\b", r"what does \1have to do with"),  # "what's romania got to do with it"
    ("s", r"\b(what|who|where|when|how|that|it|there|which) s\b", r"\1 is"),
    ("whats", r"\bwhats\b", "what is"), ("whos", r"\bwhos\b", "who is"), ("wheres", r"\bwheres\b", "where is"),
    ("whens", r"\bwhens\b", "when is"), ("hows", r"\bhows\b", "how is"), ("re", r"\b(what|who) re\b", r"\1 are"),
    ("nt", r"\b(did|does|do|is|was|were|are|has|have|could|would|can) nt\b", r"\1 not"),
    ("t", r"\b(is|was|are|were|do|does|did|has|have|had|could|would|should) ?n t\b", r"\1 not"), ("t", r"\bwon t\b", "will not"),
    ("t", r"\bcan t\b", "cannot"), ("didnt doesnt dont isnt wasnt werent arent hasnt havent couldnt wouldnt shouldnt",
     r"\b(did|does|do|is|was|were|are|has|have|could|would|should)nt\b", r"\1 not"), ("cant", r"\bcant\b", "cannot"),
    ("d", r"^(what|who|where|when|how) d\b", r"\1 did"), ("u", r"\bu s\b", "us"), ("u", r"\bu\b", "you"), ("ur", r"\bur\b", "your"),  # "the u s": the US
    ("pls plz", r"\bpl[sz]\b", "please"), ("thx", r"\bthx\b", "thanks"),
    ("went", r"^((?:and |so |ok |but )?)who (?:all |actually |even )?went(?: along| over)?(?: to\b)?", r"\1who attended"),  # "who went to tirana", "who went?"
    ("exactly precisely actually", r"^(what|when|where|how) (?:exactly|precisely|actually) (?!did (?:\S+ ){1,4}?(?:call on|call for|urge|appeal to)\b)",
     r"\1 "),  # "what exactly did he say" (what exactly he called for: said_text)
    ("actually really finally first", r"^((?:and |so |ok |but )?(?:when|where)(?: and (?:when|where))?) (did|do|does|has|have)"
     r" (nato|the allies|allies|nato allies|nato leaders|leaders|they) (?:actually|really|finally|first) ",
     r"\1 \2 \3 "),  # "when did nato actually (first) agree X": when it agreed X
    ("where", r"^((?:and |so |ok |but )?)(?:when and where|where and when|where) (did|do|does|has|have) (nato|the allies|allies|nato allies|nato leaders|leaders|they)"
     r" (agree|decide|accept|recognise|recognize)d? that ", r"\1when \2 \3 \4 that "),  # "where did nato agree that X": its decision's reply names both
    ("ago", r"^how (many years|many months|many days|long) ago (?:(?:counting|counted|reckoning|measured) )?(?:today|from today|from today s date|as of today|from now|now) ", r"how \1 ago "),
    # "how many years from the warsaw pledge until now", "how much time has passed since berlin": since it; "how much time ago": how long
    ("until till", r"^how (many \w+|long|much time) (?:is it |has it been |have passed |passed )?from (.+?) (?:until|till|up to|to) (?:now|today)$", r"how \1 since \2"),
    ("passed", r"\bhow (much time|long|many \w+) (?:has |have )?(?:passed|gone by)(?: since)?\b", r"how \1 since"),
    ("time", r"\bhow much time (?=ago|since|back)\b", "how long "),
    # "anything today in the past years", "something nato cyber today": what happened on this day
    ("anything something", r"^(?:is there |was there )?(?:anything|something)(?: (?:nato|cyber|nato cyber))?(?: (?:happened|happening|that happened|happen))? "
     r"(?=today(?:$| in (?:the )?(?:past|previous|earlier|other|prior|last few) years\b| in (?:nato )?(?:cyber )?history\b))", "what happened "),  # not "anything today on rutte"
    # "did anything happen in london?", "anything going on in tallinn": what happened there
    ("anything something", r"^(?:did |has |was there |is there |were there )?(?:anything|something)(?: (?:nato|cyber|nato cyber))? (?:ever )?"
     r"(?:happen|happened|happening|take place|took place|taking place|go on|went on|going on) (?=(?:in|at) )", "what happened "),
    # who leads NATO: its Secretary General
    ("running leading heading charge head boss chief leader",
     r"\b(?:running|leading|heading|in charge (?:of|at)|(?:the )?(?:head|boss|chief|leader) of) (?:nato|the alliance)\b|\bnato s (?:boss|chief|head|leader)\b"
     r"|\bnato (?:boss|chief|head|leader)\b", "the nato secretary general"),
    # NATO's second in command: its Deputy Secretary General
    ("two 2 second", r"\b(?:the )?nato s (?:number (?:two|2)|no 2|second in command)(?: (?:guy|man|person|official|woman|lady))?\b"
     r"|\b(?:the )?(?:number (?:two|2)|second in command)(?: (?:guy|man|person|official|woman|lady))? (?:at|of|in) nato\b", "the nato deputy secretary general"),
    ("held occupied", r"^who (?:held|occupied) (?:the )?(?:(?:post|role|office|position|job) of )?(?=(?:nato )?(?:secretary|deputy|prime|minister|chancellor|president)\b)", "who was "),
    ("led ran headed", r"^who (?:led|ran|headed) nato\b", "who was the nato secretary general"),
    ("led ran headed", r"(?<!^who) (?:led|ran|headed) (?:nato|the alliance)\b", " was the nato secretary general"),
    ("leads runs heads", r"^who (?:leads|runs|heads) nato\b", "who is the nato secretary general"),
    ("lead run head", r"^does ((?:\S+ ){1,2}?)((?:still |now |currently )?)(?:lead|run|head) (?:nato|the alliance)\b", r"is \1\2the nato secretary general"),  # "does stoltenberg still lead nato"
    ("list show give make", r"^(?:list me|(?:(?:show|give) me )?(?:a |the )?(?:complete |full |whole |entire |bullet |bulleted |bullet point |bullet pointed |numbered |short |quick |brief )list of|(?:show|give) me (?:a |the )?list of|make (?:me )?a (?:complete |full |bullet |bulleted |numbered )?list of)\b", "list"),
    ("give tell show send get", r"^(?:please |pls |kindly )?(?:give|tell|show|send|get) (?:me|us) (?=(?:\S+ ){1,3}?(?:role|title|job|position|post|office)s?\b)", "what is "),  # "give me kajsa ollongren's role and ..."
    ("name", r"^name (?:all |every |each )?(?:of )?(?:the )?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?(?=(?:\S+ ){0,4}?(?:summits|conferences|events|exercises|pledges|decisions)\b)",
     "list all the "),  # "name all four summits": the list, not a person's name
    ("today todays", r"\btoday ?s (?:date|day)\b", "today"),  # "anything that happened on today's date"
    ("today", r"^(?:is|are) (?:there )?(?:anything|something|any events?)(?: (?:relevant|noteworthy|important|notable|new|nato|cyber))*"
     r"(?: (?:happening|going on|on|scheduled|planned|taking place))? today$", "what is happening today"),  # "is anything relevant happening today"
    ("trust confidence reliability verification", r"^(?:what|which) (?:trust|confidence|reliability|verification)(?: level| label| rating| status| grade| tag)? (?:should|shall|do|can|would|must)"
     r" (?:i|we) (?:attach|assign|give|put|apply|use|tag)(?: it)?(?: to| on| for| with)? ", "how reliable is "),  # "what trust level should i attach to the odobescu quotation"
    ("title role position job office post", r"^(what (?:was|were|is) .+? (?:title|role|position|job|office|post)) when (he|she|they) (?:made|gave|delivered|did) (?:the |his |her |their )?"
     r"(\S+(?: \S+)?) (?:remarks|speech|address|keynote|comments)(?: (?:about|on) .+)?$", r"\1 when \2 spoke in \3"),  # "... title when he made the berlin remarks about china"
    ("wanna", r"\bwanna\b", "want to"), ("gonna", r"\bgonna\b", "going to"), ("im m", r"\bi ?m\b", "i am"),
)
_CONTRACTION_RES = tuple((frozenset(cues.split()), lazy_pattern(pattern), repl) for cues, pattern, repl in _CONTRACTIONS)
#: Words one of the contractions needs (read by spelling.py: words it leaves as typed).
CONTRACTION_CUES = frozenset().union(*(cues for cues, _, _ in _CONTRACTION_RES))


def spell_out_contractions(text: str) -> str:
    """"whats the pledge" -> "what is the pledge": only the patterns whose words the text holds are run."""
    words = word_set(text)
    if CONTRACTION_CUES.isdisjoint(words):  # most questions
        return text
    for cues, pattern, repl in _CONTRACTION_RES:
        if not cues.isdisjoint(words):
            text = pattern.sub(repl, text)
    return text
