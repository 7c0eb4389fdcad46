"""The dashboard's JSON API and pages, through FastAPI's TestClient, on a real DuckDB store built
from the sample corpus (``examples/articles``) once per session."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from spacy.language import Language

from newsevents.records import Actor, Article, DateMention, Event, Extraction, Quote
from newsevents.serve import create_app
from newsevents.serve.app import build_app
from newsevents.serve.highlight import highlight
from newsevents.serve.layout import components, force_layout, network_layout
from newsevents.serve.params import MAX_EVENTS_PAGE, MAX_LIST
from newsevents.serve.tryit import MAX_CHARS
from newsevents.serve.views import busiest_dyads
from newsevents.store import EventStore, make_filter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "articles"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(corpus_db: Path) -> Path:
    return corpus_db


@pytest.fixture(scope="module")
def store(db: Path) -> Iterator[EventStore]:
    with EventStore(db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: EventStore) -> Iterator[TestClient]:
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        yield c


def _leaks(body: str, payload: str = "") -> list[str]:
    """Internals an error answer must never show (an echo of the ``payload`` sent aside)."""
    if payload:
        for echo in (json.dumps(payload)[1:-1], str(escape(payload)), html.escape(payload), payload):
            body = body.replace(echo, "")
    return [w for w in ("Traceback", "duckdb", "SELECT ", " WHERE ", "Binder Error", "Parser Error",
                        "Catalog Error", "site-packages") if w in body]


# -- stats, events -----------------------------------------------------------------------------------------
def test_serve_api_stats_match_store(client: TestClient, store: EventStore) -> None:
    body = client.get("/api/stats").json()
    stats = store.stats()
    assert body["events"] == stats.events > 0
    assert body["articles"] == stats.articles >= 30
    assert body["first_day"] == stats.first_day
    assert body["path"] == "corpus.duckdb"  # the name only, not the server's directories


def test_serve_api_events_pages_through_all(client: TestClient, store: EventStore) -> None:
    total = store.count_events()
    seen: list[int] = []
    offset = 0
    while offset < total:
        page = client.get("/api/events", params={"limit": 100, "offset": offset}).json()
        assert page["total"] == total and page["limit"] == 100 and page["offset"] == offset
        seen += [e["id"] for e in page["events"]]
        offset += 100
    assert len(seen) == len(set(seen)) == total


def _one_of_each(store: EventStore) -> dict[str, Any]:
    """Filter values taken from the stored data, so every filter has something to find."""
    events = store.events(limit=1000)
    coded = next(e for e in events if e.source and e.source.code and e.target and e.target.code)
    assert coded.source and coded.source.code and coded.target and coded.target.code
    words = next(e for e in events if e.sentence and len(e.sentence.split()) > 4)
    assert words.sentence
    dated = sorted(e.date for e in events if e.date)
    return {"actor": coded.source.code, "source": coded.source.code, "target": coded.target.code,
            "dyad": f"{coded.source.code},{coded.target.code}", "start": dated[len(dated) // 2],
            "end": dated[len(dated) // 2], "cameo": coded.cameo, "plover": coded.plover,
            "quad": coded.quad_class, "text": words.sentence.split()[3], "min_mentions": 2}


@pytest.mark.parametrize("name", ["actor", "source", "target", "dyad", "start", "end", "cameo", "plover", "quad",
                                  "text", "min_mentions"])
def test_serve_api_events_filter_narrows(client: TestClient, store: EventStore, name: str) -> None:
    value = _one_of_each(store)[name]
    keyword = {"quad": "quad_class", "dyad": "dyad"}.get(name, name)
    expected_value = tuple(value.split(",")) if name == "dyad" else value
    expected = store.count_events(make_filter(**{keyword: expected_value}))
    body = client.get("/api/events", params={name: value, "limit": MAX_EVENTS_PAGE}).json()
    assert body["total"] == expected
    assert len(body["events"]) == min(expected, MAX_EVENTS_PAGE)
    if name not in ("start", "min_mentions"):  # a filter picked from an event finds that event
        assert 0 < expected < store.count_events()


def test_serve_api_event_by_id_has_its_reports(client: TestClient, store: EventStore) -> None:
    first = store.events(limit=1)[0]
    body = client.get(f"/api/events/{first.id}").json()
    assert body["id"] == first.id and body["cameo"] == first.cameo
    assert len(body["mentions"]) == first.num_mentions
    assert body["mentions"][0]["event"]["sentence"]


@pytest.mark.parametrize(("path", "status"), [("/api/events/999999999", 404), ("/api/events/0", 422),
                                              ("/api/events/abc", 422), ("/api/articles/ffffffffffffffff", 404),
                                              ("/api/articles/not-a-hash", 422)])
def test_serve_api_missing_or_malformed_ids(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.json()["detail"] and not _leaks(r.text)


# -- series, dyads, actors, network, places ----------------------------------------------------------------
def test_serve_api_timeline_counts_every_dated_event(client: TestClient, store: EventStore) -> None:
    points = client.get("/api/timeline", params={"by": "year"}).json()
    dated = sum(1 for e in store.events(limit=10_000) if e.date)
    assert sum(p["events"] for p in points) == dated
    assert all(p["events"] == p["verbal_cooperation"] + p["material_cooperation"] + p["verbal_conflict"]
               + p["material_conflict"] for p in points)


def test_serve_api_dyad_curve_matches_store(client: TestClient, store: EventStore) -> None:
    top = busiest_dyads(store, limit=1)[0]
    body = client.get("/api/dyad", params={"a": top.a.lower(), "b": top.b, "by": "month"}).json()
    assert (body["a"], body["b"]) == (top.a, top.b)
    expected = store.dyad(top.a, top.b, "month")
    assert [p["period"] for p in body["points"]] == [p.period for p in expected]
    assert sum(p["events"] for p in body["points"]) >= top.events


def test_serve_api_dyads_busiest_first(client: TestClient) -> None:
    dyads = client.get("/api/dyads", params={"limit": 10}).json()
    assert 0 < len(dyads) <= 10
    counts = [d["events"] for d in dyads]
    assert counts == sorted(counts, reverse=True)
    assert all(d["a"] <= d["b"] and d["events"] == d["cooperation"] + d["conflict"] for d in dyads)


@pytest.mark.parametrize("path", ["/api/actors", "/api/network", "/api/locations"])
def test_serve_api_lists_respect_limit(client: TestClient, path: str) -> None:
    full = client.get(path, params={"limit": MAX_LIST}).json()
    assert len(full) > 3
    assert client.get(path, params={"limit": 3}).json() == full[:3]


def test_serve_api_actors_match_store(client: TestClient, store: EventStore) -> None:
    body = client.get("/api/actors", params={"limit": 5, "quad": 4}).json()
    assert [a["code"] for a in body] == [a.code for a in store.actors(make_filter(quad_class=4), limit=5)]


def test_serve_api_locations_have_coordinates(client: TestClient) -> None:
    places = client.get("/api/locations").json()
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places if p["lat"] is not None)


# -- articles ----------------------------------------------------------------------------------------------
def test_serve_api_articles_list_and_search(client: TestClient, store: EventStore) -> None:
    everything = client.get("/api/articles", params={"limit": 200}).json()
    assert len(everything) == store.stats().articles
    found = client.get("/api/articles", params={"text": "ceasefire"}).json()
    assert 0 < len(found) < len(everything)


def test_serve_api_article_has_text_and_events(client: TestClient, store: EventStore) -> None:
    summary = max(store.articles(limit=200), key=lambda a: a.events)
    body = client.get(f"/api/articles/{summary.id}").json()
    assert body["id"] == summary.id
    assert len(body["extraction"]["article"]["text"]) > 200
    assert len(body["extraction"]["events"]) == len(body["mentions"]) == summary.events


# -- validation and injection ------------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "params", "words"), [
    ("/api/events", {"limit": 0}, "limit"),
    ("/api/events", {"limit": MAX_EVENTS_PAGE + 1}, "limit"),
    ("/api/events", {"offset": -1}, "offset"),
    ("/api/events", {"quad": 5}, "quad"),
    ("/api/events", {"quad": "one"}, "quad"),
    ("/api/events", {"start": "2023-13-45"}, "not a valid date"),
    ("/api/events", {"start": "2024-02-01", "end": "2023-01-01"}, "start date must not be after"),
    ("/api/events", {"cameo": "4x"}, "CAMEO"),
    ("/api/events", {"plover": "bad type!"}, "PLOVER"),
    ("/api/events", {"actor": "U"}, "actor"),
    ("/api/events", {"dyad": "USA"}, "dyad"),
    ("/api/events", {"sort": "random()"}, "sort"),
    ("/api/events", {"text": "x" * 201}, "text"),
    ("/api/timeline", {"by": "decade"}, "by"),
    ("/api/dyad", {"a": "USA"}, "b"),
    ("/api/dyad", {"a": "USA", "b": "CHN", "by": "hour"}, "by"),
    ("/api/actors", {"limit": MAX_LIST + 1}, "limit"),
    ("/api/network", {"min_mentions": 0}, "min_mentions"),
])
def test_serve_api_bad_parameter_is_422_with_reason(client: TestClient, path: str, params: dict[str, Any],
                                                   words: str) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    assert words.lower() in r.text.lower()
    assert not _leaks(r.text)


INJECTIONS = ["' OR '1'='1", "USA'; DROP TABLE events; --", "1) OR (1=1", "%", "' UNION SELECT * FROM articles --",
              "\\'; SELECT version(); --", "\x00", "USA\" OR \"\"=\""]


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize(("path", "name"), [
    ("/api/events", "actor"), ("/api/events", "source"), ("/api/events", "target"), ("/api/events", "dyad"),
    ("/api/events", "start"), ("/api/events", "end"), ("/api/events", "cameo"), ("/api/events", "plover"),
    ("/api/events", "text"), ("/api/actors", "text"), ("/api/network", "actor"), ("/api/locations", "plover"),
    ("/api/timeline", "text"), ("/api/dyads", "text"), ("/api/articles", "text"), ("/api/dyad", "a"),
    ("/events", "text"), ("/events", "actor"), ("/network", "actor"), ("/articles", "text"),
])
def test_serve_api_sql_injection_has_no_effect(client: TestClient, store: EventStore, path: str, name: str,
                                              payload: str) -> None:
    before = store.stats()
    params = {name: payload}
    if path == "/api/dyad":
        params["b"] = "USA"
    r = client.get(path, params=params)
    assert r.status_code in (200, 422), r.text
    assert not _leaks(r.text, payload)
    if r.status_code == 200 and path == "/api/events":
        assert r.json()["total"] == 0  # the payload is matched as plain text, and no sentence holds it
    if r.status_code == 200 and path == "/api/articles":
        assert r.json() == []
    after = store.stats()
    assert (after.events, after.articles, after.mentions) == (before.events, before.articles, before.mentions)


def test_serve_api_page_errors_are_escaped_html(client: TestClient) -> None:
    r = client.get("/events", params={"actor": "<i>USA</i>"})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("text/html")
    assert "<i>USA" not in r.text and "&lt;i&gt;USA" in r.text


# -- try it ------------------------------------------------------------------------------------------------
ARTICLE = ("Norway and Chile signed a fisheries cooperation agreement in Oslo on Tuesday, the two governments "
           "said.\n\nChilean Foreign Minister Alberto van Klaveren praised Norway for its support.")


def test_serve_api_extract_returns_events_and_stores_nothing(client: TestClient, store: EventStore, db: Path,
                                                            nlp: Language) -> None:
    from newsevents.extraction import extract

    before, mtime = store.stats(), os.stat(db).st_mtime_ns
    r = client.post("/api/extract", json={"text": ARTICLE, "date": "2024-05-02"})
    assert r.status_code == 200, r.text
    body = r.json()
    expected = extract(ARTICLE, "2024-05-02", nlp=nlp)
    assert [e["cameo"] for e in body["extraction"]["events"]] == [e.cameo for e in expected.events]
    assert expected.events
    assert "".join(s["text"] for s in body["segments"]) == ARTICLE
    assert any("trigger" in s["classes"] for s in body["segments"])
    after = store.stats()
    assert (after.articles, after.events) == (before.articles, before.events)
    assert os.stat(db).st_mtime_ns == mtime


@pytest.mark.parametrize(("body", "status", "words"), [
    ({"text": "x" * (MAX_CHARS + 1)}, 413, "at most 20,000"),
    ({"text": "   "}, 422, "paste the text"),
    ({"text": "The talks went on.", "date": "2024-02-30"}, 422, "not a valid date"),
    ({"date": "2024-01-01"}, 422, "text"),
    ({"text": 42}, 422, "text"),
])
def test_serve_api_extract_rejects_bad_input(client: TestClient, body: dict[str, Any], status: int,
                                            words: str) -> None:
    r = client.post("/api/extract", json=body)
    assert r.status_code == status, r.text
    assert words in r.text and not _leaks(r.text)


def test_serve_api_body_larger_than_the_cap_is_413(client: TestClient) -> None:
    r = client.post("/api/extract", content=b'{"text": "' + b"a" * 300_000 + b'"}',
                    headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert "larger than" in r.text


# -- pages, assets, safety ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/events", "/events?quad=&actor=&text=police", "/dyad", "/dyad?a=IND&b=PAK",
                                  "/network", "/map", "/articles", "/try", "/api"])
def test_serve_api_pages_render_without_outside_resources(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "http://" not in r.text.split("<main", 1)[0] and "https://" not in r.text.split("<main", 1)[0]
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_serve_api_event_link_opens_its_article(client: TestClient, store: EventStore) -> None:
    event = next(e for e in store.events(limit=500) if e.trigger)
    r = client.get(f"/events/{event.id}", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == f"/articles/{event.article_id}?event={event.id}#current"
    page = client.get(r.headers["location"].split("#")[0]).text
    assert 'id="current"' in page and "current trigger" in page


def test_serve_api_plotly_is_served_from_the_installed_package(client: TestClient) -> None:
    r = client.get("/assets/plotly.min.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert len(r.content) > 1_000_000


def test_serve_api_openapi_describes_every_endpoint(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths == {"/api/stats", "/api/events", "/api/events/{event_id}", "/api/timeline", "/api/dyad",
                     "/api/dyads", "/api/actors", "/api/network", "/api/locations", "/api/articles",
                     "/api/articles/{article_id}", "/api/extract"}
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_serve_api_unknown_host_header_refused(store: EventStore) -> None:
    with TestClient(build_app(store, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"Host": "attacker.example"}).status_code == 400


def test_serve_cli_refuses_a_missing_database(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "newsevents", "serve", "--db", str(tmp_path / "none.duckdb"),
                          "--port", "1"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "there is no database" in run.stderr and "Traceback" not in run.stderr


# -- building blocks ---------------------------------------------------------------------------------------
def test_serve_highlight_overlapping_marks_are_flat() -> None:
    text = 'Peru said "Chile will talk" on Monday.'

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    ex = Extraction(
        article=Article(id="t", text=text, date="2024-05-06"),
        actors=[Actor("Peru", "Peru", "PER", "PER", None, "country", span("Peru"), "country", mentions=[span("Peru")]),
                Actor("Chile", "Chile", "CHL", "CHL", None, "country", span("Chile"), "country",
                      mentions=[span("Chile")])],
        events=[Event(None, None, None, "040", "CONSULT", 1.0, 1, text, (0, len(text)), "talk", "consult.talk",
                      trigger_span=span("talk"))],
        quotes=[Quote("Chile will talk", span("Chile will talk"), None)],
        dates=[DateMention("Monday", "2024-05-06", "day", span("Monday"))],
    )
    segments = highlight(ex, current=[0])
    assert "".join(s.text for s in segments) == text
    by_text = {s.text: s for s in segments}
    assert by_text["Chile"].classes == ("actor", "quote")
    assert by_text["talk"].classes == ("current", "quote", "trigger")
    assert by_text["talk"].anchors == ("current", "ev-0")
    assert by_text["Monday"].classes == ("date",)


def test_serve_layout_is_deterministic_and_bounded() -> None:
    nodes = ["A", "B", "C", "D"]
    edges = [("A", "B", 3.0), ("B", "C", 1.0), ("C", "A", 1.0)]
    first = force_layout(nodes, edges)
    assert first == force_layout(nodes, edges)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in first.values())
    assert len(set(first.values())) == 4


def test_serve_network_layout_keeps_pieces_apart() -> None:
    nodes = ["A", "B", "C", "D", "E"]
    edges = [("A", "B", 1.0), ("B", "C", 2.0), ("D", "E", 1.0)]
    assert components(nodes, edges) == [["A", "B", "C"], ["D", "E"]]
    pos = network_layout(nodes, edges)
    left = [pos[n] for n in "ABC"]
    right = [pos[n] for n in "DE"]
    assert max(x for x, _ in left) < min(x for x, _ in right) or max(y for _, y in right) < min(y for _, y in left)
