"""Extractions as columns: the Arrow tables the store loads in bulk.

Records are turned into one Python list per column and then into an Arrow table per store
table; DuckDB reads those tables in one statement each, never row by row.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from newsevents.articles import first_day
from newsevents.records import ActorRef, Article, Event, Extraction, precision_of
from newsevents.store.schema import ARTICLE_COLUMNS, MENTION_COLUMNS

_SPACE = re.compile(r"\s+")
LEAD_CHARS = 400
"""An event whose sentence starts in the first paragraph, and within this many characters, is
in the lead (GDELT's IsRootEvent)."""


def content_hash(article: Article) -> str:
    """The article's identity in the store: a hash of its normalised text and its date.

    Normalising (NFC, runs of white space made one space) means a re-encoded or re-wrapped copy
    is the same article; the date is part of it, so the same text published on another day is a
    different article.
    """
    text = _SPACE.sub(" ", unicodedata.normalize("NFC", article.text)).strip()
    digest = hashlib.sha256(f"{article.date or ''}\x00{text}".encode())
    return digest.hexdigest()[:32]


def source_key(article: Article) -> str:
    """What counts as one *source* for ``num_sources``: the host of the URL (without ``www.``),
    else the directory of the file the article came from, else its source string."""
    if article.url:
        host = urlsplit(article.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    if article.source:
        if "://" in article.source:
            host = urlsplit(article.source).hostname or ""
            return host.removeprefix("www.")
        return str(PurePath(article.source).parent)
    return ""


def lead_end(text: str) -> int:
    """Where the lead (first paragraph, at most :data:`LEAD_CHARS` characters) of ``text`` ends."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    para = stripped.find("\n")
    return offset + min(LEAD_CHARS, para if para >= 0 else len(stripped))


@dataclass(slots=True)
class StagedBatch:
    """One write: Arrow tables for articles, their actors, quotes, dates, figures and mentions."""

    articles: pa.Table
    mentions: pa.Table
    actors: pa.Table
    quotes: pa.Table
    dates: pa.Table
    figures: pa.Table


def _columns(names: Sequence[str]) -> dict[str, list[Any]]:
    return {name: [] for name in names}


def _ref(cols: dict[str, list[Any]], prefix: str, ref: ActorRef | None, start: str, end: str) -> None:
    cols[f"{prefix}_name"].append(None if ref is None else ref.name)
    cols[f"{prefix}_code"].append(None if ref is None else ref.code)
    cols[f"{prefix}_country"].append(None if ref is None else ref.country)
    cols[f"{prefix}_sector"].append(None if ref is None else ref.sector)
    cols[f"{prefix}_text"].append(None if ref is None else ref.text)
    span = None if ref is None else ref.span
    cols[f"{prefix}_{start}"].append(None if span is None else span[0])
    cols[f"{prefix}_{end}"].append(None if span is None else span[1])


def _mention(cols: dict[str, list[Any]], key: str, article: Article, skey: str, lead: int,
             idx: int, e: Event) -> None:
    day = first_day(e.date)
    precision = (e.date_precision or precision_of(e.date)) if day is not None else None
    if day is None:
        # An undated clause takes its article's date, at that date's precision.
        day, precision = article.anchor or first_day(article.date), precision_of(article.date)
    values: dict[str, Any] = {
        "article_id": key, "idx": idx, "day": day, "article_day": first_day(article.date),
        "source_key": skey, "in_lead": e.span[0] < lead, "date": e.date, "cameo": e.cameo,
        "plover": e.plover, "goldstein": e.goldstein, "quad_class": e.quad_class, "sentence": e.sentence,
        "span_start": e.span[0], "span_end": e.span[1], "trigger": e.trigger, "rule": e.rule,
        "confidence": e.confidence, "plover_mode": e.plover_mode, "plover_context": e.plover_context,
        "date_precision": precision,
        "trigger_start": None if e.trigger_span is None else e.trigger_span[0],
        "trigger_end": None if e.trigger_span is None else e.trigger_span[1],
    }
    loc = e.location
    values.update(location_name=None if loc is None else loc.name,
                  location_country=None if loc is None else loc.country,
                  location_lat=None if loc is None else loc.lat,
                  location_lon=None if loc is None else loc.lon,
                  location_type=None if loc is None else loc.geo_type,
                  location_adm1=None if loc is None else loc.adm1,
                  location_geonames_id=None if loc is None else loc.geonames_id)
    for name, value in values.items():
        cols[name].append(value)
    _ref(cols, "source", e.source, "start", "end")
    _ref(cols, "target", e.target, "start", "end")


ACTOR_COLUMNS = ("article_id", "idx", "name", "text", "code", "country", "sector", "kind", "span_start",
                 "span_end", "rule", "role", "mentions", "country_rule")
QUOTE_COLUMNS = ("article_id", "idx", "text", "span_start", "span_end", "speaker_name", "speaker_code",
                 "speaker_country", "speaker_sector", "speaker_text", "speaker_start", "speaker_end", "cue",
                 "rule")
DATE_COLUMNS = ("article_id", "idx", "text", "value", "precision", "span_start", "span_end", "rule")
FIGURE_COLUMNS = ("article_id", "idx", "text", "value", "unit", "kind", "span_start", "span_end", "year",
                  "what")

_TYPES: dict[str, pa.DataType] = {
    "day": pa.date32(), "article_day": pa.date32(), "in_lead": pa.bool_(), "goldstein": pa.float64(),
    "confidence": pa.float64(), "location_lat": pa.float64(), "location_lon": pa.float64(),
    "value": pa.float64(), "location_type": pa.int32(), "location_geonames_id": pa.int64(),
    "mentions": pa.list_(pa.list_(pa.int32())), "warnings": pa.list_(pa.string()),
}
_INTS = {"idx", "line", "quad_class", "year", "span_start", "span_end", "source_start", "source_end",
         "target_start", "target_end", "trigger_start", "trigger_end", "speaker_start", "speaker_end"}


def column_type(name: str, table: str = "") -> pa.DataType:
    """The Arrow type of a staged column of ``table`` (strings unless listed)."""
    if table == "dates" and name == "value":
        return pa.string()
    if name in _INTS:
        return pa.int32()
    return _TYPES.get(name, pa.string())


def _table(table: str, cols: dict[str, list[Any]]) -> pa.Table:
    return pa.table({name: pa.array(values, type=column_type(name, table)) for name, values in cols.items()})


def _children(ex: Extraction, key: str, tables: dict[str, dict[str, list[Any]]]) -> None:
    actors, quotes, dates, figures = (tables[n] for n in ("actors", "quotes", "dates", "figures"))
    value: Any
    for i, a in enumerate(ex.actors):
        for name, value in zip(ACTOR_COLUMNS, (key, i, a.name, a.text, a.code, a.country, a.sector, a.kind,
                                               a.span[0], a.span[1], a.rule, a.role,
                                               [list(m) for m in a.mentions], a.country_rule), strict=True):
            actors[name].append(value)
    for i, q in enumerate(ex.quotes):
        for name, value in zip(QUOTE_COLUMNS[:5], (key, i, q.text, q.span[0], q.span[1]), strict=True):
            quotes[name].append(value)
        _ref(quotes, "speaker", q.speaker, "start", "end")
        quotes["cue"].append(q.cue)
        quotes["rule"].append(q.rule)
    for i, d in enumerate(ex.dates):
        for name, value in zip(DATE_COLUMNS, (key, i, d.text, d.value, d.precision, d.span[0], d.span[1],
                                              d.rule), strict=True):
            dates[name].append(value)
    for i, f in enumerate(ex.figures):
        for name, value in zip(FIGURE_COLUMNS, (key, i, f.text, f.value, f.unit, f.kind, f.span[0],
                                                f.span[1], f.year, f.what), strict=True):
            figures[name].append(value)


def stage(extractions: Iterable[Extraction]) -> StagedBatch:
    """The Arrow tables for ``extractions`` (a repeated article is staged once, the first time)."""
    tables = {
        "articles": _columns(ARTICLE_COLUMNS), "mentions": _columns(MENTION_COLUMNS),
        "actors": _columns(ACTOR_COLUMNS), "quotes": _columns(QUOTE_COLUMNS),
        "dates": _columns(DATE_COLUMNS), "figures": _columns(FIGURE_COLUMNS),
    }
    seen: set[str] = set()
    arts = tables["articles"]
    for ex in extractions:
        a = ex.article
        key = content_hash(a)
        if key in seen:
            continue
        seen.add(key)
        skey = source_key(a)
        for name, value in zip(ARTICLE_COLUMNS, (key, a.id, a.date, first_day(a.date), a.title, a.url, a.source,
                                                 a.line, skey, a.text, list(ex.warnings)), strict=True):
            arts[name].append(value)
        lead = lead_end(a.text)
        for i, event in enumerate(ex.events):
            _mention(tables["mentions"], key, a, skey, lead, i, event)
        _children(ex, key, tables)
    return StagedBatch(**{name: _table(name, cols) for name, cols in tables.items()})
