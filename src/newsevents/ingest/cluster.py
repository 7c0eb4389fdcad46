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

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.errors import MissingExtra
from newsevents.ingest.extractors import Failure, Outcome, Shard, chunks, extract_chunk
from newsevents.ingest.pool import default_workers
from newsevents.records import Article, Extraction
from newsevents.store.rows import StagedBatch, stage

DEFAULT_SHARD = 32
"""Articles per task."""
LOCAL = "local"
"""The address that starts a LocalCluster on this machine instead of joining a scheduler."""

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec


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
    failed: list[Failure] = field(default_factory=list)
    batch: StagedBatch | None = None


def extract_shard(index: int, articles: list[Article], out_dir: str | None, model: str | None,
                  prefilter: bool, dictionaries: DictionarySpec | None = None) -> ShardResult:
    """The task: extract one shard on a worker and write or return its tables."""
    from newsevents.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model, dictionaries=dictionaries)  # cached in the worker process: loaded by its first task only
    extractions: list[Extraction] = []
    failed: list[Failure] = []
    for outcome in extract_chunk(articles, nlp, prefilter=prefilter):
        if isinstance(outcome, Failure):
            failed.append(outcome)
        else:
            extractions.append(outcome)
    batch = stage(extractions)
    if out_dir is None:
        return ShardResult(index, len(extractions), failed, batch)
    from newsevents.ingest.parquet import write_partition

    write_partition(batch, out_dir, index)
    return ShardResult(index, len(extractions), failed)


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
    dictionaries: DictionarySpec | None = None


def shard_results(run: DaskRun, articles: Iterable[Article], out_dir: str | None) -> Iterator[ShardResult]:
    """Submit ``articles`` shard by shard and yield each result in shard order. A shard whose task
    fails for good is yielded as a result in which every article failed."""
    workers = max(1, len(run.client.scheduler_info().get("workers", {})))
    window = run.window or 2 * workers + 1
    token = uuid.uuid4().hex[:8]
    pending: dict[int, tuple[Any, list[Article]]] = {}
    next_index = 0

    def drain() -> ShardResult:
        nonlocal next_index
        future, shard = pending.pop(next_index)
        try:
            result: ShardResult = future.result()
        except Exception as exc:  # the task failed after its retries: its articles are reported
            reason = f"extraction task failed ({type(exc).__name__}: {exc})"
            result = ShardResult(next_index, 0, [Failure(a, reason) for a in shard])
        future.release()
        next_index += 1
        return result

    for index, shard in enumerate(chunks(articles, run.shard_size)):
        future = run.client.submit(extract_shard, index, shard, out_dir, run.model, run.prefilter, run.dictionaries,
                                   key=f"newsevents-shard-{token}-{index}", retries=run.retries, pure=False)
        pending[index] = (future, shard)
        if len(pending) >= window:
            yield drain()
    while pending:
        yield drain()


def run_shards(run: DaskRun, articles: Iterable[Article], out_dir: str | None,
               on_result: Callable[[ShardResult], None]) -> int:
    """:func:`shard_results`, each handed to ``on_result``; returns the number of shards."""
    count = 0
    for result in shard_results(run, articles, out_dir):
        on_result(result)
        count += 1
    return count


class DaskCluster:
    """The extractor of ``newsevents ingest --dask ADDRESS``: shards of ``shard_size`` articles as
    tasks on the cluster at ``address`` (``local``: a LocalCluster of ``workers`` processes).

    Each shard comes back as the store's staged tables (a :class:`~newsevents.ingest.extractors.Shard`
    the driver writes in one transaction, in shard order, so the stored events do not depend on
    which worker ran what), or, with ``out_dir``, is written there as Parquet partitions by the
    worker (the directory must be reachable by every worker) and no store is needed.
    """

    def __init__(self, address: str, *, workers: int | None = None, model: str | None = None,
                 prefilter: bool | None = None, out_dir: str | Path | None = None,
                 shard_size: int = DEFAULT_SHARD, window: int | None = None, retries: int = 3,
                 dictionaries: DictionarySpec | None = None) -> None:
        from newsevents.nlp.prefilter import enabled

        self.address = address
        self.workers = workers
        self.out_dir = None if out_dir is None else Path(out_dir)
        self.writes_output = out_dir is not None
        self.run: dict[str, Any] = dict(shard_size=shard_size, window=window, retries=retries)
        self.model = model
        self.dictionaries = dictionaries
        self.prefilter = enabled(prefilter)

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Connect, then the outcomes of ``articles`` shard by shard, in order; the client (and a
        local cluster) are closed when the stream ends."""
        out_dir = None
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            out_dir = str(self.out_dir.resolve())
        client, cluster = connect(self.address, self.workers)
        try:
            run = DaskRun(client, model=self.model, prefilter=self.prefilter, dictionaries=self.dictionaries,
                          **self.run)
            for result in shard_results(run, articles, out_dir):
                yield from result.failed
                yield Shard(result.extracted, result.batch)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
