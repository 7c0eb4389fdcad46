"""``newsevents ingest`` and the store commands, through the real pipeline and the real CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.ingest import InProcess, ingest_paths
from newsevents.reading import ReadProblem
from newsevents.records import ActorRef, Article, Event, Extraction
from newsevents.store import EventStore

NEWSEVENTS = str(Path(sys.executable).with_name("newsevents"))
LEADERS = [("French President Emmanuel Macron", "Macron"), ("German Chancellor Olaf Scholz", "Scholz"),
           ("Kenyan President William Ruto", "Ruto"), ("Brazilian President Luiz Inacio Lula da Silva", "Lula"),
           ("Japanese Prime Minister Fumio Kishida", "Kishida")]
CITIES = ["Paris", "Berlin", "Nairobi", "Brasilia", "Tokyo"]


def write_corpus(folder: Path, n: int) -> list[str]:
    """``n`` short dated articles in the seed format, each a different text."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        a, b = LEADERS[i % 5], LEADERS[(i + 1 + i // 5) % 5]
        if a == b:
            b = LEADERS[(i + 2) % 5]
        day = f"2024-{1 + i % 12:02d}-{10 + i % 15:02d}"
        text = (f"date {day}\n{a[0]} met {b[0]} in {CITIES[i % 5]} on Monday. "
                f"\"Our countries will trade more,\" {a[1]} said after talks number {i}.\n")
        path = folder / f"story{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def counts(db: Path) -> dict[str, int]:
    with EventStore(db, read_only=True) as store:
        stats = store.stats()
        con = store.con
        dup_articles = con.execute("SELECT count(*) - count(DISTINCT id) FROM articles").fetchall()[0][0]
        dup_mentions = con.execute(
            "SELECT count(*) - count(DISTINCT (article_id, idx)) FROM mentions").fetchall()[0][0]
    assert dup_articles == 0 and dup_mentions == 0
    return {"articles": stats.articles, "events": stats.events, "mentions": stats.mentions,
            "quotes": stats.quotes, "actors": stats.actors, "dates": stats.dates}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NEWSEVENTS, *args], capture_output=True, text=True, timeout=300, env=env)


# -- ingest through the pipeline ------------------------------------------------------------
@pytest.mark.model
def test_store_ingest_then_reingest_adds_only_new(tmp_path: Path, nlp: Language) -> None:
    paths = write_corpus(tmp_path / "corpus", 6)
    db = tmp_path / "events.duckdb"
    with EventStore(db) as store:
        first = ingest_paths(store, paths[:4], InProcess(nlp=nlp), batch_size=3)
        assert (first.articles_new, first.articles_stored, first.failed) == (4, 0, [])
        assert first.quotes == 4
        again = ingest_paths(store, paths, InProcess(nlp=nlp), batch_size=3)
        assert (again.articles_new, again.articles_stored) == (2, 4)
    after = counts(db)
    assert after["articles"] == 6 and after["quotes"] == 6 and after["actors"] >= 12
    with EventStore(db) as store:
        third = ingest_paths(store, paths, InProcess(nlp=nlp))
    assert (third.articles_new, third.articles_stored, third.mentions) == (0, 6, 0)
    assert counts(db) == after


@pytest.mark.model
def test_store_ingest_reports_bad_inputs_and_stores_the_rest(tmp_path: Path, nlp: Language) -> None:
    paths = write_corpus(tmp_path / "corpus", 3)
    corrupt = tmp_path / "corpus" / "corrupt.txt"
    corrupt.write_bytes(b"\xff\xfe\x00\x80\x81 not an article \x00\xc3")
    missing = str(tmp_path / "corpus" / "gone.txt")
    seen: list[ReadProblem] = []
    with EventStore(tmp_path / "events.duckdb") as store:
        report = ingest_paths(store, [paths[0], str(corrupt), missing, *paths[1:]], InProcess(nlp=nlp),
                              on_problem=seen.append)
    assert report.articles_new == 3
    assert sorted(p.source for p in report.failed) == sorted([str(corrupt), missing])
    assert seen == report.failed
    assert all(p.message for p in report.failed)
    assert "3 articles new, 0 already stored, 2 failed" in report.summary()


@pytest.mark.model
@pytest.mark.slow
def test_store_ingest_killed_midway_then_rerun_is_complete(tmp_path: Path, nlp: Language) -> None:
    paths = write_corpus(tmp_path / "corpus", 40)
    clean = tmp_path / "clean.duckdb"
    with EventStore(clean) as store:
        ingest_paths(store, paths, InProcess(nlp=nlp), batch_size=4)
    expected = counts(clean)
    db = tmp_path / "killed.duckdb"
    wal = Path(f"{db}.wal")
    EventStore(db).open().close()  # schema and settings are in the file: the WAL gets batches only
    args = [NEWSEVENTS, "ingest", *paths, "--db", str(db), "--batch-size", "1", "--no-progress"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        # Once the WAL has grown twice, the first batch's commit was written in full.
        sizes: set[int] = set()
        while len(sizes - {0}) < 2:
            assert proc.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline
            if wal.exists():
                sizes.add(wal.stat().st_size)
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    partial = counts(db)
    assert 0 < partial["articles"] < 40
    rerun = run("ingest", *paths, "--db", str(db), "--no-progress")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{40 - partial['articles']} articles new, {partial['articles']} already stored" in rerun.stderr
    assert counts(db) == expected


# -- the CLI --------------------------------------------------------------------------------
def test_store_cli_locked_database_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    paths = write_corpus(tmp_path / "corpus", 1)
    with EventStore(db):
        result = run("ingest", *paths, "--db", str(db), "--no-progress")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"newsevents: error: the database {db} is in use by another process (DuckDB lets one process "
        "write a file, and no other open it meanwhile). If it is an ingest, wait for it to finish; if it is "
        "`newsevents serve` on this file, stop the server for the ingest, or start it with --reload-every "
        "SECONDS so it holds the file only while it copies it; or use another file with --db."]


def _stored_corpus(db: Path) -> None:
    usa = ActorRef("Antony Blinken", "USAGOV", "USA", "GOV")
    chn = ActorRef("Wang Yi", "CHNGOV", "CHN", "GOV")
    exs = []
    for i, (day, cameo, quad, gold) in enumerate([("2024-01-09", "042", 1, 1.9), ("2024-01-20", "112", 3, -2.0),
                                                   ("2024-03-04", "036", 1, 4.0)]):
        text = f"Dispatch {i} about talks between Washington and Beijing."
        ev = Event(day, usa if i != 1 else chn, chn if i != 1 else usa, cameo, "CONSULT", gold, quad,
                   text, (0, len(text)), "met", "test")
        exs.append(Extraction(Article(f"d{i}", text, day, url=f"https://wire{i}.example/x"), events=[ev]))
    with EventStore(db) as store:
        store.ingest_extractions(exs)


def test_store_cli_queries_and_exports(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    _stored_corpus(db)
    env = {**os.environ, "NEWSEVENTS_DB": str(db)}
    listed = run("events", "--actor", "USA", "--format", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert [e["cameo"] for e in json.loads(listed.stdout)] == ["042", "112", "036"]
    filtered = run("events", "--dyad", "USA", "CHN", "--quad", "3", "--format", "csv", env=env)
    assert filtered.stdout.splitlines()[0].startswith("id,date,source,cameo")
    assert [line.split(",")[3] for line in filtered.stdout.splitlines()[1:]] == ["112"]
    curve = run("dyad", "usa", "chn", "--by", "month", "--format", "json", env=env)
    points = json.loads(curve.stdout)
    assert [(p["period"], p["events"], p["goldstein_sum"]) for p in points] == [
        ("2024-01-01", 2, -0.1), ("2024-02-01", 0, 0.0), ("2024-03-01", 1, 4.0)]
    actors = run("actors", "--format", "json", env=env)
    assert [a["code"] for a in json.loads(actors.stdout)] == ["CHNGOV", "USAGOV"]
    stats = json.loads(run("stats", "--format", "json", env=env).stdout)
    assert (stats["articles"], stats["events"]) == (3, 3)
    table = run("stats", env=env)
    assert "articles" in table.stdout and table.returncode == 0
    out = tmp_path / "e.tsv"
    exported = run("export", "--format", "gdelt", "--out", str(out), "--start", "2024-01", "--end", "2024-01",
                   env=env)
    assert exported.returncode == 0 and "wrote 2 events" in exported.stderr
    assert [len(line.split("\t")) for line in out.read_text().splitlines()] == [61, 61]


@pytest.mark.parametrize(("args", "message"), [
    (["events", "--cameo", "4x"], "newsevents: error: CAMEO code '4x' is not valid"),
    (["events", "--start", "2024-02-30"], "newsevents: error: start date '2024-02-30' is not a valid date"),
    (["dyad", "USA", "C;N"], "newsevents: error: dyad 'C;N' is not valid"),
])
def test_store_cli_bad_filters_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "events.duckdb"
    _stored_corpus(db)
    result = run(*args, "--db", str(db))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith(message)


def test_store_cli_missing_database(tmp_path: Path) -> None:
    result = run("stats", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"newsevents: error: there is no database at {tmp_path / 'none.duckdb'}: "
                                     "create one with `newsevents ingest`")
