"""``newsevents ingest --dask``: extraction as tasks on a Dask cluster.

The client reads the inputs and cuts the articles into shards of ``shard_size``; each shard is
one task. A task runs on a worker process that loads the spaCy pipeline once (a per-process
cached loader, :func:`newsevents.nlp.pipeline.load_pipeline`); only article records go to the
worker and only Arrow tables come back, never a model or a ``Doc``. Then, either:

- with ``out_dir``, the task writes the shard's Parquet partitions there (see
  :mod:`newsevents.ingest.parquet`; the directory must be reachable by every worker), and the
  dataset is left for DuckDB, Spark or Dask users; or
- with a ``store``, the shard's tables travel back to the client, which bulk-loads them in shard
  order, one transaction per shard, so the stored events do not depend on which worker ran what.

Failed tasks are retried; tasks of a worker lost mid-run are run again elsewhere by the
scheduler. Shards are loaded by number and each article once, so nothing is lost or doubled.
At most ``window`` shards are in flight: memory stays bounded whatever the corpus size.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from newsevents.errors import MissingExtra
from newsevents.ingest.pool import Failure, default_workers, extract_chunk
from newsevents.reading import ReadProblem
from newsevents.records import Article, Extraction
from newsevents.store.models import IngestReport
from newsevents.store.rows import StagedBatch, stage
from newsevents.store.store import EventStore

DEFAULT_SHARD = 32
"""Articles per task."""
LOCAL = "local"
"""The address that starts a LocalCluster on this machine instead of joining a scheduler."""


def require_dask() -> Any:
    """The ``distributed`` module, or :class:`MissingExtra` naming the extra to install."""
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError as exc:
        raise MissingExtra("--dask", "dask", "distributed") from exc
    return distributed


@dataclass(slots=True)
class ShardResult:
    """What one task did: its shard number, the articles it extracted and those that failed;
    ``batch`` holds the staged tables when they travel back instead of going to Parquet."""

    index: int
    extracted: int
    failed: list[tuple[str, str, int | None]] = field(default_factory=list)
    batch: StagedBatch | None = None


def extract_shard(index: int, articles: list[Article], out_dir: str | None, model: str | None,
                  prefilter: bool) -> ShardResult:
    """The task: extract one shard on a worker and write or return its tables."""
    from newsevents.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)  # cached in the worker process: loaded by its first task only
    extractions: list[Extraction] = []
    failed: list[tuple[str, str, int | None]] = []
    for outcome in extract_chunk(articles, nlp, prefilter=prefilter):
        if isinstance(outcome, Failure):
            failed.append((outcome.article.source or outcome.article.id, outcome.message, outcome.article.line))
        else:
            extractions.append(outcome)
    batch = stage(extractions)
    if out_dir is None:
        return ShardResult(index, len(extractions), failed, batch)
    from newsevents.ingest.parquet import write_partition

    write_partition(batch, out_dir, index)
    return ShardResult(index, len(extractions), failed)


def _shards(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while shard := list(islice(it, size)):
        yield shard


def connect(address: str, workers: int | None = None) -> tuple[Any, Any]:
    """A Dask client for ``address`` (``local`` starts a LocalCluster of ``workers`` processes,
    one thread each); returns ``(client, cluster or None)``."""
    distributed = require_dask()
    if address == LOCAL:
        cluster = distributed.LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                           processes=True, dashboard_address=None)
        return distributed.Client(cluster), cluster
    return distributed.Client(address), None


@dataclass(slots=True)
class DaskRun:
    """The settings of one run on a cluster."""

    client: Any
    shard_size: int = DEFAULT_SHARD
    window: int | None = None
    retries: int = 3
    model: str | None = None
    prefilter: bool = True


def run_shards(run: DaskRun, articles: Iterable[Article], out_dir: str | None,
               on_result: Callable[[ShardResult], None]) -> int:
    """Submit ``articles`` shard by shard and hand each result to ``on_result`` in shard order;
    return the number of shards. A shard whose task fails for good is handed on as a result in
    which every article failed."""
    workers = max(1, len(run.client.scheduler_info().get("workers", {})))
    window = run.window or 2 * workers + 1
    token = uuid.uuid4().hex[:8]
    pending: dict[int, tuple[Any, list[Article]]] = {}
    next_index = 0

    def drain() -> None:
        nonlocal next_index
        future, shard = pending.pop(next_index)
        try:
            result = future.result()
        except Exception as exc:  # the task failed after its retries: its articles are reported
            reason = f"extraction task failed ({type(exc).__name__}: {exc})"
            result = ShardResult(next_index, 0, [(a.source or a.id, reason, a.line) for a in shard])
        future.release()
        on_result(result)
        next_index += 1

    count = 0
    for index, shard in enumerate(_shards(articles, run.shard_size)):
        future = run.client.submit(extract_shard, index, shard, out_dir, run.model, run.prefilter,
                                   key=f"newsevents-shard-{token}-{index}", retries=run.retries, pure=False)
        pending[index] = (future, shard)
        count += 1
        if len(pending) >= window:
            drain()
    while pending:
        drain()
    return count


def _problems(result: ShardResult) -> list[ReadProblem]:
    return [ReadProblem(source, message, line) for source, message, line in result.failed]


def ingest_dask(store: EventStore, articles: Iterable[Article], run: DaskRun,
                on_problem: Callable[[ReadProblem], None] | None = None) -> IngestReport:
    """Extract ``articles`` on the cluster and bulk-load every shard into ``store`` in order."""
    started = time.perf_counter()
    report = IngestReport()

    def load(result: ShardResult) -> None:
        for problem in _problems(result):
            report.failed.append(problem)
            if on_problem is not None:
                on_problem(problem)
        if result.batch is not None:
            report.add(store.write(result.batch))

    run_shards(run, articles, None, load)
    report.seconds = time.perf_counter() - started
    return report


def extract_to_parquet(articles: Iterable[Article], out_dir: str | Path, run: DaskRun,
                       on_problem: Callable[[ReadProblem], None] | None = None) -> IngestReport:
    """Extract ``articles`` on the cluster into a Parquet dataset at ``out_dir`` (no store);
    the report counts the articles written as new."""
    started = time.perf_counter()
    report = IngestReport()
    Path(out_dir).mkdir(parents=True, exist_ok=True)

    def done(result: ShardResult) -> None:
        report.articles_new += result.extracted
        for problem in _problems(result):
            report.failed.append(problem)
            if on_problem is not None:
                on_problem(problem)

    run_shards(run, articles, str(Path(out_dir).resolve()), done)
    report.seconds = time.perf_counter() - started
    return report


def ingest_paths_dask(
    paths: Sequence[str],
    address: str,
    *,
    store: EventStore | None = None,
    out_dir: str | Path | None = None,
    workers: int | None = None,
    date: str | None = None,
    model: str | None = None,
    shard_size: int = DEFAULT_SHARD,
    strict: bool = False,
    prefilter: bool | None = None,
    on_problem: Callable[[ReadProblem], None] | None = None,
) -> IngestReport:
    """``newsevents ingest --dask``: read ``paths`` here, extract on the cluster at ``address``
    (``local``: a LocalCluster of ``workers`` processes), then store the results in ``store``
    or write them as a Parquet dataset at ``out_dir``."""
    from newsevents.ingest.batch import BatchReport, good_articles
    from newsevents.ingest.parallel import fresh_articles
    from newsevents.ingest.serial import _guarded
    from newsevents.nlp.prefilter import enabled

    if (store is None) == (out_dir is None):
        raise ValueError("give either a store or an output directory")
    started = time.perf_counter()
    read = BatchReport()
    articles: Iterable[Article] = good_articles(_guarded(paths, date), read, strict=strict,
                                                on_problem=on_problem)
    client, cluster = connect(address, workers)
    try:
        run = DaskRun(client, shard_size=shard_size, model=model, prefilter=enabled(prefilter))
        if store is not None:
            pre = IngestReport()
            report = ingest_dask(store, fresh_articles(articles, store, pre, shard_size), run, on_problem)
            report.articles_stored += pre.articles_stored
        else:
            assert out_dir is not None
            report = extract_to_parquet(articles, out_dir, run, on_problem)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.failed[:0] = read.skipped
    report.seconds = time.perf_counter() - started
    return report
