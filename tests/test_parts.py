"""Very long articles: split at paragraph breaks, extracted in parts, offsets valid for the whole
article; beside a normal article in ``extract`` and ``ingest`` (real processes)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from spacy.language import Language

from newsevents.extraction import extract_articles
from newsevents.parts import PART_CHARS, split_points
from newsevents.records import Article

MEETING = "The trade ministers of Norway and Chile met in Oslo on {} to discuss fish exports.\n\n"
# One meeting a day: the same meeting reported twice would be one event.
DAYS = ["April 1", "April 3", "April 5", "April 8", "April 10", "April 12", "April 15"]
# Text the pre-filter masks (no names, numbers or cue words): cheap to "read", so a test can
# afford an article of 1.5 million characters.
FILLER = "A cat sat on a mat and looked at the sky for a long while. " * 5 + "\n\n"
SHORT = "Norway's foreign minister visited Santiago on Monday and praised Chile's fishing policy."


def long_text(size: int, meetings: int) -> str:
    """About ``size`` characters: ``meetings`` meeting paragraphs spread through filler."""
    filler = FILLER * ((size // meetings - len(MEETING) - 8) // len(FILLER))
    return "".join(MEETING.format(DAYS[n % len(DAYS)]) + filler for n in range(meetings))[:size]


@pytest.mark.parametrize("size", [10, PART_CHARS, PART_CHARS + 1, 3 * PART_CHARS + 17])
def test_parts_split_points_cover_the_text_within_the_limit(size: int) -> None:
    text = (FILLER * (size // len(FILLER) + 1))[:size]
    points = split_points(text)
    assert points[0][0] == 0 and points[-1][1] == size
    assert all(a[1] == b[0] for a, b in itertools.pairwise(points))
    assert all(0 < end - start <= PART_CHARS for start, end in points)
    # Every cut but the last falls just after a paragraph break.
    assert all(text[end - 2:end] == "\n\n" for _, end in points[:-1])


def test_parts_split_points_without_breaks_cut_hard() -> None:
    text = "x" * (2 * PART_CHARS + 5)
    assert split_points(text) == [(0, PART_CHARS), (PART_CHARS, 2 * PART_CHARS), (2 * PART_CHARS, len(text))]


@pytest.mark.slow
def test_parts_long_article_offsets_point_into_the_whole_text(nlp: Language) -> None:
    text = long_text(3 * PART_CHARS + 500, meetings=7)
    short = Article(id="short", text=SHORT, date="2024-05-02")
    out = list(extract_articles([short, Article(id="long", text=text, date="2024-05-02"), short], nlp=nlp))
    assert [ex.article.id for ex in out] == ["short", "long", "short"]
    long = out[1]
    assert long.article.text == text
    assert any("read in 4 parts" in w for w in long.warnings)
    assert len(long.events) >= 7
    for event in long.events:
        start, end = event.span
        assert text[start:end] == event.sentence and event.sentence.startswith("The trade ministers")
        assert event.trigger_span is not None and text[slice(*event.trigger_span)] == "met"
        for ref in (event.source, event.target):
            assert ref is None or ref.span is None or text[slice(*ref.span)] == ref.text
    chile = [a for a in long.actors if a.name == "Chile"]
    assert len(chile) == 1 and len(chile[0].mentions) >= 7  # one actor, mentions from every part
    assert all(text[s:e] == "Chile" for s, e in chile[0].mentions)
    assert out[0].events and out[0].events == out[2].events


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.slow
def test_parts_cli_extract_and_ingest_a_1_5m_article_beside_a_normal_one(tmp_path: Path) -> None:
    text = long_text(1_500_000, meetings=4)
    path = _jsonl(tmp_path / "in.jsonl", [{"id": "huge", "date": "2024-05-02", "text": text},
                                          {"id": "normal", "date": "2024-05-02", "text": SHORT}])
    out = subprocess.run([sys.executable, "-m", "newsevents", "extract", str(path)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["article"]["id"] for r in rows] == ["huge", "normal"]
    assert len(rows[0]["events"]) >= 4 and rows[1]["events"]
    assert all(text[slice(*e["span"])] == e["sentence"] for e in rows[0]["events"])
    db = tmp_path / "events.duckdb"
    out = subprocess.run([sys.executable, "-m", "newsevents", "ingest", str(path), "--db", str(db)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone() == (2,)
        spans = con.execute("select sentence, span_start, span_end from mentions where article_id in "
                            "(select id from articles where length(text) > 1000000)").fetchall()
    assert len(spans) >= 4 and all(text[start:end] == sentence for sentence, start, end in spans)
