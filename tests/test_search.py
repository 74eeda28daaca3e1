"""The search index: normalising, typo correction, prefixes and ranking."""

import pytest

from bot.answering.search import CANDIDATES, GATHER_LIMIT, RESCORE, Doc, SearchIndex, Vocabulary, normalize
from bot.reply import ItemRef


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luminița Odobescu", "luminita odobescu"),
        ("Mircea Geoană's speech!", "mircea geoana s speech"),
        ("  “No one stands alone”  ", "no one stands alone"),
        ("CO-HOSTED", "co hosted"),
        ("🔥", ""),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def _doc(type_, id_, key, body="", names=()):
    return Doc(ItemRef(type_, id_), normalize(key), normalize(body), names)


@pytest.fixture(scope="module")
def index():
    return SearchIndex(
        [
            _doc("person", "jens-stoltenberg", "Jens Stoltenberg NATO Secretary General", names=("jens stoltenberg",)),
            _doc("person", "mark-rutte", "Mark Rutte NATO Secretary General", names=("mark rutte", "rutte")),
            _doc("event", "tirana", "NATO Cyber Defence Conference 2025 Tirana Albania", "Rutte spoke by video"),
            _doc("event", "hague", "Cyber Defence Pledge Conference 2024 The Hague Netherlands", "co-organised with Romania", names=("cyber defence pledge conference 2024",)),
            _doc("pledge", "pledge", "Cyber Defence Pledge 2016", names=("cyber defence pledge",)),
            _doc("quote", "alone", "No one stands alone in NATO solidarity"),
            _doc("quote", "invest", "Allies are stepping up their investment in cyber defence investment"),
        ]
    )


@pytest.mark.parametrize(
    ("query", "types", "best"),
    [
        ("stoltenbreg", None, "jens-stoltenberg"),
        ("rute", ("person",), "mark-rutte"),
        ("tiranna", None, "tirana"),
        ("hauge", None, "hague"),
        ("TIRANA", None, "tirana"),
        ("the conference in Tirana", ("event",), "tirana"),
        ("2024 pledge conference", ("event",), "hague"),
        ("cyber defence pledge", None, "pledge"),
        ("no one stands alone", ("quote",), "alone"),
        ("stolt", ("person",), "jens-stoltenberg"),
    ],
)
def test_best_hit(index, query, types, best):
    hits = index.search(query, types=types, prefix=query == "stolt")
    assert hits[0].ref.id == best


def test_types_filter_results(index):
    assert {h.ref.type for h in index.search("cyber defence", types=("quote",))} == {"quote"}


@pytest.mark.parametrize("query", ["", "the of and", "biden", "xyzzy"])
def test_nothing_for_unknown_or_empty_queries(index, query):
    assert index.search(query) == []


def test_words_in_names_weigh_more_than_words_in_the_body(index):
    hits = index.search("rutte")
    assert [h.ref.id for h in hits][:2] == ["mark-rutte", "tirana"]
    assert hits[0].coverage == 1.0 and hits[1].coverage == 0.5


def test_vocabulary_corrects_one_edit_and_prefers_names():
    vocabulary = Vocabulary({"route": 50, "rutte": 1, "stoltenberg": 3})
    assert vocabulary.correct("rute") == "route"  # more frequent wins among equals
    assert vocabulary.correct("rute", among={"rutte"}) == "rutte"
    assert vocabulary.correct("stoltenbreg") == "stoltenberg"
    assert vocabulary.correct("abc") is None  # short tokens are never guessed
    assert vocabulary.correct("zzzzzz") is None


def test_completions_need_three_letters():
    vocabulary = Vocabulary({"stoltenberg": 3, "stockholm": 1})
    assert vocabulary.completions("st") == []
    assert vocabulary.completions("sto") == ["stoltenberg", "stockholm"]


def test_common_words_only_rescore_candidates_gathered_by_rare_ones():
    """"cyber" is in more than GATHER_LIMIT docs: it finds nothing itself, but still counts where "rarity" found something."""
    docs = [_doc("quote", f"q{n}", f"cyber defence words{n}") for n in range(2 * GATHER_LIMIT)]
    docs += [_doc("quote", "decoy", "rarity elsewhere"), _doc("quote", "target", "cyber rarity")]
    hits = SearchIndex(docs).search("cyber rarity")
    assert [h.ref.id for h in hits] == ["target", "decoy"]  # no doc holding only "cyber" is a candidate
    assert hits[0].coverage == 1.0 and hits[1].coverage < 1.0  # "cyber" added its weight to the target


def test_docs_scored_alike_at_the_cut_are_not_taken_in_file_order():
    """Every doc holds the one rare word "osmiex" and scores alike: the candidates rapidfuzz rescores are those
    holding the question's other words, else those nearest its length, wherever they are in the file."""
    filler = "alliance members network " * 8
    docs = [_doc("quote", f"q{n}", f"{filler} osmiex {filler}") for n in range(3 * CANDIDATES)]
    stopwords = SearchIndex([*docs, _doc("quote", "stopwords", f"{filler} why for osmiex {filler}")])
    assert stopwords.search("why for osmiex")[0].ref.id == "stopwords"  # holds "why" and "for" too
    short = SearchIndex([*docs, _doc("quote", "short", "the osmiex report")])
    assert short.search("osmiex")[0].ref.id == "short"  # of about the length asked


def test_docs_holding_a_common_word_are_kept_at_the_cut_where_it_adds_weight():
    """"digital" is in more than GATHER_LIMIT docs: it adds weight only to the best RESCORE of those the rare word found;
    when they all score alike, those holding "digital" are among them."""
    docs = [_doc("quote", f"d{n}", f"digital words{n}") for n in range(2 * GATHER_LIMIT)]
    docs += [_doc("quote", f"r{n}", f"luminita other{n}") for n in range(2 * RESCORE)]
    docs.append(_doc("quote", "target", "digital can luminita"))
    assert SearchIndex(docs).search("digital can luminita")[0].ref.id == "target"


def test_word_set_is_the_split_words_and_keeps_only_the_last_few_texts():
    from bot.answering import normalizing

    texts = [f"when was the conference in year {n}" for n in range(3 * normalizing.WORD_SETS_KEPT)]
    for text in texts:
        assert normalizing.word_set(text) == frozenset(text.split())
        assert normalizing.word_set(text) is normalizing.word_set(text)  # split once
    assert len(normalizing._WORD_SETS) <= normalizing.WORD_SETS_KEPT + 1
    assert normalizing.word_set("") == frozenset()
