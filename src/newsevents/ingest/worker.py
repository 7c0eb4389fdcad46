"""The life of one extraction worker process of :class:`~newsevents.ingest.pool.WorkerPool`.

A worker loads the pipeline, says it is ready (or why it cannot be), then answers ``(key,
articles)`` tasks with ``(key, outcomes)`` in the order they came, until told to stop (``None``).

Tasks are read from the pipe by a thread of their own (:func:`inbox`), so the parent can hand a
worker its next task while the current one runs, and results are written to it by another
(:class:`Outbox`): the worker starts its next task the moment it has pickled the last result,
instead of waiting for the parent to receive that result, store what came before it and send
another. The parent is busy for a few tenths of a second at each database commit, and a chunk's
result (about 200 KB for 32 news articles) fills the pipe's buffer, so without the threads a
worker would wait for it at every commit. The reading thread also keeps the pipe drained, so the
parent never blocks sending a task to a busy worker while that worker blocks sending it a result.
"""

from __future__ import annotations

import gc
import os
import queue
import sys
import threading
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import TYPE_CHECKING, Any

from newsevents.records import Article

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import DictionarySpec

_WARM_UP = Article(id="warm-up", text="The French president met German officials in Berlin on Monday.",
                   date="2024-01-03")


def worker_main(conn: Connection, model: str | None, prefilter: bool,
                dictionaries: DictionarySpec | None = None) -> None:
    """A worker's life: load, say ready, answer tasks until ``None``, then exit at once."""
    from newsevents.extraction import extract_articles
    from newsevents.ingest.extractors import extract_chunk
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
    tasks, results = inbox(conn), Outbox(conn)
    while (task := tasks.get()) is not None:
        key, articles = task
        results.send((key, extract_chunk(articles, nlp, prefilter=prefilter)))
        collect_young()
    results.close()
    # Everything is sent and nothing is left to write: tearing down the model and tables object
    # by object would take a few tenths of a second at the end of every run, for nothing.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def inbox(conn: Connection) -> queue.SimpleQueue[Any]:
    """The messages of ``conn`` in order, read by a daemon thread; ``None`` after the last one
    (also when the parent has gone and the pipe is closed)."""
    messages: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def read() -> None:
        try:
            while (message := conn.recv()) is not None:
                messages.put(message)
        except (EOFError, OSError):  # the parent is gone: stop as if told to
            pass
        finally:  # any other failure (a task that cannot be unpickled) must not leave the worker waiting
            messages.put(None)

    threading.Thread(target=read, name="newsevents-tasks", daemon=True).start()
    return messages


class Outbox:
    """Messages to ``conn``, pickled by the caller and written by a daemon thread, in order."""

    def __init__(self, conn: Connection) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._write, args=(conn,), name="newsevents-results",
                                        daemon=True)
        self._thread.start()

    def send(self, message: Any) -> None:
        """Queue ``message``: what the receiving end's ``recv()`` will return."""
        self._queue.put(ForkingPickler.dumps(message))

    def close(self) -> None:
        """Wait until everything queued is written (or the pipe has broken)."""
        self._queue.put(None)
        self._thread.join()

    def _write(self, conn: Connection) -> None:
        try:
            while (payload := self._queue.get()) is not None:
                conn.send_bytes(payload)
        except OSError:  # the parent is gone: nobody is left to read the rest
            pass
        except BaseException:  # any other failure: die at once, so the parent sees it and retries the task
            os._exit(1)


def settle_garbage_collector() -> None:
    """Tune the collector of a worker process that has loaded everything it will keep.

    The model, dictionaries and gazetteer are hundreds of thousands of objects that live as long
    as the worker: frozen, the collector never scans them again. Extraction makes many short-lived
    objects; collecting the young generation every 50,000 allocations instead of 700 saves about
    3% of the worker's time (measured on the benchmark corpus) for a few megabytes more.
    Only for processes newsevents owns: a library must not retune its caller's collector.
    The heap is frozen as it is, without a full collection first: after the load and the warm-up
    article that collection finds about twenty unreachable objects among 330,000, and scanning
    them all takes 0.15-0.2 s of CPU in every worker's start.
    """
    gc.freeze()
    gc.set_threshold(50_000, 50, 1_000)


def collect_young() -> None:
    """Collect the young generations after a task, once its outcomes are sent (pickled) and let go.

    The model leaves each batch's step models (the parser's and the entity recogniser's, with their
    arrays of tens of megabytes) in reference cycles; with the young threshold of
    :func:`settle_garbage_collector` they would wait several tasks for a collection. Collected
    here, when the task's parsed articles are already gone (``newsevents.extraction._collected``),
    the young generations are a few thousand objects: 13 collections per 400 articles cost about
    0.04 s of CPU against 0.11-0.22 s for the 3-4 larger ones they replace, and a worker's peak
    memory drops by 30-100 MB (docs/design.md, session 30).
    """
    gc.collect(1)

