"""Session 26's speed-ups keep their answers: the lemmatizer twin with its word index in sets, and
sentence starts preset from the token offsets."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.extraction import _start_sentences_at
from newsevents.nlp.lemmas import INDEX_TABLE, STOCK, Lemmas, indexed_twin
from newsevents.nlp.pipeline import UNUSED, model_name

# Written for this test: plurals, past forms, comparatives and a word the index does not know.
TEXT = "The envoys fled faster than the frightened villagers, who had hidden their oxen and zorbles."


@pytest.fixture(scope="module")
def stock() -> Language:
    return spacy.load(model_name(), exclude=list(UNUSED))


@pytest.mark.model
def test_speed26_twin_lemmas_equal_the_stock_lemmatizer(stock: Language) -> None:
    lemmatizer = stock.get_pipe(STOCK)
    assert isinstance(lemmatizer, Lemmatizer)
    twin = indexed_twin(lemmatizer)
    doc = stock.make_doc(TEXT)
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
        doc = stock.get_pipe(name)(doc)
    got = [twin.lemmatize(t) for t in doc]
    assert got == [lemmatizer.lemmatize(t) for t in doc]
    assert [g[0] for g in got][1:4] == ["envoy", "flee", "fast"]


@pytest.mark.model
def test_speed26_twin_keeps_the_stock_tables(stock: Language) -> None:
    lemmatizer = stock.get_pipe(STOCK)
    assert isinstance(lemmatizer, Lemmatizer)
    twin = indexed_twin(lemmatizer)
    assert twin is not lemmatizer and type(twin) is type(lemmatizer) and twin.mode == lemmatizer.mode
    ours, theirs = twin.lookups.get_table(INDEX_TABLE), lemmatizer.lookups.get_table(INDEX_TABLE)
    assert set(ours) == set(theirs)
    for key, words in theirs.items():
        assert isinstance(words, list)  # the stock component is left as spaCy made it
        assert isinstance(ours[key], frozenset) and ours[key] == frozenset(words)
    assert twin.lookups.get_table("lemma_rules") is lemmatizer.lookups.get_table("lemma_rules")


@pytest.mark.model
def test_speed26_lemmas_read_the_tables_the_stock_has_when_used(stock: Language) -> None:
    lemmatizer = stock.get_pipe(STOCK)
    assert isinstance(lemmatizer, Lemmatizer)
    ours = Lemmas(lemmatizer)  # made before the stock is given other tables (as initialize() does)
    doc = stock.make_doc("The envoys fled.")
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
        doc = stock.get_pipe(name)(doc)
    saved = lemmatizer.lookups
    exceptions = saved.get_table("lemma_exc")
    changed = Table("lemma_exc", {key: dict(value) for key, value in exceptions.items()})
    changed["verb"] = {**exceptions["verb"], "fled": ["flit"]}
    lemmatizer.lookups = Lookups()
    for name in saved.tables:
        lemmatizer.lookups.set_table(name, changed if name == "lemma_exc" else saved.get_table(name))
    try:
        assert [t.lemma_ for t in ours(doc.copy())][1:3] == ["envoy", "flit"]
    finally:
        lemmatizer.lookups = saved
    assert [t.lemma_ for t in Lemmas(lemmatizer)(doc.copy())][1:3] == ["envoy", "flee"]


def _doc(words: list[str], spaces: list[bool]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces)


def _starts(doc: Doc) -> list[int]:
    return [t.i for t in doc if t.is_sent_start]


def test_speed26_sentence_start_on_the_word_at_or_after_the_offset() -> None:
    # "Talks end\n\nRebels left the city" : offsets 0 6 9 11 18 23 27
    doc = _doc(["Talks", "end", "\n\n", "Rebels", "left", "the", "city"], [True, False, False, True, True, True, False])
    _start_sentences_at(doc, [10])  # inside the blank line: the next word that is not a space
    assert _starts(doc) == [0, 3]
    assert doc[4].is_sent_start is False  # the word after a preset start stays in its sentence


def test_speed26_sentence_starts_inside_one_word_make_one_start() -> None:
    doc = _doc(["Troops", "withdrew", "from", "the", "town"], [True, True, True, True, False])
    _start_sentences_at(doc, [7, 4, 7])  # "withdrew" (offset 7) is the first word at or after each
    assert _starts(doc) == [0, 1]
    assert doc[2].is_sent_start is False
    again = _doc(["Troops", "withdrew", "from", "the", "town"], [True, True, True, True, False])
    _start_sentences_at(again, [8])  # inside "withdrew": the next word
    assert _starts(again) == [0, 2]


def test_speed26_sentence_start_past_the_text_changes_nothing() -> None:
    doc = _doc(["Police", "fired", "gas"], [True, True, False])
    _start_sentences_at(doc, [40])
    assert [t.is_sent_start for t in doc] == [True, None, None]
