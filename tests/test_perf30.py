"""A parsed ``Doc`` goes back as soon as its extraction is collected, not at the next collection.

Session 30: the view of a ``Doc`` (``nlp.docview``) and the actors' spans refer to the ``Doc``
that keeps them in ``doc.user_data``, so every parsed article was left in reference cycles that
only the cyclic garbage collector frees; a pool worker (whose collector runs seldom) kept some
hundred of them between collections. ``extraction._collected`` empties ``doc.user_data`` once the
extraction is made. No timings here: the tests count the ``Doc`` objects left alive.
"""

from __future__ import annotations

import gc

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extraction import _collected, extract_articles, make_doc
from newsevents.nlp.docview import KEY, doc_view
from newsevents.records import Article

ARTICLES = [
    Article(id=f"p30-{i}", date="2024-03-0" + str(i + 1),
            text=f"Police in Lusaka arrested {n} opposition activists on Monday. The government said the "
                 "protest was illegal, and the president met foreign envoys in the capital.")
    for i, n in enumerate(["two", "three", "four", "five", "six"])
]


def _live_docs() -> int:
    return sum(isinstance(o, Doc) for o in gc.get_objects())


@pytest.fixture
def collector_paused():
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_parsed_docs_are_not_kept_in_cycles(nlp: Language, collector_paused: None) -> None:
    before = _live_docs()
    extractions = list(extract_articles(ARTICLES, nlp=nlp, batch_size=len(ARTICLES)))
    assert [ex.article.id for ex in extractions] == [a.id for a in ARTICLES]
    assert all(ex.events or ex.actors for ex in extractions)
    # at most the last view's Doc is still held (nlp.docview keeps the last view it answered)
    assert _live_docs() - before <= 1


def test_collected_gives_the_extraction_then_empties_the_doc(nlp: Language) -> None:
    doc = next(iter(nlp.pipe([make_doc(nlp, ARTICLES[0])])))
    doc_view(doc)
    assert KEY in doc.user_data
    extraction = _collected(doc)
    assert extraction.article.id == ARTICLES[0].id and extraction.actors
    assert doc.user_data == {}


def test_extractions_are_the_same_with_or_without_emptying(nlp: Language) -> None:
    from newsevents.extraction import doc_to_extraction

    kept = [doc_to_extraction(doc) for doc in nlp.pipe([make_doc(nlp, a) for a in ARTICLES])]
    emptied = list(extract_articles(ARTICLES, nlp=nlp, prefilter=False))
    assert [(ex.actors, ex.events, ex.dates, ex.quotes, ex.figures, ex.warnings) for ex in emptied] == \
           [(ex.actors, ex.events, ex.dates, ex.quotes, ex.figures, ex.warnings) for ex in kept]


class _Node:
    def __init__(self) -> None:
        self.other: object = self


def test_a_worker_collects_the_young_cycles_a_task_left() -> None:
    import weakref

    from newsevents.ingest.worker import collect_young

    node = _Node()  # a cycle, as the model's step models leave them
    gone = weakref.ref(node)
    del node
    collect_young()
    assert gone() is None
