"""Text -> Command: what the user typed after the slash command or the mention.

Parsing is a chain of small pure steps, each returning a new value:

    clean_text        "  /cyber  Quote\\x00 Rutte!  " -> "/cyber Quote Rutte!"
    strip_invocation  "/cyber Quote Rutte!"           -> "Quote Rutte!"
    split_command     "Quote Rutte!"                  -> Command("quote", None, "Rutte", ...)
    split_subcommand  "digest subscribe 09:00"        -> Command("digest", "subscribe", "09:00", ...)

Text that is not a command is a free-form question (``name=None``), unless its
first word is a near miss of a command ("qoute rutte"), which is a MisspeltCommand
(a UsageError) with a "Did you mean" suggestion; the bot answers the corrected
command, saying so first, when it is one anyone may run (``bot.corrections``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, replace

from ..commands import COMMANDS, command_words, find_command
from ..errors import MisspeltCommand
from . import messages
from .command_flags import has_flag, spell_out_flags
from .quoted import quoted_spans
from .of_note import NOTE_NOUNS
from ..patterns import lazy_pattern

MAX_TEXT = 1000  # characters of a message that are parsed; the rest is ignored

#: First words that make a question, never a misspelt command.
QUESTION_WORDS = frozenset(
    "who whom whose what when where which why how is was are were did does do can could tell show list give "
    "find any has have i me please hi hello hey thanks thank whos whats wheres whens hows wen wat hwo woh wher wich".split()
)
#: After "who", these make a question ("who said ...") rather than the ``who <person>`` command.
_WHO_QUESTION_VERBS = frozenset(
    "is was are were said says say spoke speaks talked talks addressed hosted host hosts cohosted co "
    "organised organized organises organizes attended attends opened chaired wrote signed agreed made gave "
    "did does do has had will would leads led runs ran heads headed directs directed commands commanded claimed claims carried launched conducted attacked hacked coined "
    "founded created established started first called described represented represents represent representing sent sends took "
    "takes participated participates went from else compared compares likened warned urged mentioned sed "
    "replaced succeeded preceded came followed held occupied delivered delivers presented presents kicked keynoted headlined "
    "moderated introduced welcomed closed opens joined joins travelled traveled flew visited appeared assisted assists spoken "
    "decides decided approves approved deploys deployed oversees oversaw manages managed funds funded controls controlled owns "
    "triggers triggered invokes invoked activates activated requests requested sends can could should may must gets got "
    "published publishes posted authored reported translated needs gives signs makes approve decide attributed attributes blamed blames "
    "ddosed targeted breached sponsored backed announce announced announces publish propose proposed create establish".split()  # "who announce ...": a learner's bare verb
)

#: A leading mention of the bot, or a Slack/Discord broadcast ("<!channel>", "<!subteam^S1|@team>", "@here").
_INVOCATION = lazy_pattern(
    r"^(?:<@!?[A-Za-z0-9]+(?:\|[^>]*)?>|<![a-z]+(?:\^[A-Za-z0-9]+)?(?:\|[^>]*)?>|@(?:here|channel|everyone)\b"
    r"|[@/!?.$]cyber(?:bot)?\b|cyber(?:bot)?[,:]|cyberbot\b(?=\s+\S))[\s,:]*",
    re.IGNORECASE,
)
#: A Slack or Discord broadcast anywhere in a message: "<!channel>", "<!here|here>", "<!subteam^S1|@team>", "@everyone".
_BROADCAST = lazy_pattern(r"<![a-z]+(?:\^[A-Za-z0-9]+)?(?:\|[^>]*)?>|(?<![\w@])@(?:here|channel|everyone)\b", re.IGNORECASE)
#: Other chat bots' command prefixes, read as "/" only before a command's word: "?event hague", ".quote rutte".
_PREFIXES = "?.$>"
_PREFIXED_COMMAND = lazy_pattern(r"^.(?:events?|quotes?|pledges?|who|search|today|otd|sources|help|about)\b", re.IGNORECASE)
_TRAILING = lazy_pattern(r"[\s?!.,;:]+$")
#: Thanks and pleases typed after a command's argument: "events 2024 pls", "quote rutte thx!".
_POLITE_TAIL = lazy_pattern(r"(?:[\s,;:!.-]+(?:pls|plz|please|thanks|thank you|thx|ty|cheers|asap|:\)))+[\s?!.,;:]*$", re.IGNORECASE)
_POLITE_ENDINGS = ("pls", "plz", "please", "thanks", "thank you", "thx", "ty", "cheers", "asap", ":)")
_FIRST_WORD = lazy_pattern(r"[^\w-]+")
_NOT_WORD = lazy_pattern(r"[^\w]+")
_YEAR = lazy_pattern(r"\b(19|20)(\d\d)\b")


@dataclass(frozen=True)
class Command:
    """A parsed message: ``name`` is the registry name (aliases resolved) or None for a question."""

    name: str | None
    sub: str | None
    args: str
    text: str


def parse(text: str, *, vocabulary: Container[str] = frozenset()) -> Command:
    """Parse one message; ``vocabulary`` holds words of the knowledge, never taken for typos.

    Raises:
        MisspeltCommand: the first word is a near miss of a command name (a UsageError).
    """
    command = Command(None, None, "", clean_text(text))
    command = strip_invocation(command)
    command = split_command(command)
    command = split_subcommand(command)
    if command.name is None:
        reject_near_miss(command.text, vocabulary)
    return command


def clean_text(text: str) -> str:
    """Drop control characters, collapse whitespace, keep the first MAX_TEXT characters."""
    text = text[:MAX_TEXT]
    if not text.isprintable():  # printable text holds no control or separator character but the space
        text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(text.split())


def strip_invocation(command: Command) -> Command:
    """``"/cyber help"``, ``"@cyberbot help"``, ``"<@U123> help"``, ``"/help"`` -> ``"help"``; a broadcast anywhere
    ("hey @everyone when was berlin") is no part of the question."""
    text = command.text
    while True:
        stripped = _INVOCATION.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    if "@" in text or "<!" in text:
        text = " ".join(_BROADCAST.sub(" ", text).split())
    if text.startswith("/") or text.startswith("!") or (text[:1] in _PREFIXES and _PREFIXED_COMMAND.match(text)):
        text = text[1:].lstrip()  # "!quote rutte", "?event hague": a chat bot's command prefix
    return replace(command, text=text) if text != command.text else command


def split_command(command: Command) -> Command:
    """``"On this day 9 October"`` -> name "today", args "9 October"; questions keep name None."""
    lowered = command.text.lower()
    for word in command_words(lowered[:1]):
        if lowered == word or (lowered.startswith(word) and not lowered[len(word)].isalnum()):
            spec = find_command(word)
            typed = command.text[len(word) :]
            polite = spec.pure and typed.rstrip(" ?!.,;:").lower().endswith(_POLITE_ENDINGS)  # most commands: no regex run
            args = _TRAILING.sub("", _POLITE_TAIL.sub("", typed) if polite else typed).lstrip(" ,:")  # "reload please" stays refused
            if has_flag(args):  # "quote -s rutte --topic investment", "event rome --hosts": flags spelt out
                name, args = spell_out_flags(spec.name, args)
                return replace(command, name=name, args=args) if name else replace(command, text=args)  # or the question they ask
            args = args.lstrip("- ")
            if (spec.name == "who" and is_who_question(args)) or (spec.name in _ALSO_A_WORD and _ASKS_AFTER.search(args)) \
                    or (spec.name == "today" and args[:3].lower() == "is "):  # "today is 9 november... so X was 4 years ago?"
                return command  # "who hosted rome?", "pledge conf 2023, where was it?": questions, not commands
            return replace(command, name=spec.name, args=args)
    return command


def split_subcommand(command: Command) -> Command:
    """``digest subscribe 09:00 Europe/Brussels`` -> sub "subscribe", args "09:00 Europe/Brussels"."""
    spec = find_command(command.name) if command.name else None
    if not spec or not spec.subcommands or not command.args:
        return command
    first, _, rest = command.args.partition(" ")
    for sub in spec.subcommands:
        if sub.name == first.lower():
            return replace(command, sub=sub.name, args=rest.strip())
    return command


def reject_near_miss(text: str, vocabulary: Container[str]) -> None:
    """Raise MisspeltCommand when the first word looks like a misspelt command: "qoute rutte"."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    first = _FIRST_WORD.split(text.lower(), maxsplit=1)[0]
    if len(first) < 3 or first in QUESTION_WORDS or first in vocabulary or first in _ALSO_A_WORD or not first.isalpha():  # "help me out, when was ...": a word, not a typo
        return
    names = [spec.name for spec in COMMANDS]
    if near := process.extract(first, names, scorer=fuzz.ratio, score_cutoff=74, limit=None):  # best first
        swapped = [name for name, *_ in near if sorted(name) == sorted(first) and OSA.distance(first, name) == 1]
        best = swapped[0] if swapped else near[0][0]  # "evenst": "events" (two letters swapped), not "event"
        corrected = f"{best} {text[len(first):].strip()}".strip()  # "qoute rutte" -> "quote rutte"
        raise MisspeltCommand(messages.unknown_command(first, corrected), (corrected, f"help {best}"), word=first, corrected=corrected)


#: Commands named by a word a question may start with ("pledge conf 2023", "today in 2024").
_ALSO_A_WORD = frozenset({"pledge", "pledges", "today", "about", "help"})
#: A clause after the first that asks, or a question word or a claim's tag typed last: "pledge conf 2023, where was it",
#: "pledge conf 2023 where", "pledge wales 2014 right?" are questions that start with a command's name.
_ASKS_AFTER = lazy_pattern(r"(?:[,?!.:;]|\s[-\u2013\u2014])\s*(?:who|what|whats|what's|when|where|which|how|did|does|was|were)\b"
                         r"|\s(?:who|when|where|speakers|hosts|host|dates?|venue|city|location|right|correct|true)(?:\W+(?:exactly|precisely|pls|please|again|then|now|thx|thanks|roughly))*\W*$|\s(?:vs|versus|same thing|difference|different)\b"
                         r"|^\s*conf(?:erence)?s?\b|\s(?:what|who)\s(?:\S+\s){0,3}?(?:say|said|says|think|thought|tell|told)\b", re.IGNORECASE)  # "pledge conf 2021?", "pledge conf right before the hague one?": no pledge is named so; "about russia what he said": a question

#: Endings of verbs, never of a name: "who authorises ...", "who coordinated ...".
_VERB_ENDINGS = ("ises", "izes", "ised", "ized", "ates", "ated")
_TENSE_ENDINGS = ("ed", "ing")
#: Words that follow "who" only when the verb was dropped ("who behind the 2014 ddos"), never a name's first word.
_COPULA_DROPPED = frozenset("behind responsible you u".split())  # "who you are": of the bot
_ADVERBS = frozenset("actually really exactly precisely originally truly then first all even officially formally personally".split())  # "who all spoke"


def is_who_question(args: str) -> bool:
    if args[:3] in ("'s ", "’s ") or args[:4] in ("'ll ", "’ll ") or args[:2] == "s ":  # "who's the author of …", "who s ...", "who'll be the next sg"
        return True
    words = _NOT_WORD.split(args.lower(), maxsplit=2)
    first = words[1] if words[0] in _ADVERBS and len(words) > 1 else words[0]  # "who actually gave the opening speech"
    if first == "of" and len(words) > 2 and not NOTE_NOUNS.isdisjoint(args.lower().split()[1:3]):  # "who of (any) note spoke at rome"
        return True
    if first in _WHO_QUESTION_VERBS or first in _COPULA_DROPPED or first.startswith("co-") or first.endswith(_VERB_ENDINGS) or quoted_spans(args):  # "who's behind 'spy ...'"
        return True
    if len(args.split()) <= 3 or len(first) < 3:
        return False
    if first.endswith(_TENSE_ENDINGS):  # "who repped nato at the hague", "who helped run tallinn": a verb, in a sentence longer than a name
        return True
    from rapidfuzz.distance import OSA

    # "who sad 'we must not repeat ...'": a misspelt verb still makes a question, in a sentence longer than a name
    return any(len(verb) >= 4 and OSA.distance(first, verb) <= 1 for verb in _WHO_QUESTION_VERBS)


MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
#: also "2026 11 10", as normalised text has it; never the year of a day written day first and the next day's
#: first numbers ("09 11 2022 10 11 2022", a span typed "09/11/2022 - 10/11/2022", is no 11 October)
_ISO = lazy_pattern(r"(?<!\d[-/ .])\b(\d{4})[-/ ](\d{1,2})[-/ ](\d{1,2})\b")
_NUMERIC = lazy_pattern(r"\b(\d{1,2})[-/ .](\d{1,2})[-/ .](\d{4})\b")  # "25/11/2024": day first, unless the day is over 12
_DAY_MONTH = lazy_pattern(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:\s+(\d{4}))?\b")
_MONTH_DAY = lazy_pattern(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")


def parse_date(text: str, *, today: dt.date) -> dt.date | None:
    """A day named in ``text``: "2026-11-10", "10 November", "nov 10", "9 october"; the year defaults to today's.

    >>> parse_date("on 9 october", today=dt.date(2026, 1, 5))
    datetime.date(2026, 10, 9)
    """
    lowered = text.lower()
    if match := _ISO.search(lowered):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.search(lowered):
        first, second = int(match[1]), int(match[2])
        return _date(int(match[3]), first, second) if second > 12 else _date(int(match[3]), second, first)
    if match := _DAY_MONTH.search(lowered):
        if match[2] in MONTHS:
            return _date(int(match[3] or today.year), MONTHS[match[2]], int(match[1]))
    for match in _MONTH_DAY.finditer(lowered):
        if match[1] in MONTHS:
            return _date(int(match[3] or today.year), MONTHS[match[1]], int(match[2]))
    if match := _BARE_DAY_MONTH.fullmatch(lowered.strip()):  # "25/11", "9.10": the whole text a day and month, day first
        first, second = int(match[1]), int(match[2])
        return _date(today.year, first, second) if second > 12 else _date(today.year, second, first)
    return None


_BARE_DAY_MONTH = lazy_pattern(r"(\d{1,2})[/.](\d{1,2})")


def month_first(text: str) -> dt.date | None:
    """The other reading of a numeric day whose first two numbers could each be the month ("11/9/2023": 9 November 2023,
    where ``parse_date`` reads 11 September), or None when there is no other."""
    if (match := _NUMERIC.search(text.lower())) is None or int(match[1]) > 12 or int(match[2]) > 12 or match[1] == match[2]:
        return None
    return _date(int(match[3]), int(match[1]), int(match[2]))


_AGO = lazy_pattern(r"^(?:exactly )?(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<unit>years?|weeks?|days?) ago(?: today)?$")
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def parse_ago(text: str, *, today: dt.date) -> dt.date | None:
    """"a year ago today", "3 years ago", "two weeks ago" -> that day, counted back from ``today``."""
    if (match := _AGO.match(text.strip().lower())) is None:
        return None
    count = _COUNTS.get(match["count"]) or int(match["count"])
    if match["unit"].startswith("year"):
        return _date(today.year - count, today.month, today.day)
    return today - dt.timedelta(days=count * (7 if match["unit"].startswith("week") else 1))


#: A day counted back from today inside a question: "was there something in tirana one year ago today", "today, exactly two years ago".
#: "4 years ago tomorrow", "a year ago yesterday": counted back from that day.
_AGO_TODAY = lazy_pattern(r"\b(?:(?P<from_a>today|tomorrow|yesterday) (?:exactly |precisely )?|on this (?:day|date) (?:exactly )?)(?P<a>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<au>years?|weeks?|days?) ago\b"
                          r"|\b(?:exactly |precisely )?(?:(?P<b>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(?P<bu>years?|weeks?|days?) ago (?:(?:from |as of |counting from |counted from )?(?P<from_b>today|tomorrow|yesterday)|on this (?:day|date))\b")
_FROM_TODAY = {"tomorrow": dt.timedelta(days=1), "yesterday": dt.timedelta(days=-1)}


def ago_today(text: str, *, today: dt.date) -> dt.date | None:
    """The day "N years ago today" (or tomorrow, yesterday) names anywhere in ``text`` (a bare "3 years ago" names no day), else None."""
    if "ago" not in text or (match := _AGO_TODAY.search(text)) is None:
        return None
    count, unit = (match["a"], match["au"]) if match["a"] else (match["b"] or "one", match["bu"])  # "in tirana (one) year ago": "one" read as the place's
    return parse_ago(f"{count} {unit} ago", today=today + _FROM_TODAY.get(match["from_a"] or match["from_b"], dt.timedelta()))


def without_ago_today(text: str) -> str:
    """``text`` without the "N years ago today" it names (a day, not a thing asked)."""
    return _AGO_TODAY.sub(" ", text) if "ago" in text else text


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if (month, day) == (2, 29):  # "29 february" in a common year: the day it is celebrated
            return dt.date(year, 2, 28)
        return None


def parse_year(text: str) -> int | None:
    """A year from 1900 to 2099 named in ``text``: "events in 2024" -> 2024."""
    match = _YEAR.search(text)
    return int(match[0]) if match else None
