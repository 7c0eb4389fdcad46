"""EventStore: the one class that owns the database file and every SQL statement run on it.

The read queries live in :mod:`newsevents.store.queries`, whose base class it extends.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

import duckdb

from newsevents.errors import StoreError, StoreLocked
from newsevents.records import Extraction
from newsevents.store import damage, read
from newsevents.store.filters import check_filter
from newsevents.store.models import EventFilter, IngestReport, StoreStats
from newsevents.store.queries import EventQueries, first_row
from newsevents.store.rows import StagedBatch, stage
from newsevents.store.schema import MIGRATIONS, SCHEMA_VERSION
from newsevents.store.write import write_batch

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

DEFAULT_PATH = "newsevents.duckdb"
"""The database used when neither ``--db`` nor ``NEWSEVENTS_DB`` names one."""


def default_path() -> str:
    """``$NEWSEVENTS_DB`` or :data:`DEFAULT_PATH`."""
    return os.environ.get("NEWSEVENTS_DB") or DEFAULT_PATH


def _batches(items: Iterable[Extraction], size: int) -> Iterator[list[Extraction]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class EventStore(EventQueries):
    """An embedded DuckDB event database: articles, actors, quotes, dates, figures, events.

    Use it as a context manager. DuckDB lets one process write a file at a time; opening a file
    another process holds raises :class:`~newsevents.errors.StoreLocked`. Query methods are safe
    to call from several threads (each uses its own cursor); writes are not.

    >>> with EventStore("events.duckdb") as store:  # doctest: +SKIP
    ...     store.ingest_extractions(extractions)
    ...     store.dyad("USA", "CHN", by="month")
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 dedup_window: int | None = None) -> None:
        self.path = str(path) if path is not None else default_path()
        self.read_only = read_only
        if dedup_window is not None and dedup_window < 0:
            raise StoreError(f"the dedup window must be 0 days or more, not {dedup_window}")
        self._window = dedup_window
        self._con: duckdb.DuckDBPyConnection | None = None

    # -- opening and closing --------------------------------------------------------------
    def __enter__(self) -> EventStore:
        self.open()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def open(self) -> EventStore:
        """Connect (creating and migrating the schema when writable); idempotent."""
        if self._con is not None:
            return self
        if self.read_only and not Path(self.path).exists():
            raise StoreError(f"there is no database at {self.path}: create one with `newsevents ingest`")
        damage.remember(self.path)
        try:
            # Rows carry explicit ids and every query orders what it returns, so DuckDB need not
            # keep insertion order, which lets it insert on all cores.
            self._con = duckdb.connect(self.path, read_only=self.read_only,
                                       config={"preserve_insertion_order": False})
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(self.path) from None
            raise damage.describe(exc, self.path) from None
        except duckdb.Error as exc:
            raise damage.describe(exc, self.path) from None
        try:
            # The quick integrity check: the file holds every block its header counts, and the
            # catalogue and the settings table read back (each block read checks its checksum).
            damage.check_size(self._con, self.path)
            self._migrate()
            if not self.read_only:
                self._check_window()
        except (duckdb.Error, StoreError) as exc:
            self.close()
            raise damage.describe(exc, self.path) from None
        return self

    @classmethod
    def snapshot(cls, path: str | Path | None = None) -> EventStore:
        """A read-only store over an in-memory copy of the database ``path``.

        The file is held only while it is copied, so an ingest can write it between snapshots
        (``newsevents serve --reload-every``). The copy takes the memory the database takes on
        disk. :class:`~newsevents.errors.StoreLocked` while an ingest is writing the file.
        """
        store = cls(path, read_only=True)
        if not Path(store.path).exists():
            raise StoreError(f"there is no database at {store.path}: create one with `newsevents ingest`")
        damage.remember(store.path)
        con = duckdb.connect(":memory:", config={"preserve_insertion_order": False})
        try:
            con.execute("ATTACH ? AS ne_source (READ_ONLY)", [store.path])
            damage.check_size(con.cursor().execute("USE ne_source"), store.path)
            con.execute("USE memory")
            con.execute("COPY FROM DATABASE ne_source TO memory")
            con.execute("DETACH ne_source")
        except duckdb.Error as exc:
            con.close()
            if "lock" in str(exc).lower():
                raise StoreLocked(store.path) from None
            raise damage.describe(exc, store.path) from None
        store._con = con
        # The copy is this process's own: an older file is migrated in memory, the file left as it is.
        store._migrate(copy=True)
        return store

    def close(self) -> None:
        """Close the connection (changes are already committed)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The open connection (opened on first use)."""
        if self._con is None:
            self.open()
        assert self._con is not None
        return self._con

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        return self.con.cursor()

    def _migrate(self, *, copy: bool = False) -> None:
        """Bring the database to :data:`SCHEMA_VERSION` in one transaction (``copy``: the
        in-memory copy of a snapshot, which a read-only store may change)."""
        con = self.con
        has_meta = first_row(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'meta' "
                                    "AND database_name = current_database()"))
        version = int(self._meta("schema_version") or 0) if has_meta and has_meta[0] else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"the database {self.path} has schema version {version}, newer than this "
                             f"newsevents understands ({SCHEMA_VERSION}): upgrade newsevents")
        if version == SCHEMA_VERSION:
            return
        if self.read_only and not copy:
            raise StoreError(f"the database {self.path} has schema version {version}; open it once for "
                             "writing (e.g. `newsevents ingest`) to migrate it")
        con.execute("BEGIN TRANSACTION")
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[step]:
                con.execute(statement)
        self._set_meta("schema_version", str(SCHEMA_VERSION))
        con.execute("COMMIT")
        con.execute("CHECKPOINT")

    def _meta(self, key: str) -> str | None:
        row = first_row(self._cursor().execute("SELECT value FROM meta WHERE key = ?", [key]))
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("DELETE FROM meta WHERE key = ?", [key])
        self.con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return int(self._meta("schema_version") or 0)

    @property
    def dedup_window(self) -> int:
        """Days within which reports of the same event key merge (fixed when the first event is
        stored; 0 means the same day)."""
        stored = self._meta("dedup_window")
        if stored is not None:
            return int(stored)
        return self._window or 0

    # -- writing --------------------------------------------------------------------------
    def _check_window(self) -> None:
        """Fix the dedup window of a new database, or check the one asked for against it."""
        stored = self._meta("dedup_window")
        if stored is None:
            self._set_meta("dedup_window", str(self._window or 0))
            # Into the file now, so the WAL only ever holds article batches.
            self.con.execute("CHECKPOINT")
        elif self._window is not None and self._window != int(stored):
            self.close()
            raise StoreError(f"the database {self.path} merges reports within {stored} days; it cannot "
                             f"take a window of {self._window}: use that window, or another file with --db")

    def write(self, batch: StagedBatch) -> IngestReport:
        """Store one staged batch (Arrow tables) in one transaction: the bulk path."""
        if self.read_only:
            raise StoreError(f"the database {self.path} is open read-only")
        try:
            return write_batch(self.con, batch, self.dedup_window)
        except (duckdb.Error, OSError) as exc:
            raise damage.describe(exc, self.path) from exc

    def ingest_extractions(self, extractions: Iterable[Extraction], *, batch_size: int = 256) -> IngestReport:
        """Store extractions, ``batch_size`` articles per transaction; stored ones are skipped."""
        started = dt.datetime.now()
        report = IngestReport()
        for batch in _batches(extractions, batch_size):
            report.add(self.write(stage(batch)))
        report.seconds = (dt.datetime.now() - started).total_seconds()
        return report

    def stored(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these article ids (content hashes) are already stored."""
        rows = self._cursor().execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                      [list(article_ids)]).fetchall()
        return {r[0] for r in rows}

    def verify(self) -> None:
        """Read every stored block once: :class:`~newsevents.errors.StoreDamaged` if one is
        damaged (a full scan; opening checks only the file's size and its catalogue)."""
        damage.verify(self._cursor(), self.path)

    # -- summary and exports --------------------------------------------------------------
    def stats(self) -> StoreStats:
        """Counts of everything stored, the date range and the file size."""
        cur = self._cursor()

        def count(sql: str) -> int:
            row = first_row(cur.execute(sql))
            return int(row[0]) if row else 0

        row = first_row(cur.execute("SELECT min(day), max(day) FROM events"))
        window = self._meta("dedup_window")
        return StoreStats(
            path=self.path, schema_version=self.schema_version,
            dedup_window=None if window is None else int(window),
            articles=count("SELECT count(*) FROM articles"), events=count("SELECT count(*) FROM events"),
            mentions=count("SELECT count(*) FROM mentions"), actors=count("SELECT count(*) FROM actors"),
            quotes=count("SELECT count(*) FROM quotes"), dates=count("SELECT count(*) FROM dates"),
            figures=count("SELECT count(*) FROM figures"),
            first_day=read.iso(row[0]) if row else None, last_day=read.iso(row[1]) if row else None,
            sources=count("SELECT count(DISTINCT source_key) FROM articles"),
            size_bytes=Path(self.path).stat().st_size if Path(self.path).exists() else 0,
        )

    def to_arrow(self, filter: EventFilter | None = None) -> pa.Table:
        """The filtered events as one typed Arrow table: the columns of the ``parquet`` export
        (``date`` a DATE with ``date_precision`` beside it, ``first_seen``/``last_seen`` dates,
        ``added`` a timestamp, the ``article_id`` of the first report)."""
        from newsevents.store.export import flat_table

        return flat_table(self._cursor(), check_filter(filter or EventFilter()))

    def events_df(self, filter: EventFilter | None = None) -> pd.DataFrame:
        """The filtered events as a pandas DataFrame (the columns of :meth:`to_arrow`; needs pandas)."""
        from newsevents.frames import to_pandas

        return to_pandas(self.to_arrow(filter), "EventStore.events_df()")

    def export(self, format: str, out: str | Path | IO[bytes], filter: EventFilter | None = None) -> int:
        """Write the filtered events to ``out`` (a path, or an open binary stream such as
        ``sys.stdout.buffer``) in ``format``, one of
        :data:`newsevents.store.export.FORMATS`; return the number of events written."""
        from newsevents.store.export import export_events

        target = out if not isinstance(out, str | Path) else Path(out)
        return export_events(self._cursor(), format, target, check_filter(filter or EventFilter()))
