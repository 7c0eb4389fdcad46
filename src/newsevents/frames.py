"""Extractions as typed tables: one row per event, for Arrow, pandas, DuckDB or Polars users.

Dates are dates (the first day of a month or year), with a ``date_precision`` column saying
which (``day``, ``week``, ``month``, ``year``), so a year-precision event is never mistaken for
an event on January 1st. :meth:`newsevents.store.EventStore.to_arrow` gives stored events with
the same typed columns plus the store's counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from newsevents.articles import first_day
from newsevents.errors import MissingExtra

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from newsevents.records import ActorRef, Extraction

_SIDES = ("source", "target")


def _schema() -> pa.Schema:
    import pyarrow as pa

    ref = [(f"{side}_{part}", pa.string()) for side in _SIDES for part in ("name", "code", "country", "sector")]
    return pa.schema([
        ("article_id", pa.string()), ("article_date", pa.date32()), ("date", pa.date32()),
        ("date_precision", pa.string()), *ref, ("cameo", pa.string()), ("plover", pa.string()),
        ("plover_mode", pa.string()), ("plover_context", pa.string()), ("goldstein", pa.float64()),
        ("quad_class", pa.int8()), ("location_name", pa.string()), ("location_country", pa.string()),
        ("location_lat", pa.float64()), ("location_lon", pa.float64()), ("location_type", pa.int8()),
        ("location_adm1", pa.string()), ("location_geonames_id", pa.int64()), ("trigger", pa.string()),
        ("sentence", pa.string()), ("span_start", pa.int32()), ("span_end", pa.int32()),
        ("rule", pa.string()), ("confidence", pa.float64()),
    ])


def _ref(row: dict[str, Any], side: str, ref: ActorRef | None) -> None:
    for part in ("name", "code", "country", "sector"):
        row[f"{side}_{part}"] = None if ref is None else getattr(ref, part)


def events_table(extractions: Iterable[Extraction]) -> pa.Table:
    """The events of ``extractions`` as one Arrow table, typed (see the module docstring)."""
    import pyarrow as pa

    schema = _schema()
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for ex in extractions:
        for e in ex.events:
            loc = e.location
            row: dict[str, Any] = {
                "article_id": ex.article.id, "article_date": first_day(ex.article.date),
                "date": first_day(e.date), "date_precision": e.date_precision, "cameo": e.cameo,
                "plover": e.plover, "plover_mode": e.plover_mode, "plover_context": e.plover_context,
                "goldstein": e.goldstein, "quad_class": e.quad_class, "trigger": e.trigger,
                "sentence": e.sentence, "span_start": e.span[0], "span_end": e.span[1], "rule": e.rule,
                "confidence": e.confidence,
                "location_name": loc and loc.name, "location_country": loc and loc.country,
                "location_lat": loc and loc.lat, "location_lon": loc and loc.lon,
                "location_type": loc and loc.geo_type, "location_adm1": loc and loc.adm1,
                "location_geonames_id": loc and loc.geonames_id,
            }
            _ref(row, "source", e.source)
            _ref(row, "target", e.target)
            for name in schema.names:
                columns[name].append(row[name])
    return pa.table({name: pa.array(columns[name], type=schema.field(name).type) for name in schema.names},
                    schema=schema)


def to_pandas(table: pa.Table, feature: str) -> pd.DataFrame:
    """``table`` as a pandas DataFrame, dates as ``datetime64`` columns; a clear error without pandas."""
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtra(feature, "pandas", "pandas") from None
    import pyarrow as pa

    # Arrow dates become datetime64 (not Python objects), so .dt and resampling work on them;
    # integer columns with gaps stay integers (pandas' nullable types), not floats.
    nullable = {pa.int8(): pd.Int8Dtype(), pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype()}
    frame: pd.DataFrame = table.to_pandas(date_as_object=False, types_mapper=nullable.get)
    return frame


def events_df(extractions: Iterable[Extraction]) -> pd.DataFrame:
    """The events of ``extractions`` as a pandas DataFrame (the columns of :func:`events_table`)."""
    return to_pandas(events_table(extractions), "events_df()")
