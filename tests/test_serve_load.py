"""The dashboard under extraction load and on errors: a bounded "try it" queue (429 with
Retry-After), reads that stay fast, security headers on every error, dates that cannot break it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.serve.app import build_app
from newsevents.store import EventStore

ROOT = Path(__file__).resolve().parent.parent
SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options")


@pytest.fixture(scope="module")
def store(corpus_db: Path) -> Iterator[EventStore]:
    with EventStore(corpus_db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: EventStore) -> Iterator[TestClient]:
    app = build_app(store)

    @app.get("/api/fails", include_in_schema=False)
    def fails() -> None:
        raise RuntimeError("a bug nobody caught")

    @app.get("/fails", include_in_schema=False)
    def page_fails() -> None:
        raise RuntimeError("a bug nobody caught")

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/fails", "/fails"])
def test_serve_load_500_carries_the_security_headers(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 500
    assert all(h in r.headers for h in SECURITY_HEADERS), r.headers
    assert "the server failed to answer" in r.text and "a bug nobody caught" not in r.text


def test_serve_load_extract_far_date_is_not_a_500(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": "Chile's president will visit Peru tomorrow.", "date": "9999-12-31"})
    assert r.status_code == 200, r.text
    assert any("outside the supported years" in w for w in r.json()["extraction"]["warnings"])


def test_serve_load_bad_body_date_is_reported_at_the_body(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": "The talks went on.", "date": "2024-13-01"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "date"]


def test_serve_load_full_queue_is_429_with_retry_after(client: TestClient) -> None:
    extractor = client.app.state.extractor  # type: ignore[attr-defined]
    queue, extractor.queue = extractor.queue, 0
    try:
        r = client.post("/api/extract", json={"text": "The talks went on.", "date": "2024-01-02"})
    finally:
        extractor.queue = queue
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) >= 1
    assert all(h in r.headers for h in SECURITY_HEADERS)


@pytest.mark.slow
def test_serve_load_reads_stay_fast_under_48_extraction_posts(corpus_db: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "serve_load.py"), "--db", str(corpus_db),
                          "--posts", "48", "--chars", "20000", "--json"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["loaded_stats_statuses"] == {"200": figures["loaded_stats_reads"]}
    assert figures["loaded_stats_p95_ms"] < 500, figures
    statuses = {int(k): v for k, v in figures["post_statuses"].items()}
    assert statuses.get(429, 0) > 0 and statuses.get(200, 0) > 0, figures
    assert set(statuses) <= {200, 429, 503}, figures
    assert figures["security_headers_on_every_post"] and "" not in figures["retry_after"], figures
