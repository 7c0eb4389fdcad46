"""Checks on the project's own data sets: the gold events and the example corpus.

The gold file (``tests/data/gold/events.jsonl``) is what evaluation scores the coder against, so a
malformed line, an unknown CAMEO code or a PLOVER type that disagrees with the codebook would make
every score built on it wrong. The example corpus (``examples/articles``) must stay readable by
the article reader and keep the shape its README promises.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsevents.events import codebook
from newsevents.reading import ReadProblem, iter_articles
from newsevents.records import Article

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "data" / "gold" / "events.jsonl"
ARTICLES = REPO / "examples" / "articles"

ROOTS = [f"{n:02d}" for n in range(1, 21)]

# CAMEO 01 (public statements) has no PLOVER type in the 2021 conversion table; the gold set uses the
# type an analyst would pick for each statement code, and must use it consistently.
STATEMENT_PLOVER = {
    "011": "REJECT", "012": "ACCUSE", "013": "SUPPORT", "014": "AGREE",
    "015": "CONCEDE", "016": "REJECT", "017": "SUPPORT", "018": "SUPPORT", "019": "AGREE",
}

# ISO3 country (optionally followed by three-letter sector codes), or an IGO/NGO code.
ACTOR_CODE = re.compile(r"(?:[A-Z]{3}(?:[A-Z]{3})*|(?:IGO|NGO)[A-Z]{2,3})")


def _gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _events(records: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(r["id"], e) for r in records for e in r["events"]]


def test_gold_data_lines_have_the_documented_shape() -> None:
    records = _gold()
    assert len(records) >= 220
    for r in records:
        assert set(r) <= {"id", "date", "text", "events", "note"}, r.get("id")
        assert {"id", "date", "text", "events"} <= set(r), r.get("id")
        assert re.fullmatch(r"g\d{4}", r["id"]), r["id"]
        dt.date.fromisoformat(r["date"])
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert isinstance(r["events"], list), r["id"]
        for e in r["events"]:
            assert set(e) == {"source", "target", "cameo", "plover"}, r["id"]


def test_gold_data_ids_are_unique() -> None:
    counts = Counter(r["id"] for r in _gold())
    assert [i for i, n in counts.items() if n > 1] == []


def test_gold_data_cameo_codes_are_in_the_codebook() -> None:
    unknown = [(rid, e["cameo"]) for rid, e in _events(_gold()) if not codebook.is_valid(e["cameo"])]
    assert unknown == []


def test_gold_data_plover_agrees_with_the_codebook() -> None:
    wrong = []
    for rid, e in _events(_gold()):
        expected = codebook.lookup(e["cameo"]).plover or STATEMENT_PLOVER.get(e["cameo"][:3])
        if e["plover"] != expected:
            wrong.append((rid, e["cameo"], e["plover"], expected))
    assert wrong == []


def test_gold_data_actor_codes_are_well_formed() -> None:
    bad = [
        (rid, code)
        for rid, e in _events(_gold())
        for code in (e["source"], e["target"])
        if code is not None and not ACTOR_CODE.fullmatch(code)
    ]
    assert bad == []


@pytest.mark.parametrize("root", ROOTS)
def test_gold_data_covers_every_cameo_root(root: str) -> None:
    texts = {r["id"] for r in _gold() if any(e["cameo"][:2] == root for e in r["events"])}
    assert len(texts) >= 6, f"root {root} has only {len(texts)} gold texts"


@pytest.mark.parametrize("plover", codebook.PLOVER_TYPES)
def test_gold_data_covers_every_plover_type(plover: str) -> None:
    assert any(e["plover"] == plover for _, e in _events(_gold()))


def test_gold_data_has_enough_negatives() -> None:
    negatives = [r for r in _gold() if r["events"] == []]
    assert len(negatives) >= 40


def test_gold_data_example_corpus_reads_cleanly() -> None:
    items = list(iter_articles([ARTICLES]))
    problems = [i for i in items if isinstance(i, ReadProblem)]
    articles = [i for i in items if isinstance(i, Article)]
    assert problems == []
    assert len(articles) >= 36
    assert all(a.anchor is not None for a in articles)
    assert len({a.id for a in articles}) == len(articles)


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name)
def test_gold_data_example_article_matches_its_file_name(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"date (\d{4}-\d{2}-\d{2}) ", text)
    assert match, "an example article must start with 'date YYYY-MM-DD '"
    assert path.name.startswith(match.group(1))
    assert 120 <= len(text.split()) - 2 <= 350


def test_gold_data_example_jsonl_records_have_all_keys() -> None:
    lines = (ARTICLES / "more.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    for line in lines:
        record = json.loads(line)
        assert set(record) == {"id", "date", "title", "url", "text"}
        dt.date.fromisoformat(record["date"])
        assert 120 <= len(record["text"].split()) <= 350
