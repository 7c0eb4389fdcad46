"""``newsevents ingest`` as a library call: the one driver from files to the store.

The driver reads the inputs (a problem with one input never stops the rest), skips articles
already stored (same content hash) *before* extraction, hands the rest to an extractor (this
process, a process pool or a Dask cluster, see :mod:`newsevents.ingest.extractors`) and writes
what comes back in batches, one transaction each (:class:`~newsevents.ingest.writer.BatchWriter`).
Reading, the stored-article check and the writes stay in this process, the one DuckDB writer;
a run killed at any moment leaves the store consistent, and the next run stores exactly what is
missing. The report, the progress count, the timing and the failure handling are written here
once, so every extractor gets the same options (``batch_size``, ``strict``, ``on_problem``;
``prefilter`` and ``model`` are the extractor's).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsevents.errors import StoreError
from newsevents.ingest.batch import BatchReport, count_inputs, good_articles, guarded
from newsevents.ingest.extractors import DEFAULT_CHUNK, Extractor, Failure, InProcess, Shard
from newsevents.ingest.writer import BATCH_SIZE, BatchWriter, fresh_articles
from newsevents.reading import ReadProblem
from newsevents.store.models import IngestReport
from newsevents.store.store import EventStore

Progress = Callable[[int, int | None], None]
"""Called as the ingest goes on with (articles read and extracted or skipped, articles expected or
``None`` if unknown)."""

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec


def ingest_paths(
    store: EventStore | None,
    paths: Sequence[str],
    extractor: Extractor | None = None,
    *,
    date: str | None = None,
    batch_size: int = BATCH_SIZE,
    strict: bool = False,
    on_progress: Progress | None = None,
    on_problem: Callable[[ReadProblem], None] | None = None,
) -> IngestReport:
    """Read ``paths``, extract the articles not yet stored with ``extractor`` (default: this
    process, :class:`~newsevents.ingest.extractors.InProcess`) and store them, at most
    ``batch_size`` per transaction. Inputs that cannot be read or extracted are reported (to
    ``on_problem`` as they happen, and in the report) and the rest is stored; ``strict`` stops at
    the first input that cannot be read. ``store`` may be None only for an extractor that writes
    its results itself (a Dask run writing Parquet)."""
    extractor = extractor or InProcess()
    if store is None and not extractor.writes_output:
        raise StoreError("this ingest needs a store to write to: give a database")
    started = time.perf_counter()
    report = IngestReport()
    read = BatchReport()
    articles = good_articles(guarded(paths, date), read, strict=strict, on_problem=on_problem)
    expected = count_inputs(paths) if on_progress else None
    done = 0

    def count(n: int) -> None:
        nonlocal done
        done += n

    writer = BatchWriter(store, report, batch_size) if store is not None else None
    for outcome in extractor.extract(fresh_articles(articles, store, report, batch_size, count)):
        if isinstance(outcome, Failure):
            _failed(outcome, report, on_problem)
        elif isinstance(outcome, Shard):
            if writer is None:
                report.articles_new += outcome.extracted
            else:
                writer.add_shard(outcome)
        elif writer is not None:
            writer.add(outcome)
        if on_progress is not None:
            on_progress(done, None if expected is None else max(expected, done))
    if writer is not None:
        writer.flush()
    if on_progress is not None:
        on_progress(done, None if expected is None else max(expected, done))
    report.failed[:0] = read.skipped
    report.seconds = time.perf_counter() - started
    return report


def _failed(failure: Failure, report: IngestReport, on_problem: Callable[[ReadProblem], None] | None) -> None:
    problem = ReadProblem(failure.article.source or failure.article.id, failure.message, failure.article.line)
    report.failed.append(problem)
    if on_problem is not None:
        on_problem(problem)


def make_extractor(*, workers: int | None = None, dask: str | None = None, out_dir: str | None = None,
                   model: str | None = None, prefilter: bool | None = None,
                   chunk_size: int | None = None, batch_size: int = BATCH_SIZE,
                   dictionaries: DictionarySpec | None = None) -> Extractor:
    """The extractor ``newsevents ingest`` options ask for: a Dask cluster at ``dask`` (writing a
    Parquet dataset to ``out_dir`` if given), this process for one worker, else a process pool of
    ``workers`` processes (default: all cores). ``chunk_size``: articles per ``nlp.pipe`` batch,
    pool task or Dask shard (default: each extractor's own; a shard, written in one transaction, is
    no larger than ``batch_size``). ``dictionaries``: the CAMEO dictionaries to code with."""
    if dask is not None:
        from newsevents.ingest.cluster import DEFAULT_SHARD, DaskCluster

        return DaskCluster(dask, workers=workers, model=model, prefilter=prefilter, out_dir=out_dir,
                           shard_size=chunk_size or min(DEFAULT_SHARD, batch_size), dictionaries=dictionaries)
    if out_dir is not None:
        raise StoreError("a Parquet dataset is written by a Dask run only: use --dask local on one machine")
    if workers == 1:
        return InProcess(model=model, prefilter=prefilter, chunk_size=chunk_size or DEFAULT_CHUNK,
                         dictionaries=dictionaries)
    from newsevents.ingest.pool import ProcessPool

    return ProcessPool(workers, model=model, prefilter=prefilter, chunk_size=chunk_size or DEFAULT_CHUNK,
                       dictionaries=dictionaries)
