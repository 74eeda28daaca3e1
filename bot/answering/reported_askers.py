"""Who else is asking, in front of a question: "my professor asks me ...", "my editor wants to know ...".

A student or a reporter passes on someone else's question. The words that say who asks are
no part of what is asked, so a lead of them is chatter, like a greeting:

    "my professor ask me in which city was the 2022 pledge conference" -> lead "my professor ask me"
    "my supervisor wants to know who hosted the rome conference"       -> lead "my supervisor wants to know"
    "my prof is asking which year was the first pledge conference"     -> lead "my prof is asking"
    "did stoltenberg ask nato in 2016"                                 -> no lead (no one of the asker's own)

Pure; ``question_text.strip_chatter`` asks ``reports_asker`` of the words before a question word.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_ASKER = lazy_pattern(
    r"(?:(?:so|and|also|ok|okay|now|today|again|hi|hello|hey) )*(?:my|our|a) (?:\S+ ){0,2}?(?:\S+) "
    r"(?:ask|asks|asked|is asking|was asking|keeps asking|has asked|wants to know|wanted to know|want to know|would like to know"
    r"|needs to know|need to know|wonders|wondered|asking)(?: (?:me|us|it|this|that|the class|the following))?(?: again)?"
)


def reports_asker(lead: str) -> bool:
    """Whether ``lead`` (the words before a question word) only says who asks: "my professor ask me"."""
    return _ASKER.fullmatch(lead.strip()) is not None
