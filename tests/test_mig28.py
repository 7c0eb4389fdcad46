"""Session 28, mig28: retellings in the store (schema 4) across dates, old databases and re-ingest.

Sentences written for these tests; none is taken from a news story.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import StoreError
from newsevents.records import ActorRef, Article, Event, Extraction, Retelling
from newsevents.store import EventStore, schema

TEXT = "Rangers in Tanzania detained nine poachers near Arusha. The detainees were taken to a court."
LATER = TEXT.index(" The") + 1
RANGERS = ActorRef("Rangers in Tanzania", "TZACOP", "TZA", "COP", "Rangers in Tanzania", (0, 19))
POACHERS = ActorRef("poachers", "TZACRM", "TZA", "CRM", "nine poachers", (29, 42))


def _detention(date: str | None) -> Event:
    return Event(date=date, source=RANGERS, target=POACHERS, cameo="173", plover="COERCE", goldstein=-5.0,
                 quad_class=4, sentence=TEXT[:LATER - 1], span=(0, LATER - 1), trigger="detained",
                 rule="coerce.arrest", trigger_span=(20, 28),
                 retellings=(Retelling(sentence=TEXT[LATER:], span=(LATER, len(TEXT)), trigger="detainees",
                                       rule="coerce.listed_held", trigger_span=(LATER + 4, LATER + 13)),))


def _extraction(doc_id: str, date: str | None, text: str = TEXT) -> Extraction:
    event = _detention(date)
    return Extraction(article=Article(doc_id, text, date), events=[event])


def _told_once(doc_id: str, date: str) -> Extraction:
    """An article as schema 3 stored it: its event without retellings."""
    return Extraction(article=Article(doc_id, TEXT.replace("nine", "eight"), date),
                      events=[replace(_detention(date), retellings=())])


def _mentions(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT m.event_id, m.retelling, m.trigger, e.num_mentions, e.num_articles "
                           "FROM mentions m JOIN events e ON e.id = m.event_id ORDER BY m.id").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("window", [0, 3])
def test_mig28_an_undated_event_keeps_its_retelling_in_one_event(tmp_path: Path, window: int) -> None:
    # Reports without a day never merge; a retelling is no report of its own and must join anyway.
    db = tmp_path / "s.duckdb"
    with EventStore(db, dedup_window=window) as store:
        report = store.ingest_extractions([_extraction("a1", None)])
        assert (report.events_new, report.mentions) == (1, 2)
        (event,) = store.events()
        assert (event.num_mentions, event.num_articles) == (2, 1)
        out = tmp_path / "m.tsv"
        assert store.export("gdelt-mentions", out) == 2
        assert store.export("gdelt", tmp_path / "e.tsv") == 1
    rows = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    assert [r[0] for r in rows] == [str(event.id)] * 2
    assert [r[9] for r in rows] == ["20", str(LATER + 4)]  # ActionCharOffset of each telling
    # Actor1CharOffset and Actor2CharOffset: the retelling's sides are not where the event's are.
    assert [(r[7], r[8]) for r in rows] == [("0", "29"), ("", "")]


def test_mig28_a_retelling_follows_its_event_into_a_stored_one(tmp_path: Path) -> None:
    # The second article's event joins the first article's stored event; its retelling goes with it.
    db = tmp_path / "s.duckdb"
    other = TEXT.replace("nine", "9")
    with EventStore(db) as store:
        store.ingest_extractions([_extraction("a1", "2024-05-07")])
        report = store.ingest_extractions([_extraction("a2", "2024-05-07", other)])
        assert (report.events_new, report.mentions) == (0, 2)
        (event,) = store.events()
        assert (event.num_mentions, event.num_articles) == (4, 2)
    assert {r[0] for r in _mentions(db)} == {event.id}


def test_mig28_retellings_in_one_batch_and_in_many_give_the_same_rows(tmp_path: Path) -> None:
    items = [_extraction("a1", None), _extraction("a2", "2024-05-07", TEXT.replace("nine", "9")),
             _extraction("a3", "2024-05-08", TEXT.replace("nine", "ten"))]
    with EventStore(tmp_path / "one.duckdb") as store:
        store.ingest_extractions(items)
    with EventStore(tmp_path / "many.duckdb") as store:
        store.ingest_extractions(items, batch_size=1)
    assert _mentions(tmp_path / "one.duckdb") == _mentions(tmp_path / "many.duckdb")
    assert [r[3] for r in _mentions(tmp_path / "one.duckdb")] == [2] * 6


def _version_3(db: Path) -> None:
    """Make ``db`` a database as schema 3 wrote it: no ``mentions.retelling`` column."""
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE mentions DROP COLUMN retelling")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()


def test_mig28_a_version_3_database_is_upgraded_once_and_reingest_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "v3.duckdb"
    with EventStore(db) as store:
        store.ingest_extractions([_told_once("old", "2024-05-06")])
    _version_3(db)
    with pytest.raises(StoreError, match="schema version 3; open it once for writing"):
        EventStore(db, read_only=True).open()
    new = [_extraction("a1", "2024-05-07")]
    for _ in range(2):
        with EventStore(db) as store:
            assert store.schema_version == schema.SCHEMA_VERSION
            store.ingest_extractions(new)
    with EventStore(db, read_only=True) as store:
        stats = store.stats()
        assert (stats.articles, stats.events, stats.mentions) == (2, 2, 3)
        old, fresh = sorted(store.events(), key=lambda e: e.id)
        assert (old.num_mentions, fresh.num_mentions) == (1, 2)
        (a1,) = [a for a in store.articles() if a.doc_id == "a1"]
        stored = store.article(a1.id)
        assert stored is not None and stored.extraction.events == [_detention("2024-05-07")]
    assert [r[1] for r in _mentions(db)] == [None, None, 1]


def test_mig28_a_failed_migration_leaves_a_usable_version_3_database(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "v3.duckdb"
    with EventStore(db) as store:
        store.ingest_extractions([_told_once("old", "2024-05-06")])
    _version_3(db)
    broken = {**schema.MIGRATIONS, 4: [*schema.MIGRATIONS[4], "SELECT * FROM no_such_table"]}
    monkeypatch.setattr("newsevents.store.store.MIGRATIONS", broken)
    with pytest.raises(StoreError):
        EventStore(db).open()
    con = duckdb.connect(str(db), read_only=True)
    columns = {r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = 'mentions'")
               .fetchall()}
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    con.close()
    assert "retelling" not in columns and version == [("3",)]
    monkeypatch.undo()
    with EventStore(db) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        store.ingest_extractions([_extraction("a1", "2024-05-07")])
        assert store.stats().mentions == 3


def test_mig28_highlight_marks_each_retelling_with_its_own_anchor() -> None:
    from newsevents.serve.highlight import highlight

    segments = highlight(_extraction("a1", "2024-05-07"), current=[0])
    assert "".join(s.text for s in segments) == TEXT
    by_text = {s.text: s for s in segments}
    assert by_text["detained"].anchors == ("current", "ev-0")
    assert by_text["detainees"].anchors == ("ev-0-1",)
    assert by_text["detainees"].classes == ("current", "trigger")
    assert "event 1 told again" in by_text["detainees"].note


def test_mig28_the_article_page_shows_why_with_each_telling(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsevents.serve.app import build_app

    db = tmp_path / "s.duckdb"
    with EventStore(db) as store:
        store.ingest_extractions([_extraction("a1", "2024-05-07")])
    with EventStore(db, read_only=True) as store, TestClient(build_app(store)) as client:
        (article,) = client.get("/api/articles").json()
        assert article["events"] == 1
        body = client.get(f"/api/articles/{article['id']}").json()
        (event,) = body["extraction"]["events"]
        assert [r["trigger"] for r in event["retellings"]] == ["detainees"]
        assert [m["retelling"] for m in client.get("/api/events/1").json()["mentions"]] == [None, 1]
        page = client.get(f"/articles/{article['id']}", params={"event": 1}).text
    assert page.count('id="ev-0"') == 1 and page.count('id="ev-0-1"') == 1
    assert "Told again (pattern <code>coerce.listed_held</code>)" in page
    assert "<mark>detainees</mark> were taken to a court." in page


def test_mig28_a_snapshot_of_a_version_3_file_is_migrated_in_memory_only(tmp_path: Path) -> None:
    # `newsevents serve --reload-every` reads an old file before any ingest has migrated it.
    db = tmp_path / "v3.duckdb"
    with EventStore(db) as store:
        store.ingest_extractions([_told_once("old", "2024-05-06")])
    _version_3(db)
    store = EventStore.snapshot(db)
    try:
        assert store.schema_version == schema.SCHEMA_VERSION
        (article,) = store.articles()
        assert article.events == 1
        stored = store.article(article.id)
        assert stored is not None and [m.retelling for m in stored.mentions] == [None]
    finally:
        store.close()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("3",)]
    con.close()


def test_mig28_a_batch_staged_before_schema_4_still_loads(tmp_path: Path) -> None:
    # A Parquet dataset written by an older newsevents (`ingest --out-parquet`) has no retelling column.
    from newsevents.store.rows import stage

    batch = stage([_told_once("old", "2024-05-06")])
    old = replace(batch, mentions=batch.mentions.drop_columns(["retelling"]),
                  actors=batch.actors.drop_columns(["country_rule"]))
    with EventStore(tmp_path / "s.duckdb") as store:
        report = store.write(old)
        assert (report.articles_new, report.events_new, report.mentions) == (1, 1, 1)
        broken = replace(batch, mentions=batch.mentions.drop_columns(["cameo"]))
        with pytest.raises(StoreError, match="the staged mentions table lacks the columns cameo"):
            store.write(broken)
    assert [r[1] for r in _mentions(tmp_path / "s.duckdb")] == [None]


def test_mig28_the_cli_counts_gdelt_mentions_lines_as_mentions(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from newsevents.cli.store import register

    db = tmp_path / "s.duckdb"
    with EventStore(db) as store:
        store.ingest_extractions([_extraction("a1", "2024-05-07")])
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    said = {}
    for format in ("gdelt", "gdelt-mentions"):
        result = runner.invoke(app, ["export", "--db", str(db), "--format", format, "--out", str(tmp_path / format)])
        assert result.exit_code == 0, result.output
        said[format] = result.output.strip().splitlines()[-1]
    assert said["gdelt"].startswith("newsevents: wrote 1 events to")
    assert said["gdelt-mentions"].startswith("newsevents: wrote 2 mentions to")
