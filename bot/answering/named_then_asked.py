"""A person named in a first short question and taken up by "he"/"she" in the second: the second asked of that person.

    "who's Mircea Geoana - was he the SG at the Hague conference?" -> "was Mircea Geoana the SG at the Hague conference?"
    "who is Ollongren? did she speak in Rome?"                    -> "did Ollongren speak in Rome?"
    "what about Rutte, did he speak at Berlin?"                   -> "did Rutte speak at Berlin?"
    "who is Rutte and when did he become SG?"                     -> unchanged (no yes/no question after the name)
    "the third pledge conference, was that the one that went online" -> "was the third pledge conference held online"
    "pledge conference of 2021 - where, and was it in person"  -> "where was pledge conference of 2021, and was it in person"
    "the hague conf who hosted it", "warsaw summit what did it decide" -> "who hosted the hague conf", "what did warsaw summit decide"
    "the nato websites attack, who was behind? i think was a russian group" -> "who was behind the nato websites attack"
    "stoltenberg spoke at a conference in helsinki, what year was that" -> "when did stoltenberg speak at a conference in helsinki"
    "jens stoltenberg when did he leave the job" (a description replaced by the name) -> "when did jens stoltenberg leave the job"
    "the dutch minister at the hague - defence or foreign affairs?" -> "who was the dutch minister at the hague" (``role_options``)
    "rutte says no one stands alone, where's that from"             -> "did rutte say no one stands alone" (``report_checks``)

Answered alone, the second question's pronoun names no one, and its role and event pick whoever held that role
there: a different person presented as the answer. The check it asks answers the first too (the claim's reply is
the person's card). Pure; a question without "he"/"she" pays one substring test.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .article_pronoun import writing_subject
from .premise_asked import asked_of_premise
from .report_checks import reported_source
from .role_options import choice_as_typed

_NAMED_THEN = lazy_pattern(
    r"^\s*(?:who\s*['’]?s|who\s+is|who\s+was|and\s+who\s+is|(?:(?:and|so|ok|but)\s+)?(?:what|how)\s+about)\s+(?P<name>[a-z][^,?.!;:\-–—]{1,40}?)\s*(?:\s[-–—]+|[,?:;]|\.(?=\s))\s*"
    r"(?P<aux>was|is|did|does|has|had)\s+(?:he|she)\b(?P<rest>.+)$", re.IGNORECASE)


#: A name alone before the question about "he"/"she": "and rutte, was he there?" -> "was rutte there?".
_NAME_LED = lazy_pattern(
    r"^\s*(?:(?:and|so|ok|but)\s+)?(?P<name>(?!(?:the|a|an|this|that|these|those|who|what|when|where|which|how|why|did|does|was|is|he|she|it"
    r"|and|so|ok|but|well|hmm|right|yes|yeah|no|sure|thanks|great|cool|wait|also|then|now)\b)[a-z]+(?: [a-z]+)?)\s*(?:\s[-–—]+|[,:;])\s*"
    r"(?P<aux>was|is|did|does|has|had)\s+(?:he|she)\b(?P<rest>.+)$", re.IGNORECASE)


#: A year set first ("in 2019, where did X meet, and was it ..."): when, not the thing "it" stands for.
_WHEN_LEAD = r"(?!(?:in|during|by|around|back in|since|as of)\s+(?:(?:early|late|mid)\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d\s*(?:[,:;]|\s[-–—]))"
#: A thing named first, then a yes/no question about "that" or "it": "the 2021 pledge conf - was it virtual?".
_THING_THEN = lazy_pattern(
    rf"^\s*(?P<name>{_WHEN_LEAD}(?!(?:who|whom|what|when|where|which|how|why|did|does|do|was|is|were|are|has|have|had|can|could|and|but|so|ok|okay|yes|no|thanks|thank|hi|hey|i|you|we|they|he|she|it|that|this|great|cool|nice|lol|please)\b)"
    r"[a-z][^,?.!;:\-–—]{2,60}?)\s*(?:\s[-–—]+|[,:;])\s*(?P<aux>was|is|were|did|does|has|have|can|could|will|would)\s+(?:that|it|this)\s+(?P<rest>[^?]+)\??$", re.IGNORECASE)
#: A claim, then whether it holds: "the warsaw summit was 7 june 2015, is that correct?" (the claim checks read it so).
_CLAIM_CHECKED = lazy_pattern(r"^[^,?.!;:]*?\b(?:was|were)\b[^,?.!;:]*[,;:]\s*is (?:that|it|this) (?:correct|right|true|accurate|so)\s*\??$", re.IGNORECASE)
#: A participle after "was" with its "it" left out, as Spanish and Italian speakers do: "the pledge, which day was issued".
_PARTICIPLE = r"(?:issued|agreed|signed|adopted|decided|launched|published|founded|created|established|announced|opened|organi[sz]ed|hosted|held|written|made|celebrated|reali[sz]ed|approved)\b"
#: A thing named first, then a wh-question about "it": "the cyber pledge itself, which day of the summit was it issued".
_THING_ASKED = lazy_pattern(
    rf"^\s*(?:(?:and|so|ok|okay|now|also)\s+)*(?P<name>{_WHEN_LEAD}(?!(?:who|whom|what|when|where|which|how|why|did|does|do|was|is|were|are|i|you|we|they|he|she|it|that|this|thanks|great)\b)"
    r"[a-z][^,?.!;:\-–—]{2,60}?)(?: itself)?\s*(?:\s[-–—]+|[,:;])\s*(?P<ask>(?:(?:in|at|on|from|by|during|since|until) )?(?:which|what|when|where|who|how)\b[^?]*?)(?<!\bit )(?<!\bhe )(?<!\bshe )(?<!\bthey )\b(?P<aux>was|is|were|did|does) "
    r"(?:(?:it|that)\b|(?=(?:" + _PARTICIPLE + r"|in (?:the |that |this )?(?:post|office|role|job|charge)\b)(?: exactly| precisely| then| first| normally| usually| generally| every year)?\s*\??\s*$))"
    r"(?P<rest>[^?]*)\??$", re.IGNORECASE)
#: Who was behind the thing named first, its object left out: "the nato websites attack, who was behind?".
_WHO_BEHIND = lazy_pattern(r"^\s*(?:(?:and|so|ok|okay)\s+)*(?P<name>(?!(?:who|what|when|where|which|how|i|you|we|it|that|this)\b)[a-z0-9][^,?.!;:\-–—]{2,60}?)\s*(?:\s[-–—]+|[,:;])\s*"
                           r"who (?P<aux>was|is|were) (?P<prep>behind|responsible)(?: for)?\s*\??(?P<rest>\s.*)?$", re.IGNORECASE)
#: What the thing named first has, its subject left out: "the pledge of 2016, which commitments has?".
_THING_HAS = lazy_pattern(r"^\s*(?:(?:and|so|ok|okay)\s+)*(?P<name>(?!(?:who|what|when|where|which|how|i|you|we|it|that|this)\b)[a-z0-9][^,?.!;:\-–—]{2,60}?)\s*(?:\s[-–—]+|[,:;])\s*"
                          r"(?P<ask>(?:which|what|how many) [a-z]+(?: (?!(?:he|she|they|it|i|we|you)\b)[a-z]+)?) (?P<have>has|have|had)(?: it| exactly| then)?(?P<when> (?:in|at|during|on) [^?,;]+?)?\s*\??$", re.IGNORECASE)
#: Where or when, asked of the thing alone: "and the next edition after berlin, where was it?".
_WHERE_OR_WHEN = lazy_pattern(r"^(?:where|when|(?:which|what) (?:exact )?(?:year|day|date|month|city|place|country))\s*$", re.IGNORECASE)
#: A bare "when" or "where" asked of the thing, then "and" a question about "it": "the 2021 pledge conference - where, and was it ...".
_BARE_WH_AND = lazy_pattern(r"^(?P<wh>when|where|when and where|where and when)\s*,?\s+and\s+$", re.IGNORECASE)
#: A thing named first and a wh-question about "it" typed straight after, with no mark between: "the ddos 2014 who did it",
#: "the hague conf who hosted it", "warsaw summit what did it decide".
_THING_UNMARKED = lazy_pattern(
    r"^\s*(?P<name>(?!(?:who|whom|what|when|where|which|how|why|did|does|do|was|is|were|are|i|you|we|they|he|she|it|that|this|and|n|so|ok|okay|since|tell|show|give|list|can|could|please|my|our)\b)"
    r"(?:(?!(?:who|whom|what|when|where|which|how|why|since)\b)[a-z0-9]+\s+){1,6}?)(?P<ask>(?:who|what|when|where|which|how)\b(?:\s+[a-z]+){1,3}?)\s+(?P<it>it|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )there)"
    r"(?P<rest>(?:\s+[a-z]+){0,2})\s*\??$", re.IGNORECASE)
#: "the one that went online", "the virtual one": held online.
_ONLINE_ONE = lazy_pattern(r"^(?:the|a) (?:one|edition|conference|event) (?:that|which) (?:went|was|were|got moved|moved|happened) (?:online|virtual)"
                           r"|^(?:the|an?) (?:online|virtual|remote) (?:one|edition|conference|event)|^(?:online|virtual)$", re.IGNORECASE)


def named_first(text: str) -> str:
    """``text`` with "who is X - was he ..." asked as "was X ...", "X, was that the virtual one" as "was X held online", else ``text``."""
    if (premised := asked_of_premise(text)) != text:  # "stoltenberg spoke at a conference in helsinki, what year was that"
        return premised
    if (reported := reported_source(text)) != text:  # "rutte says no one stands alone, where's that from": did he say it
        return reported
    if " or " in text and (chosen := choice_as_typed(text)) != text:
        return chosen  # "X - defence or foreign affairs?": who X was
    if (" that " in text or " it " in text) and (thing := _THING_THEN.match(text)) and len(thing["name"].split()) <= 8 \
            and not any(q in f" {thing['name']}" for q in ('"', "“", "”", "‘", " '")) and not _CLAIM_CHECKED.match(text):  # words quoted: the quote's own route
        rest = "held online" if _ONLINE_ONE.match(thing["rest"].strip()) else thing["rest"].strip()
        return f"{thing['aux'].lower()} {writing_subject(thing['name'].strip())} {rest}"  # "the op-ed has typos, is it ...": the op-ed
    if (" has" in text or " have" in text or " had" in text) and (has := _THING_HAS.match(text)):  # "the pledge of 2016, which commitments has?"
        return f"{has['ask']} {'did' if has['have'].lower() == 'had' else 'does'} {has['name'].strip()} have{has['when'] or ''}"
    if (" behind" in text or " responsible" in text) and (behind := _WHO_BEHIND.match(text)):  # "the 2014 ddos, who was behind?"
        return f"who {behind['aux'].lower()} {behind['prep'].lower()}{' for' if behind['prep'].lower() == 'responsible' else ''} {behind['name'].strip()}"
    if (" it" in text or " that" in text or " was " in text or " were " in text or " is " in text) and (thing := _THING_ASKED.match(text)) and len(thing["name"].split()) <= 6 \
            and (thing["rest"].strip() or _WHERE_OR_WHEN.match(thing["ask"])) and not thing["rest"].strip().lower().startswith(("that ", "who ", "which ")) \
            and not any(q in f" {thing['name']}" for q in ('"', "“", "”", "‘", " '")):
        if bare := _BARE_WH_AND.match(thing["ask"]):  # "X - where, and was it in person": where was X, and was it ...
            return f"{bare['wh'].lower()} was {thing['name'].strip()}, and {thing['aux'].lower()} it{thing['rest']}"
        return f"{thing['ask']}{thing['aux'].lower()} {thing['name'].strip()} {thing['rest'].strip()}".rstrip()
    if (" it" in text or " there" in text) and (thing := _THING_UNMARKED.match(text)):  # "the hague conf who hosted it"
        return f"{thing['ask']} {'at ' if thing['it'].lower() == 'there' else ''}{thing['name'].strip()}{thing['rest']}"
    if " he " not in text and " she " not in text and " He " not in text and " She " not in text:
        return text
    if (named := _NAME_THEN_WH.match(text)) is not None:  # "jens stoltenberg when did he leave the job" (a described person named)
        return f"{named['wh']} {named['aux']} {named['name']} {named['rest']}"
    match = _NAMED_THEN.match(text) or _NAME_LED.match(text)
    if match is None or len(match["name"].split()) > 4:
        return text
    return f"{match['aux']} {match['name'].strip()}{match['rest']}"


#: A name put in front of a wh-question about "he"/"she", as the description of a person is replaced by their name:
#: "and his predecessor - when did he leave the job" -> "jens stoltenberg when did he leave the job".
_NAME_THEN_WH = lazy_pattern(r"^(?:and |so )?(?P<name>(?!(?:the|a|an|this|that|who|what|when|where|which|how|why|and|so|did|does|was|is)\b)[a-z]+ [a-z]+)"
                             r" (?P<wh>when|where|why|how) (?P<aux>did|does|was|is|has) (?:he|she) (?P<rest>\S.*)$", re.IGNORECASE)
