"""``newsevents ingest --workers N``: the store's ingest with extraction on a process pool.

Same contract as :func:`newsevents.ingest.serial.ingest_paths`: articles already stored are
skipped before extraction, each batch is one transaction (closed by size or age, see
:class:`~newsevents.ingest.serial.BatchWriter`), inputs that cannot be read or extracted are
reported and the rest is stored. Only the extraction moves to worker processes;
reading, the stored-article check and the writes stay in this process, which is the one DuckDB
writer.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from newsevents.ingest.batch import BatchReport, good_articles
from newsevents.ingest.pool import DEFAULT_CHUNK, Failure, default_workers, extract_parallel
from newsevents.ingest.serial import BATCH_SIZE, BatchWriter, Progress, _guarded, count_inputs, unstored
from newsevents.reading import ReadProblem
from newsevents.records import Article
from newsevents.store.models import IngestReport
from newsevents.store.store import EventStore


def fresh_articles(articles: Iterable[Article], store: EventStore, report: IngestReport, size: int,
                   on_read: Callable[[int], None] | None = None) -> Iterator[Article]:
    """The articles not stored yet (nor seen earlier in this run), checked ``size`` at a time.

    The first check takes one task's worth of articles only: the pool starts on the first task, and
    its workers load their models while the rest is read."""
    it = iter(articles)
    seen: set[str] = set()
    step = min(size, DEFAULT_CHUNK)
    while chunk := list(islice(it, step)):
        yield from unstored(chunk, store, seen, report)
        if on_read is not None:
            on_read(len(chunk))
        step = size


def ingest_parallel(
    store: EventStore,
    paths: Sequence[str],
    *,
    workers: int | None = None,
    date: str | None = None,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
    chunk_size: int = DEFAULT_CHUNK,
    strict: bool = False,
    prefilter: bool | None = None,
    on_progress: Progress | None = None,
    on_problem: Callable[[ReadProblem], None] | None = None,
) -> IngestReport:
    """Read ``paths`` and store the articles not yet stored, extracting on ``workers`` processes
    (default: all cores); at most ``batch_size`` articles per transaction, in input order."""
    started = time.perf_counter()
    report = IngestReport()
    read = BatchReport()
    articles = good_articles(_guarded(paths, date), read, strict=strict, on_problem=on_problem)
    expected = count_inputs(paths) if on_progress else None
    done = 0

    def count(n: int) -> None:
        nonlocal done
        done += n

    fresh = fresh_articles(articles, store, report, batch_size, count)
    writer = BatchWriter(store, report, batch_size)
    for outcome in extract_parallel(fresh, workers=workers or default_workers(), model=model,
                                    chunk_size=chunk_size, prefilter=prefilter):
        if isinstance(outcome, Failure):
            problem = ReadProblem(outcome.article.source or outcome.article.id, outcome.message,
                                  outcome.article.line)
            report.failed.append(problem)
            if on_problem is not None:
                on_problem(problem)
            continue
        if writer.add(outcome) and on_progress is not None:
            on_progress(done, None if expected is None else max(expected, done))
    writer.flush()
    if on_progress is not None:
        on_progress(done, None if expected is None else max(expected, done))
    report.failed[:0] = read.skipped
    report.seconds = time.perf_counter() - started
    return report
