"""Date precision end to end in the store: kept on write, migrated into old files, shown at its
precision, and kept out of charts whose periods are finer than the date."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from newsevents.records import ActorRef, Article, Event, Extraction
from newsevents.store import EventStore
from newsevents.store.schema import MIGRATIONS, SCHEMA_VERSION

CHILE = ActorRef("Chile", "CHL", "CHL", None)
PERU = ActorRef("Peru", "PER", "PER", None)


def _ex(n: int, day: str | None, published: str = "2024-05-15") -> Extraction:
    text = f"Report {n}: Chile cut ties with Peru."
    event = Event(date=day, source=CHILE, target=PERU, cameo="161", plover="SANCTION", goldstein=-4.0,
                  quad_class=4, sentence=text, span=(0, len(text)), trigger="cut", rule="test")
    return Extraction(Article(f"p{n}", text, published), events=[event])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "precision.duckdb"
    with EventStore(path) as store:
        store.ingest_extractions([_ex(1, "2019"), _ex(2, "2024-02"), _ex(3, "2024-05-13"), _ex(4, None, "2023-11")])
    return path


def test_store_precision_is_kept_and_shown(db: Path) -> None:
    with EventStore(db, read_only=True) as store:
        found = {e.date: e.date_precision for e in store.events()}
    # An undated clause takes its article's date, at that date's precision.
    assert found == {"2019": "year", "2024-02": "month", "2024-05-13": "day", "2023-11": "month"}


def test_store_precision_month_chart_leaves_year_dates_out(db: Path) -> None:
    with EventStore(db, read_only=True) as store:
        months = store.timeline(None, "month", fill=False)
        years = store.timeline(None, "year", fill=False)
        days = store.timeline(None, "day", fill=False)
        assert store.too_coarse(None, "month") == 1 and store.too_coarse(None, "day") == 3
    assert [(p.period, p.events) for p in months] == [("2023-11-01", 1), ("2024-02-01", 1), ("2024-05-01", 1)]
    assert "2019-01-01" not in {p.period for p in months}  # no January spike
    assert [(p.period, p.events) for p in years] == [("2019-01-01", 1), ("2023-01-01", 1), ("2024-01-01", 2)]
    assert [p.period for p in days] == ["2024-05-13"]


def test_store_precision_json_api_gives_the_date_at_its_precision(db: Path) -> None:
    from newsevents.serve.app import build_app

    with EventStore(db, read_only=True) as store, TestClient(build_app(store)) as client:
        body = client.get("/api/events", params={"limit": 10}).json()
    events = body["events"] if isinstance(body, dict) else body
    assert {(e["date"], e["date_precision"]) for e in events} >= {("2019", "year"), ("2024-02", "month")}


def test_store_precision_old_files_are_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    for statement in MIGRATIONS[1]:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1'), ('dedup_window', '0')")
    con.execute("""INSERT INTO articles (id, doc_id, date, day, source_key, text, warnings, added)
                   VALUES ('a1', 'doc', '2024-05-15', DATE '2024-05-15', '', 'text', [], now())""")
    for i, (date, day) in enumerate([("2016", "2016-01-01"), (None, "2024-05-15")], start=1):
        con.execute("""INSERT INTO mentions (id, event_id, article_id, idx, day, source_key, in_lead, date, cameo,
                       goldstein, quad_class, added) VALUES (?, ?, 'a1', ?, ?, '', true, ?, '161', -4.0, 4, now())""",
                    [i, i, i, day, date])
        con.execute("""INSERT INTO events (id, day, cameo, goldstein, quad_class, is_root, num_mentions, num_sources,
                       num_articles, first_mention, added) VALUES (?, ?, '161', -4.0, 4, true, 1, 1, 1, ?, now())""",
                    [i, day, i])
    con.close()
    with EventStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        rows = store.con.execute("SELECT id, date_precision FROM events ORDER BY id").fetchall()
    assert rows == [(1, "year"), (2, "day")]

