"""Asides in a message that are about the asker, not the question: dropped from the text as typed, before anything reads it.

    "which country hosted tirana (I mean obviously, but want it confirmed lol)" -> "which country hosted tirana"
    "how long ago was the warsaw pledge now? 10 yrs??"                           -> "how long ago was the warsaw pledge now?"
    "give me all the rutte quotes you've got"                                   -> "give me all the rutte quotes"
    "Q3: list all the summits"                                                  -> "list all the summits"
    "How long ago, to the day, did he speak in Rome?"                           -> "How long ago did he speak in Rome?"
    "what's saceur lol nvm - who hosted berlin"                                 -> "who hosted berlin" (``retractions``)
    "when was nato website attacked and people cannot open it"                 -> "when was nato website attacked" (``told_effects``)
    "are the two rome quotes (contested space / recommit) safe?"                -> "are the two rome quotes safe?" (``listing_parens``)
    "is that quote confirmed anywhere official, like the romanian mfa?"         -> "is that quote confirmed anywhere official?"
    "were partner countries like us also invited to the hague?"                -> "were partner countries invited to the hague?"
    "did rutte also speak in tirana?"                                           -> "did rutte speak in tirana?"
    "which industry players took part in Berlin according to the Lithuanian ministry?" -> "which industry players took part in Berlin?"
    "who heads the NICC, and what is their rank?"                -> "who heads the NICC?" (the head's post comes with them)
    "geoana was secretary general, not just deputy, wasn't he?"  -> "geoana was secretary general, wasn't he?"

A bracket the asker speaks in (I, my, we, lol), or one saying what is not meant ("(not the pledge one)"), holds no part of the question; a trailing guess at a span of time
("exactly two years?") is the asker's guess, which the answer settles; a sentence after the question in which
the asker says what they have ("I have 2022 and 2024.", "my notes cover Rome") names nothing asked; "you've got" after "all", "every" or "any"
only says where to look. Quoted words are never touched. Pure, no knowledge read.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .asked_memo import text_memo
from .addressing import spoken_by_asker
from .anecdotes import without_anecdotes
from .gathering_then import at_which_gathering
from .asker_after import without_asker_after
from .listing_parens import without_listing_parens
from .quoted import quoted_spans
from .recalled_line import with_recalled_line
from .retractions import without_retracted
from .told_effects import without_told_effect
from .worded_asks import opening_words_asked

#: A claim's aside of what it goes beyond, between commas or before the end: ", not just deputy,", ", not only a minister?".
_NOT_JUST = lazy_pattern(r"\s*,\s*not (?:just|only|merely|simply)\b[^,?!.;]*?(?=\s*,|\s*[?!.]*\s*$)", flags=re.IGNORECASE)
_BRACKET = lazy_pattern(r"\s*\(([^()\"“”]*)\)")
#: A bracket right after someone the asker knows describes them: "my neighbour Doug (retired RAF, knows everything)".
#: How far before a bracket "my neighbour Doug" is looked for: only just before it, so a long message costs no more.
_OF_ASKERS_REACH = 80
_OF_ASKERS = lazy_pattern(r"\b(?:my|our) (?:late |old |dear )?(?:neighbou?r|husband|wife|son|daughter|grandson|granddaughter|brother|sister|cousin|friend|nephew|niece|"
                          r"(?:son|daughter|brother|sister)[- ]in[- ]law|mum|dad|mother|father|uncle|aunt|colleague|boss)(?: [A-Z][a-z]+)?$", flags=re.IGNORECASE)
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple(?: of)?)"
#: A last clause that only guesses how long ago: "10 yrs??", ", exactly two years?", "- like a decade ago?".
_GUESSED_SPAN = lazy_pattern(
    r"(?<=[?.!,;:])\s*(?:[-\u2013\u2014]+\s*)?(?:(?:is it|was it|so|like|maybe|about|around|roughly|exactly|precisely|nearly|almost|over|"
    rf"more than|less than|already|just|only)\s+)*{_NUMBER}\s*(?:years?|yrs?|months?|weeks?|days?|decades?|decade)"
    r"(?:\s+(?:ago|now|already|or so|or more|or less|back|then))*\s*[?!.]*\s*$", flags=re.IGNORECASE)
#: Words that make a question ask how long ago (or when), so a trailing span of time is a guess at its answer.
_ASKS_SPAN = lazy_pattern(r"\b(?:how long|ago|how many (?:years|months)|when)\b", flags=re.IGNORECASE)
#: How precise a span of time should be, or where it is counted from, said between commas or at the end: "how long ago, to the day, did ...",
#: "how many years ago, counting from today, was ...".
_TO_THE_DAY = lazy_pattern(r"\s*[,(\u2013\u2014-]\s*(?:(?:exactly|precisely|counted|down|right) )?(?:to the (?:very |exact |nearest )?(?:day|week|month|year)|in (?:exact|precise) (?:days|terms)"
                           r"|(?:counting |counted |reckoning |measured |calculated )?(?:from|as of) (?:today(?:'s|’s)? date|today|now|the present day))"
                           r"(?:\s*[,)\u2013\u2014-]|(?=\s*[?!.]*\s*$))", flags=re.IGNORECASE)
#: "all the quotes you've got", "every conference you know of": where to look, not what is asked.
_YOU_HAVE = lazy_pattern(
    r"(?P<keep>\b(?:all|every|any|everything|each)\b.*?)\s+(?:that |which )?(?:you(?:'ve|’ve| have)?(?: got)?|u got|ya got|you know of|you can find|you hold)"
    r"(?P<end>\s*[?!.]*)\s*$", flags=re.IGNORECASE)


#: Sentences after the question in which the asker speaks of what they have or want: "… in between? I have 2022 and 2024."
_ASKER_AFTER = lazy_pattern(r"(?<=\?)\s+(?:(?:i|we)(?:\s+(?:only|already|also))?\s+(?:have|had|know\s+of)|(?:i|we)(?:'ve|’ve|\s+have)\s+got|(?:my|our)\s+(?:notes|timeline|list|chart|draft|files?)\s+(?:have|has|cover|covers|list|lists|show|shows|include|includes))\b"
                            r"(?![^?]*\b(?:quote|quotes|words|wording|sentence|line|says|say|said)\b)[^?\"“”‘]*$", flags=re.IGNORECASE)


#: A newsroom desk wanting something, before what it wants: "photo desk wants rutte on stage in tirana" (not a photo).
_DESK_WANTS = lazy_pattern(r"^\s*(?:(?:the|our|my)\s+)?(?:photo|picture|pic|copy|news|foreign|sports|graphics|web|social|subs|night|city|business|features?)"
                           r"\s+(?:desk|editors?|team)\s+(?:wants|want|needs|need|asks|asked|is asking|would like|d like)(?:\s+to\s+(?:know|check|run|use))?"
                           r"(?:\s+(?:if|whether|that))?\s+", flags=re.IGNORECASE)


#: A quiz card's label before the question: "Q:", "Q3.", "Round 2 Q4:", "Bonus -", "Tiebreaker:".
_CARD_LABEL = lazy_pattern(r"^\s*(?:(?:round|question|q|bonus|tie ?breaker|tie-breaker|final|quiz|part|level)\s*\d{0,2}[a-z]?\s*)+(?:[.:)]|\s[-\u2013\u2014]+)\s*(?=\S)",
                           flags=re.IGNORECASE)

#: What the asker will do with the answer, last: "..., so i can pick one for the board", "so that my class can use it".
_PURPOSE = lazy_pattern(r"\s*,?\s+so\s+(?:that\s+)?(?:i|we|my\s+\w+|our\s+\w+|the\s+(?:kids|students|class|pupils))(?:'ll|’ll)?\s+(?:can|could|may|might|will|would|need to|have to)?\s*"
                      r"(?:pick|choose|select|use|put|add|print|show|include|make|build|write|prepare|set|cite|quote|give|hand|teach|check|mark|copy|plan|fill|finish)\b[^?\"“”]*(?P<end>[?!.]*)\s*$", flags=re.IGNORECASE)

_POSTS = r"(?:foreign|defen[cs]e|interior|home|digital|economy|economic|finance|justice|prime|deputy|armed forces|cyber|security|foreign affairs|internal affairs)"
#: A last clause offering the asker's guesses at a post: ", foreign or defence?", "- was it defence or foreign affairs?".
_GUESSED_POST = lazy_pattern(rf"(?:(?<=[?.!,;:])\s*(?:[-\u2013\u2014]+\s*)?|\s+[-\u2013\u2014]+\s*)(?:(?:was it|is it|was that|like)\s+)?(?:the\s+)?{_POSTS}(?:\s+(?:minister|ministry|secretary|office|portfolio))?"
                             rf"(?:\s*(?:,|or|/)\s*(?:the\s+)?{_POSTS}(?:\s+(?:minister|ministry|secretary|office|portfolio))?)+\s*[?!.]*\s*$", flags=re.IGNORECASE)
#: Words that make a question ask someone's post, so options after it are guesses at its answer.
_ASKS_POST = lazy_pattern(r"\b(?:job|role|title|post|position|portfolio|ministry|office|brief|which minister|what minister|what kind of minister)\b", flags=re.IGNORECASE)

#: "who heads the NICC, and what is their rank?", "who represented X and Y at Z, and what were their portfolios at the time?":
#: the posts of whoever is asked for, which the answer naming them gives.
_WHO_AND_POST = lazy_pattern(r"^(?P<ask>\W*who (?:heads|leads|runs|directs|commands|chairs|represented|spoke for|is in charge of|is (?:the )?(?:head|director|chief|commander|leader) of)\b[^?]+?)"
                             r"\s*,?\s+and what(?:'s|’s| is| was| are| were) (?:his|her|their|the person's|the person s) (?:ministerial |official |exact )?"
                             r"(?:ranks?|titles?|positions?|roles?|jobs?|nationality|background|grades?|portfolios?|posts?|offices?)(?: at the time| then| back then)?\s*\?", flags=re.IGNORECASE)


#: The asker telling the day before counting from it: "today is 9 november... so X started 4 years ago today?" (the bot knows today);
#: or before asking of that day of the year: "today is 9 november, four years from rome! which conference started on a 9 november?".
_TODAY_IS = lazy_pattern(r"^\s*(?:today is|it is|it s|it's|it’s|oggi (?:e|è)) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+|[a-z]+ \d{1,2}(?:st|nd|rd|th)?)(?: \d{4})?"
                         r"(?:,\s*[^.!?…]{1,60}?(?=[.!…]))?\s*[.…,;:!-]+\s*(?:so\s+)?"  # "..., exactly four years from rome!"
                         r"(?=.*\b(?:today|ago|this day)\b|.*\bon (?:a |the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-z]+)", re.IGNORECASE)  # or a day of the year asked


@text_memo  # pure; several steps of one question ask it of the same text
def drop_asides(text: str) -> str:
    """``text`` without the asker's asides (brackets spoken by the asker, a guessed span of time or post, "you've got", a
    quiz card's label, a desk's wish, what the asker will do with the answer, what came before "nvm": ``retractions``; the
    asker's own stories: ``anecdotes``; "done at a summit. which summit was that?": ``gathering_then``)."""
    text = _CARD_LABEL.sub("", with_recalled_line(opening_words_asked(without_retracted(at_which_gathering(without_anecdotes(text))))), count=1)  # "how did X open Y? his first line, pls"
    if text.lstrip()[:5].lower() in ("today", "it is", "it s ", "it's ", "it’s ", "oggi ") and (day := _TODAY_IS.match(text)):
        text = text[day.end():]
    if " and what" in text and (asked := _WHO_AND_POST.match(text)):
        text = asked["ask"] + "?" + text[asked.end():]  # "who heads the NICC, and what is their rank?": who heads it
    if ("desk" in text or "edit" in text or "team" in text) and (desk := _DESK_WANTS.match(text)):
        text = text[desk.end():]
    if "(" in text:
        text = without_listing_parens(text)  # "the two rome quotes (contested space / recommit)": the plural names them
        quoted = " ".join(quoted_spans(text))  # "who said 'we are in this (all of us) together'": the words asked about
        text = _BRACKET.sub(lambda m: "" if (_aside(m, text) or _OF_ASKERS.search(text, max(0, m.start() - _OF_ASKERS_REACH), m.start()))
                            and m[1] not in quoted else m[0], text)
    if (guess := _GUESSED_SPAN.search(text)) and guess.start() > 0 and _ASKS_SPAN.search(text[: guess.start()]):
        text = text[: guess.start()]  # "how long ago was X, 10 yrs??" (not "X, is it 12 yrs ago now?": a claim to check)
    if " or " in text and (options := _GUESSED_POST.search(text)) and _ASKS_POST.search(text[: options.start()]):
        text = text[: options.start()]  # "what was the dutch minister's job at the hague, foreign or defence?": the answer says which
    if ("to the " in (low := text.lower()) or "today" in low or " now" in low) and _ASKS_SPAN.search(text):
        text = _TO_THE_DAY.sub("", text)  # "how long ago, to the day, did stoltenberg speak in rome": how long ago, counted in days
    if "?" in text and (after := _ASKER_AFTER.search(text)):
        text = text[: after.start()]  # "who hosted the 2023 one? I have 2022 and 2024 but not the year in between."
    if "?" in text:
        text = without_asker_after(text)  # "who wrote it? my glasses are in the other room"
    if " so " in text.lower() and (purpose := _PURPOSE.search(text)) and purpose.start() > 0:
        text = text[: purpose.start()] + purpose["end"]  # "list every rutte quote you have so i can pick one for the board"
    if " not " in text and (beyond := _NOT_JUST.search(text)):
        text = text[: beyond.start()] + text[beyond.end():]  # "geoana was secretary general, not just deputy, wasn't he?": the claim is secretary general
    if " like " in text or " such as " in text or " e.g" in text:
        text = _LIKE_US.sub("", _EXAMPLE_PLACE.sub(r"\g<where>", text))  # "confirmed anywhere official, like the romanian mfa?": anywhere
    if " also " in text and (also := _ALSO_ASKED.match(text)):
        text = text[: also.start("also")] + text[also.end("also") :]  # "were partners also invited": whether they were invited
    if ("according to" in (low := text.lower()) or " per " in low or "reported by" in low) and (body := _ACCORDING_TO_BODY.search(text)) and body.start() > 0:
        text = text[: body.start()] + body["end"]  # "which firms took part in berlin according to the lithuanian ministry?": its sources say
    if "you" in (low := text.lower()) or " u " in low or "ya " in low:
        text = _YOU_HAVE.sub(lambda m: m["keep"] + m["end"], text)
    text = without_told_effect(text)  # "when was nato website attacked and people cannot open it": the answer says so
    return text.strip() or text


#: "also" in a yes-or-no question only says the asker knows of others: "were partner countries also invited to the hague".
_ALSO_ASKED = lazy_pattern(r"^\W*(?:were|was|did|are|is|do|does|has|have|had) (?!there\b)(?:[^\s\"“”‘’']+ ){1,4}?(?P<also>also )(?!known\b)", re.IGNORECASE)  # never inside quotation marks
#: The asker counting themselves among those asked about: "were partner countries like us (also) invited": partners.
_LIKE_US = lazy_pattern(r"(?<=\w),?\s+(?:like|such as)\s+(?:us|ours|me|mine|my country|our country|my government|our government)\b(?:\s+also\b)?,?", re.IGNORECASE)
#: A body the asker names as the source, last: "... according to the Lithuanian ministry?", "... per NATO's press release".
#: Its adjective names no place asked ("lithuanian"); the answer gives its own sources. Not an article or a note: a claim.
_ACCORDING_TO_BODY = lazy_pattern(r"\s*,?\s+(?:according to|as reported by|per) (?:the |a |an )?(?:[A-Za-z’']+\s+){0,3}?"
                                  r"(?:ministry|ministries|mod|mfa|government|officials?|foreign office|nato|alliance|press release|release"
                                  r"|communiqu[eé]|statement|website|secretariat|delegation)(?:'s|’s)?(?:\s+(?:of|for)\s+[A-Za-z]+(?:\s+(?:of\s+)?[A-Za-z]+)?)?"
                                  r"(?P<end>\s*[?!.]*)\s*$", re.IGNORECASE)


#: An example the asker gives of where to look, after "anywhere" or "any source": no part of what is asked.
_EXAMPLE_PLACE = lazy_pattern(r"(?P<where>\b(?:anywhere|somewhere|any(?: other)? (?:source|sources|site|outlet|official source))(?: official| officially| else)?)"
                              r",?\s+(?:like|such as|say|e\.?g\.?)\s+[^,?!.\"“”']{1,40}(?=[?!.]|$)", re.IGNORECASE)


def _aside(bracket: re.Match, text: str) -> bool:
    """A bracket the asker speaks in, or one inside the message that only says what is not meant ("the 2024 conference
    (not the pledge one) - where?": the question goes on after it; a last bracket may be what the message ends on)."""
    not_meant = bracket[1].lstrip().lower().startswith("not ") and bool(text[bracket.end():].strip(" ?!."))
    return spoken_by_asker(bracket[1]) or not_meant
