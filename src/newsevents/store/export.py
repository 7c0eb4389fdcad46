"""Exports of the event table, declared once in :data:`EXPORTS`: name -> writer.

A format is one writer function and one registry line; the CLI's ``--format`` choices, its help
and docs/cli.md derive from the registry. Rows stream from DuckDB in Arrow record batches, so an
export never holds the whole table in memory. A file is written beside its final name and renamed
at the end, so a failed export leaves no half-written file; an open binary stream (standard
output, for ``--out -``) is written as the rows come.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa

from newsevents.errors import BadFilter, StoreError
from newsevents.store import gdelt, plover
from newsevents.store.filters import where_clause
from newsevents.store.models import EventFilter

_BATCH = 50_000
Writer = Callable[[duckdb.DuckDBPyConnection, IO[bytes], str, list[object]], int]
"""Write the events passing ``where`` (with ``params``) to a binary stream; return how many."""


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its writer and a line of help for the CLI and the docs."""

    name: str
    writer: Writer
    help: str


# Names, mode, context, sentence, trigger and URL of an event are those of its first mention.
_FROM = """ FROM events e JOIN mentions m ON m.id = e.first_mention JOIN articles a ON a.id = m.article_id"""
_FLAT = """SELECT e.id, e.day AS date, e.date_precision, e.source_code, m.source_name, e.source_country,
    e.source_sector, e.target_code, m.target_name, e.target_country, e.target_sector, e.cameo,
    substr(e.cameo, 1, 2) AS cameo_root, e.plover, m.plover_mode, m.plover_context, e.goldstein,
    e.quad_class, e.location_name, e.location_country, e.location_lat, e.location_lon, e.location_type,
    e.location_adm1, e.location_geonames_id, e.is_root, e.num_mentions, e.num_sources, e.num_articles,
    e.first_seen, e.last_seen, m.article_id, a.doc_id, a.url AS source_url, a.source, m.sentence,
    m.trigger, e.added""" + _FROM


def _batches(cur: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> Iterator[pa.RecordBatch]:
    yield from cur.sql(sql, params=params).to_arrow_reader(_BATCH)


def _text(sink: IO[bytes], write: Callable[[io.TextIOWrapper], int]) -> int:
    # A text layer over the binary sink, detached afterwards so the sink stays open (stdout).
    fh = io.TextIOWrapper(sink, encoding="utf-8", newline="\n", write_through=True)
    try:
        return write(fh)
    finally:
        fh.flush()
        fh.detach()


def _lines(cur: duckdb.DuckDBPyConnection, sink: IO[bytes], sql: str, params: list[object]) -> int:
    def write(fh: io.TextIOWrapper) -> int:
        n = 0
        for batch in _batches(cur, sql, params):
            lines = batch.column(0).to_pylist()
            fh.write("".join(f"{line}\n" for line in lines))
            n += len(lines)
        return n

    return _text(sink, write)


def _with_geo(cur: duckdb.DuckDBPyConnection, run: Callable[[], int]) -> int:
    cur.register("_ne_geo", gdelt.geo_table())
    try:
        return run()
    finally:
        cur.unregister("_ne_geo")


def write_gdelt(cur: duckdb.DuckDBPyConnection, sink: IO[bytes], where: str, params: list[object]) -> int:
    """GDELT 2.0's event table: 61 tab-separated columns, no header."""
    return _with_geo(cur, lambda: _lines(cur, sink, gdelt.events_select(where), params))


def write_gdelt_mentions(cur: duckdb.DuckDBPyConnection, sink: IO[bytes], where: str,
                         params: list[object]) -> int:
    """GDELT 2.0's Mentions table: one row per report of each event, 16 columns, no header."""
    return _lines(cur, sink, gdelt.mentions_select(where), params)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_plover(cur: duckdb.DuckDBPyConnection, sink: IO[bytes], where: str, params: list[object]) -> int:
    """PLOVER JSON Lines in the manual's layout (see :mod:`newsevents.store.plover`)."""
    sql = f"""SELECT e.*, m.source_name, m.target_name, m.plover_mode, m.plover_context, m.sentence,
               m.trigger, a.url AS source_url,
               (SELECT list(DISTINCT sa.doc_id ORDER BY sa.doc_id) FROM mentions sm
                JOIN articles sa ON sa.id = sm.article_id WHERE sm.event_id = e.id) AS story_ids
        {_FROM}{where} ORDER BY e.id"""

    def write(fh: io.TextIOWrapper) -> int:
        n = 0
        for batch in _batches(cur, sql, params):
            for row in batch.to_pylist():
                rec = plover.record(row)
                if rec is not None:
                    fh.write(json.dumps(rec, ensure_ascii=False, default=_json_default) + "\n")
                    n += 1
        return n

    return _text(sink, write)


def write_jsonl(cur: duckdb.DuckDBPyConnection, sink: IO[bytes], where: str, params: list[object]) -> int:
    """The flat event rows as JSON Lines (dates as ISO strings)."""
    def write(fh: io.TextIOWrapper) -> int:
        n = 0
        for batch in _batches(cur, f"{_FLAT}{where} ORDER BY e.id", params):
            for row in batch.to_pylist():
                fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
                n += 1
        return n

    return _text(sink, write)


def _arrow(format: str) -> Writer:
    def write(cur: duckdb.DuckDBPyConnection, sink: IO[bytes], where: str, params: list[object]) -> int:
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq

        reader = cur.sql(f"{_FLAT}{where} ORDER BY e.id", params=params).to_arrow_reader(_BATCH)
        out = pa.PythonFile(sink, mode="w")
        writer: Any = (pq.ParquetWriter(out, reader.schema) if format == "parquet"
                       else pacsv.CSVWriter(out, reader.schema))
        n = 0
        try:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
        finally:
            writer.close()
        return n

    return write


EXPORTS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("csv", _arrow("csv"), "one row per event, with a header"),
    ExportFormat("parquet", _arrow("parquet"), "the same columns, typed: dates as DATE, added as TIMESTAMP"),
    ExportFormat("jsonl", write_jsonl, "the same columns as JSON Lines"),
    ExportFormat("gdelt", write_gdelt, "GDELT 2.0 event table: 61 tab-separated columns, no header"),
    ExportFormat("gdelt-mentions", write_gdelt_mentions,
                 "GDELT 2.0 Mentions table: one row per report, 16 columns, no header"),
    ExportFormat("plover", write_plover, "PLOVER JSON Lines in the PLOVER manual's layout"),
)}
"""Every export format, by name."""

FORMATS = tuple(EXPORTS)
"""The export format names, in the order the help lists them."""


def flat_table(cur: duckdb.DuckDBPyConnection, f: EventFilter) -> pa.Table:
    """The events passing ``f`` as one Arrow table, with the typed columns of the flat formats."""
    where, params = where_clause(f)
    table: pa.Table = cur.sql(f"{_FLAT}{where} ORDER BY e.id", params=params).to_arrow_table()
    return table


def export_events(cur: duckdb.DuckDBPyConnection, format: str, out: Path | IO[bytes], f: EventFilter) -> int:
    """Write the events passing ``f`` to ``out`` (a path, or an open binary stream) in ``format``;
    return how many were written."""
    spec = EXPORTS.get(format)
    if spec is None:
        raise BadFilter("export format", format, f"use one of {', '.join(FORMATS)}")
    where, params = where_clause(f)
    if not isinstance(out, Path):
        return spec.writer(cur, out, where, params)
    part = out.with_name(out.name + ".part")
    try:
        with part.open("wb") as fh:
            count = spec.writer(cur, fh, where, params)
        os.replace(part, out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count
