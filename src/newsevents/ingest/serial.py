"""``newsevents ingest`` as a library call: read, skip what is stored, extract, store in batches.

Articles already in the store (same content hash) are skipped *before* extraction, so re-running
a folder costs only the reading. Each batch is one transaction: a run killed at any moment leaves
the store consistent, and the next run stores exactly what is missing.

A batch closes at :data:`BATCH_SIZE` articles or :data:`BATCH_SECONDS` after its first
extraction, whichever comes first (:class:`BatchWriter`): every write has a fixed cost of a few
statements and a commit, which big batches spread thin, while the time bound keeps the work a kill
can lose, and the wait between progress reports, to a few seconds on a slow machine. The serial
and the parallel ingest (``--workers``) share both defaults.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from spacy.language import Language

from newsevents.errors import NewsEventsError, StoreError
from newsevents.extraction import extract_articles
from newsevents.ingest.batch import BatchReport, good_articles
from newsevents.reading import ReadProblem, iter_articles
from newsevents.records import Article, Extraction
from newsevents.store.models import IngestReport
from newsevents.store.rows import content_hash, stage
from newsevents.store.store import EventStore

BATCH_SIZE = 256
"""Most articles per transaction (``--batch-size``)."""

BATCH_SECONDS = 5.0
"""A batch is written once this many seconds have passed since its first extraction arrived,
however few articles it holds (checked as extractions arrive)."""

EXTRACT_CHUNK = 16
"""Articles the serial ingest reads, checks against the store and extracts together (one
``nlp.pipe`` batch): small, so a batch can close on time."""

Progress = Callable[[int, int | None], None]
"""Called as the ingest goes on with (articles read and extracted or skipped, articles expected or
``None`` if unknown)."""


def _guarded(paths: Sequence[str], date: str | None) -> Iterator[Article | ReadProblem]:
    """The reader's output path by path: an input that makes the reader fail is one problem, and
    the paths after it are still read."""
    for path in paths:
        try:
            yield from iter_articles([path], date=date)
        except NewsEventsError as exc:
            yield ReadProblem(path, str(exc))
        except (OSError, UnicodeError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            yield ReadProblem(path, f"cannot read this input ({reason}); check that it is a readable "
                                    "article file")


def count_inputs(paths: Sequence[str]) -> int:
    """How many files ``paths`` name (directories walked): the progress bar's first estimate."""
    total = 0
    for p in paths:
        path = Path(p)
        total += sum(1 for f in path.rglob("*") if f.is_file()) if path.is_dir() else 1
    return total


def _extract(articles: list[Article], nlp: Language, failed: list[ReadProblem]) -> list[Extraction]:
    """Extract a batch; if the batch fails, extract one by one so one bad article fails alone."""
    try:
        return list(extract_articles(articles, nlp=nlp, batch_size=len(articles)))
    except Exception:  # retried one article at a time below, to find the one that fails
        out: list[Extraction] = []
        for article in articles:
            try:
                out.extend(extract_articles([article], nlp=nlp))
            except Exception as exc:  # reported with the article; the batch goes on
                where = article.source or article.id
                failed.append(ReadProblem(where, f"extraction failed ({type(exc).__name__}: {exc})",
                                          article.line))
        return out


def unstored(chunk: list[Article], store: EventStore, seen: set[str], report: IngestReport) -> list[Article]:
    """The articles of ``chunk`` neither stored yet nor ``seen`` earlier in this run (by content
    hash); the others are counted in ``report.articles_stored``. ``seen`` gains the chunk's hashes."""
    keys = [content_hash(a) for a in chunk]
    stored = store.stored(keys)
    fresh: list[Article] = []
    for key, article in zip(keys, chunk, strict=True):
        if key in stored or key in seen:
            report.articles_stored += 1
        else:
            fresh.append(article)
        seen.add(key)
    return fresh


class BatchWriter:
    """Extractions on their way to the store: one transaction per ``size`` articles, or fewer once
    ``seconds`` have passed since the first one of the batch arrived. Call :meth:`flush` at the end."""

    def __init__(self, store: EventStore, report: IngestReport, size: int = BATCH_SIZE,
                 seconds: float = BATCH_SECONDS) -> None:
        if size < 1:
            raise StoreError(f"a batch holds at least one article, not {size}: use a batch size of 1 or more")
        self.store = store
        self.report = report
        self.size = size
        self.seconds = seconds
        self._pending: list[Extraction] = []
        self._opened = 0.0

    def add(self, extraction: Extraction) -> bool:
        """Queue ``extraction``; write the batch if it is full or old enough. True if it wrote."""
        if not self._pending:
            self._opened = time.monotonic()
        self._pending.append(extraction)
        if len(self._pending) >= self.size or time.monotonic() - self._opened >= self.seconds:
            self.flush()
            return True
        return False

    def flush(self) -> None:
        """Write what is queued, in one transaction."""
        if self._pending:
            batch, self._pending = self._pending, []
            self.report.add(self.store.write(stage(batch)))


def ingest_paths(
    store: EventStore,
    paths: Sequence[str],
    *,
    date: str | None = None,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
    strict: bool = False,
    on_progress: Progress | None = None,
    on_problem: Callable[[ReadProblem], None] | None = None,
) -> IngestReport:
    """Read ``paths``, extract the articles not yet stored and store them, at most ``batch_size``
    per transaction (see :class:`BatchWriter`). Inputs that cannot be read or extracted are
    reported and the rest is stored."""
    started = time.perf_counter()
    report = IngestReport()
    read = BatchReport()
    articles = good_articles(_guarded(paths, date), read, strict=strict, on_problem=on_problem)
    expected = count_inputs(paths) if on_progress else None
    seen: set[str] = set()
    done = 0
    writer = BatchWriter(store, report, batch_size)
    while chunk := list(islice(articles, EXTRACT_CHUNK)):
        fresh = unstored(chunk, store, seen, report)
        if fresh:
            if nlp is None:
                from newsevents.nlp.pipeline import load_pipeline

                nlp = load_pipeline(model)
            failed: list[ReadProblem] = []
            extractions = _extract(fresh, nlp, failed)
            for problem in failed:
                if on_problem is not None:
                    on_problem(problem)
            report.failed.extend(failed)
            for extraction in extractions:
                writer.add(extraction)
        done += len(chunk)
        if on_progress is not None:
            on_progress(done, None if expected is None else max(expected, done))
    writer.flush()
    report.failed[:0] = read.skipped
    report.seconds = time.perf_counter() - started
    return report
