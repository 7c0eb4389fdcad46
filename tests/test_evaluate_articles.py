"""Article-level gold in ``newsevents evaluate``: reading, the exhaustive part, key events, actors, negatives.

Scoring is checked on hand-built extractions; one model test runs the CLI on a small article gold
file written for these tests (tests/data/gold/articles.jsonl).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.errors import GoldFormatError
from newsevents.evaluate import GoldEvent, Report, read_gold
from newsevents.evaluate_articles import GoldActor, find_actor, score_article
from newsevents.events.codebook import lookup
from newsevents.records import Actor, ActorRef, Article, Event, Extraction

GOLD = Path(__file__).parent / "data" / "gold" / "articles.jsonl"


def _event(src: str | None, tgt: str | None, cameo: str, at: int) -> Event:
    e = lookup(cameo)
    return Event(date=None, source=ActorRef(src, src) if src else None, target=ActorRef(tgt, tgt) if tgt else None,
                 cameo=cameo, plover=e.plover, goldstein=e.goldstein, quad_class=e.quad_class, sentence="s",
                 span=(at, at + 10), trigger="t", rule="r", trigger_span=(at + 2, at + 4))


def _actor(name: str, code: str | None, country: str | None) -> Actor:
    return Actor(name=name, text=name, code=code, country=country, sector=None, kind="person", span=(0, 1),
                 rule="test")


def test_article_records_are_told_apart_from_sentence_records() -> None:
    items = read_gold(GOLD)
    assert [i.id for i in items] == ["art-1", "art-2", "art-3"]
    first = items[0]
    assert first.article is not None
    assert first.article.title == "Kenya detains opposition figure after rally"
    assert first.text[first.article.exhaustive_chars:].startswith("Later in the week")
    assert first.article.key_events == [GoldEvent("KENGOV", "TZAGOV", "040", "CONSULT")]
    assert first.article.actors == [GoldActor("William Ruto", "KENGOV", "KEN")]
    assert items[1].article is not None and items[1].article.negative


def test_article_record_with_bad_offset_names_the_line(tmp_path: Path) -> None:
    p = tmp_path / "arts.jsonl"
    p.write_text('{"id": "a", "text": "x", "exhaustive_chars": "many", "events": []}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"arts.jsonl:1: not a gold record"):
        read_gold(p)


def test_only_events_in_the_exhaustive_part_are_scored() -> None:
    (item,) = [i for i in read_gold(GOLD) if i.id == "art-1"]
    assert item.article is not None
    limit = item.article.exhaustive_chars
    ex = Extraction(Article("art-1", item.text), events=[
        _event("KENCOP", "KENOPP", "173", 10),         # right, in the exhaustive part
        _event("KEN", None, "112", 40),                # false, in the exhaustive part
        _event("KENGOV", "TZAGOV", "040", limit + 5),  # beyond it: not scored, but the key event
        _event("USA", "KEN", "190", limit + 30),       # beyond it: neither right nor false
    ])
    report = Report()
    score_article(item, ex, report)
    dyad = report.levels["dyad-root"]
    assert (dyad.tp, dyad.fp, dyad.fn) == (1, 1, 0)
    assert report.articles is not None
    assert (report.articles.key_found, report.articles.key_total) == (1, 1)
    assert report.items[0].key_missed == []


def test_key_event_missed_is_listed() -> None:
    (item,) = [i for i in read_gold(GOLD) if i.id == "art-1"]
    report = Report()
    score_article(item, Extraction(Article("art-1", item.text)), report)
    assert report.articles is not None and report.articles.key_recall == 0.0
    assert report.items[0].key_missed == [GoldEvent("KENGOV", "TZAGOV", "040", "CONSULT")]
    assert report.levels["dyad-root"].fn == 1


def test_actor_country_accuracy_ignores_actors_not_found_and_reports_coverage() -> None:
    (item,) = [i for i in read_gold(GOLD) if i.id == "art-3"]
    wrong = Extraction(Article("art-3", item.text), actors=[_actor("Japan", "JPN", "JPN")])
    report = Report()
    score_article(item, wrong, report)
    scores = report.articles
    assert scores is not None
    assert (scores.actors_right, scores.actors_found, scores.actors_gold) == (1, 1, 2)
    assert scores.actor_accuracy == 1.0 and scores.actor_coverage == 0.5
    assert any("South Korea" in msg and "not found" in msg for msg in report.items[0].actor_errors)


def test_actor_with_the_wrong_country_counts_against_accuracy() -> None:
    (item,) = [i for i in read_gold(GOLD) if i.id == "art-1"]
    ex = Extraction(Article("art-1", item.text), actors=[_actor("President William Ruto", "TZAGOV", "TZA")])
    report = Report()
    score_article(item, ex, report)
    assert report.articles is not None
    assert (report.articles.actors_right, report.articles.actors_found) == (0, 1)
    assert "KEN expected, TZA found" in report.items[0].actor_errors[0]


@pytest.mark.parametrize(("gold", "found", "match"), [
    ("William Ruto", "President William Ruto", True),
    ("William Ruto", "Ruto", True),
    ("William Ruto", "William Ruto", True),
    ("William Ruto", "the", False),
    ("William Ruto", "Samia Suluhu Hassan", False),
])
def test_gold_actor_finds_the_coder_actor_by_name(gold: str, found: str, match: bool) -> None:
    actor = _actor(found, None, None)
    assert (find_actor(GoldActor(gold, None, None), [actor]) is actor) is match


def test_events_on_negatives_are_counted() -> None:
    (item,) = [i for i in read_gold(GOLD) if i.id == "art-2"]
    ex = Extraction(Article("art-2", item.text), events=[_event(None, None, "190", 5), _event(None, None, "138", 200)])
    report = Report()
    score_article(item, ex, report)
    assert report.articles is not None
    assert (report.articles.negatives, report.articles.negative_events) == (1, 2)
    assert report.articles.noisy_negatives == ["art-2"]
    assert report.levels["dyad-root"].fp == 1  # only the one in the exhaustive part counts against precision


@pytest.mark.model
def test_evaluate_cli_reports_article_measures() -> None:
    out = subprocess.run([sys.executable, "-m", "newsevents", "evaluate", str(GOLD), "--json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    articles = report["articles"]
    assert articles["articles"] == 3
    assert articles["key_events"]["total"] == 1
    assert articles["actor_country"]["gold"] == 3
    assert articles["negatives"]["articles"] == 1
    assert set(report["levels"]) >= {"dyad-root", "full", "type"}
    text = subprocess.run([sys.executable, "-m", "newsevents", "evaluate", str(GOLD), "--errors"],
                          capture_output=True, text=True, check=True).stdout
    assert "key-event recall" in text and "actor country accuracy" in text
