"""The "try it" page's extraction: a pasted article in, its extraction out, nothing stored.

The spaCy pipeline loads on the first request (not when the server starts) and is shared; calls
run one at a time on a thread of their own, because a spaCy pipeline is not meant to run two
documents at once from two threads. The queue in front of it is bounded (:data:`EXTRACT_QUEUE`)
and each request has a time limit (:data:`EXTRACT_SECONDS`): one client posting many texts gets
429 answers instead of filling the server's memory and thread pool, and the read endpoints
keep their threads.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from newsevents.records import Extraction

if TYPE_CHECKING:
    from newsevents.dictionaries import DictionarySpec

MAX_CHARS = 20_000
"""The longest text the "try it" page takes (about three thousand words)."""

MAX_BODY_BYTES = 256_000
"""The largest request body the server reads at all (JSON escaping can double a text's size)."""


EXTRACT_QUEUE = 4
"""Most "try it" requests admitted at once, the running one included; more get 429."""

EXTRACT_SECONDS = 30.0
"""The time limit of one "try it" request, waiting included; past it the answer is 503."""


class TooLong(ValueError):
    """The pasted text is longer than :data:`MAX_CHARS`."""

    def __init__(self, length: int) -> None:
        self.length = length
        super().__init__(f"the text is {length:,} characters long; the \"try it\" page takes at most "
                         f"{MAX_CHARS:,}: paste a shorter article, or use `newsevents extract` for long ones")


class Busy(Exception):
    """The extraction queue is full: answer 429, and say when to try again."""

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(f"the server is extracting other articles ({EXTRACT_QUEUE} at most at a time, "
                         f"waiting ones included); try again in {retry_after} s")


class TooSlow(Exception):
    """The extraction took longer than the time limit: answer 503 (the article is not stored)."""

    def __init__(self, seconds: float, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(f"the extraction took longer than {seconds:g} s, the limit for one request; "
                         "paste a shorter text, or use `newsevents extract` for this one")


class Extractor:
    """Runs the extraction pipeline on demand (loaded once, lazily) for the "try it" page.

    Requests wait in a queue of their own: one extraction thread, at most ``queue`` requests
    admitted (running or waiting), each answered within ``seconds``. The server's shared thread
    pool, which the read endpoints use, never holds a waiting extraction.
    """

    def __init__(self, model: str | None = None, dictionaries: DictionarySpec | None = None, *,
                 queue: int = EXTRACT_QUEUE, seconds: float = EXTRACT_SECONDS) -> None:
        self.model = model
        self.dictionaries = dictionaries
        self.queue = queue
        self.seconds = seconds
        self._lock = threading.Lock()  # one document in the pipeline at a time
        self._count = threading.Lock()  # guards _admitted, also changed from the extraction thread
        self._admitted = 0
        self._mean = 1.0  # recent seconds per extraction, for Retry-After
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsevents-tryit")

    def run(self, text: str, date: str | None) -> Extraction:
        """The extraction of ``text`` published on ``date`` (ISO); never touches the store."""
        from newsevents.extraction import extract
        from newsevents.nlp.pipeline import load_pipeline

        if len(text) > MAX_CHARS:
            raise TooLong(len(text))
        with self._lock:
            started = time.perf_counter()
            nlp = load_pipeline(self.model, dictionaries=self.dictionaries)
            ex = extract(text, date, id="pasted", title=None, nlp=nlp)
            self._mean = 0.8 * self._mean + 0.2 * (time.perf_counter() - started)
            return ex

    async def extract(self, text: str, date: str | None) -> Extraction:
        """:meth:`run` in the extraction queue: :class:`Busy` when it is full, :class:`TooSlow`
        past the time limit (a running extraction still holds its place until it ends)."""
        with self._count:
            if self._admitted >= self.queue:
                raise Busy(self.retry_after())
            self._admitted += 1
        future = self._executor.submit(self.run, text, date)
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.seconds)
        except TimeoutError:
            raise TooSlow(self.seconds, self.retry_after()) from None

    def retry_after(self) -> int:
        """Seconds until the queue has likely drained one place (at least one)."""
        return max(1, math.ceil(self._admitted * self._mean))

    def close(self) -> None:
        """Drop the waiting extractions; a running one ends on its own."""
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _release(self, _future: object) -> None:
        with self._count:
            self._admitted -= 1
