"""A theme as a speechwriter names it, put in the words the quotes use: "big tech firms" -> companies, private sector.

    theme_groups("cyber spending")                       -> [("spending", "investment", "invest", "money", ...)]
    theme_groups("nobody is left on their own")          -> [("left",), ("alone", "solidarity", "unity", ...)]
    theme_groups("not buying network kit from authoritarian states")
                                                         -> [("buying",), ("network", "networks"), ("kit", "equipment", ...), ...]

Each word of the theme becomes a group of the words that say the same thing in the knowledge's wording; a
quote holds the group when it holds any of them. Words that only ask ("got a good line", "for the minister's
speech") are dropped. Pure data and one function: no knowledge read here.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .normalizing import normalize, tokens

#: Words people use for what the quotes say another way, each with the knowledge's words for it.
_SAME = {
    **dict.fromkeys("money funding funds financing finance budget budgets spending spend invest investing investment investments resources"
                    .split(), ("money", "investment", "invest", "investing", "spending", "funding")),
    **dict.fromkeys("solidarity unity united unite together alone".split(), ("solidarity", "unity", "together", "alone", "united")),
    **dict.fromkeys("firms firm companies company businesses business corporations industry industries tech".split(),
                    ("companies", "private", "industry", "microsoft", "amazon", "starlink")),
    **dict.fromkeys("daily everyday constantly constant continuous nonstop relentless".split(), ("every", "day", "daily")),
    **dict.fromkeys("grey gray blurred blurry murky ambiguous".split(), ("blurred", "contested")),
    **dict.fromkeys("kinetic conventional physical bombs missiles".split(), ("kinetic",)),
    **dict.fromkeys("kit hardware equipment vendors suppliers infrastructure gear".split(), ("equipment", "infrastructure", "backbone")),
    **dict.fromkeys("authoritarian autocratic autocracies autocrats dictatorships regimes".split(), ("authoritarian", "regimes")),
    **dict.fromkeys("moral morally immoral ethics ethical unethical".split(), ("immoral", "ethics", "unethical", "moral")),
    **dict.fromkeys("nuisance annoyance irritant".split(), ("nuisance",)),
    **dict.fromkeys("strategic strategically".split(), ("strategic",)),
    **dict.fromkeys("resilience resilient robust".split(), ("resilience", "resilient")),
    **dict.fromkeys("danger dangerous dangers harmful damaging destructive".split(), ("dangerous", "harmful", "damaging", "destructive")),
    **dict.fromkeys("spying espionage spies spy".split(), ("spy", "espionage")),
    **dict.fromkeys("beijing chinese china".split(), ("china", "beijing")),
    **dict.fromkeys("russian russia moscow kremlin".split(), ("russia",)),
    **dict.fromkeys("ukraine ukrainian kyiv kiev".split(), ("ukraine", "kiev", "kyiv")),
    **dict.fromkeys("gas oil energy".split(), ("energy",)),
}
#: Phrases said for one word of the knowledge's: "on their own" is alone, "putting more into" is investing.
_PHRASES = (
    (lazy_pattern(r"\bnobody\b|\bno body\b"), "no one"),
    (lazy_pattern(r"\bon (?:their|its|our|his|her|your|my) own\b"), "alone"),
    (lazy_pattern(r"\b(?:putting|put|puts|pouring|pour) (?:more |extra )?(?:money |resources )?into\b"), "investing"),
    (lazy_pattern(r"\b(?:stepping|step|stepped|ramping|ramp) up\b"), "investing"),
    (lazy_pattern(r"\bevery day\b|\ball the time\b|\bround the clock\b|\bday in day out\b"), "daily"),
    (lazy_pattern(r"\b(?:where|when) peace ends\b"), "blurred peace"),
    (lazy_pattern(r"\b5 g\b"), "5g"),
)
#: Words that ask for a line, or say what it is for, not what it is about.
FILLER = frozenset(
    "got get need needs want wants wanted looking look find anything something line lines quote quotes quotable quotation soundbite soundbites "
    "good great nice best strong short punchy snappy catchy memorable usable ideally perhaps maybe possibly theme themes topic pls plz please "
    "minister ministers speech speeches speechwriter writing draft next week today morning hi hello hey thanks thank summit conference "
    "like along lines idea ideas convey message point hook makes make made sure just really actually ever once rather "
    "sg sgs secretary general european official officials leader leaders someone somebody anyone anybody nato cyber defence defense "
    "there is are be been one if not no words word sentence sentences current former happen happens happening while".split()
)
#: Words of a theme so common in the knowledge that sharing them says little.
COMMON = frozenset("attacks attack allies alliance security cyberspace threat threats".split())


def in_theme_words(text: str) -> set[str]:
    """The words of ``text`` (a quote) with its phrases put as the groups say them: "stepping up" is investing."""
    text = normalize(text)
    for pattern, plain in _PHRASES:
        text = pattern.sub(plain, text)
    return set(text.split())


def theme_groups(theme: str) -> list[tuple[str, ...]]:
    """The groups of words (each a word of ``theme``, normalised, with its other words) a quote on it holds."""
    for pattern, plain in _PHRASES:
        theme = pattern.sub(plain, theme)
    groups: list[tuple[str, ...]] = []
    for token in tokens(theme):
        if token in FILLER or len(token) < 2:
            continue
        group = tuple(dict.fromkeys((token, *_SAME.get(token, ()))))
        if group not in groups:
            groups.append(group)
    return groups
