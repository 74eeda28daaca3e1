"""A spreadsheet's row or a form pasted with blanks to fill -> the one row the question routes read: what is named
first, then each blank as "<column> ?".

    "event=tirana 2025, date=?, host=?"                            -> "tirana 2025 | date ? | host ?"
    "summit=Warsaw; dates=?"                                       -> "Warsaw summit | dates ?"
    "event,year,city,sg_speaker\\nCyber Defence Pledge Conference,2018,?,?"
                                                                   -> "Cyber Defence Pledge Conference 2018 | city ? | sg speaker ?"
    "quote | speaker | event\\n'I call on Allies to recommit' | ? | ?"
                                                                   -> "who said 'I call on Allies to recommit' | event ?"
    "event = berlin 2023 | opener = rutte | check"                 -> "berlin 2023 | opener rutte | check"

An ops coordinator fills a sheet this way: a header line and a row under it (cells split by "|", "," or a tab), or
"key=value" cells on one line, with "?", "???", "___", "tbd" or nothing where a value is wanted. A label for the row
itself ("event", "name", "item") is no word of the question; a kind of gathering ("summit=warsaw") stays with its
value. A cell filled in that is no label stays as typed ("opener = rutte"): what the row claims, for the checks after.
Only a header whose row has as many cells, or a line with a "key=value" cell, is read so; anything else is left as
typed; a row of pipes is read again only where a column is asked in a sheet's own words ("text ?", "no. of
attendees ?", "1st ?"). Pure; a message with no "=", no line break and no "|" pays three substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: A value left to be filled: "?", "??", "___", "tbd", "-" or nothing.
_BLANK = lazy_pattern(r"\s*(?:\?+|_+|-+|\.{2,}|…|tbd|tbc|n/a)?\s*", re.IGNORECASE)
#: A column's or key's name: a few words, no sentence ("sg_speaker", "co-hosts", "cyber pledge issued on").
_LABEL = lazy_pattern(r"[a-z][a-z0-9_ ./+&'()-]{0,40}", re.IGNORECASE)
#: Labels naming the row itself, no word of what is asked: "event=tirana 2025", "name: kaja kallas".
_ROW_LABELS = frozenset("event item entry row name title subject topic id record thing what quote quotation line".split())
#: Labels that are a kind of gathering, kept beside the value: "summit=warsaw" is the Warsaw summit.
_KIND_LABELS = frozenset("summit conference conf exercise meeting campaign initiative pledge".split())
#: A row's own year or place, filled in beside what is asked: "event,year,city\nX,2018,?".
_PLACE_LABELS = frozenset("year yr city place location country".split())
#: Columns asking who said a line in quotation marks: "quote | speaker", "line | said by".
_SPEAKER_LABELS = frozenset(("speaker", "speakers", "who", "said by", "author", "person", "attributed to", "attribution"))
#: A column counting something: "no. of attendees", "number of delegates", "delegates count" -> "how many attendees".
_COUNT_LABEL = lazy_pattern(r"^(?:(?:no|nr|num|number|#|count|total)\.?(?: of)? (?P<what>.+)|(?P<counted>.+?) (?:count|number|total|no\.?))$", re.IGNORECASE)
#: Columns that are only a series' editions by number: "1st = ?, 2nd = ?, 3rd = ?".
_ORDINAL_LABEL = lazy_pattern(r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)(?: edition| one)?", re.IGNORECASE)
_EDITIONS_WORD = lazy_pattern(r"\s+(?:editions?|conferences|events|list)$", re.IGNORECASE)
#: A quote's own words asked as a column beside it: "Odobescu quote | text ?" (a quote's reply is its words).
_WORDING_LABELS = frozenset(("text", "wording", "words", "exact words", "exact wording", "verbatim", "full text", "quote text"))
_SHOWN_WITH_QUOTE = _WORDING_LABELS | frozenset("event occasion date year when where venue place city speaker who source".split())
#: A cell of a pipe row asking its column: "text ?", "no. of delegates ?".
_ASKED_CELL = lazy_pattern(r"\s*(?P<key>[a-z0-9][a-z0-9_ ./+&'()-]{0,40}?)\s*\?+\s*", re.IGNORECASE)
_PIPE = lazy_pattern(r"\s*\|\s*")
#: "date=?", "no. of attendees = ?", "editions: 1st = ?" (what is before a colon or a dash names the row).
_KEY_VALUE = lazy_pattern(r"^\s*(?:(?P<named>[^:=]{2,80}?)(?::|\s[-\u2013\u2014])\s+)?(?P<key>[a-z0-9][a-z0-9_ ./+&'()-]{0,40}?)\s*=\s*(?P<value>.*)$", re.IGNORECASE)
_COMMA_OUTSIDE_QUOTES = lazy_pattern(r',(?=(?:[^"]*"[^"]*")*[^"]*$)')
_CELL_SPLIT = lazy_pattern(r"\s*[|;,\t]\s*")
#: The check a filled row ends with: "| ok?", "| pls check", "- is the date right?", ", confirm yr", "correct?".
_CHECK_CUE = lazy_pattern(r"(?:\s*[|,]\s*|\s+[-\u2013\u2014]\s+)(?:(?:pls|please|just|can you|could you|ok)\s+)*(?:check|confirm|verify|ok|okay|correct|right|accurate"
                          r"|is (?:th(?:e|at|is) (?:\w+ )?)?(?:right|correct|accurate|ok))(?:\s+(?:yr|year|date|dates|pls|please|this|that|it|for (?:col|column) \w+))*\s*\??\s*$", re.IGNORECASE)
#: The cells of a row put to be checked: split by "|" or a dash between spaces.
_ROW_CELLS = lazy_pattern(r"\s*\|\s*|\s+[-\u2013\u2014]\s+")
_LABELLED = lazy_pattern(r"(?P<label>[a-z][a-z ]{1,20}):\s*(?P<value>.+)", re.IGNORECASE)
#: A decision a row names beside a gathering: "cyber pledge", "art 5 decision", "cyber defence concept".
_DECIDED = lazy_pattern(r"\b(?:pledge|policy|concept|centre|center|decision|capability|commitment|domain)\b", re.IGNORECASE)
#: Words of a sentence, never of a sheet's cell: "who said ... - is that right?" is no row.
_SENTENCE_WORDS = lazy_pattern(r"\b(?:is|was|were|are|did|does|do|has|have|who|what|when|where|which|how|why|said|says|true|that)\b", re.IGNORECASE)
_MOST_CELL_WORDS = 6
_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
_YEAR_LAST = lazy_pattern(r"\s+(?:19|20)\d\d$")
_GATHERING = lazy_pattern(r"\b(?:summit|conference|conf|meeting)\b", re.IGNORECASE)
_QUOTED = lazy_pattern(r"""^\s*(?:'[^']{8,}'|"[^"]{8,}"|\u201c[^\u201d]{8,}\u201d)\s*$""")


def form_as_row(text: str) -> str:
    """``text`` (as typed) read as one row "<named> | <column> ? | ..." when it is a sheet's row or a form; else ``text``."""
    if "=" not in text and "\n" not in text:  # most questions: no form
        if ("|" in text or " - " in text) and (checked := _checked_row(text)) is not None:
            return checked
        return _pipe_row(text) if "|" in text and "?" in text else text
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    cells = _header_row(lines) if len(lines) >= 2 else None
    if cells is None and len(lines) == 1 and "=" in text:
        cells = _key_values(lines[0])
    return _as_row(cells) if cells else text


def _checked_row(text: str) -> str | None:
    """A row filled in and put to be checked, as the claim it makes: "Hague 2024 | 16-17 June 2024 | ok?" -> "Hague 2024
    was 16-17 June 2024, right?"; a decision a gathering's row names is what was agreed there ("warsaw summit 2015 - cyber
    pledge, confirm yr" -> "cyber pledge was agreed at warsaw summit 2015, right?"). None when the row asks no check."""
    cue = _CHECK_CUE.search(text)
    if cue is None:
        return None
    cells = [cell.strip(" ,") for cell in _ROW_CELLS.split(text[:cue.start()]) if cell.strip(" ,")]
    if len(cells) < 2 or any(_BLANK.fullmatch(cell) or "?" in cell or len(cell.split()) > _MOST_CELL_WORDS or _SENTENCE_WORDS.search(cell) for cell in cells):
        return None  # a sentence with dashes in it ("is it true that rome - the 2022 one - ..."), not a row
    first, own = cells[0], set(cells[0].lower().split()) | {"the"}
    claimed = [_claimed(cell) for cell in cells[1:] if not set(cell.lower().split()) <= own]  # "Hague 2024 | The Hague": no claim
    if len(claimed) == 1 and _DECIDED.search(claimed[0]) and _GATHERING.search(first):
        return f"{claimed[0]} was agreed at {first}, right?"
    if any(_YEAR.search(cell) for cell in claimed) and (named := _YEAR_LAST.sub("", first)) != first and named.strip():
        first = named  # "Washington summit 2023 | 9-11 July 2023": the year is part of the date claimed, not of the name
    return f"{first} was {', '.join(claimed)}, right?" if claimed else None


def _claimed(cell: str) -> str:
    """A cell as what the row claims: "Opener: Rutte" -> "opener Rutte", "NL+Romania" -> "in NL+Romania"."""
    if labelled := _LABELLED.fullmatch(cell):
        return f"{labelled['label'].lower()} {labelled['value']}"
    return cell if any(ch.isdigit() for ch in cell) or _DECIDED.search(cell) else f"in {cell}"


def _pipe_row(text: str) -> str:
    """A row typed "X | column ? | column ?", read again only where a column is asked in a sheet's words of its own:
    "Odobescu quote | text ? | event ?" (the quote's words are its text), "Rome 2022 | no. of delegates ?"."""
    cells = [(blank[1], "?") if (blank := _ASKED_CELL.fullmatch(cell)) else ("", cell) for cell in _PIPE.split(text.strip())]
    asked = [key for key, _ in cells if key]
    if not any(_COUNT_LABEL.match(key) or key.lower() in _WORDING_LABELS for key in asked) and not (asked and all(_ORDINAL_LABEL.fullmatch(key) for key in asked)):
        return text
    return _as_row(cells)


def _cells(line: str, mark: str) -> list[str]:
    """The cells of one line of a sheet split by ``mark``."""
    if mark == ",":
        return [cell.strip() for cell in _COMMA_OUTSIDE_QUOTES.split(line)]  # "\"we must, not\",?": one cell, its marks kept
    return [cell.strip() for cell in line.strip().strip(mark).split(mark)]


def _header_row(lines: list[str]) -> list[tuple[str, str]] | None:
    """The header line's labels paired with the first line under it that has as many cells and a blank among them."""
    mark = next((m for m in ("|", "\t", ",") if m in lines[0]), None)
    if mark is None:
        return None
    labels = _cells(lines[0], mark)
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    for line in lines[1:]:
        values = _cells(line, mark) if mark in line else []
        if len(values) == len(labels) and any(_BLANK.fullmatch(value) for value in values):
            return list(zip(labels, values, strict=True))
    return None


def _key_values(line: str) -> list[tuple[str, str]] | None:
    """The "key=value" cells of one line, a cell without "=" kept as a value of no key ("..., confirm")."""
    pairs = []
    for cell in _CELL_SPLIT.split(line):
        if not cell:
            continue
        pair = _KEY_VALUE.match(cell)
        if pair and pair["named"]:
            pairs.append(("", pair["named"].strip()))
        pairs.append((pair["key"], pair["value"].strip()) if pair else ("", cell))
    keyed = [(key.lower(), value) for key, value in pairs if key]
    return pairs if any(_BLANK.fullmatch(value) or key in _ROW_LABELS or key in _KIND_LABELS for key, value in keyed) else None  # "x = y": no form


def _as_row(cells: list[tuple[str, str]]) -> str:
    """(column, value) cells as one row: what is named, the cells filled in that claim something, each blank asked."""
    named, asked, filled, tail = [], [], [], []
    for key, value in cells:
        label = key.replace("_", " ").strip().lower()
        if _BLANK.fullmatch(value):
            asked.append(_column_asked(label))
        elif label in _KIND_LABELS:
            named.append(f"{value} {label}")  # "summit=warsaw"
        elif not label and named:
            tail.append(value)  # "..., confirm"
        elif not named or not label or label in _ROW_LABELS or label in _PLACE_LABELS and not asked:
            if not set(value.lower().split()) <= set(" ".join(named).lower().split()):
                named.append(value)  # the row's first cell, its label, its year or city: "Cyber Defence Pledge Conference,2018"
        else:
            filled.append(f"{label} {value}")
    if not named and not asked:
        return " | ".join(filled + tail)
    lead = " ".join(named)
    if lead and (counted := next((label for label in asked if label.startswith("how many ")), None)):
        lead, asked = f"{counted} at {lead}", [label for label in asked if label != counted]  # "Tallinn 2021 | no. of speakers = ?"
    if "quote" in lead.lower().split() and asked and all(label.lower() in _SHOWN_WITH_QUOTE for label in asked):
        return lead  # "Odobescu quote | text ? | event ?": a quote is shown with its words, speaker, occasion and date
    if lead and asked and all(_ORDINAL_LABEL.fullmatch(label) for label in asked):
        return f"{_EDITIONS_WORD.sub('', lead)} series"  # "X editions: 1st = ?, 2nd = ?": the series, its editions in order
    if asked and _QUOTED.match(lead) and (who := [label for label in asked if label in _SPEAKER_LABELS]):
        lead, asked = f"who said {lead.strip()}", [label for label in asked if label not in who]
    return " | ".join([part for part in (lead, *filled, *(f"{label} ?" for label in asked), *tail) if part])


def _column_asked(label: str) -> str:
    """A column's name as asked: "no. of attendees" -> "how many attendees"; most as they are."""
    counted = _COUNT_LABEL.match(label)
    if counted is None:
        return label
    what = counted["what"] or counted["counted"]
    return f"how many {what if what.endswith('s') else what + 's'}"  # "attendee count": how many attendees
