"""The model on numpy's BLAS (newsevents.nlp.blas) parses as it does on thinc's default, blis."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps, get_current_ops

from newsevents.nlp import blas
from newsevents.nlp.pipeline import UNUSED, load_pipeline, model_name

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
# Written for this test: long and short sentences, names, numbers, a list, a quotation.
TEXTS = [
    "The two delegations met in Oslo on Thursday and agreed to meet again within a month.",
    "\"We will not give up,\" the union's leader told some 4,000 marchers outside parliament.",
    "Troops, police and militia fighters were deployed across the three northern provinces.",
]

needs_fast_blas = pytest.mark.skipif(blas.numpy_blas() not in blas.FAST_BLAS,
                                     reason="numpy's BLAS here is not one newsevents switches to")


def _analysis(doc: Doc) -> list[tuple[str, str, str, int, str, str]]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc]


@pytest.mark.model
@needs_fast_blas
def test_numpy_blas_parses_as_blis() -> None:
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    assert len(texts) > 10
    stock = spacy.load(model_name(), exclude=list(UNUSED))
    with blas.model_ops():
        fast = spacy.load(model_name(), exclude=list(UNUSED))
    assert all(getattr(p, "model", None) is None or not getattr(p.model.ops, "use_blis", True)
               for _, p in fast.pipeline)
    assert all(getattr(p, "model", None) is None or getattr(p.model.ops, "use_blis", False)
               for _, p in stock.pipeline)
    with blas.one_blas_thread():
        fast_docs = list(fast.pipe(texts, batch_size=8))
    for text, want, got in zip(texts, stock.pipe(texts, batch_size=8), fast_docs, strict=True):
        assert _analysis(got) == _analysis(want), text[:60]


@pytest.mark.model
@needs_fast_blas
def test_pipeline_layers_use_numpy_and_leave_the_default_alone() -> None:
    nlp: Language = load_pipeline()
    ops = [p.model.ops for _, p in nlp.pipeline if getattr(p, "model", None) is not None]
    assert ops and all(type(o) is NumpyOps and not o.use_blis for o in ops)
    current = get_current_ops()  # loading did not change the process's default backend
    assert type(current) is NumpyOps and current.use_blis


@needs_fast_blas
def test_one_blas_thread_is_undone() -> None:
    def threads() -> set[int]:
        return {i["num_threads"] for i in blas._controller().info() if i["user_api"] == "blas"}

    before = threads()  # numpy's default: one thread per core
    assert before
    with blas.one_blas_thread():
        assert threads() == {1}
    assert threads() == before


def test_blis_kept_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_BLIS", "1")
    assert not blas.use_numpy_blas()
    with blas.model_ops():
        assert getattr(get_current_ops(), "use_blis", True)
