"""Words that ask for the shape of an answer, not for what it is about: dropped with the chatter after a question.

    "what happened in 2024? events only, one line each"   -> "what happened in 2024"
    "what did nato agree on cyber, as a timeline"         -> "what did nato agree on cyber"
    "summarise the nicc in two paragraphs, keep it short" -> "what is the nicc"
    "every rutte quote you have, bullets"                 -> "every rutte quote you have"
    "stoltenberg's recommit line, copy-paste ready"       -> "stoltenberg's recommit line"
    "is stoltenberg still running nato? yes or no"      -> "is stoltenberg still the nato secretary general"
    "tl;dr when was the hague pledge thing"               -> "when was the hague pledge thing"  (``LEADING_SHAPE``)

The bot's replies are already one line per item and chat-sized, so these words ask for nothing it would do
otherwise. ``ANSWER_SHAPE`` is a regex fragment, joined into ``question_text``'s trailing chatter; ``LEADING_SHAPE``
the same asks put before the question ("tl;dr", "short answer:", "one line:"), joined into its leading chatter.
"""

from __future__ import annotations

_LINE = r"(?:line|sentence|bullet|row|para|paragraph)"
_EACH = r"(?:each|per (?:item|event|entry|one|conference|summit)|apiece|for each(?: one)?)"
_LISTED = r"(?:timeline|list|table|bullet list|bulleted list|short list|one pager|one liner|few bullets)"

_EXACTLY = r"(?:(?:full|exact|correct|official|proper|current) )?"
_NAME_AND_TITLE = (rf"(?:(?:their|his|her|the) )?{_EXACTLY}(?:name|spelling)s?(?: and| &| plus| with| \+)? (?:(?:their|his|her|the) )?{_EXACTLY}"
                   r"(?:titles?|roles?|positions?|offices?|jobs?|job titles?|posts?)(?: (?:please|pls|plz))?")

ANSWER_SHAPE = (
    rf"(?:in )?(?:one|1|a|single) {_LINE}s? {_EACH}|(?:one|1) per (?:line|row|bullet)"  # "one line each", "one per line"
    rf"|(?:as|in) (?:a |an )?{_LISTED}"  # "as a timeline"
    rf"|(?:in )?(?:one|two|three|1|2|3|a couple of) (?:paras?|paragraphs|lines|sentences|bullets)"  # "in two lines"
    r"|(?:events?|conferences?|summits?|dates?|names?) only|(?:just|only) (?:the )?(?:events?|conferences?|summits?|names?)"  # "events only"
    r"|keep it (?:short|brief|tight)|short version"
    r"|(?:as |in )?(?:bullets|bullet points?|bullet list|bulleted|bullet form)(?: (?:pls|please|plz))?"  # "every rutte quote you have, bullets"
    r"|(?:(?:copy|cut) ?(?:and )?paste|paste|quote) ready|ready to (?:copy|paste|quote)(?: (?:and )?paste)?|(?:so i can|for me to|to) (?:copy|paste|quote)(?: (?:it|them))?"  # "copy-paste ready"
    rf"|{_NAME_AND_TITLE}"  # "the dutch cyber ambassador at the hague - name and title?": a person's card gives both
    r"|(?:(?:just|a|only) )?(?:yes or no|yes no|y or n|y n|y and n|y and|true or false)(?: (?:pls|please|plz|only|will do|is fine|is enough))?"  # "..., yes or no", "y/n"
    r"|(?:one|1|a single) (?:line|sentence|liner)(?: (?:max|only|pls|please|plz|answer|is fine|will do))?"  # "what did the wales summit add? one line"
)

#: The same asks before the question: "tl;dr when was ...", "short answer: who hosted ...", "one line pls - where ..."
#: (only before a question word: "one line from rutte on investment" asks for a quote).
LEADING_SHAPE = (
    r"(?:tl dr|tldr|tl drs?|short answer|quick answer|one liner|(?:in )?(?:one|1|a single) (?:line|sentence)|bullets|yes or no|yes no)"
    r"(?: (?:pls|please|plz|only|ok))?"
    r"(?= (?:who|whom|whose|what|when|where|which|how|did|does|do|is|was|were|are|has|can|could|list|give|show|name)\b)"  # not "one line from rutte": a quote
)
