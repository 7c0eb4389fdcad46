"""The event store on real DuckDB files: round trips, deduplication, queries, exports, locking."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import numpy as np
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.errors import BadDate, BadFilter, StoreError, StoreLocked
from newsevents.records import (
    Actor,
    ActorRef,
    Article,
    DateMention,
    Event,
    Extraction,
    Figure,
    Location,
    Quote,
)
from newsevents.store import EventFilter, EventStore, content_hash, stage
from newsevents.store.dedup import group_reports
from newsevents.store.gdelt import gdelt_columns

# The GDELT 2.0 event table header, in order (a fact from GDELT's codebook), written out here so
# the test checks the package's own column file against it.
GDELT_HEADER = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
    "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
    "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
    "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat",
    "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
    "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]

FRANCE = ActorRef("Emmanuel Macron", "FRAGOV", "FRA", "GOV", "French President Emmanuel Macron", (0, 32))
GERMANY = ActorRef("Olaf Scholz", "DEUGOV", "DEU", "GOV", "Chancellor Olaf Scholz", (37, 59))
UN = ActorRef("United Nations", "IGOUNO", None, "IGO", "the UN", (120, 126))
KENYA_POLICE = ActorRef("police", "KENCOP", "KEN", "COP", "Kenyan police", (0, 13))
PROTESTERS = ActorRef("protesters", "KENCVL", "KEN", "CVL", "protesters", (24, 34))


def meet(day: str | None, span: tuple[int, int] = (0, 80)) -> Event:
    return Event(date=day, source=FRANCE, target=GERMANY, cameo="040", plover="CONSULT", goldstein=1.0,
                 quad_class=1, sentence="French President Emmanuel Macron met Chancellor Olaf Scholz in Berlin.",
                 span=span, trigger="met", rule="consult.meet", confidence=0.8,
                 location=Location("Berlin", "DEU", 52.52, 13.405), trigger_span=(33, 36))


def accuse(day: str | None) -> Event:
    return Event(date=day, source=GERMANY, target=FRANCE, cameo="112", plover="ACCUSE", goldstein=-2.0,
                 quad_class=3, sentence="Scholz accused Paris of stalling the budget talks.", span=(81, 131),
                 trigger="accused", rule="accuse.verb", plover_context="economic")


def tear_gas(day: str | None) -> Event:
    return Event(date=day, source=KENYA_POLICE, target=PROTESTERS, cameo="175", plover="ASSAULT",
                 goldstein=-9.0, quad_class=4, sentence="Kenyan police fired tear gas at protesters in Nairobi.",
                 span=(0, 54), trigger="fired", rule="assault.fire",
                 location=Location("Nairobi", "KEN", -1.286, 36.817))


def article(n: int, date: str | None, url: str | None = None, text: str | None = None) -> Article:
    return Article(id=f"story-{n}", text=text or f"Report number {n} on the talks between Paris and Berlin.",
                   date=date, title=f"Story {n}", url=url, source=f"/corpus/wire{n % 2}/story-{n}.txt")


def extraction(n: int, date: str | None, events: list[Event], url: str | None = None) -> Extraction:
    return Extraction(
        article=article(n, date, url), events=events,
        actors=[Actor("Emmanuel Macron", "French President Emmanuel Macron", "FRAGOV", "FRA", "GOV", "person",
                      (0, 32), "title", "president", [(0, 32), (140, 142)], "modifier")],
        quotes=[Quote("We will not give in", (150, 169), FRANCE, "said", "cue-after")],
        dates=[DateMention("Tuesday", date, "day", (60, 67), "weekday-past")],
        figures=[Figure("US$5 billion", 5e9, "USD", "money", (170, 182), 2023, "trade")],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


@pytest.fixture
def filled(db: Path) -> Path:
    """Six articles from three sites: one meeting reported four times, accusations, a clash."""
    exs = [
        extraction(1, "2024-05-01", [meet("2024-04-30"), accuse("2024-05-01")], "https://www.lemonde.example/a"),
        extraction(2, "2024-05-01", [meet("2024-04-30")], "https://dw.example/b"),
        extraction(3, "2024-05-02", [meet("2024-04-30"), meet("2024-04-30", (200, 260))],
                   "https://lemonde.example/c"),
        extraction(4, "2024-06-03", [accuse("2024-06-03")], "https://ft.example/d"),
        extraction(5, "2024-06-10", [tear_gas("2024-06-10")], "https://nation.example/e"),
        extraction(6, "2024-06-10", [meet(None)], "https://dw.example/f"),
    ]
    with EventStore(db) as store:
        report = store.ingest_extractions(exs, batch_size=4)
    assert (report.articles_new, report.mentions, report.quotes) == (6, 8, 6)
    return db


# -- round trip -----------------------------------------------------------------------------
_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
_opt_text = st.none() | _text
_span = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
_code = st.none() | st.from_regex(r"[A-Z]{3}([A-Z]{3})?", fullmatch=True)
_day = st.dates(min_value=dt.date(1979, 1, 1), max_value=dt.date(2030, 12, 31)).map(lambda d: d.isoformat())
_float = st.floats(-1e6, 1e6, allow_nan=False)
_ref = st.builds(ActorRef, _text, _code, _code, _opt_text, _opt_text, st.none() | _span)
_location = st.builds(Location, _text, _code, st.none() | _float, st.none() | _float)
_event = st.builds(
    Event, date=st.none() | _day | _day.map(lambda d: d[:7]), source=st.none() | _ref, target=st.none() | _ref,
    cameo=st.from_regex(r"[0-2][0-9]{2,3}", fullmatch=True), plover=_opt_text,
    goldstein=st.floats(-10, 10, allow_nan=False), quad_class=st.integers(1, 4), sentence=_text, span=_span,
    trigger=_text, rule=_text, confidence=st.floats(0, 1), location=st.none() | _location,
    trigger_span=st.none() | _span, plover_mode=_opt_text, plover_context=_opt_text,
)
_actor = st.builds(Actor, _text, _text, _code, _code, _opt_text, _text, _span, _text, _opt_text,
                   st.lists(_span, max_size=3))
_extraction = st.builds(
    Extraction,
    article=st.builds(Article, id=_text, text=_text, date=st.none() | _day, title=_opt_text, url=_opt_text,
                      source=_opt_text, line=st.none() | st.integers(1, 10**6)),
    actors=st.lists(_actor, max_size=3), events=st.lists(_event, max_size=4),
    quotes=st.lists(st.builds(Quote, _text, _span, st.none() | _ref, _opt_text, _text), max_size=2),
    dates=st.lists(st.builds(DateMention, _text, st.none() | _day, st.sampled_from(["day", "month", "year"]),
                             _span, _text), max_size=2),
    figures=st.lists(st.builds(Figure, _text, _float, _text, _text, _span, st.none() | st.integers(1900, 2100),
                               _opt_text), max_size=2),
    warnings=st.lists(_text, max_size=2),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(exs=st.lists(_extraction, min_size=1, max_size=4))
def test_store_round_trip_gives_back_what_was_stored(tmp_path: Path, exs: list[Extraction]) -> None:
    path = tmp_path / f"rt-{time.monotonic_ns()}.duckdb"
    unique = {content_hash(ex.article): ex for ex in reversed(exs)}  # the first copy of a text is kept
    with EventStore(path) as store:
        report = store.ingest_extractions(exs)
        assert report.articles_new == len(unique)
        for key, ex in unique.items():
            assert store.extraction(key) == ex
        assert store.stats().mentions == sum(len(ex.events) for ex in unique.values())


# -- ingest and deduplication ---------------------------------------------------------------
def test_store_reingest_adds_nothing(filled: Path) -> None:
    with EventStore(filled) as store:
        before = store.stats()
        report = store.ingest_extractions([extraction(1, "2024-05-01", [meet("2024-04-30")])])
        assert (report.articles_new, report.articles_stored, report.mentions) == (0, 1, 0)
        assert replace(store.stats(), size_bytes=0) == replace(before, size_bytes=0)


def test_store_same_text_on_another_date_is_another_article(db: Path) -> None:
    with EventStore(db) as store:
        store.ingest_extractions([extraction(1, "2024-05-01", [])])
        report = store.ingest_extractions([extraction(1, "2024-05-02", []), extraction(1, "2024-05-01", [])])
    assert (report.articles_new, report.articles_stored) == (1, 1)


def test_store_dedup_merges_reports_of_the_same_event(filled: Path) -> None:
    with EventStore(filled, read_only=True) as store:
        meetings = store.events(EventFilter(cameo="040"))
        dated = [e for e in meetings if e.date == "2024-04-30"]
        assert len(dated) == 1
        merged = dated[0]
        # four reports in three articles from two sites (lemonde.example twice, dw.example once)
        assert (merged.num_mentions, merged.num_articles, merged.num_sources) == (4, 3, 2)
        assert (merged.first_seen, merged.last_seen) == ("2024-05-01", "2024-05-02")
        assert merged.source_url == "https://www.lemonde.example/a"
        full = store.event(merged.id)
        assert full is not None and len(full.mentions) == 4
        assert {m.doc_id for m in full.mentions} == {"story-1", "story-2", "story-3"}
        assert full.mentions[0].event == meet("2024-04-30")
        # the undated report took its article's date (2024-06-10) and stays a separate event
        assert [e.date for e in meetings if e is not merged] == ["2024-06-10"]
        # accusations a month apart are two events
        assert store.count_events(EventFilter(cameo="112")) == 2


@pytest.mark.parametrize(("window", "expected"), [(0, 3), (2, 2), (7, 1)])
def test_store_dedup_window_merges_nearby_days(db: Path, window: int, expected: int) -> None:
    days = ["2024-03-01", "2024-03-03", "2024-03-08"]
    with EventStore(db, dedup_window=window) as store:
        store.ingest_extractions([extraction(i, d, [accuse(d)]) for i, d in enumerate(days[:2])])
        store.ingest_extractions([extraction(9, days[2], [accuse(days[2])])])
        assert store.count_events() == expected
        assert sum(e.num_mentions for e in store.events()) == 3


def test_store_window_is_fixed_per_database(db: Path) -> None:
    with EventStore(db, dedup_window=3) as store:
        store.ingest_extractions([extraction(1, "2024-01-01", [])])
    with pytest.raises(StoreError, match="within 3 days"):
        EventStore(db, dedup_window=0).open()
    with EventStore(db) as store:
        assert store.dedup_window == 3


# -- the bulk path: grouping in numpy, Arrow batches -----------------------------------------
Report = tuple[int, int, int, int | None, int, int, int | None]  # source, target, cameo, day, article, site, published


def reference_groups(reports: list[Report], window: int) -> list[list[int]]:
    """The greedy grouping of the module docstring, report by report: the reports of each event."""
    order = sorted(range(len(reports)), key=lambda i: (reports[i][:3], reports[i][3] is not None,
                                                       reports[i][3] or 0, i))
    groups: list[list[int]] = []
    key: tuple[int, ...] | None = None
    start: int | None = None
    for i in order:
        day = reports[i][3]
        if day is None or reports[i][:3] != key or start is None or day - start > window:
            groups.append([])
            key, start = reports[i][:3], day
        groups[-1].append(i)
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


_report = st.tuples(st.integers(-1, 2), st.integers(-1, 2), st.integers(0, 2), st.none() | st.integers(0, 15),
                    st.integers(0, 4), st.integers(-1, 2), st.none() | st.integers(0, 9))


@settings(max_examples=150, deadline=None)
@given(reports=st.lists(_report, max_size=40), window=st.integers(0, 4))
def test_store_dedup_groups_like_the_greedy_rule(reports: list[Report], window: int) -> None:
    def col(k: int) -> np.ndarray:
        return np.array([r[k] or 0 for r in reports], dtype=np.int64)

    def has(k: int) -> np.ndarray:
        return np.array([r[k] is not None for r in reports], dtype=bool)

    got = group_reports(col(0), col(1), col(2), col(3), has(3), col(4), col(5), col(6), has(6), window)
    expected = reference_groups(reports, window)
    assert len(got) == len(expected)
    for k, members in enumerate(expected):  # events are numbered in the order of their first report
        assert [i for i in range(len(reports)) if got.of_report[i] == k] == members
        assert got.first[k] == members[0] and got.mentions[k] == len(members)
        assert got.articles[k] == len({reports[i][4] for i in members})
        assert got.sources[k] == len({reports[i][5] for i in members} - {-1})
        published = [p for i in members if (p := reports[i][6]) is not None]
        assert bool(got.seen[k]) == bool(published)
        if published:
            assert (got.first_seen[k], got.last_seen[k]) == (min(published), max(published))


def test_store_write_batch_with_stored_articles_links_only_new_mentions(db: Path) -> None:
    first = [extraction(1, "2024-05-01", [meet("2024-04-30"), accuse("2024-05-01")], "https://a.example/1"),
             extraction(2, "2024-05-01", [tear_gas("2024-05-01")], "https://b.example/2")]
    again = [first[1], extraction(3, "2024-05-03", [meet("2024-04-30"), meet("2024-05-02")], "https://c.example/3")]
    with EventStore(db) as store:
        store.write(stage(first))
        report = store.write(stage(again))  # article 2 is stored: its mention must not come twice
        assert (report.articles_new, report.articles_stored, report.mentions, report.events_new) == (1, 1, 2, 1)
        stats = store.stats()
        assert (stats.articles, stats.mentions, stats.events) == (3, 5, 4)
        merged = next(e for e in store.events(EventFilter(cameo="040")) if e.date == "2024-04-30")
        assert (merged.num_mentions, merged.num_articles, merged.num_sources) == (2, 2, 2)
        assert (merged.first_seen, merged.last_seen) == ("2024-05-01", "2024-05-03")
        full = store.event(merged.id)
        assert full is not None
        assert [m.doc_id for m in full.mentions] == ["story-1", "story-3"]
        ids = [r[0] for r in store.con.execute("SELECT id FROM mentions ORDER BY id").fetchall()]
        assert ids == sorted(set(ids)) and len(ids) == 5
        unlinked = store.con.execute("SELECT count(*) FROM mentions m ANTI JOIN events e ON e.id = m.event_id")
        assert unlinked.fetchall() == [(0,)]


# -- queries --------------------------------------------------------------------------------
@pytest.mark.parametrize(("flt", "cameos"), [
    (EventFilter(actor="fra"), ["040", "040", "112", "112"]),
    (EventFilter(source="DEUGOV"), ["112", "112"]),
    (EventFilter(dyad=("DEU", "FRA")), ["040", "040", "112", "112"]),
    (EventFilter(dyad=("DEU", "FRA"), directed=True), ["112", "112"]),
    (EventFilter(start="2024-06"), ["040", "112", "175"]),
    (EventFilter(start="2024-05-01", end="2024-05-31"), ["112"]),
    (EventFilter(cameo="11"), ["112", "112"]),
    (EventFilter(cameo="175"), ["175"]),
    (EventFilter(plover="assault"), ["175"]),
    (EventFilter(quad_class=4), ["175"]),
    (EventFilter(text="TEAR GAS"), ["175"]),
    (EventFilter(location_country="KEN"), ["175"]),
    (EventFilter(min_mentions=2), ["040"]),
])
def test_store_events_filters(filled: Path, flt: EventFilter, cameos: list[str]) -> None:
    with EventStore(filled, read_only=True) as store:
        found = store.events(flt)
        assert sorted(e.cameo for e in found) == cameos
        assert store.count_events(flt) == len(cameos)


@pytest.mark.parametrize(("flt", "error"), [
    (EventFilter(start="2024-13-01"), BadDate),
    (EventFilter(start="2024-06-01", end="2024-05-01"), BadFilter),
    (EventFilter(cameo="4a"), BadFilter),
    (EventFilter(quad_class=5), BadFilter),
    (EventFilter(actor="x'; DROP TABLE events; --"), BadFilter),
])
def test_store_bad_filters_are_refused(filled: Path, flt: EventFilter, error: type[Exception]) -> None:
    with EventStore(filled, read_only=True) as store, pytest.raises(error):
        store.events(flt)


def test_store_text_filter_is_a_parameter_not_sql(filled: Path) -> None:
    with EventStore(filled, read_only=True) as store:
        assert store.events(EventFilter(text="'); DROP TABLE events; --")) == []
        assert store.count_events() == 5


def test_store_dyad_monthly_curve(filled: Path) -> None:
    with EventStore(filled, read_only=True) as store:
        points = store.dyad("FRA", "DEU", by="month")
    assert [p.period for p in points] == ["2024-04-01", "2024-05-01", "2024-06-01"]
    april, may, june = points
    assert (april.events, april.verbal_cooperation, april.goldstein_sum, april.mentions) == (1, 1, 1.0, 4)
    assert (may.events, may.verbal_conflict, may.goldstein_mean) == (1, 1, -2.0)
    assert (june.events, june.verbal_cooperation, june.verbal_conflict, june.goldstein_sum) == (2, 1, 1, -1.0)


def test_store_timeline_fills_empty_weeks(filled: Path) -> None:
    with EventStore(filled, read_only=True) as store:
        weeks = store.timeline(EventFilter(actor="FRA"), by="week")
    assert weeks[0].period == "2024-04-29"  # the Monday of the week of 30 April
    assert all(w.events == 0 and w.goldstein_mean is None for w in weeks[1:5])
    assert sum(w.events for w in weeks) == 4


def test_store_actors_network_locations(filled: Path) -> None:
    with EventStore(filled, read_only=True) as store:
        actors = store.actors(limit=2)
        edges = store.network()
        places = store.locations()
    assert [(a.code, a.name, a.events, a.as_source, a.as_target) for a in actors] == [
        ("DEUGOV", "Olaf Scholz", 4, 2, 2), ("FRAGOV", "Emmanuel Macron", 4, 2, 2)]
    assert [(e.source, e.target, e.events, e.conflict) for e in edges][:2] == [
        ("DEUGOV", "FRAGOV", 2, 2), ("FRAGOV", "DEUGOV", 2, 0)]
    assert [(p.name, p.country, p.events) for p in places] == [("Berlin", "DEU", 2), ("Nairobi", "KEN", 1)]


def test_store_article_has_text_and_provenance(filled: Path) -> None:
    key = content_hash(article(3, "2024-05-02"))
    with EventStore(filled, read_only=True) as store:
        stored = store.article(key)
        listed = store.articles(limit=10)
        assert store.article("no-such-article") is None
    assert stored is not None
    assert stored.extraction.article.text.startswith("Report number 3")
    assert [m.event.span for m in stored.mentions] == [(0, 80), (200, 260)]
    assert stored.mentions[0].event.trigger_span == (33, 36)
    assert len({m.event_id for m in stored.mentions}) == 1
    assert stored.extraction.actors[0].country_rule == "modifier"
    assert [a.doc_id for a in listed][:2] == ["story-5", "story-6"]
    assert next(a for a in listed if a.id == key).events == 2


def test_store_stats(filled: Path) -> None:
    with EventStore(filled, read_only=True) as store:
        stats = store.stats()
    assert (stats.articles, stats.events, stats.mentions, stats.quotes, stats.actors) == (6, 5, 8, 6, 6)
    assert (stats.first_day, stats.last_day, stats.schema_version, stats.dedup_window) == (
        "2024-04-30", "2024-06-10", 4, 0)


# -- exports --------------------------------------------------------------------------------
def test_store_gdelt_columns_file_matches_the_gdelt_header() -> None:
    assert [name for name, _ in gdelt_columns()] == GDELT_HEADER
    assert {kind for _, kind in gdelt_columns()} == {"INTEGER", "FLOAT", "STRING"}


def test_store_gdelt_export_reads_back_column_by_column(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.tsv"
    with EventStore(filled, read_only=True) as store:
        assert store.export("gdelt", out) == 5
        merged = next(e for e in store.events(EventFilter(cameo="040")) if e.num_mentions == 4)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, fieldnames=GDELT_HEADER, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 5 and all(None not in r and len(r) == 61 for r in rows)
    types = dict(gdelt_columns())
    for row in rows:
        for name, value in row.items():
            if value == "":
                continue
            if types[name] == "INTEGER":
                assert value.lstrip("-").isdigit(), (name, value)
            elif types[name] == "FLOAT":
                float(value)
    row = next(r for r in rows if r["GLOBALEVENTID"] == str(merged.id))
    assert row["SQLDATE"] == "20240430" and row["MonthYear"] == "202404" and row["Year"] == "2024"
    assert row["FractionDate"] == str(round(2024 + (4 * 30 + 30) / 365, 4))
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "FRAGOV", "EMMANUEL MACRON", "FRA", "GOV")
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("DEUGOV", "DEU")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == (
        "040", "040", "04", "1")
    assert float(row["GoldsteinScale"]) == 1.0 and row["AvgTone"] == ""
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"], row["IsRootEvent"]) == ("4", "2", "3", "1")
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == ("4", "Berlin", "GM")
    assert (float(row["ActionGeo_Lat"]), float(row["ActionGeo_Long"])) == (52.52, 13.405)
    assert (row["Actor1Geo_Type"], row["Actor1Geo_FullName"], row["Actor1Geo_CountryCode"]) == ("1", "France", "FR")
    assert len(row["DATEADDED"]) == 14 and row["DATEADDED"].isdigit()
    assert row["SOURCEURL"] == "https://www.lemonde.example/a"
    un = next(r for r in rows if r["EventCode"] == "175")
    assert (un["ActionGeo_CountryCode"], un["Actor1Code"], un["Actor2Type1Code"]) == ("KE", "KENCOP", "CVL")


def test_store_gdelt_known_group_of_an_igo(db: Path, tmp_path: Path) -> None:
    appeal = replace(accuse("2024-02-02"), target=UN, cameo="020", plover="APPEAL", quad_class=1, goldstein=3.0)
    with EventStore(db) as store:
        store.ingest_extractions([extraction(1, "2024-02-02", [appeal])])
        store.export("gdelt", tmp_path / "g.tsv")
    fields = dict(zip(GDELT_HEADER, (tmp_path / "g.tsv").read_text().rstrip("\n").split("\t"), strict=True))
    assert (fields["Actor2Code"], fields["Actor2KnownGroupCode"], fields["Actor2Type1Code"]) == (
        "IGOUNO", "UNO", "IGO")
    assert fields["Actor2CountryCode"] == "" and fields["ActionGeo_Type"] == "0"


def test_store_exports_csv_parquet_jsonl_plover(filled: Path, tmp_path: Path) -> None:
    flt = EventFilter(actor="FRA")
    with EventStore(filled, read_only=True) as store:
        counts = {f: store.export(f, tmp_path / f"out.{f}", flt) for f in ("csv", "parquet", "jsonl", "plover")}
    assert set(counts.values()) == {4}
    with (tmp_path / "out.csv").open(newline="") as fh:
        table = list(csv.DictReader(fh))
    assert sorted(r["cameo"] for r in table) == ["040", "040", "112", "112"]
    assert {r["date_precision"] for r in table} == {"day"}
    parquet = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["id"] for r in parquet] == [int(r["id"]) for r in table]
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert lines[0]["source_name"] == "Emmanuel Macron" and lines[0]["article_id"]
    plover = [json.loads(x) for x in (tmp_path / "out.plover").read_text().splitlines()]
    merged = next(r for r in plover if r["newsevents"]["num_mentions"] == 4)
    assert merged["event"] == ["CONSULT"] and merged["source"][0]["code"] == "FRA"
    assert merged["source"][0]["newsevents"]["cameo_code"] == "FRAGOV"
    assert merged["recipient"][0]["code"] == "DEU" and merged["event_loc"]["name"] == "Berlin"
    assert merged["newsevents"]["story_ids"] == ["story-1", "story-2", "story-3"]
    accusation = next(r for r in plover if r["event"] == ["ACCUSE"])
    assert accusation["context"] == ["economic"]


def test_store_export_refuses_unknown_format(filled: Path, tmp_path: Path) -> None:
    with EventStore(filled, read_only=True) as store, pytest.raises(BadFilter, match="export format"):
        store.export("xml", tmp_path / "x.xml")
    assert not (tmp_path / "x.xml").exists()


# -- opening, versions, locks ---------------------------------------------------------------
def test_store_read_only_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        EventStore(tmp_path / "missing.duckdb", read_only=True).open()


def test_store_newer_schema_is_refused(db: Path) -> None:
    EventStore(db).open().close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        EventStore(db).open()


def test_store_locked_database_raises_store_locked(db: Path) -> None:
    EventStore(db).open().close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from newsevents.store import EventStore
        store = EventStore({str(db)!r}).open()
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked, match="in use by another process"):
            EventStore(db).open()
    finally:
        holder.kill()
        holder.wait()


def test_store_migrates_a_version_1_database_and_keeps_country_rules(db: Path) -> None:
    from newsevents.store.schema import MIGRATIONS

    con = duckdb.connect(str(db))
    for statement in MIGRATIONS[1]:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()
    with EventStore(db) as store:
        assert store.stats().schema_version == 4
    con = duckdb.connect(str(db))
    columns = [r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'actors'")
               .fetchall()]
    con.close()
    assert "country_rule" in columns
