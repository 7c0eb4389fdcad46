"""The keyed lemmatizer gives the lemmas spaCy's own lemmatizer gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from newsevents.nlp.lemmas import FACTORY, STOCK, Lemmas, use_keyed_lemmas
from newsevents.nlp.pipeline import UNUSED, model_name

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
# Written for this test: irregular verbs, plurals, comparatives, contractions, names, spaces.
TEXTS = [
    "The ministers were meeting again; they had met twice and would meet once more.",
    "Protesters fled as police fired tear gas.  Children's shoes lay in the streets.\n\nWorse was to come.",
    "She's gone to Geneva, where the envoys had sought better terms than theirs.",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    return spacy.load(model_name(), exclude=list(UNUSED))


def _before_lemmas(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
        doc = nlp.get_pipe(name)(doc)
    return doc


@pytest.mark.model
def test_lemmas_same_as_spacy(stock: Language) -> None:
    lemmatizer = stock.get_pipe(STOCK)
    assert isinstance(lemmatizer, Lemmatizer)
    ours = Lemmas(lemmatizer)
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:10]]
    assert len(texts) > len(TEXTS)
    for _ in range(2):  # the second pass answers from the table of lemmas already found
        for text in texts:
            doc = _before_lemmas(stock, text)
            expected, got = lemmatizer(doc.copy()), ours(doc.copy())
            assert [t.lemma_ for t in got] == [t.lemma_ for t in expected], text[:60]
    assert ours.found  # the table filled
    doc = ours(_before_lemmas(stock, TEXTS[0]))
    assert [t.lemma_ for t in doc][1:6] == ["minister", "be", "meet", "again", ";"]


@pytest.mark.model
def test_lemmas_keep_lemmas_set_by_the_attribute_rules(stock: Language) -> None:
    lemmatizer = stock.get_pipe(STOCK)
    assert isinstance(lemmatizer, Lemmatizer)
    doc = _before_lemmas(stock, "They aren't coming, and she isn't either.")
    ruled = {t.i: t.lemma_ for t in doc if t.lemma != 0}
    assert ruled  # the attribute rules lemmatise "n't" and "is"
    got = Lemmas(lemmatizer)(doc)
    assert {i: got[i].lemma_ for i in ruled} == ruled


@pytest.mark.model
def test_lemmas_run_in_our_pipeline_in_place_of_the_stock_step(nlp: Language) -> None:
    assert FACTORY in nlp.pipe_names and STOCK in nlp.disabled
    assert [t.lemma_ for t in nlp("Rebels seized two towns.")][:3] == ["rebel", "seize", "two"]


def test_lemmas_leave_a_pipeline_without_lemmatizer_alone() -> None:
    nlp = spacy.blank("en")
    assert use_keyed_lemmas(nlp) is False
    assert nlp.pipe_names == []
