"""The bulk write path: one staged batch in, one transaction, events deduplicated.

Deduplication follows GDELT: reports with the same event key (source code, target code, CAMEO
code) whose dates lie within ``window`` days are one event. A report joins the nearest stored
event of its key within the window; the reports left over form new events, grouped greedily in
date order (a group starts at its earliest day and takes reports up to ``window`` days later).
Reports without any date are never merged. ``window=0`` merges same-day reports only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from newsevents.errors import StoreError
from newsevents.store.models import IngestReport
from newsevents.store.rows import (
    ACTOR_COLUMNS,
    DATE_COLUMNS,
    FIGURE_COLUMNS,
    QUOTE_COLUMNS,
    StagedBatch,
    column_type,
)
from newsevents.store.schema import ARTICLE_COLUMNS, MENTION_COLUMNS

_CHILDREN = {"actors": ACTOR_COLUMNS, "quotes": QUOTE_COLUMNS, "dates": DATE_COLUMNS,
             "figures": FIGURE_COLUMNS}
_KEY_MATCH = ("e.cameo = p.cameo AND e.source_code IS NOT DISTINCT FROM p.source_code "
              "AND e.target_code IS NOT DISTINCT FROM p.target_code")
_TEMPS = ("_ne_new", "_ne_keys", "_ne_matched", "_ne_fresh", "_ne_touched")
_EVENT_ATTRS = ("source_code", "source_country", "source_sector", "target_code", "target_country",
                "target_sector", "cameo", "plover", "goldstein", "quad_class", "location_name",
                "location_country", "location_lat", "location_lon")


def _conform(table: pa.Table, columns: tuple[str, ...], what: str) -> pa.Table:
    """``table`` with exactly ``columns``, in order and cast to the staged types."""
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise StoreError(f"the staged {what} table lacks the columns {', '.join(missing)}")
    return pa.table({c: table.column(c).cast(column_type(c, what)) for c in columns})


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    rows = con.execute(sql, params or []).fetchall()  # fetch all: DuckDB wants results finished
    return rows[0][0] if rows else None


def write_batch(con: duckdb.DuckDBPyConnection, batch: StagedBatch, window: int) -> IngestReport:
    """Store ``batch`` in one transaction; articles already stored (same hash) are skipped.

    Either all of the batch is committed or none of it: a process killed half-way leaves the
    database as it was before the batch. Mentions get ids in the order they were staged (the
    order the articles were read).
    """
    mentions = _conform(batch.mentions, MENTION_COLUMNS, "mentions")
    mentions = mentions.append_column("row", pa.array(np.arange(mentions.num_rows, dtype=np.int64)))
    staged = {
        "articles": _conform(batch.articles, ARTICLE_COLUMNS, "articles"),
        "mentions": mentions,
        **{name: _conform(getattr(batch, name), cols, name) for name, cols in _CHILDREN.items()},
    }
    for name, table in staged.items():
        con.register(f"_ne_staged_{name}", table)
    con.execute("BEGIN TRANSACTION")
    try:
        report = _write(con, window, staged)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in staged:
            con.unregister(f"_ne_staged_{name}")
        for temp in _TEMPS:
            con.execute(f"DROP TABLE IF EXISTS {temp}")
    return report


def _write(con: duckdb.DuckDBPyConnection, window: int, staged: dict[str, pa.Table]) -> IngestReport:
    staged_articles = staged["articles"].num_rows
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    distinct = _scalar(con, "SELECT count(DISTINCT id) FROM _ne_staged_articles")
    if distinct != staged_articles:
        raise StoreError("a staged batch holds the same article twice; stage each article once")
    con.execute("CREATE TEMP TABLE _ne_new AS SELECT s.id FROM _ne_staged_articles s "
                "ANTI JOIN articles a ON a.id = s.id")
    new = _scalar(con, "SELECT count(*) FROM _ne_new")
    report = IngestReport(articles_new=new, articles_stored=staged_articles - new)
    if not new:
        return report
    cols = ", ".join(ARTICLE_COLUMNS)
    con.execute(f"INSERT INTO articles ({cols}, added) SELECT {cols}, ? FROM _ne_staged_articles "
                "SEMI JOIN _ne_new n ON n.id = _ne_staged_articles.id", [now])
    for name, columns in _CHILDREN.items():
        cols = ", ".join(columns)
        con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM _ne_staged_{name} s "
                    "SEMI JOIN _ne_new n ON n.id = s.article_id")
    report.quotes = _scalar(con, "SELECT count(*) FROM _ne_staged_quotes s SEMI JOIN _ne_new n "
                                 "ON n.id = s.article_id")
    base = _scalar(con, "SELECT coalesce(max(id), 0) FROM mentions") + 1
    # Only the columns deduplication needs are copied; the rest is read from Arrow at insert.
    con.execute("""CREATE TEMP TABLE _ne_keys AS
        SELECT ?::BIGINT + s.row AS id, s.article_id, s.day, s.source_code, s.target_code, s.cameo,
               s.source_key, s.article_day
        FROM _ne_staged_mentions s SEMI JOIN _ne_new n ON n.id = s.article_id""", [base])
    report.mentions = _scalar(con, "SELECT count(*) FROM _ne_keys")
    if report.mentions:
        report.events_new = _assign_events(con, window, base, now, staged)
    return report


def _assign_events(con: duckdb.DuckDBPyConnection, window: int, base: int, now: dt.datetime,
                   tables: dict[str, pa.Table]) -> int:
    """Give every new mention an event (stored or new), insert both; return new events.

    DuckDB does the matching and grouping; the rows to insert are then put together in Arrow
    (``take`` and a scatter by row number), which is cheaper than joining wide tables in SQL.
    """
    day_match = "e.day = p.day" if window == 0 else "e.day BETWEEN p.day - ?::INTEGER AND p.day + ?::INTEGER"
    con.execute(f"""CREATE TEMP TABLE _ne_matched AS
        SELECT p.id AS mention_id, e.id AS event_id FROM _ne_keys p JOIN events e
          ON {day_match} AND {_KEY_MATCH}
        QUALIFY row_number() OVER (PARTITION BY p.id ORDER BY abs(e.day - p.day), e.day, e.id) = 1""",
                [] if window == 0 else [window, window])
    if window == 0:
        group_by = "p.day, p.source_code, p.target_code, p.cameo, CASE WHEN p.day IS NULL THEN p.id END"
    else:
        _group_in_window(con, window)
        group_by = "f.first_mid"
    fresh = "" if window == 0 else "JOIN _ne_fresh f ON f.mention_id = p.id"
    groups = con.sql(f"""SELECT min(p.id) AS first_mid, list(p.id) AS ids, count(*) AS n,
            count(DISTINCT p.article_id) AS articles, count(DISTINCT p.source_key) AS sources,
            min(p.article_day) AS first_seen, max(p.article_day) AS last_seen
        FROM _ne_keys p {fresh} ANTI JOIN _ne_matched m ON m.mention_id = p.id
        GROUP BY {group_by}""").to_arrow_table()
    first_event = _scalar(con, "SELECT coalesce(max(id), 0) FROM events") + 1
    # New events are numbered in the order of their first mention.
    first_mid = groups.column("first_mid").to_numpy()
    event_ids = np.empty(len(first_mid), dtype=np.int64)
    event_ids[np.argsort(first_mid, kind="stable")] = first_event + np.arange(len(first_mid))
    staged = tables["mentions"]
    event_of_row = np.full(staged.num_rows, -1, dtype=np.int64)
    ids = groups.column("ids")
    event_of_row[pc.list_flatten(ids).to_numpy() - base] = event_ids[pc.list_parent_indices(ids).to_numpy()]
    matched = con.sql("SELECT mention_id, event_id FROM _ne_matched").to_arrow_table()
    event_of_row[matched.column("mention_id").to_numpy() - base] = matched.column("event_id").to_numpy()
    _insert_mentions(con, staged, event_of_row, base, now)
    _insert_events(con, staged, groups, event_ids, base, now)
    # Events that already existed gained reports: count them again from all their mentions.
    con.execute("CREATE TEMP TABLE _ne_touched AS SELECT DISTINCT event_id FROM _ne_matched")
    con.execute("""UPDATE events SET num_mentions = c.n, num_articles = c.articles, num_sources = c.sources,
            first_seen = c.first_seen, last_seen = c.last_seen
        FROM (SELECT m.event_id, count(*) AS n, count(DISTINCT m.article_id) AS articles,
                     count(DISTINCT m.source_key) AS sources, min(m.article_day) AS first_seen,
                     max(m.article_day) AS last_seen
              FROM mentions m SEMI JOIN _ne_touched t ON t.event_id = m.event_id GROUP BY m.event_id) c
        WHERE events.id = c.event_id""")
    return len(first_mid)


def _insert_mentions(con: duckdb.DuckDBPyConnection, staged: pa.Table, event_of_row: np.ndarray,
                     base: int, now: dt.datetime) -> None:
    keep = event_of_row >= 0  # rows of articles stored before have no event: they are not new
    ready = staged.select(list(MENTION_COLUMNS)).filter(pa.array(keep))
    ready = ready.append_column("id", pa.array(base + np.flatnonzero(keep)))
    ready = ready.append_column("event_id", pa.array(event_of_row[keep]))
    cols = ", ".join(MENTION_COLUMNS)
    con.register("_ne_ready", ready)
    try:
        con.execute(f"INSERT INTO mentions (id, event_id, {cols}, added) SELECT id, event_id, {cols}, ? "
                    "FROM _ne_ready", [now])
    finally:
        con.unregister("_ne_ready")


def _insert_events(con: duckdb.DuckDBPyConnection, staged: pa.Table, groups: pa.Table,
                   event_ids: np.ndarray, base: int, now: dt.datetime) -> None:
    first_mid = groups.column("first_mid").to_numpy()
    rep = staged.take(pa.array(first_mid - base))
    columns = {
        "id": pa.array(event_ids), "day": rep.column("day"),
        **{c: rep.column(c) for c in _EVENT_ATTRS}, "is_root": rep.column("in_lead"),
        "num_mentions": groups.column("n"), "num_sources": groups.column("sources"),
        "num_articles": groups.column("articles"), "first_seen": groups.column("first_seen"),
        "last_seen": groups.column("last_seen"), "first_mention": pa.array(first_mid),
    }
    ready = pa.table(columns)
    cols = ", ".join(columns)
    con.register("_ne_ready", ready)
    try:
        con.execute(f"INSERT INTO events ({cols}, added) SELECT {cols}, ? FROM _ne_ready", [now])
    finally:
        con.unregister("_ne_ready")


def _group_in_window(con: duckdb.DuckDBPyConnection, window: int) -> None:
    """``_ne_fresh`` for a window of days: greedy groups per key, in date order."""
    rows = con.execute("""SELECT p.id, p.day, p.source_code, p.target_code, p.cameo
        FROM _ne_keys p ANTI JOIN _ne_matched m ON m.mention_id = p.id
        ORDER BY p.source_code NULLS FIRST, p.target_code NULLS FIRST, p.cameo, p.day NULLS FIRST, p.id
        """).fetchall()
    mention_ids: list[int] = []
    firsts: list[int] = []
    key: tuple[Any, ...] | None = None
    start: dt.date | None = None
    first = 0
    for mid, day, src, tgt, cameo in rows:
        if day is None or (src, tgt, cameo) != key or start is None or (day - start).days > window:
            key, start, first = (src, tgt, cameo), day, mid
        mention_ids.append(mid)
        firsts.append(first)
    fresh = pa.table({"mention_id": pa.array(mention_ids, pa.int64()),
                      "first_mid": pa.array(firsts, pa.int64())})
    con.register("_ne_fresh_arrow", fresh)
    try:
        con.execute("CREATE TEMP TABLE _ne_fresh AS SELECT * FROM _ne_fresh_arrow")
    finally:
        con.unregister("_ne_fresh_arrow")
