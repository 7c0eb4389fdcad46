"""Extraction on several processes of one machine, streaming, in input order, memory bounded.

Each worker process loads the spaCy pipeline once and turns chunks of articles into
:class:`~newsevents.records.Extraction` records, which are small and pickle fast; spaCy ``Doc``
objects never leave a worker. The parent reads articles only as fast as the workers take them:
at most ``window`` chunks are in flight, so memory does not grow with the corpus. A worker holds
the task it runs and the next one (:data:`PREFETCH`), so it never waits for this process between
tasks (see :mod:`newsevents.ingest.worker`). Results come back in input order. An article whose
extraction raises is reported as a :class:`Failure` in its place, and the run goes on.

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
from newsevents.ingest.extractors import DEFAULT_CHUNK, Failure, InProcess, chunks
from newsevents.ingest.worker import worker_main
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

PREFETCH = 2
"""Tasks a worker holds at most: the one it runs and the next, which it starts as soon as it has
sent its answer, without waiting for this process to receive it and send another."""

WINDOW = 3
"""Chunks read ahead of the outcomes consumed, per worker (by default): the tasks the workers
hold, and one more to fill a prefetch slot while an earlier chunk's outcomes are still awaited."""


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


# -- in the parent -----------------------------------------------------------------------------
@dataclass(slots=True)
class _Task:
    """Articles sent to a worker together. ``slot`` is the chunk's place in the output, ``part``
    the article's place in its chunk once the chunk is retried article by article."""

    slot: int
    articles: list[Article]
    part: int | None = None
    attempts: int = 0
    call: int = 0  # which call of ``extract`` it belongs to (a worker may still hold an abandoned call's)


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    info: dict[str, Any] = field(default_factory=dict)
    tasks: deque[_Task] = field(default_factory=deque)
    """Tasks sent and not yet answered, in the order the worker runs them: the first is running."""
    since: float = 0.0
    """When the running task started (as far as this process can tell)."""


def _exit_reason(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        import signal

        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code}"


def _received(conn: Connection) -> Any:
    """``conn.recv()`` with the cyclic garbage collector paused. A chunk's outcomes are tens of
    thousands of new objects, none in a cycle; unpaused, the collector runs dozens of times while
    they are built, each time over objects that are all alive (half of the time spent unpickling)."""
    if not gc.isenabled():
        return conn.recv()
    gc.disable()
    try:
        return conn.recv()
    finally:
        gc.enable()


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
        self._call = 0  # the current call of extract
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
        return [w.process.pid for w in self._workers if w.tasks and w.process.pid is not None]

    def _start_worker(self) -> None:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=worker_main, daemon=True, name="newsevents-extract",
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
        """The outcomes of ``articles`` in input order, at most ``window`` chunks (and the next
        one) read ahead."""
        window = window or WINDOW * self.size
        self._call += 1  # tasks a worker still holds from an abandoned call are dropped when they answer
        call = self._call
        source = chunks(articles, chunk_size)
        upcoming = next(source, None)  # read one ahead, to know which chunks are the last
        queue: deque[_Task] = deque()
        done: dict[int, list[Outcome]] = {}
        parts: dict[int, list[list[Outcome] | None]] = {}
        read = emitted = 0
        while True:
            while upcoming is not None and read - emitted < window:
                queue.append(_Task(read, upcoming, call=call))
                read += 1
                upcoming = next(source, None)
            # Before the outcomes go to the caller (who may spend a while storing them), so that
            # a worker that has just answered gets its next task now.
            self._dispatch(queue, exhausted=upcoming is None)
            if emitted in done:
                yield from done.pop(emitted)
                emitted += 1
                continue
            if upcoming is None and emitted == read:
                return
            self._poll(queue, done, parts, timeout=1.0)

    def _dispatch(self, queue: deque[_Task], exhausted: bool) -> None:
        """Send queued tasks to idle workers, then one more to each busy worker, to start when it
        has answered. Once the input is ``exhausted``, its last chunks (one per worker) go to idle
        workers only, so that a worker seldom ends the run with a task queued while another has none
        (a task prefetched before the input ran out can still wait behind a slow one: at most one
        chunk more at the end)."""
        for depth in (1, PREFETCH):
            for worker in self._workers:
                if not queue or (depth > 1 and exhausted and len(queue) <= self.size):
                    return
                if worker.ready and len(worker.tasks) < depth:
                    self._send(worker, queue)

    @staticmethod
    def _send(worker: _Worker, queue: deque[_Task]) -> None:
        task = queue.popleft()
        try:
            worker.conn.send(((task.slot, task.part), task.articles))
        except (BrokenPipeError, EOFError, OSError):
            queue.appendleft(task)  # the poll finds the dead worker and replaces it
            return
        if not worker.tasks:
            worker.since = time.monotonic()
        worker.tasks.append(task)

    def _poll(self, queue: deque[_Task], done: dict[int, list[Outcome]],
              parts: dict[int, list[list[Outcome] | None]], timeout: float) -> None:
        handles: list[Any] = [w.conn for w in self._workers] + [w.process.sentinel for w in self._workers]
        ready = set(wait(handles, timeout=timeout))
        for worker in list(self._workers):
            if worker.conn in ready or worker.conn.poll():
                try:
                    message = _received(worker.conn)
                except (EOFError, OSError):
                    worker.process.join(1)
                    self._lose(worker, queue, done, parts, f"{_exit_reason(worker.process)} (its pipe broke)")
                    continue
                self._receive(worker, message, done, parts)
            elif worker.process.sentinel in ready or not worker.process.is_alive():
                worker.process.join(1)
                self._lose(worker, queue, done, parts, _exit_reason(worker.process))
            elif worker.tasks and time.monotonic() - worker.since > self.task_seconds:
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
        task = worker.tasks.popleft()
        worker.since = time.monotonic()  # the next task, if any, starts now
        if task.call == self._call:  # not the answer to a task of an abandoned call
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
        self._start_worker()
        if not worker.tasks:
            return
        task, *waiting = worker.tasks
        # queued behind the lost task, never started: sent again (unless an abandoned call's)
        queue.extendleft(reversed([t for t in waiting if t.call == self._call]))
        if task.call != self._call:
            return
        self.lost += 1
        if len(task.articles) > 1:  # which article was to blame is unknown: each goes alone
            parts[task.slot] = [None] * len(task.articles)
            queue.extendleft(reversed([_Task(task.slot, [a], i, 1, task.call) for i, a in enumerate(task.articles)]))
        elif task.attempts == 0:
            queue.appendleft(_Task(task.slot, task.articles, task.part, 1, task.call))
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

    At most ``window`` chunks of ``chunk_size`` articles (default three per worker) are read ahead
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
        yield from active.extract(_prepend(first, it), chunk_size, window or WINDOW * active.size)
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
