"""Two things claimed to be one, put as the comparison that asks it:

    "the annual conference and the pledge conference are the same thing" -> "are the annual conference and the pledge conference the same thing"
    "the nicc and the vcisc are basically the same"                        -> "are the nicc and the vcisc the same"

A claim of this shape names two entries, so checking it as a claim about the first would answer with one of them
(before: "Yes: Virtual Cyber Incident Support Capability dates from 2023" to "the nicc and the vcisc are the same thing,
no?"); asked as a comparison, the two are set side by side (``topics.comparisons``) or told apart as two series
(``topics.series_tables``). Pure; used by ``claims.as_claim`` on the claim it has read.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: "<a> and <b> are (really) the same (thing)", "... are one and the same", "... are identical".
_SAME_THING = lazy_pattern(r"^(?P<both>\S.* and \S.*) (?:are|were) (?:really |actually |basically |just |essentially )?(?:the same|one and the same|identical)(?P<rest>(?: \S+)?)$")


def same_asked(claim: str) -> str | None:
    """``claim`` (normalised, untagged) put as "are <a> and <b> the same ...", or None for any other claim."""
    same = _SAME_THING.match(claim) if " same" in claim or " identical" in claim else None
    return f"are {same['both']} the same{same['rest']}" if same else None
