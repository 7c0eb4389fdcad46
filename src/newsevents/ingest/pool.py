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
from dataclasses import dataclass
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool

from spacy.language import Language

from newsevents.errors import NewsEventsError
from newsevents.records import Article, Extraction

DEFAULT_CHUNK = 16
"""Articles per task: large enough that pickling and scheduling cost little, small enough that
the work spreads evenly over the workers."""


@dataclass(frozen=True, slots=True)
class Failure:
    """An article whose extraction raised: where it came from and why."""

    article: Article
    message: str

    @property
    def where(self) -> str:
        """The article's file (and line), or its id."""
        where = self.article.source or self.article.id
        return f"{where}:{self.article.line}" if self.article.line is not None else where


Outcome = Extraction | Failure
"""What one article gives: its extraction, or the failure that stopped it."""


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


def _init_worker(model: str | None, prefilter: bool) -> None:
    """Pool initializer: load the pipeline once for the life of the worker process.

    An error here is kept and raised by the worker's first task: raised in the initializer, it
    would make the pool start replacement workers for ever.
    """
    global _NLP, _PREFILTER, _INIT_ERROR
    from newsevents.extraction import extract_articles
    from newsevents.nlp.pipeline import load_pipeline

    try:
        _NLP = load_pipeline(model)
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


def extract_chunk(articles: list[Article], nlp: Language, *, prefilter: bool) -> list[Outcome]:
    """Extract ``articles`` in one ``nlp.pipe`` batch; if the batch raises, article by article,
    so that one bad article fails alone."""
    from newsevents.extraction import extract_articles

    try:
        return list(extract_articles(articles, nlp=nlp, batch_size=len(articles), prefilter=prefilter))
    except Exception:  # retried one by one below to find the article that fails
        out: list[Outcome] = []
        for article in articles:
            try:
                out.extend(extract_articles([article], nlp=nlp, prefilter=prefilter))
            except Exception as exc:  # reported in the article's place; the run goes on
                out.append(Failure(article, f"extraction failed ({type(exc).__name__}: {exc})"))
        return out


def _run_chunk(articles: list[Article]) -> list[Outcome]:
    if _INIT_ERROR is not None:
        # Re-raised as the base class with the same message: it pickles back to the parent as is.
        raise NewsEventsError(str(_INIT_ERROR)) from None
    assert _NLP is not None, "the pool initializer has not run"
    return extract_chunk(articles, _NLP, prefilter=_PREFILTER)


# -- in the parent -----------------------------------------------------------------------------
def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def _in_process(articles: Iterable[Article], model: str | None, chunk_size: int,
                prefilter: bool) -> Iterator[Outcome]:
    from newsevents.nlp.pipeline import load_pipeline

    nlp: Language | None = None
    for chunk in _chunks(articles, chunk_size):
        nlp = nlp or load_pipeline(model)
        yield from extract_chunk(chunk, nlp, prefilter=prefilter)


def start_pool(workers: int, model: str | None = None, prefilter: bool = True) -> Pool:
    """A pool of ``workers`` spawned processes, each with the pipeline loaded.

    Spawned, not forked: a fork after spaCy (and its BLAS threads) are loaded can deadlock.
    """
    context = multiprocessing.get_context("spawn")
    return context.Pool(workers, initializer=_init_worker, initargs=(model, prefilter))


def extract_parallel(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    model: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    window: int | None = None,
    prefilter: bool | None = None,
    pool: Pool | None = None,
) -> Iterator[Outcome]:
    """Extract ``articles`` on ``workers`` processes (default: all cores), in input order.

    At most ``window`` chunks of ``chunk_size`` articles (default two per worker) are read ahead
    of the results consumed, whatever the size of the input. Pass a started ``pool`` (see
    :func:`start_pool`) to reuse its loaded workers across calls.
    """
    from newsevents.nlp.prefilter import enabled

    workers = workers or default_workers()
    if workers == 1 and pool is None:  # one worker: this process, without a pool to feed
        yield from _in_process(articles, model, chunk_size, enabled(prefilter))
        return
    window = window or 2 * workers
    active = pool  # started on the first chunk: an empty input loads no model
    try:
        pending: deque[AsyncResult[list[Outcome]]] = deque()
        for chunk in _chunks(articles, chunk_size):
            if active is None:
                active = start_pool(workers, model, enabled(prefilter))
            pending.append(active.apply_async(_run_chunk, (chunk,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        if pool is None and active is not None:
            active.terminate()
            active.join()
