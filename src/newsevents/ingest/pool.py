"""Extraction on several processes of one machine, streaming, in input order, memory bounded.

Each worker process loads the spaCy pipeline once and turns chunks of articles into
:class:`~newsevents.records.Extraction` records, which are small and pickle fast; spaCy ``Doc``
objects never leave a worker. The parent reads articles only as fast as the workers take them:
at most ``window`` chunks are in flight, so memory does not grow with the corpus. Results come
back in input order. An article whose extraction raises is reported as a :class:`Failure` in its
place, and the run goes on.

The parent watches its workers itself (not through ``multiprocessing.Pool``, which restarts a
dead worker but never returns the task it held). A task is lost when its worker exits (killed
by the out-of-memory killer, a crash), its pipe breaks, or it passes ``task_seconds``; the
articles of a lost chunk are then retried one by one on fresh workers, and an article lost a
second time is reported as a :class:`Failure` by id. Workers that cannot start (an error while
loading the model, an interpreter that exits at once) stop the run within seconds with the
reason, as a :class:`~newsevents.errors.NewsEventsError`.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

from newsevents.errors import NewsEventsError
from newsevents.ingest.extractors import DEFAULT_CHUNK, Failure, InProcess, chunks, extract_chunk
from newsevents.records import Article, Extraction

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec

Outcome = Extraction | Failure
"""What one article gives on the pool: its extraction, or the failure that stopped it."""

TASK_SECONDS = 600.0
"""A task (one chunk, or one article on retry) still running after this long is taken as lost:
its worker is killed and the articles retried (``$NEWSEVENTS_TASK_SECONDS`` changes it)."""

START_FAILURES = 3
"""Workers that may exit before they are ready, per worker asked for, before the pool gives up."""


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_task_seconds() -> float:
    """:data:`TASK_SECONDS`, or ``$NEWSEVENTS_TASK_SECONDS``."""
    value = os.environ.get("NEWSEVENTS_TASK_SECONDS", "").strip()
    try:
        return float(value) if value else TASK_SECONDS
    except ValueError:
        from newsevents.errors import BadSetting

        raise BadSetting("NEWSEVENTS_TASK_SECONDS", value, "a number of seconds, e.g. 600") from None


# -- inside a worker process -----------------------------------------------------------------
_WARM_UP = Article(id="warm-up", text="The French president met German officials in Berlin on Monday.",
                   date="2024-01-03")


def _worker_main(conn: Connection, model: str | None, prefilter: bool,
                 dictionaries: DictionarySpec | None = None) -> None:
    """A worker's life: load the pipeline, say it is ready (or why it cannot be), then answer
    ``(key, articles)`` tasks with ``(key, outcomes)`` until told to stop (``None``)."""
    from newsevents.extraction import extract_articles
    from newsevents.nlp.pipeline import load_pipeline

    try:
        nlp = load_pipeline(model, dictionaries=dictionaries)
        # One small article loads the dictionaries and gazetteers now, not in the first task.
        list(extract_articles([_WARM_UP], nlp=nlp, prefilter=prefilter))
        settle_garbage_collector()
    except Exception as exc:  # sent to the parent, which stops the run with it
        conn.send(("init-error", str(exc) or type(exc).__name__))
        return
    conn.send(("ready", {"gc_threshold": gc.get_threshold(), "gc_frozen": gc.get_freeze_count()}))
    while (task := conn.recv()) is not None:
        key, articles = task
        conn.send((key, extract_chunk(articles, nlp, prefilter=prefilter)))


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


# -- in the parent -----------------------------------------------------------------------------
@dataclass(slots=True)
class _Task:
    """Articles sent to a worker together. ``slot`` is the chunk's place in the output, ``part``
    the article's place in its chunk once the chunk is retried article by article."""

    slot: int
    articles: list[Article]
    part: int | None = None
    attempts: int = 0


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    info: dict[str, Any] = field(default_factory=dict)
    task: _Task | None = None
    since: float = 0.0


def _exit_reason(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        import signal

        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code}"


class WorkerPool:
    """``workers`` spawned processes, each with the pipeline loaded, watched by this process.

    Spawned, not forked: a fork after spaCy (and its BLAS threads) are loaded can deadlock. Use
    it as a context manager, or call :meth:`close`.
    """

    def __init__(self, workers: int, model: str | None = None, prefilter: bool = True,
                 task_seconds: float | None = None, dictionaries: DictionarySpec | None = None) -> None:
        self.size = workers
        self.model = model
        self.dictionaries = dictionaries
        self.prefilter = prefilter
        self.task_seconds = task_seconds if task_seconds is not None else default_task_seconds()
        self.lost = 0  # tasks lost to a dead or stuck worker, for reports and tests
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._start_failures = 0
        for _ in range(workers):
            self._start_worker()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def infos(self) -> list[dict[str, Any]]:
        """What each ready worker reported when it started (its collector settings)."""
        return [w.info for w in self._workers if w.ready]

    @property
    def busy(self) -> list[int]:
        """The process ids of the workers holding a task now."""
        return [w.process.pid for w in self._workers if w.task is not None and w.process.pid is not None]

    def _start_worker(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, daemon=True, name="newsevents-extract",
                                        args=(child, self.model, self.prefilter, self.dictionaries))
        try:
            process.start()
        except OSError as exc:
            raise NewsEventsError(f"the extraction workers cannot start ({exc.strerror or exc}); check that "
                                  "this user can run the Python interpreter, or ingest with --workers 1") from None
        child.close()
        self._workers.append(_Worker(process, parent))

    def wait_ready(self, seconds: float) -> None:
        """Wait until every worker is ready (or raise why one cannot start); for tests and tools."""
        deadline = time.monotonic() + seconds
        while not all(w.ready for w in self._workers) and time.monotonic() < deadline:
            self._poll(deque(), {}, {}, timeout=0.2)

    def extract(self, articles: Iterable[Article], chunk_size: int = DEFAULT_CHUNK,
                window: int | None = None) -> Iterator[Outcome]:
        """The outcomes of ``articles`` in input order, at most ``window`` chunks read ahead."""
        window = window or 2 * self.size
        source = chunks(articles, chunk_size)
        queue: deque[_Task] = deque()
        done: dict[int, list[Outcome]] = {}
        parts: dict[int, list[list[Outcome] | None]] = {}
        read = emitted = 0
        exhausted = False
        while True:
            while not exhausted and read - emitted < window:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                else:
                    queue.append(_Task(read, chunk))
                    read += 1
            if emitted in done:
                yield from done.pop(emitted)
                emitted += 1
                continue
            if exhausted and emitted == read:
                return
            self._dispatch(queue)
            self._poll(queue, done, parts, timeout=1.0)

    def _dispatch(self, queue: deque[_Task]) -> None:
        for worker in self._workers:
            if not queue:
                return
            if worker.ready and worker.task is None:
                task = queue.popleft()
                try:
                    worker.conn.send(((task.slot, task.part), task.articles))
                except (BrokenPipeError, EOFError, OSError):
                    queue.appendleft(task)  # the poll finds the dead worker and replaces it
                    continue
                worker.task, worker.since = task, time.monotonic()

    def _poll(self, queue: deque[_Task], done: dict[int, list[Outcome]],
              parts: dict[int, list[list[Outcome] | None]], timeout: float) -> None:
        handles: list[Any] = [w.conn for w in self._workers] + [w.process.sentinel for w in self._workers]
        ready = set(wait(handles, timeout=timeout))
        for worker in list(self._workers):
            if worker.conn in ready or worker.conn.poll():
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    worker.process.join(1)
                    self._lose(worker, queue, done, parts, f"{_exit_reason(worker.process)} (its pipe broke)")
                    continue
                self._receive(worker, message, done, parts)
            elif worker.process.sentinel in ready or not worker.process.is_alive():
                worker.process.join(1)
                self._lose(worker, queue, done, parts, _exit_reason(worker.process))
            elif worker.task is not None and time.monotonic() - worker.since > self.task_seconds:
                worker.process.kill()
                worker.process.join(5)
                self._lose(worker, queue, done, parts, f"it ran longer than {self.task_seconds:g} s")

    def _receive(self, worker: _Worker, message: tuple[Any, Any], done: dict[int, list[Outcome]],
                 parts: dict[int, list[list[Outcome] | None]]) -> None:
        key, value = message
        if key == "init-error":
            self.close()
            raise NewsEventsError(f"the extraction workers cannot start: {value}")
        if key == "ready":
            worker.ready, worker.info = True, value
            return
        slot, part = key
        worker.task = None
        self._store(slot, part, value, done, parts)

    @staticmethod
    def _store(slot: int, part: int | None, outcomes: list[Outcome], done: dict[int, list[Outcome]],
               parts: dict[int, list[list[Outcome] | None]]) -> None:
        if part is None:
            done[slot] = outcomes
            return
        pieces = parts[slot]
        pieces[part] = outcomes
        if all(p is not None for p in pieces):
            done[slot] = [o for p in parts.pop(slot) for o in p or []]

    def _lose(self, worker: _Worker, queue: deque[_Task], done: dict[int, list[Outcome]],
              parts: dict[int, list[list[Outcome] | None]], reason: str) -> None:
        """``worker`` is gone (or stuck, and killed): replace it and retry or fail its task."""
        self._workers.remove(worker)
        worker.conn.close()
        if not worker.ready:
            self._start_failures += 1
            if self._start_failures >= START_FAILURES * self.size:
                self.close()
                raise NewsEventsError(f"the extraction workers cannot start: each {reason} before loading "
                                      "the model; run `newsevents extract` on one article to see why, or "
                                      "ingest with --workers 1")
        task = worker.task
        self._start_worker()
        if task is None:
            return
        self.lost += 1
        if len(task.articles) > 1:  # which article was to blame is unknown: each goes alone
            parts[task.slot] = [None] * len(task.articles)
            queue.extendleft(reversed([_Task(task.slot, [a], i, 1) for i, a in enumerate(task.articles)]))
        elif task.attempts == 0:
            queue.appendleft(_Task(task.slot, task.articles, task.part, 1))
        else:
            failure = Failure(task.articles[0], f"extraction failed twice: the worker process {reason}")
            self._store(task.slot, task.part, [failure], done, parts)

    def close(self) -> None:
        """Stop the workers: ask, then kill those that do not stop within a second."""
        for worker in self._workers:
            with contextlib.suppress(BrokenPipeError, EOFError, OSError):  # already gone
                worker.conn.send(None)
        for worker in self._workers:
            worker.process.join(1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(5)
            worker.conn.close()
        self._workers.clear()


def start_pool(workers: int, model: str | None = None, prefilter: bool = True,
               dictionaries: DictionarySpec | None = None) -> WorkerPool:
    """A :class:`WorkerPool` of ``workers`` processes (loading their model in the background)."""
    return WorkerPool(workers, model, prefilter, dictionaries=dictionaries)


def extract_parallel(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    model: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    window: int | None = None,
    prefilter: bool | None = None,
    pool: WorkerPool | None = None,
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
    it = iter(articles)
    first = next(it, None)
    if first is None:  # an empty input starts no worker and loads no model
        return
    active = pool or WorkerPool(workers, model, enabled(prefilter), dictionaries=dictionaries)
    try:
        yield from active.extract(_prepend(first, it), chunk_size, window or 2 * active.size)
    finally:
        if pool is None:
            active.close()


def _prepend(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


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
