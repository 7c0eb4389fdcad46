"""The read queries of the event store: events, timelines, dyads, actors, network, places, articles.

:class:`EventQueries` is the base class of :class:`~newsevents.store.store.EventStore`, which
supplies the connection; users call these methods on an ``EventStore``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import duckdb

from newsevents.records import Extraction, QuadClass
from newsevents.store import read
from newsevents.store.filters import check_actor, check_filter, check_period, where_clause
from newsevents.store.models import (
    ActorActivity,
    ArticleSummary,
    CountryCount,
    Edge,
    EventFilter,
    LocationCount,
    PeriodCounts,
    Sort,
    StoredArticle,
    StoredEvent,
)

# The date precisions an event may have to be counted in a period of each size.
_FINE_ENOUGH = {"day": "'day'", "week": "'day', 'week'", "month": "'day', 'week', 'month'",
                "year": "'day', 'week', 'month', 'year'"}
_SORT = {"date": "e.day NULLS LAST, e.id", "-date": "e.day DESC NULLS LAST, e.id DESC",
         "mentions": "e.num_mentions DESC, e.day, e.id"}
# Names, sentence and trigger of an event are those of its first mention.
_QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q.value}) AS {q.field}" for q in QuadClass)
"""One count per QuadClass, in QuadClass order (the time-series columns)."""
_COOPERATION = f"e.quad_class <= {QuadClass.MATERIAL_COOPERATION.value}"
_EVENT_SELECT = """SELECT e.*, m.source_name, m.target_name, m.plover_mode, m.plover_context, m.article_id,
    m.sentence, m.trigger, coalesce(a.url, a.source) AS source_url
    FROM ({inner}) e JOIN mentions m ON m.id = e.first_mention JOIN articles a ON a.id = m.article_id"""
_MENTION_SELECT = ("SELECT m.*, a.doc_id, coalesce(a.url, a.source) AS source_url FROM mentions m "
                   "JOIN articles a ON a.id = m.article_id")


NO_COUNTRY = "(no country)"
"""How an actor coded by its sector alone is shown: its country is unknown."""
# An actor coded by its sector alone ("GOV" for "African leaders"): its code is its sector.
_SECTOR_ONLY = "({side}_country IS NULL AND {side}_code IS NOT DISTINCT FROM {side}_sector)"


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def first_row(cur: duckdb.DuckDBPyConnection) -> tuple[Any, ...] | None:
    """The first row of a result, fetching all of it (DuckDB refuses new work on a connection
    whose last result is not finished)."""
    rows = cur.fetchall()
    return rows[0] if rows else None


class EventQueries:
    """The read-only queries of :class:`~newsevents.store.store.EventStore` (its base class)."""

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the open connection; :class:`~newsevents.store.store.EventStore` supplies it."""
        raise NotImplementedError

    # -- events ---------------------------------------------------------------------------
    def events(self, filter: EventFilter | None = None, *, limit: int = 100, offset: int = 0,
               sort: Sort = "date") -> list[StoredEvent]:
        """The events that pass ``filter``, sorted, one page of ``limit`` from ``offset``."""
        where, params = where_clause(check_filter(filter or EventFilter()))
        inner = f"SELECT e.* FROM events e{where} ORDER BY {_SORT[sort]} LIMIT ? OFFSET ?"
        sql = f"{_EVENT_SELECT.format(inner=inner)} ORDER BY {_SORT[sort]}"
        cur = self._cursor().execute(sql, [*params, limit, offset])
        return [read.stored_event(r) for r in _rows(cur)]

    def count_events(self, filter: EventFilter | None = None) -> int:
        """How many events pass ``filter``."""
        where, params = where_clause(check_filter(filter or EventFilter()))
        row = first_row(self._cursor().execute(f"SELECT count(*) FROM events e{where}", params))
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
        and mean Goldstein score; periods without events are included (zeros) when ``fill``.
        Events dated more coarsely than the period (a year at ``month``) are left out, not put
        in the period's first day; :meth:`too_coarse` counts them."""
        part = check_period(by)
        where, params = where_clause(check_filter(filter or EventFilter()))
        where = f"{where} AND e.day IS NOT NULL" if where else " WHERE e.day IS NOT NULL"
        # An event known only to its year has no month: counting it in January would draw a spike.
        where += f" AND coalesce(e.date_precision, 'day') IN ({_FINE_ENOUGH[part]})"
        cur = self._cursor().execute(f"""
            SELECT CAST(date_trunc('{part}', e.day) AS DATE) AS period, count(*) AS n,
                   {_QUAD_COUNTS},
                   sum(e.goldstein) AS gsum, avg(e.goldstein) AS gmean, sum(e.num_mentions) AS mentions
            FROM events e{where} GROUP BY period ORDER BY period""", params)
        after = 2 + len(QuadClass)  # the columns after the QuadClass counts
        points = [PeriodCounts(period=r[0].isoformat(), events=r[1], **{q.field: r[1 + q.value] for q in QuadClass},
                               goldstein_sum=round(float(r[after]), 6), goldstein_mean=round(float(r[after + 1]), 6),
                               mentions=int(r[after + 2]))
                  for r in cur.fetchall()]
        return _fill(points, part) if fill else points

    def too_coarse(self, filter: EventFilter | None = None, by: str = "month") -> int:
        """How many of the filtered events :meth:`timeline` leaves out at period ``by`` because
        their date is coarser (a year-precision event at ``month``)."""
        part = check_period(by)
        where, params = where_clause(check_filter(filter or EventFilter()))
        where = (f"{where} AND " if where else " WHERE ") + (
            f"e.day IS NOT NULL AND coalesce(e.date_precision, 'day') NOT IN ({_FINE_ENOUGH[part]})")
        row = first_row(self._cursor().execute(f"SELECT count(*) FROM events e{where}", params))
        return int(row[0]) if row else 0

    def dyad(self, a: str, b: str, by: str = "month", filter: EventFilter | None = None, *,
             directed: bool = False, fill: bool = True) -> list[PeriodCounts]:
        """The cooperation–conflict curve of a relationship: :meth:`timeline` of the events
        between ``a`` and ``b`` (codes or countries), both directions unless ``directed``."""
        base = filter or EventFilter()
        pair = (check_actor(a, "dyad"), check_actor(b, "dyad"))
        return self.timeline(replace(base, dyad=pair, directed=directed), by, fill=fill)

    def actors(self, filter: EventFilter | None = None, *, limit: int = 20,
               no_country: bool = False) -> list[ActorActivity]:
        """The most active actors (by code): events as source or target of the filtered events.

        Codes of a sector alone (``GOV``, ``CVL``: an actor whose country is unknown) pool
        unrelated actors, so they are left out of the ranking; ``no_country=True`` lists them
        instead, one row per sector, named :data:`NO_COUNTRY` and the sector.
        """
        where, params = where_clause(check_filter(filter or EventFilter()))
        keep = "" if no_country else "NOT "
        cur = self._cursor().execute(f"""
            WITH f AS (SELECT * FROM events e{where}),
            sides AS (
                SELECT source_code AS code, source_country AS country, source_sector AS sector, 1 AS src,
                       0 AS tgt, num_mentions, goldstein
                FROM f WHERE source_code IS NOT NULL AND {keep}{_SECTOR_ONLY.format(side='source')}
                UNION ALL
                SELECT target_code, target_country, target_sector, 0, 1, num_mentions, goldstein
                FROM f WHERE target_code IS NOT NULL AND {keep}{_SECTOR_ONLY.format(side='target')})
            SELECT code, mode(country), mode(sector), count(*) AS n, sum(src), sum(tgt),
                   sum(num_mentions), avg(goldstein)
            FROM sides GROUP BY code ORDER BY n DESC, code LIMIT ?""", [*params, limit])
        rows = cur.fetchall()
        names = ({r[0]: f"{NO_COUNTRY} {r[0]}" for r in rows} if no_country
                 else self._names([r[0] for r in rows]))
        return [ActorActivity(code=r[0], name=names.get(r[0], r[0]), country=r[1], sector=r[2], events=r[3],
                              as_source=int(r[4]), as_target=int(r[5]), mentions=int(r[6]),
                              goldstein_mean=round(float(r[7]), 6)) for r in rows]

    def countries(self, filter: EventFilter | None = None) -> list[CountryCount]:
        """Events per country they happened in (the place's country), most events first."""
        where, params = where_clause(check_filter(filter or EventFilter()))
        where = (f"{where} AND " if where else " WHERE ") + "e.location_country IS NOT NULL"
        cur = self._cursor().execute(f"""
            SELECT e.location_country, count(*) AS n, avg(e.goldstein) FROM events e{where}
            GROUP BY e.location_country ORDER BY n DESC, e.location_country""", params)
        return [CountryCount(country=r[0], events=r[1], goldstein_mean=round(float(r[2]), 6))
                for r in cur.fetchall()]

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
        where, params = where_clause(check_filter(filter or EventFilter()))
        # A sector-only code is no one actor: its edges would join unrelated actors into one node.
        where = ((f"{where} AND " if where else " WHERE ")
                 + "e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND NOT "
                 + _SECTOR_ONLY.format(side="e.source") + " AND NOT " + _SECTOR_ONLY.format(side="e.target"))
        cur = self._cursor().execute(f"""
            SELECT e.source_code, e.target_code, count(*) AS n, sum(e.num_mentions), avg(e.goldstein),
                   count(*) FILTER (WHERE {_COOPERATION}), count(*) FILTER (WHERE NOT {_COOPERATION})
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
        where, params = where_clause(check_filter(filter or EventFilter()))
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
                   (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.retelling IS NULL) AS n
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
            f"{_MENTION_SELECT} WHERE m.article_id = ? ORDER BY m.idx, m.retelling NULLS FIRST", [article_id])))
        extraction = Extraction(
            article=read.article(row), actors=[read.actor(r) for r in children("actors")],
            events=read.coded_events(mentions), quotes=[read.quote(r) for r in children("quotes")],
            dates=[read.date_mention(r) for r in children("dates")],
            figures=[read.figure(r) for r in children("figures")], warnings=list(row["warnings"]),
        )
        return StoredArticle(id=article_id, added=read.iso(row["added"]) or "", extraction=extraction,
                             mentions=mentions)

    def extraction(self, article_id: str) -> Extraction | None:
        """The :class:`Extraction` stored for an article, as it was ingested."""
        stored = self.article(article_id)
        return None if stored is None else stored.extraction


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
