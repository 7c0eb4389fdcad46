"""Damaged and full databases: one clear line (which file, what is wrong, what to do), never a
traceback, from every command that opens the store, and from the dashboard; a full disk leaves
the database as it was before the failed batch."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.errors import StoreDamaged
from newsevents.serve.app import build_app
from newsevents.store import EventStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "articles"
COMMANDS = [["stats"], ["events", "--limit", "5"], ["export", "--format", "csv", "-o", "{tmp}/out.csv"],
            ["ingest", "{tmp}/new.txt", "--workers", "1"]]
# Written for these tests: an article the sample corpus does not hold, so ingest must write it.
NEW_ARTICLE = "date 2024-05-02\nChile's foreign minister met the president of Peru in Lima on Monday.\n"


def newsevents(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True,
                          timeout=timeout)


def _one_clear_line(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr and "_duckdb" not in out.stderr, out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("newsevents: error: the database ") and "Restore it from a backup" in last, last
    assert all(w in last for w in words), last


def _run(command: list[str], tmp_path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    (tmp_path / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return newsevents(*[c.format(tmp=tmp_path) for c in command], "--db", str(db))


def _truncated(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    os.truncate(target, target.stat().st_size // 2)
    return target


def _overwritten(source: Path, target: Path, offset: int, size: int = 4096) -> Path:
    shutil.copy(source, target)
    with open(target, "r+b") as f:
        f.seek(offset)
        f.write(bytes((i * 37 + 11) % 256 for i in range(size)))
    return target


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_store_damage_half_truncated_database(corpus_db: Path, tmp_path: Path, command: list[str]) -> None:
    db = _truncated(corpus_db, tmp_path / "half.duckdb")
    _one_clear_line(_run(command, tmp_path, db), str(db), "is cut short")


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_store_damage_overwritten_bytes(corpus_db: Path, tmp_path: Path, command: list[str]) -> None:
    size = corpus_db.stat().st_size
    failed = 0
    for n, offset in enumerate((size // 5, size // 3)):
        db = _overwritten(corpus_db, tmp_path / f"bytes{n}.duckdb", offset)
        out = _run(command, tmp_path, db)
        # A block no query of this command reads may stay unnoticed; any block read is checked.
        if out.returncode != 0 or "Traceback" in out.stderr:
            _one_clear_line(out, str(db), "is damaged")
            failed += 1
    if command[0] == "stats":  # stats reads every block: it finds the damage wherever it is
        assert failed


def test_store_damage_library_raises_store_damaged(corpus_db: Path, tmp_path: Path) -> None:
    db = _truncated(corpus_db, tmp_path / "half.duckdb")
    with pytest.raises(StoreDamaged, match="is cut short"):
        EventStore(db, read_only=True).open()


@pytest.mark.slow
def test_store_damage_serve_refuses_a_damaged_file_at_once(corpus_db: Path, tmp_path: Path) -> None:
    db = _truncated(corpus_db, tmp_path / "half.duckdb")
    out = newsevents("serve", "--db", str(db), "--port", "1", timeout=60)
    _one_clear_line(out, "is cut short")


@pytest.fixture()
def broken_client(corpus_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    """A dashboard whose database connection fails under it, the way a damaged block fails a query."""
    shutil.copy(corpus_db, tmp_path / "db.duckdb")
    store = EventStore(tmp_path / "db.duckdb", read_only=True).open()
    app = build_app(store)
    store.con.close()  # every query now raises a DuckDB error
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("path", ["/api/stats", "/api/events", "/events", "/"])
def test_store_damage_serve_answers_a_clear_503(broken_client: TestClient, path: str) -> None:
    r = broken_client.get(path)
    assert r.status_code == 503, r.text
    assert "the database db.duckdb could not be used" in r.text
    assert "content-security-policy" in r.headers
    assert str(ROOT) not in r.text and "Traceback" not in r.text


def _small_disk(tmp_path: Path) -> tuple[Path, bool]:
    """A directory on a 1.2 MB tmpfs, or ``None`` if mounting is not allowed here."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    return mount, done.returncode == 0


def _file_size_limit() -> None:  # runs in the child before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_200_000, 1_200_000))


@pytest.mark.slow
def test_store_damage_full_disk_says_so_and_keeps_the_database(tmp_path: Path) -> None:
    disk, mounted = _small_disk(tmp_path)
    db = disk / "full.duckdb"
    try:
        out = subprocess.run([sys.executable, "-m", "newsevents", "ingest", str(CORPUS), "--db", str(db),
                              "--batch-size", "4", "--workers", "1"], capture_output=True, text=True, timeout=600,
                             preexec_fn=None if mounted else _file_size_limit)
        for name in os.listdir(disk):  # off the small disk, to read it back
            shutil.copy(disk / name, tmp_path / name)
    finally:
        if mounted:
            subprocess.run(["umount", str(disk)], check=True)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr and "cannot rollback" not in out.stderr, out.stderr
    assert "no space left on device while writing the database" in out.stderr.strip().splitlines()[-1]
    copy = tmp_path / "full.duckdb"
    with EventStore(copy, read_only=True) as store:
        stored = store.stats()
    assert 0 < stored.articles < 40
    # The run goes on where it stopped once there is room: every article stored once.
    out = newsevents("ingest", str(CORPUS), "--db", str(copy), "--workers", "1")
    assert out.returncode == 0, out.stderr
    with EventStore(copy, read_only=True) as store:
        assert store.stats().articles == 40
