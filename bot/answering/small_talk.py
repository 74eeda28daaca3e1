"""Small talk around a question: moods, weekdays, catching up, who the asker asks for. Dropped, never a subject.

    "ugh friday. ok so did rutte fly to tirana or was it a video thing?"  -> "it" is not "ugh friday"
    "hey bot, long time no see :) what was the title of the op-ed?"       -> "what was the title of the op-ed"
    "who spoke at the berlin conference? asking for my boss"             -> "who spoke at the berlin conference"

``SMALL_TALK`` is a regex fragment joined into ``question_text``'s leading chatter; ``is_small_talk`` tells a
clause that is only small talk (so a pronoun after it does not stand for it); ``ASKING_FOR`` is joined into the
trailing chatter. ``EMOTICON`` ends a clause as an emoji does (":)", ":-(", ";)", ":D").
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|week"
SMALL_TALK = (
    rf"(?:ugh|argh|meh|phew|whew|happy|finally|tgif|thank god it s|thank god its|another|long|busy|crazy|hectic|manic|rough|slow) (?:{_DAYS})"
    r"|tgif|long time no (?:see|talk|chat)|(?:hi|hey|hello|me|back|here) again|it s me again|me again"
    r"|(?:i )?hope (?:you re|you are|youre|u r|all is|everything is|everyone is|all s) (?:well|good|fine|ok|okay)(?: today)?"
    r"|how (?:are|r) (?:you|u|things)(?: doing| today)?|how s it going|how is it going|what s up|whats up|sup"
)
_WHOLE = lazy_pattern(rf"^(?:(?:hi|hey|hello|ok|okay|so|all|everyone|folks|team|bot|cyberbot|again|lol|haha) )*(?:{SMALL_TALK})(?: (?:all|everyone|folks|team|again|lol|haha))*$")

ASKING_FOR = (
    r"(?:i m |im |i am |just )?asking for (?:a |an |the |my |our )?(?:\S+ )?"
    r"(?:friend|colleague|boss|team|desk|office|unit|editor|minister|manager|director|department|ministry|chief|unit)"
)

EMOTICON = r"\s+(?:[:;=8x]-?[)(dDpP3/\\|\]\[]+|<3|\^\^|\^_\^)(?=\s|$)"
#: One emoji (a pictograph, a symbol, a dingbat): a mood, never a word of the question.
EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u3030\u303D\u3297\u3299]"


def is_small_talk(clause: str) -> bool:
    """Whether a normalised clause is only small talk: "ugh friday", "hey long time no see", "hope you re well"."""
    return bool(_WHOLE.match(clause))
