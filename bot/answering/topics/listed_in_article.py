"""Entries of one kind that an article names: the entries of that kind whose sources include that article.

    "capabilities listed in the 2016 op-ed"           -> the initiatives the op-ed is a source of (CTAC, MISP, ...)
    "which summits does the op-ed mention"            -> the summits it is a source of (Wales, Warsaw)
    "people named in the berlin article"              -> the people it is a source of
    "initiatives mentioned in the oslo article"       -> "I have no article about Oslo"

The article is the one seed source the question names (``article_scope``: its outlet, its event's place, "the op-ed").
A question about one entry ("does the op-ed mention cyber coalition") holds no plural kind word and is left to the
routes that check it. Tried only when a kind word, a listing word and an article word are all there.
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs
from ..places import places_in
from ..normalizing import normalize, word_set
from .article_scope import SCOPE_WORDS, _source_named, article_index

#: Plural kind words -> (the knowledge's collection, the kind of entry, or "" for any).
_KINDS = {
    "capabilities": ("initiatives", ""), "initiatives": ("initiatives", ""), "programmes": ("initiatives", ""), "programs": ("initiatives", ""),
    "bodies": ("initiatives", ""), "tools": ("initiatives", ""), "mechanisms": ("initiatives", ""), "teams": ("initiatives", "team"), "events": ("events", ""), "summits": ("events", "summit"),
    "conferences": ("events", "conference"), "attacks": ("events", "incident"), "incidents": ("events", "incident"),
    "exercises": ("events", "exercise"), "pledges": ("pledges", ""), "decisions": ("pledges", ""), "people": ("people", ""),
}
#: The kind asked for leads the question: "capabilities listed in ...", "which summits does ...", "list the nato teams in ...".
_KIND_ASKED = lazy_pattern(rf"^(?:(?:give me |show me )?(?:a |the )?(?:bullet |bulleted |numbered |short )?list of )?(?:(?:what|which|list|all|the|any|show|me|name) ){{0,3}}(?:\S+ ){{0,2}}({'|'.join(_KINDS)})\b")  # "which nato cyber capabilities"
_ARTICLE_STEMS = ("article", "piece", "op-ed", "op ed", "oped", "report", "story", "version")
_LISTING = frozenset("listed lists list mentioned mentions mention named names name cited cites cite covered covers cover according".split())
#: The writing named first: "in the op-ed, which capabilities nato has, according to stoltenberg".
_WRITING_FIRST = lazy_pattern(r"^(?:in|according to) (?:the |this |that |his |her )?(?:\S+ )?(?:op ed|oped|article|piece) ")
_NOUNS = {"capabilities": "capabilities", "tools": "tools", "mechanisms": "mechanisms", "programs": "programmes", "bodies": "bodies", "people": "people"}


def answer_listed_in_article(lookup: Lookup, typed: str) -> Reply | None:
    """The entries of the kind asked that the article named is a source of; None when the question is not one.
    ``typed``: the question as typed (put in one spelling, "which summits does the op-ed mention" is a quote question)."""
    lowered = typed.lower()
    if not any(stem in lowered for stem in _ARTICLE_STEMS):
        return None  # most questions: no article named, nothing normalised
    question = normalize(typed)
    words = word_set(question)
    kind_word = asked[1] if (asked := _KIND_ASKED.match(_WRITING_FIRST.sub("", question))) else None  # "which summits ...", "capabilities listed ..."
    if kind_word is None or (words.isdisjoint(_LISTING) and not _WRITING_FIRST.match(question)) or (words.isdisjoint(SCOPE_WORDS) and "op ed" not in question):
        return None
    source = _source_named(article_index(lookup), question)
    if source is None and (places := [p.name for _, p in places_in(question)]):  # "the oslo article": none is from there
        return Reply("not_found", f"I have no article about {places[0]}", suggestions=("sources",))
    if source is None:
        return None
    collection, kind = _KINDS[kind_word]
    found = [e for e in getattr(lookup.knowledge, collection).values()
             if source.id in getattr(e, "sources", ()) and (not kind or getattr(e, "kind", "") == kind)]
    label = source.title or source.id
    if not found:
        return Reply("not_found", f"No {_NOUNS.get(kind_word, kind_word)} in the knowledge cite “{label}”", suggestions=(f"sources {source.id}",))
    lines = tuple(Block("", style="item", heading=f"{e.name}" + (f" ({e.kind})" if getattr(e, "kind", "") else "")) for e in found)
    return Reply("list", f"{len(found)} {_NOUNS.get(kind_word, kind_word)} the knowledge draws from “{label}”", blocks=lines,
                 items=item_refs(found), sources=source_refs(lookup.knowledge, found), suggestions=(f"sources {source.id}",))
