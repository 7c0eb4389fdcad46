"""``newsevents serve`` and ``newsevents ingest`` on one database file: without a reload period
the ingest is refused with a message that says what to do; with ``--reload-every`` both run and
the dashboard shows the new articles a period later."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]

# Written for this test.
NEW_ARTICLE = "date 2024-05-02\nChile's foreign minister met the president of Peru in Lima on Monday.\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _articles(base: str) -> int | None:
    try:
        with urllib.request.urlopen(f"{base}/api/stats", timeout=5) as r:
            count: int = json.load(r)["articles"]
            return count
    except OSError:
        return None


@contextmanager
def serving(db: Path, *extra: str) -> Iterator[str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db), "--port", str(port),
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while _articles(base) is None:
            assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ingest(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    article = tmp_path / "new.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "newsevents", "ingest", str(article), "--db", str(db),
                           "--workers", "1"], capture_output=True, text=True, timeout=300)


def test_serve_reload_ingest_beside_a_plain_server_says_what_to_do(corpus_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    shutil.copy(corpus_db, db)
    with serving(db):
        out = _ingest(db, tmp_path)
    assert out.returncode == 1
    assert "stop the server for the ingest, or start it with --reload-every SECONDS" in out.stderr
    assert "Traceback" not in out.stderr


def test_serve_reload_every_lets_ingest_write_and_shows_it(corpus_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    shutil.copy(corpus_db, db)
    with serving(db, "--reload-every", "1") as base:
        before = _articles(base)
        out = _ingest(db, tmp_path)
        assert out.returncode == 0, out.stderr
        deadline = time.monotonic() + 30
        while _articles(base) == before and time.monotonic() < deadline:
            time.sleep(0.5)
        assert before is not None and _articles(base) == before + 1
