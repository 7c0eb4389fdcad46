"""Extractions as columns: the Arrow tables the store loads in bulk.

Records are turned into one Python list per column and then into an Arrow table per store
table; DuckDB reads those tables in one statement each, never row by row.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from newsevents.articles import first_day
from newsevents.diskcache import collector_paused
from newsevents.records import ActorRef, Article, Event, Extraction, precision_of
from newsevents.store.schema import ARTICLE_COLUMNS, MENTION_COLUMNS

LEAD_CHARS = 400
"""An event whose sentence starts in the first paragraph, and within this many characters, is
in the lead (GDELT's IsRootEvent)."""


def content_hash(article: Article) -> str:
    """The article's identity in the store: a hash of its normalised text and its date.

    Normalising (NFC, runs of white space made one space) means a re-encoded or re-wrapped copy
    is the same article; the date is part of it, so the same text published on another day is a
    different article.
    """
    # ``str.split`` and the regular expression's ``\s`` know the same white space (every character
    # ``str.isspace`` accepts); the split and join take a fifth of the substitution's time.
    text = " ".join(unicodedata.normalize("NFC", article.text).split())
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


_NO_REF = (None,) * 7


def _ref(ref: ActorRef | None) -> tuple[Any, ...]:
    """An actor reference's columns: name, code, country, sector, text, start, end."""
    if ref is None:
        return _NO_REF
    span = ref.span
    return (ref.name, ref.code, ref.country, ref.sector, ref.text, None if span is None else span[0],
            None if span is None else span[1])


_NO_LOCATION = (None,) * 4


def _mentions(key: str, article: Article, skey: str, lead: int, idx: int, e: Event) -> list[tuple[Any, ...]]:
    """The rows of an event's mentions: its own, then one per later mention of its act in the
    article (the event's codes with that telling's sentence, trigger and rule). A retelling keeps
    no spans of its sides: the event's are in another sentence, so its rows leave them empty
    (GDELT's Actor1CharOffset and Actor2CharOffset of that mention)."""
    rows = [_mention(key, article, skey, lead, idx, e)]
    source, target = _unplaced(e.source), _unplaced(e.target)
    for n, told in enumerate(e.retellings, start=1):
        again = dataclasses.replace(e, sentence=told.sentence, span=told.span, trigger=told.trigger,
                                    rule=told.rule, trigger_span=told.trigger_span, retellings=(),
                                    source=source, target=target)
        rows.append(_mention(key, article, skey, lead, idx, again, retelling=n))
    return rows


def _unplaced(ref: ActorRef | None) -> ActorRef | None:
    return None if ref is None else dataclasses.replace(ref, text=None, span=None)


def _mention(key: str, article: Article, skey: str, lead: int, idx: int, e: Event,
             retelling: int | None = None) -> tuple[Any, ...]:
    """A mention's row, in the order of ``MENTION_COLUMNS``."""
    day = first_day(e.date)
    precision = (e.date_precision or precision_of(e.date)) if day is not None else None
    if day is None:
        # An undated clause takes its article's date, at that date's precision.
        day, precision = article.anchor or first_day(article.date), precision_of(article.date)
    loc = e.location
    trigger = e.trigger_span
    return (key, idx, day, first_day(article.date), skey, e.span[0] < lead, e.date, *_ref(e.source),
            *_ref(e.target), e.cameo, e.plover, e.goldstein, e.quad_class, e.sentence, e.span[0], e.span[1],
            e.trigger, e.rule, e.confidence,
            *(_NO_LOCATION if loc is None else (loc.name, loc.country, loc.lat, loc.lon)),
            None if trigger is None else trigger[0], None if trigger is None else trigger[1],
            e.plover_mode, e.plover_context, precision,
            *(_NO_LOCATION[:3] if loc is None else (loc.geo_type, loc.adm1, loc.geonames_id)), retelling)


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
_INTS = {"idx", "retelling", "line", "quad_class", "year", "span_start", "span_end", "source_start", "source_end",
         "target_start", "target_end", "trigger_start", "trigger_end", "speaker_start", "speaker_end"}


def column_type(name: str, table: str = "") -> pa.DataType:
    """The Arrow type of a staged column of ``table`` (strings unless listed)."""
    if table == "dates" and name == "value":
        return pa.string()
    if name in _INTS:
        return pa.int32()
    return _TYPES.get(name, pa.string())


_COLUMNS_OF = {"articles": ARTICLE_COLUMNS, "mentions": MENTION_COLUMNS, "actors": ACTOR_COLUMNS,
               "quotes": QUOTE_COLUMNS, "dates": DATE_COLUMNS, "figures": FIGURE_COLUMNS}


def _table(table: str, rows: list[tuple[Any, ...]]) -> pa.Table:
    """The Arrow table of ``rows`` (tuples in the order of the table's columns), turned into
    columns by one ``zip``: a tuple per record is far cheaper than an append per field."""
    names = _COLUMNS_OF[table]
    columns = zip(*rows, strict=True) if rows else ([] for _ in names)
    return pa.table({name: pa.array(list(values), type=column_type(name, table))
                     for name, values in zip(names, columns, strict=True)})


def _children(ex: Extraction, key: str, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    rows["actors"].extend(
        (key, i, a.name, a.text, a.code, a.country, a.sector, a.kind, a.span[0], a.span[1], a.rule, a.role,
         [list(m) for m in a.mentions], a.country_rule) for i, a in enumerate(ex.actors))
    rows["quotes"].extend(
        (key, i, q.text, q.span[0], q.span[1], *_ref(q.speaker), q.cue, q.rule) for i, q in enumerate(ex.quotes))
    rows["dates"].extend(
        (key, i, d.text, d.value, d.precision, d.span[0], d.span[1], d.rule) for i, d in enumerate(ex.dates))
    rows["figures"].extend(
        (key, i, f.text, f.value, f.unit, f.kind, f.span[0], f.span[1], f.year, f.what)
        for i, f in enumerate(ex.figures))


def stage(extractions: Iterable[Extraction]) -> StagedBatch:
    """The Arrow tables for ``extractions`` (a repeated article is staged once, the first time).

    The collector is paused: a batch's rows are tens of thousands of tuples, none in a cycle, and
    it would otherwise scan the writing process's heap dozens of times while they are made (a
    third of the time staging takes in an ingest's parent process)."""
    with collector_paused():
        return _staged(extractions)


def _staged(extractions: Iterable[Extraction]) -> StagedBatch:
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _COLUMNS_OF}
    seen: set[str] = set()
    for ex in extractions:
        a = ex.article
        key = content_hash(a)
        if key in seen:
            continue
        seen.add(key)
        skey = source_key(a)
        rows["articles"].append((key, a.id, a.date, first_day(a.date), a.title, a.url, a.source, a.line, skey,
                                 a.text, list(ex.warnings)))
        lead = lead_end(a.text)
        for i, event in enumerate(ex.events):
            rows["mentions"].extend(_mentions(key, a, skey, lead, i, event))
        _children(ex, key, rows)
    return StagedBatch(**{name: _table(name, table_rows) for name, table_rows in rows.items()})
