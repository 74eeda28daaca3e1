"""A country's two-letter code typed before a post, as officials write it: read as the country's demonym.

    "ro fm quote hague"       -> "romanian fm quote hague"        (then "romanian foreign minister ...")
    "nl mod at the hague"     -> "dutch mod at the hague"         (then "dutch defence minister ...")
    "uk minister london 2024" -> "british minister london 2024"
    "al pm speech tirana"     -> "albanian pm speech tirana"
    "de fm", "ee pm", "lt vice minister", "fr defence minister"

A code is read so only right before a word for a post ("fm", "pm", "mod", "dm", "minister", "ambassador" ...), and never
after a verb or a preposition, so "it" and "us" stay words ("was it pm rutte who said", "tell us fm ..."). Pure: one of
``shorthand``'s steps in context (the question's text), and ``demonyms_before_posts`` for the words descriptions are
read from (``description_words``); each tried only when a code is in the text.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: Codes of the countries whose people and gatherings the knowledge holds, and their neighbours', -> demonym.
COUNTRY_CODES = {
    "ro": "romanian", "nl": "dutch", "de": "german", "it": "italian", "al": "albanian", "uk": "british", "gb": "british",
    "us": "american", "fr": "french", "ee": "estonian", "lt": "lithuanian", "lv": "latvian", "fi": "finnish", "pl": "polish",
    "es": "spanish", "dk": "danish", "se": "swedish", "tr": "turkish",
    "gr": "greek", "cz": "czech", "sk": "slovak", "hu": "hungarian", "pt": "portuguese", "bg": "bulgarian", "hr": "croatian",
    "si": "slovenian", "ua": "ukrainian",
}
#: Words of a post a code may stand before, one by one ("fm", or "foreign" of "foreign minister" once spelt out).
_POST_WORDS = frozenset("fm pm mod dm min foreign prime defence defense minister ministers ambassador president chancellor rep "
                        "representative delegate delegation deputy vice".split())
#: Words after which "it" and "us" are words of the sentence, never codes: "was it pm rutte", "tell us fm ...".
_WORDS_BEFORE = frozenset("was is will tell give show send let for to of with help that can might".split())
_CODE_BEFORE_POST = lazy_pattern("".join(rf"(?<!\b{w} )" for w in sorted(_WORDS_BEFORE))
                                 + rf"\b({'|'.join(COUNTRY_CODES)}) (?=(?:{'|'.join(sorted(_POST_WORDS))})\b)")


def demonyms_before_posts(words: list) -> list:
    """``words`` (each a NamedTuple with a ``text``) with a code right before a post's word read as its demonym."""
    if COUNTRY_CODES.keys().isdisjoint(w.text for w in words):
        return words
    return [w._replace(text=COUNTRY_CODES[w.text]) if w.text in COUNTRY_CODES and n + 1 < len(words) and words[n + 1].text in _POST_WORDS
            and not (n and words[n - 1].text in _WORDS_BEFORE) else w for n, w in enumerate(words)]


def _demonym(match) -> str:
    return f"{COUNTRY_CODES[match[1]]} "


#: ``shorthand``'s (cue, pattern, spelling out) steps: one for each code, all run before "mod" is spelt out.
COUNTRY_CODE_ASKS = tuple((code, _CODE_BEFORE_POST, _demonym) for code in COUNTRY_CODES)
