"""Emoji typed in place of words, read as those words: a flag as its country, a calendar as "when", a pin as "where".

    "🇦🇱 conf 📅?"                      -> "albania conf when?"
    "🇮🇹 rome pledge thing 📅"           -> "rome pledge thing when"      (a flag beside its own city adds nothing)
    "🇳🇱 pledge conf 📍"                -> "netherlands pledge conf where"
    "🗣️ \"no one stands alone\"?"       -> "who said \"no one stands alone\"?"
    "🇮🇹 2022 who 🗣️"                    -> "italy 2022 who spoke"
    "zelensky 🗣️ at 🇦🇱 conf?"           -> "zelensky spoke at albania conf?"
    "💬 the 'stand together' one?"      -> "quote the 'stand together' one?"
    "🇦🇱 conf was 2024 ya? 📅"          -> "albania conf was 2024 ya?"    (a calendar after a claim's tag is its topic)
    "cyber defence pledge = 🏴 wales?"  -> "cyber defence pledge = wales?"   (the Welsh flag's tag letters read)

Some people on Discord type their questions in emoji: a flag for the country (so for its gathering), 📅 for "when",
📍 for "where", 🗣️ for who spoke or said, 💬 for a quote, ❓ for the question mark. Those are words of the question;
any other emoji (🤔 👀 🔥) stays a mood, dropped later (``typed_form``). A speaking head opening a line of words asks
who said them; after a word, or with only a gathering named, it asks who spoke. Pure; a message with no character
past U+2753 costs one scan.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import PLACES

#: A flag's two letters (ISO 3166) -> the country's name as ``places`` reads it: the Allies, their neighbours, the news.
FLAG_COUNTRIES = {
    "AL": "albania", "BE": "belgium", "BG": "bulgaria", "CA": "canada", "HR": "croatia", "CZ": "czechia", "DK": "denmark",
    "EE": "estonia", "FI": "finland", "FR": "france", "DE": "germany", "GR": "greece", "HU": "hungary", "IS": "iceland",
    "IT": "italy", "LV": "latvia", "LT": "lithuania", "LU": "luxembourg", "ME": "montenegro", "NL": "netherlands",
    "MK": "north macedonia", "NO": "norway", "PL": "poland", "PT": "portugal", "RO": "romania", "SK": "slovakia",
    "SI": "slovenia", "ES": "spain", "SE": "sweden", "TR": "turkey", "GB": "uk", "US": "usa", "UA": "ukraine",
    "GE": "georgia", "MD": "moldova", "AT": "austria", "CH": "switzerland", "IE": "ireland", "RU": "russia", "CN": "china",
    "JP": "japan", "KR": "south korea", "AU": "australia", "NZ": "new zealand", "IL": "israel", "IN": "india",
    "RS": "serbia", "XK": "kosovo", "BY": "belarus", "IR": "iran", "EU": "eu",
}
#: The flags of the United Kingdom's nations: a black flag and tag letters ("gbwls").
_NATION_FLAGS = {"gbeng": "england", "gbsct": "scotland", "gbwls": "wales"}
#: Emoji that stand for a word that asks, -> that word.
ASKING_EMOJI = {
    "\U0001F4C5": "when", "\U0001F4C6": "when", "\U0001F5D3": "when",  # 📅 📆 🗓️
    "\U0001F4CD": "where", "\U0001F4CC": "where", "\U0001F5FA": "where",  # 📍 📌 🗺️
    "\U0001F4AC": "quote", "\U0001F4AD": "quote",  # 💬 💭
    "\U0001F4F8": "photo", "\U0001F4F7": "photo", "\U0001F4F0": "article",  # 📸 📷 📰
    "\u2753": "?", "\u2754": "?",  # ❓ ❔
}
_SPEAKING = ("\U0001F5E3", "\U0001F3A4", "\U0001F399")  # 🗣️ 🎤 🎙️: who spoke, or who said
_FLAG = lazy_pattern(r"[\U0001F1E6-\U0001F1FF]{2}")
_NATION_FLAG = lazy_pattern(r"\U0001F3F4(?P<tags>[\U000E0061-\U000E007A]+)\U000E007F")
_ASKING = lazy_pattern("[" + "".join(ASKING_EMOJI) + "]\ufe0f?")
_SPEAKING_HEAD = lazy_pattern(r"(?P<before>\S*)(?P<gap>\s*)[" + "".join(_SPEAKING) + r"]\ufe0f?")
_NOT_WORD = lazy_pattern(r"[^0-9a-z]+")
_NO_HEADS = str.maketrans(dict.fromkeys(_SPEAKING, " "))
#: A calendar or pin after a claim's tag ("... was 2024 ya? 📅"): what the claim is about, no question of its own.
_AFTER_A_TAG = lazy_pattern(r"(\b(?:right|correct|true|ya|yeah|yea|yep|yup|innit|no|eh)\?+)(?:\s*[\U0001F4C5\U0001F4C6\U0001F5D3\U0001F4CD\U0001F4CC\U0001F5FA]\ufe0f?)+\s*$")
_SPACES = lazy_pattern(r"[ \t]{2,}")
_SPOKEN_ALREADY = lazy_pattern(r"\b(?:said|say|says|spoke|speak|speakers?|spoken|speech|quotes?|quoted)\b", re.IGNORECASE)
#: Words a question names a gathering with: with only these (and places, years, moods) a speaking head asks who spoke.
_GATHERING_WORDS = frozenset("conf conference confs conferences summit pledge event thing one cyber defence defense nato annual "
                             "first second third last the at in of and 2016 2018 2019 2021 2022 2023 2024 2025 2026".split())
#: A word put in twice, by an emoji and by its words beside it: "pledge = 🏴 wales", "📅 when agreed", "🗣️ who?".
_TWICE = lazy_pattern(r"\b((?:who )?(?:when|where|quote|spoke|said)|" + "|".join(sorted(set(FLAG_COUNTRIES.values()) | set(_NATION_FLAGS.values()), key=len, reverse=True))
                      + r")(?: \1\b)+|\b(who (?:said|spoke)) who\b")
_FIRST_EMOJI = "\u2753"  # no emoji this step reads comes before it: one comparison per character tells


def emoji_as_words(text: str) -> str:
    """``text`` with the emoji that stand for words (flags, 📅, 📍, 🗣️, 💬, ❓) put as those words; ``text`` itself
    when it has none."""
    if max(text, default="") < _FIRST_EMOJI:
        return text
    read = _AFTER_A_TAG.sub(r"\1", text)  # "🇦🇱 conf was 2024 ya? 📅": the claim is what is asked, the calendar its topic
    if any(head in read for head in _SPEAKING):
        read = _speaking_heads(read)
    if "\U0001F3F4" in read:
        read = _NATION_FLAG.sub(lambda m: _nation(m["tags"]), read)
    if _FLAG.search(read) is not None:
        cities = _countries_of_cities(read)
        read = _FLAG.sub(lambda m: "" if (country := _country(m[0])) and PLACES[country].country in cities else f" {country} ", read)
    read = _ASKING.sub(lambda m: f" {ASKING_EMOJI[m[0][0]]} " if m[0][0] not in "\u2753\u2754" else "? ", read)
    return text if read == text else _TWICE.sub(lambda m: m[1] or m[2], _SPACES.sub(" ", read.replace(" ?", "?")).strip())


def _country(flag: str) -> str:
    """A flag's country ("" for one not in ``FLAG_COUNTRIES``)."""
    return FLAG_COUNTRIES.get("".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in flag), "")


def _countries_of_cities(text: str) -> set[str]:
    """The countries of the cities ``text`` names: a flag beside its own city ("🇮🇹 rome") is only its decoration."""
    words = _NOT_WORD.sub(" ", text.lower()).split()
    names = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    return {place.country for name in names if (place := PLACES.get(name)) is not None and place.is_city}


def _nation(tags: str) -> str:
    return f" {_NATION_FLAGS.get(''.join(chr(ord(c) - 0xE0000) for c in tags), '')} "


def _speaking_heads(text: str) -> str:
    """Each speaking head as the words it asks: "who spoke" with only a gathering named, "spoke" after a person's name,
    "who said" before a line of words; dropped when the message already asks who spoke or said."""
    asks_already = _SPOKEN_ALREADY.search(text) is not None
    other = text.lower().translate(_NO_HEADS)
    gathering_only = '"' not in other and "'" not in other and all(w in _GATHERING_WORDS or _is_place_or_mood(w) for w in _words(other))

    def read(match) -> str:
        if asks_already:
            return f"{match['before']} "
        if gathering_only and match["before"].lower() != "who":  # "who 🗣️ at 🇷🇴": the "who" is typed already
            return f"{match['before']}{match['gap'] or ' '}who spoke "
        if match["before"][-1:].isalpha():
            return f"{match['before']} spoke "
        return f"{match['before']}{match['gap']}who said "
    return _SPEAKING_HEAD.sub(read, text)


def _words(text: str) -> list[str]:
    return [w.strip("?!.,;:") for w in text.split() if w.strip("?!.,;:")]


def _is_place_or_mood(word: str) -> bool:
    return word in PLACES or word in FLAG_COUNTRIES.values() or not word.isascii() or word in ("who", "?")
