"""``newsevents extract`` never aborts a batch: an article whose extraction raises is a reported
skip (file, line, id, reason) and the articles around it still give their output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.ingest.batch import BatchReport, extract_paths

MARK = "Zyxwvut"


@Language.component("test_fails_on_mark")
def _fails_on_mark(doc: Doc) -> Doc:
    """A component that breaks on one article, as a bug in a real component would."""
    if MARK in doc.text:
        raise RuntimeError("the component broke on this article")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp() -> Language:
    from newsevents.nlp.pipeline import load_pipeline

    nlp = load_pipeline.__wrapped__()  # a pipeline of its own, not the shared cached one
    nlp.add_pipe("test_fails_on_mark", first=True)
    return nlp


@pytest.mark.slow
def test_extract_skips_a_failing_article_and_goes_on(fragile_nlp: Language, tmp_path: Path) -> None:
    records = [{"id": "one", "date": "2024-05-02", "text": "Chile's president met Peru's foreign minister in Lima."},
               {"id": "bad", "date": "2024-05-02", "text": f"{MARK} said nothing at all to anybody today."},
               {"id": "three", "date": "2024-05-02", "text": "Police in Quito arrested protesters on Monday."}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = BatchReport()
    seen: list[str] = []
    out = list(extract_paths([str(path)], report, nlp=fragile_nlp, on_problem=lambda p: seen.append(str(p))))
    assert [ex.article.id for ex in out] == ["one", "three"]
    assert out[0].events and out[1].events
    assert len(report.skipped) == 1 and report.skipped[0].line == 2
    assert seen == [f"{path}:2: article bad: extraction failed (RuntimeError: the component broke on this article)"]
    assert "1 input skipped" in report.summary() and f"{path}:2" in report.summary()
