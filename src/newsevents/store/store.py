"""EventStore: the one class that owns the database file and every SQL statement run on it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from newsevents.errors import StoreError, StoreLocked
from newsevents.records import Extraction
from newsevents.store import read
from newsevents.store.filters import check_actor, check_period, where_clause
from newsevents.store.models import (
    ActorActivity,
    ArticleSummary,
    Edge,
    EventFilter,
    IngestReport,
    LocationCount,
    PeriodCounts,
    Sort,
    StoredArticle,
    StoredEvent,
    StoreStats,
)
from newsevents.store.rows import StagedBatch, stage
from newsevents.store.schema import MIGRATIONS, SCHEMA_VERSION
from newsevents.store.write import write_batch

DEFAULT_PATH = "newsevents.duckdb"
"""The database used when neither ``--db`` nor ``NEWSEVENTS_DB`` names one."""

_TRUNC = {"day": "day", "week": "week", "month": "month", "year": "year"}
_SORT = {"date": "e.day NULLS LAST, e.id", "-date": "e.day DESC NULLS LAST, e.id DESC",
         "mentions": "e.num_mentions DESC, e.day, e.id"}
# Names, sentence and trigger of an event are those of its first mention.
_EVENT_SELECT = """SELECT e.*, m.source_name, m.target_name, m.plover_mode, m.plover_context, m.article_id,
    m.sentence, m.trigger, coalesce(a.url, a.source) AS source_url
    FROM ({inner}) e JOIN mentions m ON m.id = e.first_mention JOIN articles a ON a.id = m.article_id"""
_MENTION_SELECT = ("SELECT m.*, a.doc_id, coalesce(a.url, a.source) AS source_url FROM mentions m "
                   "JOIN articles a ON a.id = m.article_id")


def default_path() -> str:
    """``$NEWSEVENTS_DB`` or :data:`DEFAULT_PATH`."""
    return os.environ.get("NEWSEVENTS_DB") or DEFAULT_PATH


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _one(cur: duckdb.DuckDBPyConnection) -> tuple[Any, ...] | None:
    """The first row of a result, fetching all of it (DuckDB refuses new work on a connection
    whose last result is not finished)."""
    rows = cur.fetchall()
    return rows[0] if rows else None


def _batches(items: Iterable[Extraction], size: int) -> Iterator[list[Extraction]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class EventStore:
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
        try:
            # Rows carry explicit ids and every query orders what it returns, so DuckDB need not
            # keep insertion order, which lets it insert on all cores.
            self._con = duckdb.connect(self.path, read_only=self.read_only,
                                       config={"preserve_insertion_order": False})
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(self.path) from None
            raise StoreError(f"cannot open the database {self.path}: {exc}") from None
        self._migrate()
        if not self.read_only:
            self._check_window()
        return self

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

    def _migrate(self) -> None:
        con = self.con
        has_meta = _one(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'meta' "
                                    "AND database_name = current_database()"))
        version = int(self._meta("schema_version") or 0) if has_meta and has_meta[0] else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"the database {self.path} has schema version {version}, newer than this "
                             f"newsevents understands ({SCHEMA_VERSION}): upgrade newsevents")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
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
        row = _one(self._cursor().execute("SELECT value FROM meta WHERE key = ?", [key]))
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
        return write_batch(self.con, batch, self.dedup_window)

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

    # -- events ---------------------------------------------------------------------------
    def events(self, filter: EventFilter | None = None, *, limit: int = 100, offset: int = 0,
               sort: Sort = "date") -> list[StoredEvent]:
        """The events that pass ``filter``, sorted, one page of ``limit`` from ``offset``."""
        where, params = where_clause((filter or EventFilter()).checked())
        inner = f"SELECT e.* FROM events e{where} ORDER BY {_SORT[sort]} LIMIT ? OFFSET ?"
        sql = f"{_EVENT_SELECT.format(inner=inner)} ORDER BY {_SORT[sort]}"
        cur = self._cursor().execute(sql, [*params, limit, offset])
        return [read.stored_event(r) for r in _rows(cur)]

    def count_events(self, filter: EventFilter | None = None) -> int:
        """How many events pass ``filter``."""
        where, params = where_clause((filter or EventFilter()).checked())
        row = _one(self._cursor().execute(f"SELECT count(*) FROM events e{where}", params))
        return int(row[0]) if row else 0

    def event(self, event_id: int) -> StoredEvent | None:
        """One event with all its mentions (article, sentence, spans, trigger, rule), or ``None``."""
        cur = self._cursor()
        inner = "SELECT * FROM events WHERE id = ?"
        rows = _rows(cur.execute(_EVENT_SELECT.format(inner=inner), [event_id]))
        if not rows:
            return None
        mentions = _rows(cur.execute(f"{_MENTION_SELECT} WHERE m.event_id = ? ORDER BY m.id", [event_id]))
        return read.stored_event(rows[0], tuple(read.mention(m) for m in mentions))

    def timeline(self, filter: EventFilter | None = None, by: str = "month", *,
                 fill: bool = True) -> list[PeriodCounts]:
        """Events per period (``day``, ``week``, ``month``, ``year``) and QuadClass, with the sum
        and mean Goldstein score; periods without events are included (zeros) when ``fill``."""
        part = _TRUNC[check_period(by)]
        where, params = where_clause((filter or EventFilter()).checked())
        where = f"{where} AND e.day IS NOT NULL" if where else " WHERE e.day IS NOT NULL"
        cur = self._cursor().execute(f"""
            SELECT CAST(date_trunc('{part}', e.day) AS DATE) AS period, count(*) AS n,
                   count(*) FILTER (WHERE e.quad_class = 1) AS q1,
                   count(*) FILTER (WHERE e.quad_class = 2) AS q2,
                   count(*) FILTER (WHERE e.quad_class = 3) AS q3,
                   count(*) FILTER (WHERE e.quad_class = 4) AS q4,
                   sum(e.goldstein) AS gsum, avg(e.goldstein) AS gmean, sum(e.num_mentions) AS mentions
            FROM events e{where} GROUP BY period ORDER BY period""", params)
        points = [PeriodCounts(period=r[0].isoformat(), events=r[1], verbal_cooperation=r[2],
                               material_cooperation=r[3], verbal_conflict=r[4], material_conflict=r[5],
                               goldstein_sum=round(float(r[6]), 6), goldstein_mean=round(float(r[7]), 6),
                               mentions=int(r[8]))
                  for r in cur.fetchall()]
        return _fill(points, part) if fill else points

    def dyad(self, a: str, b: str, by: str = "month", filter: EventFilter | None = None, *,
             directed: bool = False, fill: bool = True) -> list[PeriodCounts]:
        """The cooperation–conflict curve of a relationship: :meth:`timeline` of the events
        between ``a`` and ``b`` (codes or countries), both directions unless ``directed``."""
        base = filter or EventFilter()
        pair = (check_actor(a, "dyad"), check_actor(b, "dyad"))
        return self.timeline(replace(base, dyad=pair, directed=directed), by, fill=fill)

    def actors(self, filter: EventFilter | None = None, *, limit: int = 20) -> list[ActorActivity]:
        """The most active actors (by code): events as source or target of the filtered events."""
        where, params = where_clause((filter or EventFilter()).checked())
        cur = self._cursor().execute(f"""
            WITH f AS (SELECT * FROM events e{where}),
            sides AS (
                SELECT source_code AS code, source_country AS country, source_sector AS sector, 1 AS src,
                       0 AS tgt, num_mentions, goldstein
                FROM f WHERE source_code IS NOT NULL
                UNION ALL
                SELECT target_code, target_country, target_sector, 0, 1, num_mentions, goldstein
                FROM f WHERE target_code IS NOT NULL)
            SELECT code, mode(country), mode(sector), count(*) AS n, sum(src), sum(tgt),
                   sum(num_mentions), avg(goldstein)
            FROM sides GROUP BY code ORDER BY n DESC, code LIMIT ?""", [*params, limit])
        rows = cur.fetchall()
        names = self._names([r[0] for r in rows])
        return [ActorActivity(code=r[0], name=names.get(r[0], r[0]), country=r[1], sector=r[2], events=r[3],
                              as_source=int(r[4]), as_target=int(r[5]), mentions=int(r[6]),
                              goldstein_mean=round(float(r[7]), 6)) for r in rows]

    def _names(self, codes: list[str]) -> dict[str, str]:
        """The name each actor code is most often reported under (ties: the first in sort order)."""
        cur = self._cursor().execute("""
            SELECT code, name FROM (
                SELECT code, name, count(*) AS n FROM (
                    SELECT source_code AS code, source_name AS name FROM mentions
                    WHERE source_code IN (SELECT unnest(?::VARCHAR[]))
                    UNION ALL
                    SELECT target_code, target_name FROM mentions
                    WHERE target_code IN (SELECT unnest(?::VARCHAR[])))
                GROUP BY code, name)
            QUALIFY row_number() OVER (PARTITION BY code ORDER BY n DESC, name) = 1""", [codes, codes])
        return {r[0]: r[1] for r in cur.fetchall()}

    def network(self, filter: EventFilter | None = None, *, limit: int = 200) -> list[Edge]:
        """Source → target edges of the filtered events, most events first."""
        where, params = where_clause((filter or EventFilter()).checked())
        where = ((f"{where} AND " if where else " WHERE ")
                 + "e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
        cur = self._cursor().execute(f"""
            SELECT e.source_code, e.target_code, count(*) AS n, sum(e.num_mentions), avg(e.goldstein),
                   count(*) FILTER (WHERE e.quad_class <= 2), count(*) FILTER (WHERE e.quad_class >= 3)
            FROM events e{where} GROUP BY e.source_code, e.target_code
            ORDER BY n DESC, e.source_code, e.target_code LIMIT ?""", [*params, limit])
        rows = cur.fetchall()
        names = self._names(sorted({r[0] for r in rows} | {r[1] for r in rows}))
        return [Edge(source=r[0], target=r[1], source_name=names.get(r[0], r[0]),
                     target_name=names.get(r[1], r[1]), events=r[2], mentions=int(r[3]),
                     goldstein_mean=round(float(r[4]), 6), cooperation=r[5], conflict=r[6])
                for r in rows]

    def locations(self, filter: EventFilter | None = None, *, limit: int = 200) -> list[LocationCount]:
        """Places where the filtered events happened, most events first."""
        where, params = where_clause((filter or EventFilter()).checked())
        where = (f"{where} AND " if where else " WHERE ") + "e.location_name IS NOT NULL"
        cur = self._cursor().execute(f"""
            SELECT e.location_name, e.location_country, min(e.location_lat), min(e.location_lon),
                   count(*) AS n, avg(e.goldstein)
            FROM events e{where} GROUP BY e.location_name, e.location_country
            ORDER BY n DESC, e.location_name LIMIT ?""", [*params, limit])
        return [LocationCount(name=r[0], country=r[1], lat=r[2], lon=r[3], events=r[4],
                              goldstein_mean=round(float(r[5]), 6)) for r in cur.fetchall()]

    # -- articles -------------------------------------------------------------------------
    def articles(self, *, limit: int = 100, offset: int = 0, text: str | None = None) -> list[ArticleSummary]:
        """Stored articles, newest publication date first; ``text`` filters on title or text."""
        params: list[object] = []
        where = ""
        if text:
            where = " WHERE contains(lower(a.text), ?) OR contains(lower(coalesce(a.title, '')), ?)"
            params = [text.lower(), text.lower()]
        cur = self._cursor().execute(f"""
            SELECT a.id, a.doc_id, a.date, a.title, a.source, a.url, a.added,
                   (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS n
            FROM articles a{where} ORDER BY a.day DESC NULLS LAST, a.added DESC, a.id LIMIT ? OFFSET ?""",
            [*params, limit, offset])
        return [ArticleSummary(id=r[0], doc_id=r[1], date=r[2], title=r[3], source=r[4], url=r[5],
                               added=read.iso(r[6]) or "", events=r[7]) for r in cur.fetchall()]

    def article(self, article_id: str) -> StoredArticle | None:
        """One article with its text and everything found in it, or ``None``."""
        cur = self._cursor()
        rows = _rows(cur.execute("SELECT * FROM articles WHERE id = ?", [article_id]))
        if not rows:
            return None
        row = rows[0]

        def children(table: str) -> list[dict[str, Any]]:
            sql = f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx"
            return _rows(cur.execute(sql, [article_id]))

        mentions = tuple(read.mention(m) for m in _rows(cur.execute(
            f"{_MENTION_SELECT} WHERE m.article_id = ? ORDER BY m.idx", [article_id])))
        extraction = Extraction(
            article=read.article(row), actors=[read.actor(r) for r in children("actors")],
            events=[m.event for m in mentions], quotes=[read.quote(r) for r in children("quotes")],
            dates=[read.date_mention(r) for r in children("dates")],
            figures=[read.figure(r) for r in children("figures")], warnings=list(row["warnings"]),
        )
        return StoredArticle(id=article_id, added=read.iso(row["added"]) or "", extraction=extraction,
                             mentions=mentions)

    def extraction(self, article_id: str) -> Extraction | None:
        """The :class:`Extraction` stored for an article, as it was ingested."""
        stored = self.article(article_id)
        return None if stored is None else stored.extraction

    # -- summary and exports --------------------------------------------------------------
    def stats(self) -> StoreStats:
        """Counts of everything stored, the date range and the file size."""
        cur = self._cursor()

        def count(sql: str) -> int:
            row = _one(cur.execute(sql))
            return int(row[0]) if row else 0

        row = _one(cur.execute("SELECT min(day), max(day) FROM events"))
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

    def export(self, format: str, out: str | Path, filter: EventFilter | None = None) -> int:
        """Write the filtered events to ``out`` as ``csv``, ``parquet``, ``jsonl``, ``gdelt``
        (the GDELT 2.0 event table, tab-separated, no header) or ``plover`` (POLECAT-style JSON
        Lines); return the number of events written."""
        from newsevents.store.export import export_events

        return export_events(self._cursor(), format, Path(out), (filter or EventFilter()).checked())


def _fill(points: list[PeriodCounts], part: str) -> list[PeriodCounts]:
    """``points`` with the missing periods between the first and the last added as zeros."""
    if len(points) < 2:
        return points
    have = {p.period: p for p in points}
    out: list[PeriodCounts] = []
    day = dt.date.fromisoformat(points[0].period)
    last = dt.date.fromisoformat(points[-1].period)
    while day <= last:
        key = day.isoformat()
        out.append(have.get(key) or PeriodCounts(key, 0, 0, 0, 0, 0, 0.0, None, 0))
        day = _next(day, part)
    return out


def _next(day: dt.date, part: str) -> dt.date:
    if part == "day":
        return day + dt.timedelta(days=1)
    if part == "week":
        return day + dt.timedelta(days=7)
    if part == "month":
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return dt.date(day.year + 1, 1, 1)
