"""Every fixed sentence the answering core says in chat, in one place (as bolt-python's logger/messages.py).

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
HELLO = "Hello! I answer questions about NATO cyber-defence events, pledges and quotes."
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


# ---- not found -----------------------------------------------------------------------------
NOTHING_MATCHES_MORE = "cyberbot knows NATO cyber-defence events, pledges, quotes and the people behind them. Try one of these:"


def nothing_matches(text: str) -> str:
    return f"Nothing in the knowledge matches “{_echo(text)}”"


def no_events(noun: str, label: str) -> str:
    return f"No {noun} {label}".strip() + " in the knowledge"


def no_events_more(nearest: int | None) -> Text:
    if nearest is None:
        return ("Try ", Code("events"), " for the whole list.")
    return ("Try ", Code("events"), " for the whole list, or the nearest year with events: ", Code(f"events {nearest}"), ".")


def nobody_called(text: str, people: list[str], mentioned: bool) -> tuple[str, Text]:
    title = f"There is nobody called “{_echo(text)}” in the knowledge"
    more: tuple = ("People in the knowledge include " + ", ".join(people) + ".",)
    if mentioned:
        more += (f" “{_echo(text, 40)}” is mentioned elsewhere: try ", Code(f"search {_echo(text, 40)}"), ".")
    return title, more


def no_quote_on(person: str, topic: str, count: int, others: bool) -> tuple[str, Text]:
    title = f"No quote by {person} about “{_echo(topic)}”"
    more: tuple = (f"The knowledge has {count} quote{'s' if count != 1 else ''} by {person}",)
    more += ("; there are quotes about it by others: try ", Code(f"quote {_echo(topic, 40)}"), ".") if others else (".",)
    return title, more
