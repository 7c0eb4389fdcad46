"""An article the compiled modules fail on with a TypeError is extracted again from the sources.

The failure is staged: ``extract_articles`` is wrapped so that it raises ``TypeError`` (as a
compiled module's type check does) on any batch holding the article ``bad``. The retry runs in a
subprocess, which the wrapper does not reach, so there the article extracts as it should.
Without compiled modules in use, the same error stays a failure named in the summary, as any
other error is, and the articles around it are still extracted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from spacy.language import Language
from typer.testing import CliRunner

from newsevents import compiled, extraction
from newsevents.ingest import pure_retry
from newsevents.ingest.extractors import Failure, InProcess, extract_chunk
from newsevents.records import Article, Extraction

pytestmark = pytest.mark.model

TEXT = "The foreign minister of Norway met the foreign minister of Finland in Oslo on Tuesday."
ERROR = 'str object expected; got list'


@pytest.fixture
def bad_article_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """``extract_articles`` raises a compiled-style TypeError on a batch holding ``bad``."""
    real = extraction.extract_articles

    def staged(articles: list[Article], **kwargs: object) -> object:
        articles = list(articles)
        if any(a.id == "bad" for a in articles):
            raise TypeError(ERROR)
        return real(articles, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "extract_articles", staged)


def _compiled(monkeypatch: pytest.MonkeyPatch, in_use: bool) -> None:
    monkeypatch.setattr(compiled, "in_use", lambda: in_use)


def _articles() -> list[Article]:
    return [Article(id=i, text=f"{TEXT}\n\nFiled as {i}.", date="2024-05-07") for i in ("before", "bad", "after")]


@pytest.mark.usefixtures("bad_article_raises")
def test_pure_retry_a_type_error_fails_alone_without_compiled_modules(
        monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    _compiled(monkeypatch, False)
    out = extract_chunk(_articles(), nlp, prefilter=True)
    assert [type(o) for o in out] == [Extraction, Failure, Extraction]
    failure = out[1]
    assert isinstance(failure, Failure) and failure.article.id == "bad"
    assert failure.message == f"extraction failed (TypeError: {ERROR})"


@pytest.mark.slow
@pytest.mark.usefixtures("bad_article_raises")
def test_pure_retry_extracts_the_article_again_as_pure_python(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    _compiled(monkeypatch, True)
    out = extract_chunk(_articles(), nlp, prefilter=True)
    assert all(isinstance(o, Extraction) for o in out)
    before, bad, after = (o for o in out if isinstance(o, Extraction))
    assert bad.article.id == "bad"
    assert [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in bad.events] == \
        [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in before.events]
    assert bad.events, "the sentence codes a meeting"
    assert [w for w in bad.warnings if "compiled modules failed" in w] == [
        f"the compiled modules failed on this article (TypeError: {ERROR}); it was extracted again as "
        "pure Python: please report it"]
    assert not any("compiled" in w for w in before.warnings + after.warnings)


@pytest.mark.usefixtures("bad_article_raises")
def test_pure_retry_only_for_type_errors_while_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    _compiled(monkeypatch, True)
    assert pure_retry.applies(TypeError("x"))
    assert not pure_retry.applies(ValueError("x"))
    _compiled(monkeypatch, False)
    assert not pure_retry.applies(TypeError("x"))


def test_pure_retry_needs_a_pipeline_newsevents_loaded() -> None:
    found = pure_retry.extract_pure([Article(id="a", text=TEXT)], Language(), prefilter=True, errors=["TypeError: x"])
    assert found == ["TypeError: x; extracting it again as pure Python failed too (the pipeline was not loaded "
                     "by newsevents)"]


def _loaded(monkeypatch: pytest.MonkeyPatch, arguments: object) -> None:
    """Make any pipeline count as loaded by newsevents, with ``arguments`` as its load arguments."""
    from newsevents.nlp import pipeline

    monkeypatch.setattr(pipeline, "load_arguments", lambda nlp: arguments)


def _subprocess_writes(monkeypatch: pytest.MonkeyPatch, outcomes: bytes, returncode: int = 0,
                       stderr: str = "") -> None:
    """Stand in for the subprocess: it writes ``outcomes`` as its outcomes file and exits."""
    import subprocess

    def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        Path(args[-1]).write_bytes(outcomes)
        return subprocess.CompletedProcess(args, returncode, "", stderr)

    monkeypatch.setattr(pure_retry.subprocess, "run", run)


def _two() -> list[Article]:
    return [Article(id="a", text=TEXT), Article(id="b", text=TEXT)]


def test_pure_retry_a_job_that_cannot_be_pickled_fails_each_article(monkeypatch: pytest.MonkeyPatch) -> None:
    _loaded(monkeypatch, lambda: None)  # a lambda does not pickle (as a user's unpicklable dictionary)
    found = pure_retry.extract_pure(_two(), Language(), prefilter=True, errors=["TypeError: x", "TypeError: y"])
    assert len(found) == 2 and all(isinstance(f, str) for f in found)
    assert str(found[0]).startswith("TypeError: x; extracting it again as pure Python failed too (")
    assert str(found[1]).startswith("TypeError: y; ")


def test_pure_retry_a_truncated_outcomes_file_fails_each_article(monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    _loaded(monkeypatch, None.__class__)  # any picklable stand-in
    _subprocess_writes(monkeypatch, pickle.dumps(["x", "y"])[:5])
    found = pure_retry.extract_pure(_two(), Language(), prefilter=True, errors=["TypeError: x", "TypeError: y"])
    assert [str(f).split(";")[0] for f in found] == ["TypeError: x", "TypeError: y"]
    assert all("failed too (" in str(f) for f in found)


def test_pure_retry_too_few_outcomes_fail_each_article(monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    _loaded(monkeypatch, None.__class__)
    _subprocess_writes(monkeypatch, pickle.dumps(["only one"]))
    found = pure_retry.extract_pure(_two(), Language(), prefilter=True, errors=["TypeError: x", "TypeError: y"])
    assert found == [f"TypeError: {e}; extracting it again as pure Python failed too (ValueError: 1 outcomes "
                     "for 2 articles)" for e in "xy"]


def test_pure_retry_a_failed_subprocess_keeps_the_compiled_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _loaded(monkeypatch, None.__class__)
    _subprocess_writes(monkeypatch, b"", returncode=1, stderr="Traceback ...\nMemoryError")
    monkeypatch.setattr(Path, "is_file", lambda self: False)
    found = pure_retry.extract_pure(_two()[:1], Language(), prefilter=True, errors=["TypeError: x"])
    assert found == ["TypeError: x; extracting it again as pure Python failed too (MemoryError)"]


def test_pure_retry_a_write_error_fails_each_article(monkeypatch: pytest.MonkeyPatch) -> None:
    _loaded(monkeypatch, None.__class__)

    def full(self: Path, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    found = pure_retry.extract_pure(_two()[:1], Language(), prefilter=True, errors=["TypeError: x"])
    assert found == ["TypeError: x; extracting it again as pure Python failed too "
                     "(OSError: [Errno 28] No space left on device)"]


@pytest.mark.usefixtures("bad_article_raises")
def test_pure_retry_a_failed_retry_loses_no_article_of_the_chunk(
        monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    _compiled(monkeypatch, True)
    _loaded(monkeypatch, lambda: None)  # the retry's job cannot be pickled
    out = extract_chunk(_articles(), nlp, prefilter=True)
    assert [type(o) for o in out] == [Extraction, Failure, Extraction]
    failure = out[1]
    assert isinstance(failure, Failure)
    assert failure.message.startswith(f"extraction failed (TypeError: {ERROR}; extracting it again as pure Python "
                                      "failed too (")


def test_pure_retry_a_second_failure_keeps_both_errors() -> None:
    assert pure_retry._warned("ValueError: y", "TypeError: x") == \
        "TypeError: x; extracting it again as pure Python failed too (ValueError: y)"


@pytest.mark.usefixtures("bad_article_raises")
def test_pure_retry_extract_names_the_failed_article_and_goes_on(
        monkeypatch: pytest.MonkeyPatch, extract_app: typer.Typer, tmp_path: Path) -> None:
    _compiled(monkeypatch, False)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": a.id, "text": a.text, "date": a.date}) + "\n" for a in _articles()),
                    encoding="utf-8")
    result = CliRunner().invoke(extract_app, ["extract", str(feed)])
    assert result.exit_code == 1
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == ["before", "after"]
    assert f"article bad: extraction failed (TypeError: {ERROR})" in result.stderr
    assert "1 input skipped" in result.stderr.splitlines()[-1] and "feed.jsonl:2" in result.stderr.splitlines()[-1]


@pytest.mark.usefixtures("bad_article_raises")
def test_pure_retry_ingest_reports_the_failed_article(
        monkeypatch: pytest.MonkeyPatch, nlp: Language, tmp_path: Path) -> None:
    from newsevents.ingest import ingest_paths
    from newsevents.store import EventStore

    _compiled(monkeypatch, False)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": a.id, "text": a.text, "date": a.date}) + "\n" for a in _articles()),
                    encoding="utf-8")
    with EventStore(tmp_path / "x.duckdb") as store:
        report = ingest_paths(store, [str(feed)], InProcess(nlp=nlp))
    assert report.articles_new == 2
    assert [(p.line, p.message) for p in report.failed] == [(2, f"extraction failed (TypeError: {ERROR})")]
