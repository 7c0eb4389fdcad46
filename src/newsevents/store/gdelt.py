"""GDELT 2.0 exports: the event table (61 columns) and the Mentions table (16 columns).

Both are written as GDELT writes them: tab-separated, no header, columns in GDELT's order (the
names and types ship in ``gdelt_events.tsv`` and ``gdelt_mentions.tsv``). A field we do not know
is left empty, as GDELT leaves it: AvgTone (we measure no tone), ADM2 codes, ethnic and religious
codes. Partial dates follow GDELT's convention for dates it knows only in part: the unknown
month or day is written as ``00`` (``20160000`` for "in 2016", ``20220900`` for "in September 2022").
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.geo.countries import country_table

if TYPE_CHECKING:
    import pyarrow as pa

TABLES = ("events", "mentions")
"""The GDELT tables we export."""


@functools.cache
def gdelt_columns(table: str = "events") -> tuple[tuple[str, str], ...]:
    """The (name, type) pairs of a GDELT 2.0 table (``events`` or ``mentions``), in GDELT's order."""
    path = Path(__file__).with_name(f"gdelt_{table}.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return tuple((name, kind) for name, kind in rows)


def geo_table() -> pa.Table:
    """Country facts the export joins on: ISO3, FIPS code, name and centroid."""
    return country_table()


def clean(expr: str) -> str:
    """``expr`` with tabs and line breaks made spaces: GDELT files are unquoted TSV."""
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


def _dates(day: str, precision: str) -> dict[str, str]:
    year, month = f"year({day})", f"month({day})"
    return {
        "SQLDATE": f"""CASE {precision} WHEN 'year' THEN strftime({day}, '%Y') || '0000'
            WHEN 'month' THEN strftime({day}, '%Y%m') || '00' ELSE strftime({day}, '%Y%m%d') END""",
        "MonthYear": f"""CASE {precision} WHEN 'year' THEN strftime({day}, '%Y') || '00'
            ELSE strftime({day}, '%Y%m') END""",
        "Year": year,
        # GDELT's approximation YYYY + (MONTH * 30 + DAY) / 365, with the parts a date lacks left out.
        "FractionDate": f"""CASE {precision} WHEN 'year' THEN CAST({year} AS VARCHAR)
            WHEN 'month' THEN CAST(round({year} + {month} * 30 / 365.0, 4) AS VARCHAR)
            ELSE CAST(round({year} + ({month} * 30 + day({day})) / 365.0, 4) AS VARCHAR) END""",
    }


def _actor(n: int, side: str) -> dict[str, str]:
    code, sector, geo = f"e.{side}_code", f"e.{side}_sector", f"g{n}"
    group = f"CASE WHEN substr({code}, 1, 3) IN ('IGO', 'NGO') THEN substr({code}, 4, 3) END"
    # An actor with a country is placed at that country's centroid (type 1), as GDELT places an
    # actor it knows only by country; an actor without one has no place.
    return {
        f"Actor{n}Code": clean(code), f"Actor{n}Name": clean(f"upper(m.{side}_name)"),
        f"Actor{n}CountryCode": f"e.{side}_country", f"Actor{n}KnownGroupCode": group,
        f"Actor{n}Type1Code": f"CASE WHEN length({sector}) = 3 THEN {sector} END",
        f"Actor{n}Geo_Type": f"CASE WHEN {geo}.iso3 IS NULL THEN 0 ELSE 1 END",
        f"Actor{n}Geo_FullName": f"{geo}.name", f"Actor{n}Geo_CountryCode": f"{geo}.fips",
        f"Actor{n}Geo_ADM1Code": f"{geo}.fips", f"Actor{n}Geo_Lat": f"{geo}.lat",
        f"Actor{n}Geo_Long": f"{geo}.lon", f"Actor{n}Geo_FeatureID": f"{geo}.fips",
    }


def _action_geo() -> dict[str, str]:
    known = "e.location_name IS NOT NULL"
    coords = "e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL"
    # A place stored before geo types were kept: a point is a city (3 in the US, 4 elsewhere).
    guessed = f"CASE WHEN {coords} THEN (CASE WHEN e.location_country = 'USA' THEN 3 ELSE 4 END) ELSE 1 END"
    return {
        "ActionGeo_Type": f"CASE WHEN {known} THEN coalesce(e.location_type, {guessed}) ELSE 0 END",
        "ActionGeo_FullName": clean("e.location_name"), "ActionGeo_CountryCode": "f.fips",
        "ActionGeo_ADM1Code": "e.location_adm1",
        "ActionGeo_Lat": "e.location_lat", "ActionGeo_Long": "e.location_lon",
        # GDELT's FeatureID is GNS's for cities, the country code for a country; ours is GeoNames'.
        "ActionGeo_FeatureID": """CASE WHEN e.location_type = 1 THEN f.fips
            ELSE CAST(e.location_geonames_id AS VARCHAR) END""",
    }


def _event_exprs() -> dict[str, str]:
    """SQL for each event column we can fill; the others are written empty."""
    exprs = {
        "GLOBALEVENTID": "e.id", **_dates("e.day", "e.date_precision"),
        "IsRootEvent": "CAST(e.is_root AS INTEGER)", "EventCode": "e.cameo",
        "EventBaseCode": "substr(e.cameo, 1, 3)", "EventRootCode": "substr(e.cameo, 1, 2)",
        "QuadClass": "e.quad_class", "GoldsteinScale": "e.goldstein", "NumMentions": "e.num_mentions",
        "NumSources": "e.num_sources", "NumArticles": "e.num_articles",
        **_action_geo(),
        "DATEADDED": "strftime(e.added, '%Y%m%d%H%M%S')", "SOURCEURL": clean("a.url"),
    }
    exprs.update(_actor(1, "source"))
    exprs.update(_actor(2, "target"))
    return exprs


def _line(table: str, exprs: dict[str, str]) -> str:
    parts = [f"coalesce(CAST({exprs[name]} AS VARCHAR), '')" if name in exprs else "''"
             for name, _ in gdelt_columns(table)]
    return f"concat_ws(chr(9), {', '.join(parts)}) AS line"


def events_select(where: str) -> str:
    """A query giving one ``line`` per event: the 61 GDELT columns joined by tabs. Needs the
    :func:`geo_table` registered as ``_ne_geo``."""
    return f"""SELECT {_line('events', _event_exprs())}
        FROM events e JOIN mentions m ON m.id = e.first_mention JOIN articles a ON a.id = m.article_id
        LEFT JOIN _ne_geo f ON f.iso3 = e.location_country
        LEFT JOIN _ne_geo g1 ON g1.iso3 = e.source_country
        LEFT JOIN _ne_geo g2 ON g2.iso3 = e.target_country{where} ORDER BY e.id"""


def _mention_exprs() -> dict[str, str]:
    return {
        "GLOBALEVENTID": "e.id", "EventTimeDate": "strftime(e.added, '%Y%m%d%H%M%S')",
        "MentionTimeDate": "strftime(m.added, '%Y%m%d%H%M%S')",
        # 1 = WEB (the identifier is the URL); 2 = CITATIONONLY (the article's own id).
        "MentionType": "CASE WHEN a.url IS NULL THEN 2 ELSE 1 END",
        "MentionSourceName": clean("nullif(a.source_key, '')"),
        "MentionIdentifier": clean("coalesce(a.url, a.doc_id)"),
        "Actor1CharOffset": "m.source_start", "Actor2CharOffset": "m.target_start",
        "ActionCharOffset": "m.trigger_start", "InRawText": "1",
        "Confidence": "CAST(round(m.confidence * 100) AS INTEGER)", "MentionDocLen": "length(a.text)",
    }


def mentions_select(where: str) -> str:
    """A query giving one ``line`` per mention of the events passing ``where``: the 16 columns of
    GDELT's Mentions table. ``SentenceID`` is empty: the store keeps no sentence numbers."""
    return f"""SELECT {_line('mentions', _mention_exprs())}
        FROM events e JOIN mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        {where} ORDER BY e.id, m.id"""
