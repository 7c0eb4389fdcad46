"""The bulk write path: one staged batch in, one transaction, events deduplicated.

Deduplication follows GDELT (see :mod:`newsevents.store.dedup`): a report joins the nearest
stored event with its key (source code, target code, CAMEO code) within ``window`` days; the
reports left over are grouped into new events. The wide rows go into DuckDB once each, straight
from the staged Arrow tables: every decision (which article is new, which event a report joins)
is made on narrow integer columns first, so the tables are never copied or joined wide.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from newsevents.errors import StoreError
from newsevents.store.dedup import Groups, codes, days, group_reports
from newsevents.store.models import IngestReport
from newsevents.store.rows import (
    ACTOR_COLUMNS,
    DATE_COLUMNS,
    FIGURE_COLUMNS,
    QUOTE_COLUMNS,
    StagedBatch,
    column_type,
)
from newsevents.store.schema import ADDED_COLUMNS, ARTICLE_COLUMNS, MENTION_COLUMNS

_CHILDREN = {"actors": ACTOR_COLUMNS, "quotes": QUOTE_COLUMNS, "dates": DATE_COLUMNS,
             "figures": FIGURE_COLUMNS}
_KEY_MATCH = ("e.cameo = p.cameo AND e.source_code IS NOT DISTINCT FROM p.source_code "
              "AND e.target_code IS NOT DISTINCT FROM p.target_code")
_EVENT_ATTRS = ("source_code", "source_country", "source_sector", "target_code", "target_country",
                "target_sector", "cameo", "plover", "goldstein", "quad_class", "location_name",
                "location_country", "location_lat", "location_lon", "date_precision", "location_type",
                "location_adm1", "location_geonames_id")
_VIEWS = ("_ne_ids", "_ne_probe", "_ne_ready", "_ne_touched")


def _conform(table: pa.Table, columns: tuple[str, ...], what: str) -> pa.Table:
    """``table`` with exactly ``columns``, in order and cast to the staged types; a column that a
    later schema version added is null when ``table`` was staged before it."""
    missing = [c for c in columns if c not in table.column_names and c not in ADDED_COLUMNS.get(what, ())]
    if missing:
        raise StoreError(f"the staged {what} table lacks the columns {', '.join(missing)}")
    return pa.table({c: table.column(c).cast(column_type(c, what)) if c in table.column_names
                     else pa.nulls(table.num_rows, column_type(c, what)) for c in columns})


def _arrow(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> pa.Table:
    relation = con.sql(sql, params=params or None)
    table = None if relation is None else relation.to_arrow_table()
    if table is None:
        raise StoreError(f"DuckDB gave no result for a query of the write path: {sql[:60]}")
    return table


def write_batch(con: duckdb.DuckDBPyConnection, batch: StagedBatch, window: int) -> IngestReport:
    """Store ``batch`` in one transaction; articles already stored (same hash) are skipped.

    Either all of the batch is committed or none of it: a process killed half-way leaves the
    database as it was before the batch. Mentions get ids in the order they were staged (the
    order the articles were read), and new events in the order of their first mention.
    """
    staged = {
        "articles": _conform(batch.articles, ARTICLE_COLUMNS, "articles"),
        "mentions": _conform(batch.mentions, MENTION_COLUMNS, "mentions"),
        **{name: _conform(getattr(batch, name), cols, name) for name, cols in _CHILDREN.items()},
    }
    ids = staged["articles"].column("id")
    if pc.count_distinct(ids).as_py() != len(ids):
        raise StoreError("a staged batch holds the same article twice; stage each article once")
    con.execute("BEGIN TRANSACTION")
    try:
        report = _write(con, window, staged)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    finally:
        for view in _VIEWS:
            con.unregister(view)
    return report


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction. DuckDB may have ended it already (a failed write, a full disk
    aborts it): the error that did so is the one to report, not the rollback's."""
    with contextlib.suppress(duckdb.Error):  # nothing left to roll back; the caller re-raises the first
        con.execute("ROLLBACK")


def _write(con: duckdb.DuckDBPyConnection, window: int, staged: dict[str, pa.Table]) -> IngestReport:
    # Each statement has a fixed cost that a small batch feels: which articles are new is decided
    # in Arrow from one query, and the new rows go in straight from the staged tables.
    ids = staged["articles"].column("id")
    con.register("_ne_ids", pa.table({"id": ids}))
    stored = _arrow(con, "SELECT a.id FROM articles a SEMI JOIN _ne_ids s ON s.id = a.id").column("id")
    new_ids = pc.filter(ids, pc.invert(pc.is_in(ids, value_set=stored.combine_chunks()))).combine_chunks()
    report = IngestReport(articles_new=len(new_ids), articles_stored=len(ids) - len(new_ids))
    if not len(new_ids):
        return report
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    _insert(con, "articles", _of_new(staged["articles"], "id", new_ids), now)
    for name in _CHILDREN:
        rows = _of_new(staged[name], "article_id", new_ids)
        _insert(con, name, rows)
        if name == "quotes":
            report.quotes = rows.num_rows
    mentions = staged["mentions"]
    # Mentions of articles stored before are not new (all of them, unless a batch is re-sent).
    keep = _is_new(mentions, "article_id", new_ids)
    report.mentions = int(keep.sum())
    if report.mentions:
        report.events_new = _store_mentions(con, mentions, keep, window, now)
    return report


def _is_new(table: pa.Table, key: str, new_ids: pa.Array) -> np.ndarray:
    """Per row of ``table``: whether its ``key`` column names one of ``new_ids``."""
    return np.asarray(pc.is_in(table.column(key), value_set=new_ids).to_numpy(zero_copy_only=False), dtype=bool)


def _of_new(table: pa.Table, key: str, new_ids: pa.Array) -> pa.Table:
    """The rows of ``table`` whose ``key`` is one of ``new_ids`` (the table itself if all are)."""
    keep = _is_new(table, key, new_ids)
    return table if keep.all() else table.filter(pa.array(keep))


def _store_mentions(con: duckdb.DuckDBPyConnection, mentions: pa.Table, keep: np.ndarray, window: int,
                    now: dt.datetime) -> int:
    """Give every kept mention an event (stored or new), insert both; return new events."""
    last = _arrow(con, "SELECT (SELECT coalesce(max(id), 0) FROM mentions) AS mention, "
                       "(SELECT coalesce(max(id), 0) FROM events) AS event")
    base = last.column("mention")[0].as_py() + 1
    first_event = last.column("event")[0].as_py() + 1
    event_of = np.full(mentions.num_rows, -1, dtype=np.int64)
    owner = _told_by(mentions)
    retold = keep & (owner >= 0)
    rows = np.flatnonzero(keep & ~retold)
    touched = _match(con, mentions, rows, window, event_of) if first_event > 1 else None
    fresh = rows[event_of[rows] < 0]
    groups = _group(mentions, fresh, window)
    event_of[fresh] = first_event + groups.of_report
    # A retelling is a mention of its telling's event whatever its day (an undated event's too).
    event_of[retold] = event_of[owner[retold]]
    added = event_of[retold] - first_event
    groups = groups.with_mentions(np.bincount(added[added >= 0], minlength=len(groups)))
    ready = mentions.append_column("id", pa.array(base + np.arange(mentions.num_rows, dtype=np.int64)))
    ready = ready.append_column("event_id", pa.array(event_of))
    if not keep.all():
        ready = ready.filter(pa.array(keep))
    _insert(con, "mentions", ready, now)
    _insert(con, "events", _event_rows(mentions, fresh, groups, first_event, base), now)
    if touched is not None and len(touched):
        _recount(con, touched)
    return len(groups)


def _told_by(mentions: pa.Table) -> np.ndarray:
    """Per mention row: the row of the telling it retells (the row of the same article and event
    index staged before it, whose ``retelling`` is null), or -1 for an event's own telling."""
    retelling = np.asarray(pc.is_valid(mentions.column("retelling")).to_numpy(zero_copy_only=False), dtype=bool)
    at = np.arange(mentions.num_rows, dtype=np.int64)
    owner = np.maximum.accumulate(np.where(retelling, -1, at)) if len(at) else at
    article, idx = codes(mentions.column("article_id")), codes(mentions.column("idx"))
    same = retelling & (owner >= 0)
    same[same] = (article[owner[same]] == article[same]) & (idx[owner[same]] == idx[same])
    told: np.ndarray = np.where(same, owner, -1)
    return told


def _match(con: duckdb.DuckDBPyConnection, mentions: pa.Table, rows: np.ndarray, window: int,
           event_of: np.ndarray) -> np.ndarray:
    """Set ``event_of`` for the mentions (``rows``) that join a stored event: the nearest one of
    their key within the window. Return the ids of the stored events joined."""
    probe = mentions.select(["day", "source_code", "target_code", "cameo"])
    if len(rows) != mentions.num_rows:
        probe = probe.take(pa.array(rows))
    probe = probe.append_column("row", pa.array(rows))
    lo, hi = pc.min_max(probe.column("day")).values()
    if not lo.is_valid:
        return np.zeros(0, dtype=np.int64)
    con.register("_ne_probe", probe)
    day_match = "e.day = p.day" if window == 0 else "e.day BETWEEN p.day - ?::INTEGER AND p.day + ?::INTEGER"
    # The range on e.day lets DuckDB skip row groups of events far from this batch's days.
    found = _arrow(con, f"""SELECT p.row, e.id FROM _ne_probe p JOIN events e ON {day_match} AND {_KEY_MATCH}
        WHERE e.day BETWEEN ?::DATE - ?::INTEGER AND ?::DATE + ?::INTEGER
        QUALIFY row_number() OVER (PARTITION BY p.row ORDER BY abs(e.day - p.day), e.day, e.id) = 1""",
                   [*([] if window == 0 else [window, window]), lo.as_py(), window, hi.as_py(), window])
    con.unregister("_ne_probe")
    ids = np.asarray(found.column("id").to_numpy(), dtype=np.int64)
    event_of[found.column("row").to_numpy()] = ids
    touched: np.ndarray = np.unique(ids)
    return touched


def _group(mentions: pa.Table, fresh: np.ndarray, window: int) -> Groups:
    """The new events that the ``fresh`` mentions (those joining no stored event) make."""
    def code(name: str) -> np.ndarray:
        picked: np.ndarray = codes(mentions.column(name))[fresh]
        return picked

    day, dated = days(mentions.column("day"))
    published, has_published = days(mentions.column("article_day"))
    return group_reports(code("source_code"), code("target_code"), code("cameo"), day[fresh], dated[fresh],
                         code("article_id"), code("source_key"), published[fresh], has_published[fresh],
                         window)


def _event_rows(mentions: pa.Table, fresh: np.ndarray, groups: Groups, first_event: int,
                base: int) -> pa.Table:
    """The ``events`` rows of new events: attributes of the first mention, counts of all."""
    first = fresh[groups.first]
    rep = mentions.select(["day", "in_lead", *_EVENT_ATTRS])
    # The usual bulk case, every mention a new event of its own, needs no copy of the rows.
    if not np.array_equal(first, np.arange(mentions.num_rows)):
        rep = rep.take(pa.array(first))

    def day(values: np.ndarray) -> pa.Array:
        return pa.array(values.astype(np.int32), mask=~groups.seen).cast(pa.date32())

    return pa.table({
        "id": pa.array(first_event + np.arange(len(groups), dtype=np.int64)), "day": rep.column("day"),
        **{c: rep.column(c) for c in _EVENT_ATTRS}, "is_root": rep.column("in_lead"),
        "num_mentions": pa.array(groups.mentions.astype(np.int32)),
        "num_sources": pa.array(groups.sources.astype(np.int32)),
        "num_articles": pa.array(groups.articles.astype(np.int32)),
        "first_seen": day(groups.first_seen), "last_seen": day(groups.last_seen),
        "first_mention": pa.array(base + first),
    })


def _insert(con: duckdb.DuckDBPyConnection, table: str, ready: pa.Table, now: dt.datetime | None = None) -> None:
    """Append the Arrow rows ``ready`` to ``table`` (no ORDER BY: rows go in as they are), with
    ``added`` set to ``now`` if given."""
    cols = ", ".join(ready.column_names)
    con.register("_ne_ready", ready)
    try:
        if now is None:
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _ne_ready")
        else:
            con.execute(f"INSERT INTO {table} ({cols}, added) SELECT {cols}, ? FROM _ne_ready", [now])
    finally:
        con.unregister("_ne_ready")


def _recount(con: duckdb.DuckDBPyConnection, touched: np.ndarray) -> None:
    """Events that already existed gained reports: count them again from all their mentions."""
    con.register("_ne_touched", pa.table({"event_id": pa.array(touched)}))
    con.execute("""UPDATE events SET num_mentions = c.n, num_articles = c.articles, num_sources = c.sources,
            first_seen = c.first_seen, last_seen = c.last_seen
        FROM (SELECT m.event_id, count(*) AS n, count(DISTINCT m.article_id) AS articles,
                     count(DISTINCT m.source_key) AS sources, min(m.article_day) AS first_seen,
                     max(m.article_day) AS last_seen
              FROM mentions m SEMI JOIN _ne_touched t ON t.event_id = m.event_id
              GROUP BY m.event_id) c
        WHERE events.id = c.event_id""")
    con.unregister("_ne_touched")
