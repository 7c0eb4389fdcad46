"""The ingest's store side: skip what is stored, write extractions in batches.

A batch closes at :data:`BATCH_SIZE` articles or :data:`BATCH_SECONDS` after its first
extraction, whichever comes first (:class:`BatchWriter`): every write has a fixed cost of a few
statements and a commit, which big batches spread thin, while the time bound keeps the work a kill
can lose, and the wait between progress reports, to a few seconds on a slow machine. Every
extractor shares both defaults.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from newsevents.errors import StoreError
from newsevents.ingest.extractors import DEFAULT_CHUNK, Shard
from newsevents.records import Article, Extraction
from newsevents.store.models import IngestReport
from newsevents.store.rows import content_hash, stage
from newsevents.store.store import EventStore

BATCH_SIZE = 256
"""Most articles per transaction (``--batch-size``)."""

BATCH_SECONDS = 5.0
"""A batch is written once this many seconds have passed since its first extraction arrived,
however few articles it holds (checked as extractions arrive)."""


def unstored(chunk: list[Article], store: EventStore, seen: set[str], report: IngestReport) -> list[Article]:
    """The articles of ``chunk`` neither stored yet nor ``seen`` earlier in this run (by content
    hash); the others are counted in ``report.articles_stored``. ``seen`` gains the chunk's hashes."""
    keys = [content_hash(a) for a in chunk]
    stored = store.stored(keys)
    fresh: list[Article] = []
    for key, article in zip(keys, chunk, strict=True):
        if key in stored or key in seen:
            report.articles_stored += 1
        else:
            fresh.append(article)
        seen.add(key)
    return fresh


def fresh_articles(articles: Iterable[Article], store: EventStore | None, report: IngestReport, size: int,
                   on_read: Callable[[int], None] | None = None) -> Iterator[Article]:
    """The articles not stored yet (nor seen earlier in this run), checked ``size`` at a time;
    without a store, every article.

    The first check takes one chunk's worth of articles only: extraction starts on the first
    chunk (a pool's workers load their models) while the rest is read."""
    it = iter(articles)
    seen: set[str] = set()
    step = min(size, DEFAULT_CHUNK)
    while chunk := list(islice(it, step)):
        yield from chunk if store is None else unstored(chunk, store, seen, report)
        if on_read is not None:
            on_read(len(chunk))
        step = size


class BatchWriter:
    """Extractions on their way to the store: one transaction per ``size`` articles, or fewer once
    ``seconds`` have passed since the first one of the batch arrived. Call :meth:`flush` at the end."""

    def __init__(self, store: EventStore, report: IngestReport, size: int = BATCH_SIZE,
                 seconds: float = BATCH_SECONDS) -> None:
        if size < 1:
            raise StoreError(f"a batch holds at least one article, not {size}: use a batch size of 1 or more")
        self.store = store
        self.report = report
        self.size = size
        self.seconds = seconds
        self._pending: list[Extraction] = []
        self._opened = 0.0

    def add(self, extraction: Extraction) -> bool:
        """Queue ``extraction``; write the batch if it is full or old enough. True if it wrote."""
        if not self._pending:
            self._opened = time.monotonic()
        self._pending.append(extraction)
        if len(self._pending) >= self.size or time.monotonic() - self._opened >= self.seconds:
            self.flush()
            return True
        return False

    def add_shard(self, shard: Shard) -> None:
        """Write a shard staged elsewhere, after what is queued, in its own transaction."""
        self.flush()
        if shard.batch is not None:
            self.report.add(self.store.write(shard.batch))

    def flush(self) -> None:
        """Write what is queued, in one transaction."""
        if self._pending:
            batch, self._pending = self._pending, []
            self.report.add(self.store.write(stage(batch)))
