"""The per-document caches the components read instead of spaCy's per-call views: the
dependency tree as index lists, the document text joined once, and span texts cut from it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.events.tree import tree
from newsevents.sentences import doc_text, span_text

TEXTS = [
    "Sanctions were imposed on Minsk by the European Union on Tuesday.",
    "Chile and Peru said they would hold joint naval drills, a spokesman told reporters.  "
    "\u201cWe are ready,\u201d the admiral said.\n\nNo date was given.",
    "",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_tree_matches_spacy_children_and_labels(nlp: Language, text: str) -> None:
    doc = nlp(text)
    parse = tree(doc)
    assert parse.deps == [t.dep_ for t in doc]
    assert [parse.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_sentences_doc_and_span_text_match_spacy(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc_text(doc) == doc.text
    spans = [*doc.sents, *doc.ents, *(doc[i : i + 3] for i in range(len(doc))), doc[0:0]]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
