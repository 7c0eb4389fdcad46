"""The one array view of a parsed ``Doc`` every stage reads instead of spaCy's per-call views: the
parse (dependency tree as index lists), token attributes, entities, sentences, the document text
joined once and span texts cut from it; built once, and the only thing we keep on the ``Doc``."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.events.frames import lemma_forms
from newsevents.nlp.docview import KEY, doc_view, lemma_forms_of
from newsevents.nlp.extensions import WARNINGS_KEY
from newsevents.nlp.sentences import doc_text, span_text

TEXTS = [
    "Sanctions were imposed on Minsk by the European Union on Tuesday.",
    "France, Germany, Italy and Spain condemned the raid, and Poland and Austria protested and walked out.",
    "Chile and Peru said they would hold joint naval drills, a spokesman told reporters.  "
    "\u201cWe are ready,\u201d the admiral said.\n\nNo date was given.",
    "",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_tree_matches_spacy_children_and_labels(nlp: Language, text: str) -> None:
    doc = nlp(text)
    parse = doc_view(doc)
    assert parse.deps == [t.dep_ for t in doc]
    assert [parse.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
    assert [parse.conjuncts(t.i) for t in doc] == [[c.i for c in t.conjuncts] for t in doc]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_tree_token_columns_match_spacy_attributes(nlp: Language, text: str) -> None:
    doc = nlp(text)
    parse = doc_view(doc)
    assert parse.heads == [t.head.i for t in doc]
    assert parse.idx == [t.idx for t in doc]
    assert parse.pos == [t.pos_ for t in doc]
    assert parse.tags == [t.tag_ for t in doc]
    assert parse.lower == [t.lower_ for t in doc]
    assert parse.lemmas == [t.lemma_ for t in doc]
    assert parse.ent_types == [t.ent_type_ for t in doc]
    assert parse.ents == doc.ents
    assert [parse.entity_at(t.i) for t in doc] == [next((e for e in doc.ents if e.start <= t.i < e.end), None)
                                                   for t in doc]


def _vocab() -> Vocab:
    """An English vocabulary without a model (it knows a word's lower-case form)."""
    return spacy.blank("en").vocab


def test_tree_reads_a_hand_built_parse() -> None:
    words = ["Troops", "were", "shelling", "towns", "in", "Donetsk"]
    doc = Doc(_vocab(), words=words, heads=[2, 2, 2, 2, 3, 4],
              deps=["nsubj", "aux", "ROOT", "dobj", "prep", "pobj"],
              pos=["NOUN", "AUX", "VERB", "NOUN", "ADP", "PROPN"],
              lemmas=["troop", "be", "shell", "town", "in", "Donetsk"],
              ents=["O", "O", "O", "O", "O", "B-GPE"])
    parse = doc_view(doc)
    assert parse.children(2) == [0, 1, 3]
    assert parse.children(4) == [5]
    assert parse.heads == [2, 2, 2, 2, 3, 4]
    assert parse.lower[0] == "troops"
    assert parse.ent_types == ["", "", "", "", "", "GPE"]
    place = parse.entity_at(5)
    assert place is not None and (place.start, place.end, place.label_) == (5, 6, "GPE")
    assert parse.entity_at(3) is None
    assert doc_view(doc) is parse  # read once per document


@pytest.mark.parametrize(("lower", "lemma", "pos", "forms"), [
    ("staged", "stag", "VERB", ("stag", "stage")),
    ("talks", "talk", "NOUN", ("talk",)),
    ("meeting", "meeting", "NOUN", ("meeting", "meet", "meete")),
    ("the", "the", "DET", ("the",)),
    ("Iran", "Iran", "PROPN", ("iran",)),
])
def test_tree_lemma_forms_add_guesses_for_content_words(lower: str, lemma: str, pos: str,
                                                        forms: tuple[str, ...]) -> None:
    assert lemma_forms_of(lower, lemma, pos) == forms


def test_frames_lemma_forms_read_the_table() -> None:
    doc = Doc(_vocab(), words=["Rebels", "staged", "attacks"], pos=["NOUN", "VERB", "NOUN"],
              lemmas=["rebel", "stag", "attack"])
    assert [lemma_forms(t) for t in doc] == [("rebel",), ("stag", "stage"), ("attack",)]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_sentences_doc_and_span_text_match_spacy(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc_text(doc) == doc.text
    spans = [*doc.sents, *doc.ents, *(doc[i : i + 3] for i in range(len(doc))), doc[0:0]]
    assert [span_text(s) for s in spans] == [s.text for s in spans]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS[:3])
def test_docview_is_built_once_and_is_all_we_keep_on_the_doc(nlp: Language, text: str) -> None:
    doc = nlp(text)  # every newsevents component has run and read the view
    view = doc_view(doc)
    assert doc_view(doc) is view
    # the others are the doc._ attributes, and the warnings a component leaves for the extraction
    assert {k for k in doc.user_data if isinstance(k, str)} - {WARNINGS_KEY} == {KEY}
    sents, number = view.sentences()
    assert [s.text for s in sents] == [s.text for s in doc.sents]
    assert number == [next(n for n, s in enumerate(doc.sents) if s.start <= t.i < s.end) for t in doc]
    assert view.texts == [t.text for t in doc] and view.normed[0] == doc[0].text.lower()
    assert view.idx == [t.idx for t in doc] and view.propn == [t.pos_ == "PROPN" for t in doc]
    assert [view.entity_at(t.i) for t in doc] == [next((e for e in doc.ents if e.start <= t.i < e.end), None)
                                                  for t in doc]
