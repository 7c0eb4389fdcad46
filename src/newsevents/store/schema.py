"""The store's tables, its schema version and the migrations between versions.

Tables carry no PRIMARY KEY or UNIQUE constraints on purpose: DuckDB maintains an ART index for
each, which makes bulk inserts several times slower. Uniqueness is the writer's job instead
(articles are keyed by content hash and checked before insert; event and mention ids are handed
out inside the write transaction by the single writer DuckDB allows).
"""

from __future__ import annotations

SCHEMA_VERSION = 4
"""The version a database written by this code has; older ones are migrated on open."""

_ACTOR_REF = "{p}_name VARCHAR, {p}_code VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR"

_V1 = [
    "CREATE TABLE meta (key VARCHAR NOT NULL, value VARCHAR)",
    # id is the content hash (normalised text + date); doc_id is the reader's id for the article.
    """CREATE TABLE articles (
        id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, date VARCHAR, day DATE, title VARCHAR,
        url VARCHAR, source VARCHAR, line INTEGER, source_key VARCHAR NOT NULL,
        text VARCHAR NOT NULL, warnings VARCHAR[] NOT NULL, added TIMESTAMP NOT NULL)""",
    """CREATE TABLE actors (
        article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, name VARCHAR, text VARCHAR, code VARCHAR,
        country VARCHAR, sector VARCHAR, kind VARCHAR, span_start INTEGER, span_end INTEGER,
        rule VARCHAR, role VARCHAR, mentions INTEGER[][])""",
    f"""CREATE TABLE quotes (
        article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, span_start INTEGER,
        span_end INTEGER, {_ACTOR_REF.format(p='speaker')}, speaker_text VARCHAR,
        speaker_start INTEGER, speaker_end INTEGER, cue VARCHAR, rule VARCHAR)""",
    """CREATE TABLE dates (
        article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, value VARCHAR,
        precision VARCHAR, span_start INTEGER, span_end INTEGER, rule VARCHAR)""",
    """CREATE TABLE figures (
        article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, value DOUBLE, unit VARCHAR,
        kind VARCHAR, span_start INTEGER, span_end INTEGER, year INTEGER, what VARCHAR)""",
    # One row per event as one article reports it, with its full provenance.
    f"""CREATE TABLE mentions (
        id BIGINT NOT NULL, event_id BIGINT NOT NULL, article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        day DATE, article_day DATE, source_key VARCHAR NOT NULL, in_lead BOOLEAN NOT NULL, date VARCHAR,
        {_ACTOR_REF.format(p='source')}, source_text VARCHAR, source_start INTEGER, source_end INTEGER,
        {_ACTOR_REF.format(p='target')}, target_text VARCHAR, target_start INTEGER, target_end INTEGER,
        cameo VARCHAR NOT NULL, plover VARCHAR, goldstein DOUBLE, quad_class INTEGER,
        sentence VARCHAR, span_start INTEGER, span_end INTEGER, trigger VARCHAR, rule VARCHAR,
        confidence DOUBLE, location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
        location_lon DOUBLE, trigger_start INTEGER, trigger_end INTEGER, plover_mode VARCHAR,
        plover_context VARCHAR, added TIMESTAMP NOT NULL)""",
    # One row per real-world event: the mentions of the same key within the window, merged. Kept
    # narrow (what filters and aggregates read) because every stored mention may add a row here;
    # names, sentence and trigger are read from the first mention.
    """CREATE TABLE events (
        id BIGINT NOT NULL, day DATE, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
        target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, cameo VARCHAR NOT NULL,
        plover VARCHAR, goldstein DOUBLE, quad_class INTEGER, location_name VARCHAR,
        location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE, is_root BOOLEAN NOT NULL,
        num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
        first_seen DATE, last_seen DATE, first_mention BIGINT NOT NULL, added TIMESTAMP NOT NULL)""",
]

_PRECISION = ("CASE length({col}) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' END")

# Version 2: an event date keeps its precision ("in 2016" is a year, not January 1st), and a place
# carries its GDELT geo type, ADM1 code and GeoNames id.
_V2 = [
    *(f"ALTER TABLE {table} ADD COLUMN {column} {kind}"
      for table in ("mentions", "events")
      for column, kind in (("date_precision", "VARCHAR"), ("location_type", "INTEGER"),
                           ("location_adm1", "VARCHAR"), ("location_geonames_id", "BIGINT"))),
    # A mention without its own date took its article's, so the precision is that date's.
    f"""UPDATE mentions SET date_precision = coalesce({_PRECISION.format(col='mentions.date')},
        (SELECT {_PRECISION.format(col='a.date')} FROM articles a WHERE a.id = mentions.article_id))""",
    """UPDATE events SET date_precision = m.date_precision FROM mentions m WHERE m.id = events.first_mention""",
]

# Version 3: each actor records the rule that gave it its country ("modifier", "place", "story", ...).
_V3 = ["ALTER TABLE actors ADD COLUMN country_rule VARCHAR"]

# Version 4: a later mention of an act already coded in the article ("The detainees included ...")
# is a mention row of that event, numbered ``retelling`` 1, 2, ... after the event's own (NULL).
_V4 = ["ALTER TABLE mentions ADD COLUMN retelling INTEGER"]

MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2, 3: _V3, 4: _V4}
"""Statements that bring a database from version ``n - 1`` to version ``n`` (1 creates it)."""

ARTICLE_COLUMNS = ("id", "doc_id", "date", "day", "title", "url", "source", "line", "source_key", "text",
                   "warnings")
"""Columns of a staged article batch (``added`` is set by the store)."""

MENTION_COLUMNS = (
    "article_id", "idx", "day", "article_day", "source_key", "in_lead", "date",
    "source_name", "source_code", "source_country", "source_sector", "source_text", "source_start",
    "source_end", "target_name", "target_code", "target_country", "target_sector", "target_text",
    "target_start", "target_end", "cameo", "plover", "goldstein", "quad_class", "sentence", "span_start",
    "span_end", "trigger", "rule", "confidence", "location_name", "location_country", "location_lat",
    "location_lon", "trigger_start", "trigger_end", "plover_mode", "plover_context", "date_precision",
    "location_type", "location_adm1", "location_geonames_id", "retelling",
)
"""Columns of a staged mention batch (``id``, ``event_id`` and ``added`` are set by the store)."""

ADDED_COLUMNS: dict[str, tuple[str, ...]] = {"actors": ("country_rule",), "mentions": ("retelling",)}
"""Staged columns that later schema versions added (3: ``country_rule``, 4: ``retelling``): a staged
table written before them (a Parquet dataset of an older newsevents) lacks them, and they are null."""

CHILD_TABLES = ("actors", "quotes", "dates", "figures")
"""Per-article tables that are copied as they are staged."""
