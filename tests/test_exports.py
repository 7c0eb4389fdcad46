"""Exports read back as an analyst would: Parquet in DuckDB, GDELT files with GDELT's column
names, PLOVER records against the manual's schema, and every format on standard output."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import jsonschema
import pytest

from newsevents.records import ActorRef, Article, Event, Extraction, Location
from newsevents.store import EventStore
from newsevents.store.export import FORMATS
from newsevents.store.gdelt import gdelt_columns
from newsevents.store.plover import schema

# GDELT 2.0's Mentions table header, in order (a fact from GDELT's codebook), written out here.
MENTIONS_HEADER = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]

CHILE = ActorRef("Chilean government", "CHLGOV", "CHL", "GOV", "the Chilean government", (0, 22))
PERU = ActorRef("Peru", "PER", "PER", None, "Peru", (40, 44))
MINERS = ActorRef("miners", "CVL", None, "CVL", "miners", (0, 6))


def _event(day: str | None, source: ActorRef | None, target: ActorRef | None, cameo: str, plover: str | None,
           quad: int, goldstein: float, **extra: object) -> Event:
    text = "The Chilean government signed a water-sharing accord with Peru in Lima."
    return Event(date=day, source=source, target=target, cameo=cameo, plover=plover, goldstein=goldstein,
                 quad_class=quad, sentence=text, span=(0, len(text)), trigger="signed", rule="test",
                 confidence=0.75, trigger_span=(23, 29), **extra)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Three articles: a day-precision accord with a place, a year-precision sanction, an appeal
    (no PLOVER category in the manual), and a strike by country-less miners."""
    lima = Location("Lima", "PER", -12.0432, -77.0282, 4, "PE15", 3936456)
    accord = _event("2024-03-05", CHILE, PERU, "057", "SUPPORT", 1, 8.0, location=lima,
                    plover_context="diplomatic,water_rights")
    sanction = _event("2016", PERU, CHILE, "163", "SANCTION", 4, -8.0, plover_mode="restrict")
    appeal = _event("2024-03", CHILE, PERU, "020", None, 1, 3.0)
    demand = _event("2024-03-06", CHILE, PERU, "100", "REQUEST", 3, -5.0)
    strike = _event(None, MINERS, CHILE, "143", "PROTEST", 4, -6.5, plover_mode="boycott")
    exs = [
        Extraction(Article("lima-1", "Accord text one.", "2024-03-05", url="https://news.example/lima"),
                   events=[accord, sanction, appeal]),
        Extraction(Article("lima-2", "Demand text two.", "2024-03-06", source="/corpus/two.txt"), events=[demand]),
        Extraction(Article("strike-3", "Strike text three.", "2024-03", source="/corpus/three.txt"),
                   events=[strike]),
    ]
    path = tmp_path / "exports.duckdb"
    with EventStore(path) as store:
        store.ingest_extractions(exs)
    return path


def test_exports_parquet_has_typed_dates_article_id_and_precision(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    with EventStore(db, read_only=True) as store:
        assert store.export("parquet", out) == 5
    con = duckdb.connect()
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{out}')").fetchall())
    assert (types["date"], types["first_seen"], types["last_seen"]) == ("DATE", "DATE", "DATE")
    assert types["added"].startswith("TIMESTAMP")
    months = con.execute(f"""SELECT CAST(date_trunc('month', date) AS DATE) AS m, count(*) FROM '{out}'
                             GROUP BY m ORDER BY m""").fetchall()
    assert [(m.isoformat(), n) for m, n in months] == [("2016-01-01", 1), ("2024-03-01", 4)]
    rows = con.execute(f"SELECT cameo, date_precision, article_id, doc_id FROM '{out}' ORDER BY id").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("057", "day"), ("163", "year"), ("020", "month"), ("100", "day"),
                                            ("143", "month")]
    assert all(len(r[2]) == 32 for r in rows) and rows[0][3] == "lima-1"


def _read_gdelt(path: Path, names: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, fieldnames=names, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_exports_gdelt_events_leave_unknowns_blank_and_write_partial_dates(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    with EventStore(db, read_only=True) as store:
        store.export("gdelt", out)
    rows = {r["EventCode"]: r for r in _read_gdelt(out, [n for n, _ in gdelt_columns("events")])}
    accord, sanction, appeal = rows["057"], rows["163"], rows["020"]
    assert (accord["SQLDATE"], accord["MonthYear"], accord["Year"]) == ("20240305", "202403", "2024")
    assert (sanction["SQLDATE"], sanction["MonthYear"], sanction["FractionDate"]) == ("20160000", "201600", "2016")
    assert (appeal["SQLDATE"], appeal["MonthYear"]) == ("20240300", "202403")
    assert all(r["AvgTone"] == "" and r["Actor1EthnicCode"] == "" for r in rows.values())
    assert accord["SOURCEURL"] == "https://news.example/lima"
    assert rows["100"]["SOURCEURL"] == ""  # a file path is not a URL
    assert (accord["ActionGeo_Type"], accord["ActionGeo_ADM1Code"], accord["ActionGeo_FeatureID"]) == (
        "4", "PE15", "3936456")
    assert (accord["Actor1Geo_Type"], accord["Actor1Geo_FullName"], accord["Actor1Geo_CountryCode"]) == (
        "1", "Chile", "CI")
    assert accord["Actor2Geo_ADM1Code"] == "PE" and accord["Actor2Geo_Lat"] != ""
    strike = rows["143"]
    assert (strike["Actor1Code"], strike["Actor1CountryCode"], strike["Actor1Geo_Type"]) == ("CVL", "", "0")


def test_exports_gdelt_mentions_read_back_with_gdelt_names(db: Path, tmp_path: Path) -> None:
    assert [n for n, _ in gdelt_columns("mentions")] == MENTIONS_HEADER
    out = tmp_path / "mentions.tsv"
    with EventStore(db, read_only=True) as store:
        assert store.export("gdelt-mentions", out) == 5
        events = {e.cameo: e.id for e in store.events()}
    rows = _read_gdelt(out, MENTIONS_HEADER)
    assert all(len(r) == 16 and None not in r for r in rows)
    accord = next(r for r in rows if r["GLOBALEVENTID"] == str(events["057"]))
    assert (accord["MentionType"], accord["MentionIdentifier"], accord["MentionSourceName"]) == (
        "1", "https://news.example/lima", "news.example")
    assert (accord["Actor1CharOffset"], accord["Actor2CharOffset"], accord["ActionCharOffset"]) == ("0", "40", "23")
    assert (accord["Confidence"], accord["MentionDocLen"], accord["MentionDocTone"]) == ("75", "16", "")
    demand = next(r for r in rows if r["GLOBALEVENTID"] == str(events["100"]))
    assert (demand["MentionType"], demand["MentionIdentifier"]) == ("2", "lima-2")
    assert len(accord["EventTimeDate"]) == 14 and accord["EventTimeDate"].isdigit()


def test_exports_plover_records_validate_against_the_manual_schema(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.plover.jsonl"
    with EventStore(db, read_only=True) as store:
        assert store.export("plover", out) == 4  # the appeal has no PLOVER category
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    validator = jsonschema.Draft202012Validator(schema())
    for record in records:
        validator.validate(record)
    by_event = {r["newsevents"]["cameo"]: r for r in records}
    accord = by_event["057"]
    assert (accord["event"], accord["quad_code"], accord["context"]) == (["SUPPORT"], 1, ["diplomatic"])
    assert accord["newsevents"]["unlisted_context"] == ["water_rights"]
    assert accord["source"] == [{"code": "CHL", "sector": "GOV", "actor_text": "Chilean government",
                                 "newsevents": {"cameo_code": "CHLGOV"}}]
    assert accord["event_loc"]["country code"] == "PE" and accord["event_loc"]["geonameid"] == 3936456
    sanction = by_event["163"]
    assert (sanction["date"], sanction["newsevents"]["date_precision"]) == ("2016-01-01", "year")
    assert (sanction["quad_code"], sanction["newsevents"]["cameo_quad_class"]) == (3, 4)
    assert sanction["mode"] == [] and sanction["newsevents"]["unlisted_mode"] == "restrict"
    demand = by_event["100"]
    assert demand["event"] == ["DEMAND"] and demand["newsevents"]["category"] == "REQUEST"
    assert by_event["143"]["mode"] == ["boycott"] and "code" not in by_event["143"]["source"][0]


def test_exports_plover_schema_refuses_what_the_manual_does_not_allow() -> None:
    validator = jsonschema.Draft202012Validator(schema())
    good = {"id": "x-1", "date": "2024-01-02", "source": [{"code": "USA"}], "event": ["PROTEST"],
            "mode": ["riot"], "quad_code": 4}
    validator.validate(good)
    for bad in ({**good, "event": [None]}, {**good, "mode": ["visit"]}, {**good, "quad_code": 2},
                {**good, "context": ["weather"]}, {**good, "date": "2024"}):
        assert not validator.is_valid(bad), bad


@pytest.mark.parametrize("format", FORMATS)
def test_exports_out_dash_writes_standard_output(db: Path, tmp_path: Path, format: str) -> None:
    to_file = tmp_path / f"out.{format}"
    common = [sys.executable, "-m", "newsevents", "export", "--db", str(db), "--format", format]
    done = subprocess.run([*common, "--out", str(to_file)], capture_output=True, check=True)
    piped = subprocess.run([*common, "--out", "-"], capture_output=True, check=True)
    assert not (Path.cwd() / "-").exists()
    assert b"to standard output" in piped.stderr and done.stdout == b""
    if format == "parquet":  # the same rows; the file's metadata may differ byte by byte
        con = duckdb.connect()
        piped_file = tmp_path / "piped.parquet"
        piped_file.write_bytes(piped.stdout)
        assert con.execute(f"SELECT * FROM '{piped_file}' ORDER BY id").fetchall() == \
            con.execute(f"SELECT * FROM '{to_file}' ORDER BY id").fetchall()
    else:
        assert piped.stdout == to_file.read_bytes() and piped.stdout
