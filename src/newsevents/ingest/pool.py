"""Extraction on several processes of one machine, streaming, in input order, memory bounded.

Each worker process loads the spaCy pipeline once (in the pool initializer) and turns chunks of
articles into :class:`~newsevents.records.Extraction` records, which are small and pickle fast;
spaCy ``Doc`` objects never leave a worker. The parent reads articles only as fast as the
workers take them: at most ``window`` chunks are in flight, so memory does not grow with the
corpus. Results come back in input order. An article whose extraction raises is reported as a
:class:`Failure` in its place, and the run goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING

from spacy.language import Language

from newsevents.errors import NewsEventsError
from newsevents.ingest.extractors import DEFAULT_CHUNK, Failure, InProcess, chunks, extract_chunk
from newsevents.records import Article, Extraction

Outcome = Extraction | Failure
"""What one article gives on the pool: its extraction, or the failure that stopped it."""

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec



def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# -- inside a worker process -----------------------------------------------------------------
_NLP: Language | None = None
_PREFILTER = True
_INIT_ERROR: Exception | None = None
_WARM_UP = Article(id="warm-up", text="The French president met German officials in Berlin on Monday.",
                   date="2024-01-03")


def _init_worker(model: str | None, prefilter: bool, dictionaries: DictionarySpec | None = None) -> None:
    """Pool initializer: load the pipeline once for the life of the worker process.

    An error here is kept and raised by the worker's first task: raised in the initializer, it
    would make the pool start replacement workers for ever.
    """
    global _NLP, _PREFILTER, _INIT_ERROR
    from newsevents.extraction import extract_articles
    from newsevents.nlp.pipeline import load_pipeline

    try:
        _NLP = load_pipeline(model, dictionaries=dictionaries)
        _PREFILTER = prefilter
        # One small article loads the dictionaries and gazetteers now, not in the first task.
        list(extract_articles([_WARM_UP], nlp=_NLP, prefilter=prefilter))
        settle_garbage_collector()
    except Exception as exc:  # re-raised by _run_chunk, in the parent's call
        _INIT_ERROR = exc


def settle_garbage_collector() -> None:
    """Tune the collector of a worker process that has loaded everything it will keep.

    The model, dictionaries and gazetteer are hundreds of thousands of objects that live as long
    as the worker: frozen, the collector never scans them again. Extraction makes many short-lived
    objects; collecting the young generation every 50,000 allocations instead of 700 saves about
    3% of the worker's time (measured on the benchmark corpus) for a few megabytes more.
    Only for processes newsevents owns: a library must not retune its caller's collector.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 1_000)


def _run_chunk(articles: list[Article]) -> list[Outcome]:
    if _INIT_ERROR is not None:
        # Re-raised as the base class with the same message: it pickles back to the parent as is.
        raise NewsEventsError(str(_INIT_ERROR)) from None
    assert _NLP is not None, "the pool initializer has not run"
    return extract_chunk(articles, _NLP, prefilter=_PREFILTER)


# -- in the parent -----------------------------------------------------------------------------
def start_pool(workers: int, model: str | None = None, prefilter: bool = True,
               dictionaries: DictionarySpec | None = None) -> Pool:
    """A pool of ``workers`` spawned processes, each with the pipeline loaded.

    Spawned, not forked: a fork after spaCy (and its BLAS threads) are loaded can deadlock.
    """
    context = multiprocessing.get_context("spawn")
    return context.Pool(workers, initializer=_init_worker, initargs=(model, prefilter, dictionaries))


def extract_parallel(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    model: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    window: int | None = None,
    prefilter: bool | None = None,
    pool: Pool | None = None,
    dictionaries: DictionarySpec | None = None,
) -> Iterator[Outcome]:
    """Extract ``articles`` on ``workers`` processes (default: all cores), in input order.

    At most ``window`` chunks of ``chunk_size`` articles (default two per worker) are read ahead
    of the results consumed, whatever the size of the input. Pass a started ``pool`` (see
    :func:`start_pool`) to reuse its loaded workers across calls.
    """
    from newsevents.nlp.prefilter import enabled

    workers = workers or default_workers()
    if workers == 1 and pool is None:  # one worker: this process, without a pool to feed
        yield from InProcess(model=model, prefilter=prefilter, chunk_size=chunk_size,
                             dictionaries=dictionaries).extract(articles)
        return
    window = window or 2 * workers
    active = pool  # started on the first chunk: an empty input loads no model
    try:
        pending: deque[AsyncResult[list[Outcome]]] = deque()
        for chunk in chunks(articles, chunk_size):
            if active is None:
                active = start_pool(workers, model, enabled(prefilter), dictionaries)
            pending.append(active.apply_async(_run_chunk, (chunk,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        if pool is None and active is not None:
            active.terminate()
            active.join()


class ProcessPool:
    """The extractor of ``newsevents ingest --workers N``: :func:`extract_parallel` on ``workers``
    processes (default: all cores), ``chunk_size`` articles per task."""

    writes_output = False

    def __init__(self, workers: int | None = None, *, model: str | None = None, prefilter: bool | None = None,
                 chunk_size: int = DEFAULT_CHUNK, dictionaries: DictionarySpec | None = None) -> None:
        self.workers = workers or default_workers()
        self.model = model
        self.dictionaries = dictionaries
        self.prefilter = prefilter
        self.chunk_size = chunk_size

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """The outcomes of ``articles``, in order."""
        return extract_parallel(articles, workers=self.workers, model=self.model, chunk_size=self.chunk_size,
                                prefilter=self.prefilter, dictionaries=self.dictionaries)
