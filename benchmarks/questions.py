"""Fresh questions drawn from a knowledge: every command and question kind, each text asked once.

Questions are what people type: names and parts of names, topics, fragments
of quotes remembered with a word left out or a letter swapped, dates in the
forms people write them, every list. ``remembered`` keeps, for the quote
questions, the words the asker had in mind (before any typo), so that the
benchmark can check whether the quote returned holds them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from dataclasses import dataclass

from bot.answering.search import STOPWORDS, normalize
from bot.knowledge.model import Knowledge

FIXED = ("help", "about", "sources", "pledges", "pledge", "quote", "today", "events", "help quote", "help today",
         "on this day", "when is the next conference?", "when was the last summit?", "how many quotes are there?")


@dataclass(frozen=True)
class Question:
    kind: str
    text: str
    remembered: str = ""  # the quote words meant, for quote questions


def typo(word: str, rng: random.Random) -> str:
    """One slip of the finger in a word of 5+ letters: a swap, a dropped or a doubled letter."""
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    slip = rng.randrange(3)
    if slip == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if slip == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def with_typo(text: str, rng: random.Random) -> str:
    words = text.split()
    long_words = [n for n, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if long_words:
        n = rng.choice(long_words)
        words[n] = typo(words[n], rng)
    return " ".join(words)


def fragment(text: str, rng: random.Random) -> str:
    """3 to 7 consecutive words of ``text`` as someone remembers them: lowercase, no punctuation, holding a word that counts."""
    words = re.findall(r"[\w'’-]+", text.lower())
    for _ in range(10):
        size = min(len(words), rng.randint(3, 7))
        start = rng.randrange(len(words) - size + 1)
        chosen = words[start : start + size]
        if any(normalize(w) not in STOPWORDS for w in chosen):
            return " ".join(chosen)
    return " ".join(words[:7])


class QuestionMaker:
    def __init__(self, knowledge: Knowledge, seed: int):
        self.rng = random.Random(seed)
        self.knowledge = knowledge
        self.people = list(knowledge.people.values())
        self.speakers = [knowledge.people[s] for s in dict.fromkeys(q.speaker for q in knowledge.quotes.values()) if s in knowledge.people]
        self.events = list(knowledge.events.values())
        self.quotes = list(knowledge.quotes.values())
        self.topics = sorted({t for q in self.quotes for t in q.topics})
        self.cities = sorted({e.city for e in self.events if e.city})
        self.years = sorted({e.when.start.year for e in self.events})

    def name(self) -> str:
        person = self.rng.choice(self.speakers or self.people)
        roll = self.rng.random()
        text = person.name.split()[-1] if roll < 0.5 else person.name if roll < 0.8 else person.name.lower()
        return with_typo(text, self.rng) if self.rng.random() < 0.3 else text

    def remembered(self) -> str:
        return fragment(self.rng.choice(self.quotes).text, self.rng)

    def date_text(self) -> str:
        if self.rng.random() < 0.6 and self.events:
            day = self.rng.choice(self.events).when.start.first_day()
        else:
            day = dt.date(2026, 1, 1) + dt.timedelta(self.rng.randrange(365))
        forms = (f"{day.day} {calendar.month_name[day.month]}", f"{calendar.month_abbr[day.month].lower()} {day.day}",
                 f"2026-{day.month:02d}-{day.day:02d}", f"{day.day} {calendar.month_name[day.month].lower()} {day.year}")
        return self.rng.choice(forms)

    def phrased(self) -> str:
        """A question as people put it, through the routes a command never takes: checks of quotes and claims,
        articles, roles then, anniversaries, chatter."""
        rng = self.rng
        event = rng.choice(self.events)
        role = rng.choice([r.title for p in self.people for r in p.roles] or ["secretary general"])
        place = event.city or event.country or str(event.when.start.year)
        templates = (
            lambda: f"is the quote '{self.remembered()}' real?",
            lambda: f"did {self.name()} really say '{self.remembered()}'?",
            lambda: f"is the {self.name()} quote verified?",
            lambda: f"the {place} article says {self.remembered()}; is that accurate?",
            lambda: f"{place} hosted the first annual {event.series or event.kind}, right?",
            lambda: f"who represented {event.country or place} at the {event.kind}?",
            lambda: f"what did the {role.lower()} say about {rng.choice(self.topics) if self.topics else 'cyber'}?",
            lambda: f"is today the anniversary of the {event.name}?",
            lambda: f"how many years since the {place} {event.kind}?",
            lambda: f"who was the {role.lower()} when {place} hosted the {event.kind}?",
            lambda: f"hey, quick one: who said something like {self.remembered()}? thanks!",
            lambda: f"when was the {event.kind} in {with_typo(place, rng)} and who spoke there?",
        )
        return rng.choice(templates)()

    def quote_question(self, template: str, kind: str) -> Question:
        meant = self.remembered()
        asked = with_typo(meant, self.rng) if self.rng.random() < 0.5 else meant
        if self.rng.random() < 0.2 and len(asked.split()) > 3:
            words = asked.split()
            del words[self.rng.randrange(1, len(words) - 1)]
            asked = " ".join(words)
        return Question(kind, template.format(asked), meant)

    def one(self) -> Question:
        rng, kind = self.rng, self.rng.choices(_KINDS, _WEIGHTS)[0]
        if kind == "quote words":
            return self.quote_question("quote {}", kind)
        if kind == "who said":
            return self.quote_question(rng.choice(("who said {}", "who said {}?", "who said “{}”")), kind)
        if kind == "quote speaker":
            return Question(kind, f"{rng.choice(('quote', 'quotes'))} {self.name()}")
        if kind == "said about":
            topic = rng.choice(self.topics) if self.topics and rng.random() < 0.7 else self.remembered().split()[-1]
            return Question(kind, f"what did {self.name()} say about {topic}?")
        if kind == "quote topic":
            words = [rng.choice(self.topics)] if self.topics else []
            if rng.random() < 0.5:
                words.append(rng.choice(self.remembered().split()))
            return Question(kind, "quote " + " ".join(words))
        if kind == "who":
            return Question(kind, rng.choice(("who {}", "who is {}?")).format(self.name()))
        if kind == "event":
            event = rng.choice(self.events)
            text = event.name if rng.random() < 0.5 else f"{event.city or ''} {event.when.start.year}".strip()
            return Question(kind, f"event {with_typo(text, rng) if rng.random() < 0.3 else text}")
        if kind == "when where":
            event = rng.choice(self.events)
            return Question(kind, rng.choice(("when was the {} in {}?", "where was the {} {}?")).format(event.kind, event.city or event.when.start.year))
        if kind == "events list":
            roll = rng.random()
            arg = rng.choice(self.years) if roll < 0.4 else rng.choice(self.cities) if roll < 0.7 else (
                f"{calendar.month_name[rng.randint(1, 12)].lower()} {rng.choice(self.years)}")
            return Question(kind, f"events {arg}")
        if kind == "today":
            return Question(kind, f"{rng.choice(('today', 'on this day', 'otd'))} {self.date_text()}")
        if kind == "phrased":
            return Question(kind, self.phrased())
        if kind == "search":
            return Question(kind, f"search {' '.join(self.remembered().split()[:3])}")
        return Question(kind, f"what happened on {self.date_text()}?")


_KIND_WEIGHTS = {
    "quote words": 16, "who said": 12, "quote speaker": 10, "said about": 8, "quote topic": 6, "who": 8, "event": 8,
    "when where": 6, "events list": 6, "today": 10, "search": 6, "day question": 4, "phrased": 14,
}
_KINDS, _WEIGHTS = list(_KIND_WEIGHTS), list(_KIND_WEIGHTS.values())


def fresh_questions(knowledge: Knowledge, count: int, seed: int = 12) -> list[Question]:
    """``count`` distinct questions: every fixed command once, then generated ones, none repeated."""
    maker = QuestionMaker(knowledge, seed)
    questions = [Question("command", text) for text in FIXED]
    seen = {q.text.lower() for q in questions}
    attempts = 0
    while len(questions) < count and attempts < count * 50:
        attempts += 1
        question = maker.one()
        if question.text.lower() not in seen:
            seen.add(question.text.lower())
            questions.append(question)
    random.Random(seed).shuffle(questions)
    return questions[:count]
