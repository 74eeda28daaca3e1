"""The knowledge cache's columns: what is read back is the knowledge that was written, object for object."""

from __future__ import annotations

import io
import pickle

import pytest

from bot import cache_format
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import FuzzyDate, Quote
from bot.paths import default_knowledge_path


def round_trip(value, entries):
    file = io.BytesIO()
    cache_format.dump(value, entries, file)
    file.seek(0)
    return cache_format.load(file, pickle.Unpickler)


def quote(n: int, **fields) -> Quote:
    values = {"id": f"q{n}", "speaker": "p", "text": f"words {n}", "source": "s", "said": FuzzyDate(2024), **fields}
    return Quote(**values)


def test_the_shipped_knowledge_reads_back_equal():
    knowledge = load_knowledge(default_knowledge_path())
    entries = [item for name in knowledge.counts() for item in getattr(knowledge, name).values()]
    again = round_trip(knowledge, entries)
    assert again == knowledge
    for name in knowledge.counts():
        for item_id, item in getattr(knowledge, name).items():
            assert getattr(again, name)[item_id] == item


def test_a_field_every_entry_shares_is_written_once_and_read_back_as_that_object():
    note, said = "one note for all", FuzzyDate(2020, 5)
    quotes = [quote(n, note=note, said=said) for n in range(50)]
    file = io.BytesIO()
    cache_format.dump(quotes, quotes, file)
    assert file.getvalue().count(note.encode()) == 1
    again = round_trip(quotes, quotes)
    assert again == quotes
    assert len({id(q.note) for q in again}) == 1 and len({id(q.said) for q in again}) == 1
    assert [q.text for q in again] == [f"words {n}" for n in range(50)]


def test_equal_but_distinct_values_stay_a_column():
    quotes = [quote(n, note="".join(["same ", "text"])) for n in range(3)]  # equal, not one object
    assert type(cache_format._column(quotes, "note")) is list
    assert round_trip(quotes, quotes) == quotes


@pytest.mark.parametrize("damage", [(), ("a", "b"), [None]])
def test_a_column_of_the_wrong_shape_is_refused(damage):
    quotes = [quote(n) for n in range(3)]
    file = io.BytesIO()
    pickler = cache_format._TablePickler(file, protocol=pickle.HIGHEST_PROTOCOL)
    tables = cache_format._tables(quotes)
    pickler.dump(list(tables.values()))
    pickler.blanks = False
    columns = [[cache_format._column(instances, name) for name in cache_format._FIELDS[cls]] for cls, instances in tables.items()]
    columns[cache_format.MODEL_CLASSES.index(Quote)][2] = damage  # the text column
    pickler.dump(columns)
    pickler.dump(quotes)
    file.seek(0)
    with pytest.raises(pickle.UnpicklingError):
        cache_format.load(file, pickle.Unpickler)
