"""Actors coded by a sector alone ("GOV" for "African leaders", "CVL" for "villagers") have no
country: they are shown as "(no country)", kept apart per sector, and never ranked or drawn in
the network as if they were one actor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.records import ActorRef, Article, Event, Extraction
from newsevents.store import EventStore
from newsevents.store.queries import NO_COUNTRY

KENYA = ActorRef("Kenya", "KEN", "KEN", None)
LEADERS = ActorRef("African leaders", "GOV", None, "GOV")
OFFICIALS = ActorRef("Western officials", "GOV", None, "GOV")
VILLAGERS = ActorRef("villagers", "CVL", None, "CVL")


def _ex(n: int, source: ActorRef, target: ActorRef, cameo: str = "040") -> Extraction:
    text = f"Report {n}: a meeting of the sides."
    event = Event(date="2024-04-0" + str(n), source=source, target=target, cameo=cameo, plover="CONSULT",
                  goldstein=1.0, quad_class=1, sentence=text, span=(0, len(text)), trigger="met", rule="test")
    return Extraction(Article(f"r{n}", text, f"2024-04-0{n}"), events=[event])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "actors.duckdb"
    with EventStore(path) as store:
        store.ingest_extractions([_ex(1, LEADERS, KENYA), _ex(2, OFFICIALS, KENYA), _ex(3, LEADERS, OFFICIALS),
                                  _ex(4, VILLAGERS, KENYA), _ex(5, KENYA, ActorRef("Uganda", "UGA", "UGA", None))])
    return path


def test_store_actors_ranking_leaves_sector_only_codes_out(db: Path) -> None:
    with EventStore(db, read_only=True) as store:
        ranked = store.actors(limit=50)
        apart = store.actors(limit=50, no_country=True)
        edges = store.network()
    assert [a.code for a in ranked] == ["KEN", "UGA"]
    assert {(a.code, a.name) for a in apart} == {("GOV", f"{NO_COUNTRY} GOV"), ("CVL", f"{NO_COUNTRY} CVL")}
    assert next(a for a in apart if a.code == "GOV").events == 4  # two sides of one event, and two more
    assert "African leaders" not in {a.name for a in [*ranked, *apart]}
    assert [(e.source, e.target) for e in edges] == [("KEN", "UGA")]


def test_store_actors_cli_lists_them_apart(db: Path) -> None:
    run = [sys.executable, "-m", "newsevents", "actors", "--db", str(db), "--format", "csv"]
    ranked = subprocess.run(run, capture_output=True, text=True, check=True).stdout.splitlines()
    apart = subprocess.run([*run, "--no-country"], capture_output=True, text=True, check=True).stdout.splitlines()
    assert [line.split(",")[0] for line in ranked[1:]] == ["KEN", "UGA"]
    assert [line.split(",")[:2] for line in apart[1:]] == [["GOV", "(no country) GOV"], ["CVL", "(no country) CVL"]]
