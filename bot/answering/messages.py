"""The answering core's fixed sentences for chat (as bolt-python's logger/messages.py); those of one kind of answer have their own modules (day_messages, event_messages, check_messages, quote_messages ...).

Pure: each function returns a title (a plain sentence, never Markdown) or block
``Text`` (inline parts, so a command is a ``Code`` span that each platform shows
its own way). Sentences built around knowledge (an event's name, a date) are
composed here too, from the values the topic modules pass in. No platform names:
the same words are right in Slack, Discord and a terminal.
"""

from __future__ import annotations

from ..reply import Code, Text


def _echo(text: str, limit: int = 60) -> str:
    """The user's words, cut to ``limit`` characters at a word boundary."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# ---- usage: a command used without what it needs ------------------------------------------
WHOSE_QUOTES = "Whose quotes? Name a speaker, for example “quotes stoltenberg”."
WHO = "Who? Name a person or a role, for example “who rutte” or “who secretary general”."
WHICH_EVENT = "Which event? Name a place, a year or a series, for example “event tirana”."
SEARCH_WHAT = "What should I search for? For example “search integrated cyber defence centre”."
RELOAD_ELSEWHERE = "Reloading is done by the running bot"
RELOAD_USAGE = "Say “reload”, or “reload confirm” to apply a reload that removes many entries."
DIGESTS_ELSEWHERE = "Digests need a chat platform"


def unknown_command(word: str, corrected: str) -> str:
    return f"Unknown command “{_echo(word)}”. Did you mean “{corrected}”?"


def no_such_command(word: str, near: str | None) -> str:
    hint = f" Did you mean “{near}”?" if near else ""
    return f"There is no command “{_echo(word)}”.{hint} Type “help” for the list."


def unreadable_date(text: str) -> str:
    return f"I could not read a date in “{_echo(text)}”. Try “on this day 9 october” or “today 2026-11-10”."


DIGESTS_HERE: Text = (
    "Daily digests are posted in a chat channel where cyberbot runs with a subscription store. "
    "Here you can see what a digest would say with ",
    Code("digest preview [date]"),
    " or ",
    Code("today"),
    ".",
)

# ---- help, greetings, about ----------------------------------------------------------------
HELP_INTRO = (
    "Ask a command, or a question in your own words: "
    "“when was the conference in Tirana?”, “what did Rutte say about investment?”."
)
WELCOME = "You're welcome! Ask me anything else about NATO cyber-defence events, pledges and quotes."
HELLO = "Hello! I answer questions about NATO cyber-defence events, pledges and quotes."
NOTED = "Anything else? Ask me about NATO cyber-defence events, pledges and quotes."
HELLO_MORE: Text = ("Ask in your own words, e.g. “who said no one stands alone?”, or type ", Code("help"), " for the commands.")
ASK_SOMETHING = "Ask me something"
ASK_SOMETHING_MORE: Text = ("For example “when was the conference in Tirana?”, or type ", Code("help"), ".")
ABOUT_WHAT = (
    "cyberbot answers questions about NATO cyber-defence events, pledges and quotes: "
    "conferences and summits, the Cyber Defence Pledge, who said what and when."
)
ABOUT_TRUST = "Quotes from a machine-translated article are marked as re-translations, not the speaker's own words."


def about_counts(summary: str, articles: int, references: int) -> Text:
    return (
        f"It knows {summary}. They come from {articles} articles, with dates and facts the articles "
        f"leave open checked against {references} further references (type ",
        Code("sources"),
        ").",
    )


def sources_title(count: int) -> str:
    return f"{count} sources"


def sources_of(name: str, count: int) -> str:
    return f"{count} source{'s' if count != 1 else ''} for {name}"


def no_entry_with_id(text: str) -> str:
    """An id typed ("berlin-2031") that no entry has; words typed ("rutte quote on taxes") are a name nothing matches."""
    return f"No entry has the id “{_echo(text)}”" if len(text.split()) == 1 else f"Nothing in the knowledge matches “{_echo(text)}”"


SOURCES_BY_ID: Text = ("Ask ", Code("sources"), " for every source, or ", Code("sources <id>"),
                       " with the id an answer gives (as in “+2 more: sources <id>”).")


# ---- not found -----------------------------------------------------------------------------
NOTHING_MATCHES_MORE = "cyberbot knows NATO cyber-defence events, pledges, quotes and the people behind them. Try one of these:"
NOTHING_MATCHES = "Nothing in the knowledge matches"
NO_QUOTE_SAYS = "No quote in the knowledge says"


def nothing_matches(text: str) -> str:
    return f"{NOTHING_MATCHES} “{_echo(text)}”" if text.strip() else f"{NOTHING_MATCHES} that question"


def no_events(noun: str, label: str) -> str:
    return f"No {noun} {label}".strip() + " in the knowledge"


def no_events_more(nearest: int | None) -> Text:
    if nearest is None:
        return ("Try ", Code("events"), " for the whole list.")
    return ("Try ", Code("events"), " for the whole list, or the nearest year with events: ", Code(f"events {nearest}"), ".")


def nobody_from(organisation: str, event: str) -> str:
    return f"The knowledge records nobody from “{_echo(organisation)}” at {event}"


def nobody_called(text: str, people: list[str], mentioned: bool) -> tuple[str, Text]:
    title = f"There is nobody called “{_echo(text)}” in the knowledge"
    more: tuple = ("People in the knowledge include " + ", ".join(people) + ".",)
    if mentioned:
        more += (f" “{_echo(text, 40)}” is mentioned elsewhere: try ", Code(f"search {_echo(text, 40)}"), ".")
    return title, more


def no_quote_on(person: str, topic: str, count: int, others: bool, where: str = "") -> tuple[str, Text]:
    title = f"No quote by {person}{where} about “{_echo(topic)}”"
    more: tuple = (f"The knowledge has {count} quote{'s' if count != 1 else ''} by {person}{where}",)
    more += (f"; there are quotes about it {'elsewhere' if where else 'by others'}: try ", Code(f"quote {_echo(topic, 40)}"), ".") if others else (".",)
    return title, more


# ---- constraints the knowledge cannot meet ---------------------------------------------------
SUGGESTIONS_HEADING = "Suggestions (not the answer)"
#: What a miss of another body's office, meeting or act says of the knowledge: "I have no Interpol entries (...)".
COVERS_NATO = "(the knowledge covers NATO)"
NEAREST = "The nearest entries I do have:"


def have_no(noun: str, failed: list[str]) -> str:
    """"I have no conference in Oslo." / "I have no Pledge Conference in 2023."."""
    return f"I have no {noun} {' '.join(failed)}".strip() + "."


# ---- checks: is it real, how long ago, who was behind, which edition -------------------------
WHICH_QUOTE = "Which quote? Give some of its words, e.g. “is ‘no one stands alone’ real?”"
_TRUST_TITLES = {
    "verified": "Verified, verbatim: {name} said it, word for word",
    "translated": "Re-translated: {name} said this in substance; the words are a machine re-translation",
    "unverified": "Unverified: attributed to {name}, but not found in any official text",
}
_ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}


def trust_title(trust: str, name: str) -> str:
    return _TRUST_TITLES.get(trust, "{name} said it").format(name=name)


def trust_detail(label: str, source: str, publisher: str | None) -> str:
    return f"Trust label: {label}. Source: {source}" + (f" ({publisher})." if publisher else ".")


def which_quote_of(name: str, count: int) -> str:
    return f"Which quote of {name}'s? The knowledge has {count}; give some of its words."


def no_quote_by_anyone(who: str) -> str:
    return f"I have no quotes by “{_echo(who)}”"


def no_such_quote(words: str) -> str:
    return f"I have no quote with the words “{_echo(words, 80)}”"


def no_quote_by_with(name: str, words: str) -> str:
    return f"I have no quote by {name} with the words “{_echo(words, 80)}”"


def years_since_year(year: int, years: int, now: int) -> str:
    return f"{year} was {years} year{'s' if years != 1 else ''} ago ({now})"


def years_ago(name: str, years: int, when: str, today: bool, months: int = 0) -> str:
    """"X was 3 years ago (when)"; under a year, in ``months``: "X was 7 months ago (when)"."""
    if today:
        return f"{name} was {years} year{'s' if years != 1 else ''} ago today ({when})"
    if years <= 0:
        if months < 0:
            return f"{name}: {when} (still to come)"
        return f"{name} was {f'{months} month' + ('s' if months != 1 else '') if months else 'less than a month'} ago ({when})"
    return f"{name} was {years} year{'s' if years != 1 else ''} ago ({when})"


def no_date_for(name: str) -> str:
    return f"The knowledge gives no date for {name}"


def pledge_by(name: str, by: str) -> str:
    return f"{name}: made by {by}"


def organised_by(name: str, hosts: str) -> str:
    """``hosts`` already joined: "the Netherlands and Romania"."""
    return f"{name} was hosted by {hosts}"


def not_said_who_behind(name: str) -> str:
    return f"The knowledge does not say who was behind {name}"


def events_related(count: int, noun: str, relation: str, name: str) -> str:  # "3 summits before X", "2 summits referred to in Y"
    return f"{count} {noun} {relation} {name}"


def not_a_speaker(name: str, event: str, speakers: str) -> str:  # "... Speakers at X: A and B"
    return f"{name} is not among the speakers recorded at {event}. {speakers}"


def not_recorded(what: str, name: str) -> str:  # "The knowledge does not record the budget of <NICC>"
    return f"The knowledge does not record {what} {name}"


def held_for(name: str, title: str, span: str, dates: str, ongoing: bool) -> str:  # "X has been NATO Secretary General for 30 days (...)"
    return f"{name} {'has been' if ongoing else 'was'} {title} for {span} ({dates})"


def behind(name: str, sentence: str) -> str:
    return f"{name}: {sentence}"


def nth(ordinal: int, series: str) -> str:
    return f"{_ORDINAL_WORDS.get(ordinal, f'{ordinal}th')} {series}"


def edition_is(ordinal: int, series: str, name: str) -> str:
    return f"The {nth(ordinal, series)} was {name}"


def two_editions(ordinal: int) -> str:
    word = _ORDINAL_WORDS.get(ordinal, f"{ordinal}th")
    return f"Two series have a {word} conference: which one do you mean?"


def no_numbering(kind: str) -> str:
    return f"I have no numbering of {kind}s: the knowledge holds only some of them"

KNOWLEDGE_SAYS = "What the knowledge says"
ONLY_WHAT_SOURCES_REPORT = "The knowledge holds only what its sources report; nothing later is announced there."


def quotes_at(count: int, event: str) -> str:
    return f"{count} quote{'s' if count != 1 else ''} from {event}"


def left_role(name: str, title: str, on: str) -> str:
    return f"{name} was {title} until {on}"


def still_holds(name: str, title: str) -> str:
    return f"The knowledge records no end to {name}'s time as {title}"


def other_series(asked: str, found: str) -> str:
    return f"Note: this is the {found}, not the {asked} (a different series)."
