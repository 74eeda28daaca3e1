"""How a message addresses the bot around its question (a greeting, the bot's name, "quick q -"), dropped before the
question is read.

    "hey cyberbot, when was the berlin conference?"  -> "when was the berlin conference?"
    "Hi! who hosted tirana"                          -> "who hosted tirana"
    "cyberbot: quotes rutte"                         -> "quotes rutte"
    "when was the berlin conference, bot?"           -> "when was the berlin conference?"
    "quick q - who was behind the 2014 ddos"         -> "who was behind the 2014 ddos"
    "so can you tell me who hosted rome"             -> "who hosted rome"
    "who hosted rome anyone know?"                   -> "who hosted rome?"
    "hi, i'm writing a piece on nato. quotes rutte"  -> "quotes rutte"
    "what did ollongren say lol", "pls who hosted it" -> "what did ollongren say", "who hosted it"
    "what did ollongren say thanks!", "pledges pls"   -> "what did ollongren say", "pledges"
    "hey cyberbot", "hi bot!"                        -> "" (a bare mention: what can I ask?)
    "/ask who hosted rome", "Fwd: pledges"           -> "who hosted rome", "pledges"
    "[question] events 2024", "in english please: ..." -> "events 2024", "..."
    "events 2024 (asking for a friend)"              -> "events 2024" (a last bracket the asker speaks in)

Every step after reads the question as typed, so a greeting left in front of it reached some as words of the
question ("nothing in the knowledge matches 'hey'", "no entry for 'cyberbot'") or kept a command from being one
("hey cyberbot, quotes rutte"). Tried only on text whose first letter is a greeting's, the bot's or a lead's, or that
names the bot.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .coverage_asks import as_anything_on

_GREETING = r"(?:hey|hi|hello|hiya|heya|yo|oi|dear|good (?:morning|afternoon|evening|day)|morning|gm|greetings)"
_COMPANY = r"(?: there| all| everyone| everybody| folks| guys| team| again| y['\u2019 ]?all| you all| people| friends| both)"  # whom else the greeting greets: "hello there"
#: The bot called by name first, greeted or not: "hey cyberbot,", "@cyberbot:", "bot -".
_CALLED = lazy_pattern(rf"^\s*(?:{_GREETING}{_COMPANY}?[\s,!.]*@?(?:cyber ?bot|bot)\b|@?cyber ?bot\b|@?bot(?=\s*[,:;!\-\u2013\u2014]))[\s,:;!.\-\u2013\u2014]*",
                       re.IGNORECASE)  # a bare "bot" only with a mark after it: "bot, when was ...", never "bot says ..."
#: A greeting alone first: "hey, when was ...", "hi! who ...", "hello there - ...".
_GREETED = lazy_pattern(rf"^\s*(?:{_GREETING}{_COMPANY}?(?:\s*[,!.:;\-\u2013\u2014]+|[ \t]*\n)|(?:hey|hi|hello|hiya|heya){_COMPANY}?\s)\s*(?=\S)",
                        re.IGNORECASE)  # a line of its own is marked off ("hi all" on one line); without a mark only "hey", "hi", "hello": "morning session of ..." is no greeting
#: A lead that only announces a question, then a mark: "quick q -", "question:", "one more q,", "sorry to bother you -".
_LEAD = lazy_pattern(r"^\s*(?:(?:please|pls|plz) )?(?:(?:a |one )?(?:quick|small|short|random|dumb|silly|stupid|simple|easy|another|last|follow ?up|final) (?:q|qn|question|one)|q|qn|question"
                     r"|one more(?: (?:q|question|thing))?|another one|sorry to bother(?: you)?|ok so|okay so|so"
                     r"|(?:very |super )?urgent(?:ly)?|asap|important|help|request|query|ask|fyi|psa|re|q ?\d{1,2}|question \d{1,2}"
                     r"|also|and also|plus|oh and|btw|by the way|next|lastly|finally|secondly|thirdly|one more thing|another thing"
                     r"|following up(?: on (?:this|that|the above))?|to follow up|circling back|just checking|context|for context|background"
                     r"|qq|hm+|hmm+|um+|uh+|erm|well|oh|ah|ok|okay|alright|right|sure|cool|great|nice|got it|thanks|thank you|thx|ty)\s*(?:[,:;\-\u2013\u2014!]+\s*)+(?=\S)"
                     r"|^\s*(?:ok|okay|alright|right) so\s+(?=\S)"  # "URGENT: ...", "Q3: ...", "ok so when was ..."
                     r"|^\s*(?:fwd?|fw|in english(?: please| pls| plz)?|english(?: please| pls| plz))\s*(?:[,:;\-\u2013\u2014!]+\s*)+(?=\S)"  # "Fwd: ...", "in english please: ..."
                     r"|^\s*\[[a-z][a-z ?!]{0,24}\]\s*(?:[,:;\-\u2013\u2014]+\s*)?(?=\S)|^\s*(?:/ask|/question|/q)\b[\s,:;]*(?=\S)", re.IGNORECASE)  # "[question] ...", "/ask ..."
#: What the asker says of themselves or of the question before asking it, dropped with the mark or "but" after it:
#: "i'm writing a piece on nato.", "quick question about nato:", "sorry if this is a dumb question but", "out of curiosity,".
#: An introduction is one sentence about the asker ("i am sure the pledge was in 2016." is a claim, kept).
#: What a question may be said to be about without naming anything: "nato", "nato cyber defence", "this".
_GENERAL = r"(?:(?:nato(?:['\u2019]?s)?|the|cyber|security|cybersecurity|defence|defense|alliance|history|policy|stuff|things|this|that|something|you|your|data|bot)\b ?){1,4}"
_PREAMBLE = lazy_pattern(
    r"^\s*(?:(?:hi|hello|hey)[\s,!.]+)?(?:(?:i ?['\u2019]?m|i am|we ?['\u2019]?re|we are) (?:writing|working|doing|preparing|researching|putting together|compiling|drafting"
    r"|building|making|studying|teaching|new|a |an |from|with|at|on|trying|looking)\b[^.!?]{0,120}[.!]+|my name is [^.!?]{1,60}[.!]+|this is [a-z]+ from [^.!?]{1,60}[.!]+"
    r"|(?:for )?(?:context|background)\s*:\s*[^.!?:]{1,120}[.!]+)\s+(?=\S)"  # "Context: writing a report. ..."
    rf"|^\s*(?:(?:a |one )?(?:quick|small|short|random|dumb|silly|stupid|simple|basic) )?(?:q|qn|question) (?:about|on|re|regarding) {_GENERAL}\s*[,:;\-\u2013\u2014]+\s*(?=\S)"
    r"|^\s*(?:sorry (?:if this is|for) (?:a |the |such a )?(?:dumb|silly|stupid|basic|naive|noob|obvious) (?:question|q)|(?:this|it) (?:may|might|could) be (?:a )?(?:dumb|silly|stupid|basic|naive|obvious) (?:question|q)"
    r"|(?:dumb|silly|stupid|basic|random|naive|noob|obvious) (?:question|q)|not sure (?:if )?you (?:know|can answer) (?:this|that)|just curious|out of curiosity)(?: but)?\s*[,:;\-\u2013\u2014]*\s*(?=\S)",
    re.IGNORECASE)
#: A sign-off after the question, with no mark before it: "... thanks!", "... pls", "... thank you so much".
_SIGN_OFF = lazy_pattern(r"(?<=\S)[\s,.;:\-\u2013\u2014]+(?:(?:many |big )?thanks|thank you|thank u|thankyou|thx|thnx|tnx|ty|tysm|tia|cheers|ta|pls|plz|please|much appreciated"
                         r"|appreciate it)(?: (?:a lot|a ton|so much|very much|in advance|again|mate|team|all|guys|folks|bot|cyberbot))?[\s!.:)]*$", re.IGNORECASE)
#: A signature after the question, on a line of its own or after a long dash: "⏎-- Anna", " — Anna K.", "⏎Anna (comms)".
_SIGNATURE = lazy_pattern(r"(?:\n\s*(?:[-\u2013\u2014~]{1,2}\s*)?|\s+(?:--|\u2013|\u2014)\s*)(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2})(?: \([^()\n]{1,30}\))?\s*$")
#: Words that make a bracket the asker's own aside: the asker speaking, laughing, hedging or saying why they ask
#: ("(asking for a friend)", "(no rush)", "(lol)"); what a bracket says of the question is kept ("(the 2024 one)").
_ASKER_WORDS = frozenset("i im i'm i’m ive i've me my we we're our us lol lmao haha rofl obviously ofc tbh imo iirc afaik jk "
                        "asking curious curiosity rush hurry homework sorry thanks thx pls please asap x-post xpost crosspost cross-post "
                        "cross-posted cross-posting crossposted repost reposted reposting forwarded".split())
#: The last bracket of a message, or the first: "events 2024 (asking for a friend)", "(x-post from #general) when was ...".
_LAST_BRACKET = lazy_pattern(r"\s*\((?P<words>[^()\"“”]*)\)(?P<end>\s*[?!.]*)\s*$")
_FIRST_BRACKET = lazy_pattern(r"^\s*\((?P<words>[^()\"“”]*)\)[\s,:;\-\u2013\u2014]*(?=\S)")
#: People copied in, last, typed as plain words (a platform's own mentions are ``chat_marks``'): "... cc @anna", "... fyi @bob @eve".
_COPIED_IN = lazy_pattern(r"(?<=\S)[\s,]+(?:(?:cc|fyi|ping)\s*:?\s*)(?:@[\w.\-]+[\s,]*)+[.!]*\s*$", re.IGNORECASE)
#: Hashtags last: "... #nato #cyber" (a tag for the channel, not a word of the question).
_HASHTAGS = lazy_pattern(r"(?<=\S)(?:\s+#[A-Za-z][\w\-]*)+(?P<end>\s*[?!.]*)\s*$")
#: A question's own opening after "ask" with no mark: "ask when was the tirana conference" (the CLI's words copied).
_ASK_FIRST = lazy_pattern(r"^\s*ask\s+(?=(?:who|whom|whose|what|whats|when|where|which|how|why|was|were|is|are|did|does|do|has|have|had)\b)", re.IGNORECASE)
#: What is left of a message that only thanked: "ok thanks a lot", "great, thanks!" (the thanks are answered whole).
_ONLY_THANKED = frozenset("ok okay great cool nice perfect awesome brilliant wow super amazing lovely excellent got it fab fantastic".split())
_SIGN_OFF_CUES = ("th", "ty", "tia", "cheers", "ta", "pl", "please", "appreciat", "tnx")
#: The bot called by name last: "..., bot?", "... cyberbot?".
_CALLED_LAST = lazy_pattern(r"(?:,\s*@?(?:cyber ?bot|bot)|\s+@?cyber ?bot)\s*(?P<end>[?!.]*)\s*$", re.IGNORECASE)  # not "are you a bot?"
#: Words that wrap a question put to the bot or to the room: "can you tell me", "do you know", "i was wondering",
#: "does anyone know", with fillers before them ("so", "ok", "um"); "tell me about ..." is a request of its own; "pls"
#: before anything ("pls sources tirana"). Fillers alone only before a question's opening word ("so the tirana
#: conference was in november?" is a claim, ``claims``).
_FILLER = r"(?:ok(?:ay)?|so|right|well|alright|hm+|um+|uh+|btw|also|oh|pls|plz|please)[\s,]+"
_WRAPPING = (r"(?:(?:can|could|would) (?:you|u|someone|anyone|somebody|anybody) (?:please |pls |plz )?(?:tell|remind) me|(?:do|did) (?:you|u) (?:happen to )?know|(?:does|do) (?:anyone|anybody|someone|somebody|any1) (?:here )?know|(?:anyone|anybody|any1) know"
             r"|i (?:was|am|m) wondering|i wonder|i(?: d| would) like to know|i want to know|(?:(?:i|we)(?: just| really| urgently)? |just )?need to (?:know|find out|check|confirm)|any idea)")
#: "tell me" alone: dropped before a question's opening word, else read as the request it is ("tell me X's job").
_TELLING = r"(?:tell|remind) me"
_OPENING = r"(?:who|whom|whose|what|whats|when|where|which|how|why|was|were|is|are|did|does|do|has|have|had)\b\W*\w+\W+\w"
_WRAPPED = lazy_pattern(rf"^\s*(?:pls|plz|please)[\s,:]+(?=\S)|^\s*(?:{_FILLER})*{_WRAPPING}[\s,:;\-\u2013\u2014]+(?!about\b)(?=\S+\s+\S)"
                        rf"|^\s*(?:{_FILLER})*{_TELLING}[\s,:;\-\u2013\u2014]+(?={_OPENING})|^\s*(?:{_FILLER})+(?={_OPENING})", re.IGNORECASE)
#: The room asked after the question: "... anyone know?", "..., any idea?", "... does anybody remember"; "anyone" alone
#: only after a mark ("did rutte meet anyone" asks of people met).
_ROOM_ASKED = lazy_pattern(r"(?:[\s,;:\-\u2013\u2014?!.]+(?:(?:does|do) )?(?:anyone|anybody|someone|somebody|any1|you guys|u guys)(?: here)? (?:know|knows|remember|recall)"
                           r"|[\s,;:\-\u2013\u2014?!.]+any (?:idea|ideas|clue|clues)|\s*[,;:\-\u2013\u2014?!.]\s*(?:any )?(?:thoughts|views|input|pointers)|[,;:\-\u2013\u2014?!.]\s*(?:anyone|anybody|any1|idk|no idea))\W*$", re.IGNORECASE)
#: A chat particle typed last, after a space or a mark: "what did ollongren say lol", "events 2024 tbh", "... ? haha".
_PARTICLE = lazy_pattern(r"(?<=\S)\s*[,;:\-\u2013\u2014]*\s+(?:lol+|lmao|lmfao|rofl|ha(?:ha)+|he(?:he)+|tbh|ngl|fr|rn|smh|xd|imo|imho|tho"
                         r")[\s!.?]*$|,\s*(?:my )?(?:dear|dearie|love|luv|darling|pet|hun|hon)[\s!.?]*$", re.IGNORECASE)  # not in brackets: "(... lol)" is an aside; "..., dear?": whom it asks
_PARTICLE_CUES = ("lol", "lm", "rofl", "haha", "hehe", "tbh", "ngl", "fr", "rn", "smh", "xd", "imo", "tho", "dear", "love", "luv", "darling", "pet", "hun", "hon")
_ROOM_CUES = ("any", "one", "body", "know", "idea", "clue", "idk", "member", "recall", "thought", "views", "input", "pointers")
_FIRST = frozenset("hygmdoc@bHYGMDOC")
_ROUNDS = 3  # greetings and the bot's name, one after another: "hey cyberbot, hello there, bot"
_LEAD_FIRST = frozenset("qsrdaoelfuihpvbntwcgQSRDAOELFUIHPVBNTWCG[/")
_PREAMBLE_FIRST = frozenset("hiwmtqasdrsnjobcfHIWMTQASDRSNJOBCF")
_WRAPPED_FIRST = frozenset("oOsSrRwWaAhHuUbBcCdDiItTpPnNjJ")


def without_address(text: str) -> str:
    """``text`` as typed without the greeting, the bot's name, a lead or a sign-off around the question ("" when that is
    all it is)."""
    for _ in range(_ROUNDS):  # "hi all, bot - how many ...": greeted, then called
        if text.lstrip()[:1] not in _FIRST or (called := _CALLED.match(text) or _GREETED.match(text)) is None:
            break
        text = text[called.end():]
    if not text.strip():
        return ""
    if text.lstrip()[:1] in _PREAMBLE_FIRST and (preamble := _PREAMBLE.match(text)) is not None and not _names_a_thing(preamble[0]):
        text = text[preamble.end():]  # "hi, i'm writing a piece on nato. quotes rutte"
    if text.lstrip()[:1] in _LEAD_FIRST and (lead := _LEAD.match(text)) is not None:
        text = text[lead.end():]
    if text.lstrip()[:1] in "aA" and (ask := _ASK_FIRST.match(text)) is not None:
        text = text[ask.end():]
    if text.lstrip()[:1] == "(" and (bracket := _FIRST_BRACKET.match(text)) is not None \
            and spoken_by_asker(bracket["words"]):
        text = text[bracket.end():]  # "(x-post from #general) when was ..."
    if "@" in text[-40:] and (copied := _COPIED_IN.search(text)) is not None:
        text = text[:copied.start()]  # "when was tirana? cc @anna"
    if "#" in text and (tags := _HASHTAGS.search(text)) is not None and len(text[:tags.start()].split()) > 1:
        text = text[:tags.start()] + tags["end"]  # "what did the sg say about china #nato"
    if text.rstrip()[-1:] in ")?!." and ")" in text[-6:] and (bracket := _LAST_BRACKET.search(text)) is not None and bracket.start() \
            and spoken_by_asker(bracket["words"]):
        text = text[:bracket.start()] + bracket["end"]  # "events 2024 (asking for a friend)"
    text = as_anything_on(text)  # "do you know anything about the nicc", "how much do you have on rutte": what is held on it
    if text.lstrip()[:1] in _WRAPPED_FIRST and (wrapped := _WRAPPED.match(text)) is not None:
        text = as_anything_on(text[wrapped.end():])  # "pls how far back does the data go": asked once unwrapped too
    if _tail_holds(text, 10, _PARTICLE_CUES) and (particle := _PARTICLE.search(text)) is not None and particle.start():
        text = text[:particle.start()] + ("?" if "?" in particle[0] else "")  # "who hosted rome? lol": who hosted rome?
    if _tail_holds(text, 24, _ROOM_CUES) and (asked_room := _ROOM_ASKED.search(text)) is not None:
        text = text[:asked_room.start()] + "?"  # "who hosted rome anyone know?": who hosted rome?
    if "bot" in text[-8:].lower() and (last := _CALLED_LAST.search(text)) is not None:
        text = text[:last.start()] + last["end"]
    if ("\n" in text or "-" in text or "\u2013" in text or "\u2014" in text) and (signed := _SIGNATURE.search(text)) is not None and _signs(text, signed):
        text = text[:signed.start()]  # "when was the tirana conference?⏎-- Anna": who asks, not what
    if _tail_holds(text, 22, _SIGN_OFF_CUES) and (thanked := _SIGN_OFF.search(text)) is not None:
        asked = text[:thanked.start()]
        if asked.strip(" ,.!").lower() not in _ONLY_THANKED:
            text = asked
    return text


def _tail_holds(text: str, size: int, cues: tuple[str, ...]) -> bool:
    """Whether the last ``size`` characters of ``text``, lowercased once, hold one of ``cues``."""
    tail = text[-size:].lower()
    return any(cue in tail for cue in cues)


#: Words of a preamble that name what the question is about: "i am preparing a note on the rome pledge conference.
#: what were the dates?" asks of that conference, so its preamble stays.
_THING_WORDS = frozenset("conference conferences conf summit summits pledge pledges meeting speech speeches article articles quote quotes "
                         "op ed oped centre center nicc exercise attack ddos communique declaration keynote".split())


def _names_a_thing(preamble: str) -> bool:
    """Whether ``preamble`` names a gathering, a text or a name (a capitalised word past its first, but "I" and "NATO")."""
    words = preamble.replace("'", " ").replace("\u2019", " ").split()
    return any(w.strip(".,!:;-").lower() in _THING_WORDS or (n and w[:1].isupper() and w.strip(".,!:;-") not in ("I", "NATO", "Nato"))
               for n, w in enumerate(words))


def _signs(text: str, signed: re.Match) -> bool:
    """Whether the words ``_SIGNATURE`` found sign the message: no place ("... -- Tirana"), nor the last item of a list
    of lines ("⏎- Rome⏎- Berlin"), and a question before them."""
    from .places import PLACES  # here: the gazetteer only where a message ends in a name

    asked = text[:signed.start()].strip()
    listed = sum(1 for line in text.splitlines() if line.lstrip()[:1] in "-\u2013\u2014\u2022*") > 1
    return len(asked.split()) >= _ASKED_LEAST and not listed and signed["name"].lower().rstrip(".") not in PLACES


_ASKED_LEAST = 3  # words of a question before a signature


def spoken_by_asker(words: str) -> bool:
    """Whether a bracket's ``words`` are the asker's own aside ("asking for a friend", "lol", "no rush")."""
    return not _ASKER_WORDS.isdisjoint(w.strip(".,!?;:-").lower() for w in words.split())
