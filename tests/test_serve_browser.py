"""The dashboard in a real browser: Playwright drives Debian's Chromium against a real
``newsevents serve`` process on 127.0.0.1, over a database built from the sample corpus.

Each test saves a screenshot of its page to the session's temporary directory, so a test run
leaves the checkout as it was; ``make screenshots`` sets ``NEWSEVENTS_SCREENSHOTS=docs/screenshots``
to refresh the README's pictures. Every request the pages make is recorded, and a test fails if
one goes anywhere but our own server (offline by construction).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from newsevents.serve.views import busiest_dyads
from newsevents.store import EventStore, make_filter

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.model]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "articles"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Written for this test: an invented-but-plausible report, not taken from any news source.
PASTED = (
    "Norway and Chile signed a fisheries cooperation agreement in Oslo on Tuesday, the two governments said.\n\n"
    "Chilean Foreign Minister Alberto van Klaveren praised Norway for its support, and Norwegian Foreign "
    "Minister Espen Barth Eide said the deal would protect coastal communities.\n\n"
    "Separately, police in Santiago arrested 40 protesters who had blocked a motorway, and Chile's "
    "government condemned the violence."
)


@pytest.fixture(scope="module")
def db(corpus_db: Path) -> Path:
    return corpus_db


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $NEWSEVENTS_SCREENSHOTS (make screenshots), else a temporary directory."""
    chosen = os.environ.get("NEWSEVENTS_SCREENSHOTS")
    path = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def store(db: Path) -> Iterator[EventStore]:
    with EventStore(db, read_only=True) as opened:
        yield opened


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait_ready(base: str, proc: subprocess.Popen[bytes], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"newsevents serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/api/stats", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"newsevents serve did not answer at {base} within {seconds:.0f} s")


@pytest.fixture(scope="module")
def server(db: Path, store: EventStore) -> Iterator[str]:
    """``newsevents serve`` in its own process on a free port; stopped after the module."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "newsevents", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_ready(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        # in CI (and so in `make test`, which installs it) a missing browser is a failure, not a skip
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed: `make test` installs it with apt (package chromium)")
        pytest.skip("Chromium is not installed (make test installs it with apt)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str, shots: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server, accept_downloads=True)
    tab = context.new_page()
    requested: list[str] = []
    errors: list[str] = []
    tab.on("request", lambda r: requested.append(r.url))
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.set_default_timeout(30_000)
    tab.shots = shots
    yield tab
    context.close()
    outside = [u for u in requested if not u.startswith(server) and not u.startswith(("data:", "blob:"))]
    assert not outside, f"the page fetched from outside our server: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(page.shots / name), full_page=True)


def _figure(page: Any, selector: str) -> list[dict[str, Any]]:
    """The traces plotly drew in ``selector`` (read back from the live chart)."""
    page.wait_for_selector(f"{selector}[data-ready=true]")
    data: list[dict[str, Any]] = page.evaluate(
        f"() => JSON.parse(JSON.stringify(document.querySelector('{selector}').data))")
    return data


def test_serve_browser_overview_chart_has_data(page: Any, store: EventStore) -> None:
    page.goto("/")
    traces = _figure(page, "#timeline")
    bars = [t for t in traces if t["type"] == "bar"]
    assert [t["name"] for t in bars] == ["Verbal cooperation", "Material cooperation", "Verbal conflict",
                                         "Material conflict"]
    expected = store.timeline(None, "month")
    assert sum(sum(t["y"]) for t in bars) == sum(p.events for p in expected) > 0
    assert page.locator("svg.main-svg .bars path").count() > 0  # plotly really drew bars
    assert page.inner_text("#count-events") == str(store.stats().events)
    _shot(page, "overview.png")


def test_serve_browser_filter_narrows_event_table(page: Any, store: EventStore) -> None:
    page.goto("/events?limit=200")
    total = store.count_events()
    assert f"of {total}" in page.inner_text("#result-count")
    assert page.locator("table.events tbody tr").count() == min(total, 200)
    # an actor with material-conflict events among others (which actor that is depends on the coder)
    actor = next(a.code for a in store.actors(None, limit=50)
                 if 0 < store.count_events(make_filter(actor=a.code, quad_class=4)) < total)
    page.get_by_label("Actor (either side)").fill(actor)
    page.get_by_label("QuadClass").select_option("4")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/events\?.*actor="))
    narrowed = store.count_events(make_filter(actor=actor, quad_class=4))
    assert 0 < narrowed < total
    assert f"of {narrowed}" in page.inner_text("#result-count")
    assert page.locator("table.events tbody tr").count() == min(narrowed, 200)
    assert page.locator("table.events .quad.q4").count() == min(narrowed, 200)
    _shot(page, "events.png")


def test_serve_browser_dyad_chart_has_a_point_per_period(page: Any, store: EventStore) -> None:
    # The busiest dyad whose events span more than one month, so the curve has several points.
    dyad = next(d for d in busiest_dyads(store, limit=50) if len(store.dyad(d.a, d.b, "month")) > 1)
    expected = store.dyad(dyad.a, dyad.b, "month")
    page.goto(f"/dyad?a={dyad.a}&b={dyad.b}&by=month")
    traces = _figure(page, "#dyad-chart")
    line = next(t for t in traces if t["name"] == "Goldstein (mean)")
    assert len(line["x"]) == len(expected)
    assert [p[:10] for p in line["x"]] == [p.period for p in expected]
    assert page.locator("#dyad-chart .scatterlayer .point").count() == sum(
        1 for p in expected if p.goldstein_mean is not None)
    assert page.locator("table.events tbody tr").count() == min(store.count_events(make_filter(dyad=(dyad.a, dyad.b))),
                                                                  100)
    _shot(page, "dyad.png")


def test_serve_browser_event_opens_article_with_trigger_highlighted(page: Any, store: EventStore) -> None:
    page.goto("/events?sort=mentions&limit=25")
    row = page.locator("table.events tbody tr").first
    event_id = int(row.get_attribute("data-event-id"))
    event = store.event(event_id)
    assert event is not None and event.trigger
    row.locator("a.open-event").click()
    page.wait_for_url(re.compile(re.escape(f"/articles/{event.article_id}?event={event_id}#current") + "$"))
    current = page.locator("#article-text .trigger.current")
    assert current.count() >= 1
    assert current.first.inner_text() == event.trigger
    assert current.first.is_visible()
    assert page.locator("ol.why li.current blockquote mark").first.inner_text() == event.trigger
    assert page.locator("#article-text .actor").count() > 0 and page.locator("#article-text .date").count() > 0
    assert page.locator("#figures-table tbody tr").count() == max(1, len(store.extraction(event.article_id).figures))
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "article.png")


def test_serve_browser_try_it_shows_the_events_of_a_pasted_article(page: Any, nlp: Language) -> None:
    from newsevents.extraction import extract

    expected = extract(PASTED, "2024-05-02", nlp=nlp)
    assert expected.events
    page.goto("/try")
    page.get_by_label("Publication date").fill("2024-05-02")
    page.get_by_label("Article text").fill(PASTED)
    page.get_by_role("button", name="Extract").click()
    page.wait_for_selector("#try-result:not([hidden])", timeout=120_000)
    rows = page.locator("#try-events tbody tr")
    assert rows.count() == len(expected.events)
    assert [rows.nth(i).locator("td").nth(6).inner_text() for i in range(rows.count())] == [
        e.trigger for e in expected.events]
    assert page.inner_text("#try-event-count") == str(len(expected.events))
    assert page.locator("#try-text-out .trigger").count() >= 1
    _shot(page, "try.png")


def test_serve_browser_try_it_explains_a_too_long_text(page: Any) -> None:
    page.goto("/try")
    page.evaluate("() => { const t = document.getElementById('try-text'); t.removeAttribute('maxlength');"
                  " t.value = 'word '.repeat(4500); }")
    page.get_by_role("button", name="Extract").click()
    page.wait_for_selector("#try-error:not([hidden])")
    assert "at most 20,000" in page.inner_text("#try-error")


def test_serve_browser_network_draws_every_actor(page: Any, store: EventStore) -> None:
    page.goto("/network")
    traces = _figure(page, "#network-chart")
    nodes = next(t for t in traces if t.get("name") == "actors")
    edges = store.network(None, limit=60)
    assert sorted(nodes["text"]) == sorted({e.source for e in edges} | {e.target for e in edges})
    assert sum(1 for t in traces if t.get("mode") == "lines") == len(edges)
    _shot(page, "network.png")


def test_serve_browser_map_draws_borders_shading_and_places(page: Any, store: EventStore) -> None:
    page.goto("/map")
    traces = _figure(page, "#map-chart")
    points = next(t for t in traces if t.get("name") == "event locations")
    places = [p for p in store.locations(None, limit=200) if p.lat is not None]
    assert len(points["lon"]) == len(places) > 0
    shading = next(t for t in traces if t.get("type") == "choropleth")
    assert sorted(shading["locations"]) == sorted(c.country for c in store.countries())
    # Country borders and land really drawn from the shipped outlines, and countries filled.
    assert page.locator("#map-chart .geo .layer.bg, #map-chart .geo path.countries").count() > 0
    assert page.locator("#map-chart .geo .choroplethlocation").count() == len(shading["locations"]) > 0
    assert page.locator("#map-chart .geo .scattergeo path.point").count() == len(places)
    assert page.locator("table tbody tr").count() == len(store.locations(None, limit=200))
    _shot(page, "map.png")


def _download(page: Any, link: str) -> list[list[str]]:
    import csv

    with page.expect_download() as info:
        page.click(link)
    path = info.value.path()
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_serve_browser_events_download_holds_the_rows_shown(page: Any, store: EventStore) -> None:
    actor = store.actors(None, limit=1)[0].code
    page.goto(f"/events?actor={actor}&limit=25&sort=-date")
    shown = [int(r.get_attribute("data-event-id")) for r in page.locator("table.events tbody tr").all()]
    rows = _download(page, "#download-csv")
    assert rows[0][:3] == ["id", "date", "date_precision"]
    assert [int(r[0]) for r in rows[1:]] == shown and shown


def test_serve_browser_dyad_download_holds_the_curve(page: Any, store: EventStore) -> None:
    dyad = busiest_dyads(store, limit=1)[0]
    page.goto(f"/dyad?a={dyad.a}&b={dyad.b}&by=year")
    rows = _download(page, "#download-csv")
    expected = store.dyad(dyad.a, dyad.b, "year")
    assert rows[0][0] == "period" and [r[0] for r in rows[1:]] == [p.period for p in expected]
    assert [int(r[1]) for r in rows[1:]] == [p.events for p in expected]


def test_serve_browser_actors_page_keeps_countryless_sectors_apart(page: Any, store: EventStore) -> None:
    page.goto("/actors")
    ranked = [a.code for a in store.actors(None, limit=50)]
    assert all(store.actors(None, limit=500, no_country=True) or [True])
    assert page.locator("#actors-table tbody tr").count() == len(ranked)
    unplaced = page.locator("#unplaced-table tbody tr td:first-child").all_inner_texts()
    assert all(text.startswith("(no country) ") for text in unplaced if "Every actor" not in text)
    rows = _download(page, "#download-csv")
    assert [r[0] for r in rows[1:len(ranked) + 1]] == ranked
    _shot(page, "actors.png")


def test_serve_browser_api_answers_json(page: Any) -> None:
    response = page.goto("/api/events?actor=USA'--")
    assert response.status == 422
    body = json.loads(page.inner_text("body"))
    assert "actor" in body["detail"][0]["msg"]
