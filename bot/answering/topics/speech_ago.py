"""How long ago someone spoke at a gathering, asked of a person who did not speak there: the person checked first.

    "how long ago did jake sullivan speak at the rome conference" -> There is nobody called “jake sullivan” in the
                                                                      knowledge. Speakers at … 2022: Jens Stoltenberg and …
    "how many years ago did pat mcfadden speak at the rome conf"   -> Pat McFadden is not among the speakers recorded at …;
                                                                      Pat McFadden spoke at NATO Cyber Defence Conference 2024 …
    "how long ago did stoltenberg speak at the rome conference"    -> None: he spoke there; the routes count the years

``rephrasing`` asks these as "how long ago was <the gathering>", which drops the person, so without this the gathering's
age was the answer whoever was named. The person is checked as "did <person> speak at <gathering>" is
(``unknown_attendee``, ``absent_speaker``). A question without " ago" pays one substring test.
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from ..lookup import Lookup
from ..rephrasing import AGO_SPOKE
from ..search import normalize
from ..understanding import understand
from .absent_speaker import answer_absent_speaker
from .unknown_attendee import answer_unknown_attendee

#: Who may stand before "speak" without naming one person: the steps for roles and pronouns read those.
_NOT_ONE_PERSON = frozenset("he she they it nato the allies someone somebody anyone anybody who".split())


def answer_speech_ago(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The correction for "how long ago did <person> speak at <gathering>" when the person did not speak there, or None."""
    if " ago" not in text or (spoke := AGO_SPOKE.match(normalize(text))) is None:
        return None
    who = spoke["who"].strip()
    if not who or not _NOT_ONE_PERSON.isdisjoint(who.split()):
        return None
    asked = f"did {who} speak at {spoke['event']}"
    reply = answer_unknown_attendee(lookup, asked, today) or answer_absent_speaker(lookup, asked, understand(lookup, asked, today), today)
    return reply if reply is not None and (reply.kind == "not_found" or " is not among the speakers" in reply.title) else None
