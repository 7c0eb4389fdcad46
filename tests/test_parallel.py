"""The process pool (order, failures, bounded read-ahead) and the pre-filter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.nlp import prefilter as pf
from newsevents.records import Article

TEXT = (
    "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.\n\n"
    "The smell of smoke hung over the empty streets long after dark.\n\n"
    "Reporting by Amina Odhiambo; Editing by Tom Hale\n\n"
    "\"We will not give up,\" one organiser said."
)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("France and Germany signed a treaty in the old town hall.", True),  # countries
    ("The foreign minister left without speaking to anyone there.", True),  # role word
    ("Trade grew by 12 percent over the previous quarter.", True),  # a figure
    ("Heavy rain fell across the region and roads were flooded.", False),
    ("A light breeze came off the water as the ferry left port.", False),
])
def test_prefilter_keeps_sentences_with_cues(sentence: str, kept: bool) -> None:
    skipped = pf.skipped_spans(sentence)
    assert (skipped == []) is kept


def test_prefilter_skips_boilerplate_and_cue_free_text_only() -> None:
    skipped = [TEXT[s:e] for s, e in pf.skipped_spans(TEXT)]
    assert skipped == ["The smell of smoke hung over the empty streets long after dark.",
                       "Reporting by Amina Odhiambo; Editing by Tom Hale"]


def test_prefilter_mask_keeps_length_and_offsets() -> None:
    spans = pf.skipped_spans(TEXT)
    masked = pf.mask(TEXT, spans)
    assert len(masked) == len(TEXT)
    assert masked.count("\n") == TEXT.count("\n")
    kept_start = TEXT.index("\"We will")
    assert masked[kept_start:] == TEXT[kept_start:]


def test_prefilter_keeps_pronoun_sentences_after_kept_ones() -> None:
    text = ("The Chilean president announced a curfew in the capital. "
            "She asked everyone to stay calm and keep away from the centre.")
    assert pf.skipped_spans(text) == []
    lone = "She asked everyone to stay calm and keep away from the centre."
    assert pf.skipped_spans(lone) == [(0, len(lone))]


def test_prefilter_keeps_names_seen_earlier_in_the_article() -> None:
    text = ("Senior General Min Aung Hlaing took power. "
            "Hlaing then walked slowly along the long corridor.")
    assert pf.skipped_spans(text) == []


def test_prefilter_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pf.ENV_SWITCH, "0")
    assert not pf.enabled()
    assert pf.enabled(True)
    monkeypatch.setenv(pf.ENV_SWITCH, "1")
    assert pf.enabled() and not pf.enabled(False)


# -- the pool ------------------------------------------------------------------------------------
def _articles() -> list[Article]:
    texts = [
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.",
        "Protesters marched on parliament in Nairobi, and police fired tear gas at them.",
        "The European Union imposed new sanctions on Belarus on Friday, officials said.",
        "Japan's prime minister praised South Korea for its decision to end the dispute.",
        "Heavy rain fell across the region and roads were flooded for much of the day.",
    ]
    return [Article(id=f"a{i}", text=t, date="2024-03-04", source=f"mem:{i}") for i, t in enumerate(texts)]


@pytest.mark.model
@pytest.mark.slow
def test_parallel_pool_matches_one_process_in_input_order(nlp: object) -> None:
    from newsevents.extraction import extract_articles
    from newsevents.ingest.pool import extract_parallel
    from newsevents.serialize import extraction_to_dict

    articles = _articles() * 3
    expected = [extraction_to_dict(ex) for ex in extract_articles(articles, nlp=nlp)]  # type: ignore[arg-type]
    got = list(extract_parallel(articles, workers=2, chunk_size=2))
    assert [extraction_to_dict(ex) for ex in got] == expected  # type: ignore[arg-type]
    assert any(e["events"] for e in expected)


@pytest.mark.model
@pytest.mark.slow
def test_parallel_pool_reports_failures_and_reads_ahead_a_bounded_window() -> None:
    from newsevents.ingest.extractors import Failure
    from newsevents.ingest.pool import extract_parallel

    pulled = 0
    bad = Article(id="bad", text=None, source="mem:bad")  # type: ignore[arg-type]

    def stream() -> Iterator[Article]:
        nonlocal pulled
        for article in [*_articles()[:2], bad, *(_articles() * 4)]:
            pulled += 1
            yield article

    outcomes = extract_parallel(stream(), workers=2, chunk_size=1, window=3)
    first = next(outcomes)
    assert pulled <= 4  # three chunks in flight and the one being read, not the whole stream
    rest = list(outcomes)
    assert [o.article.id for o in [first, *rest]][:3] == ["a0", "a1", "bad"]
    failures = [o for o in [first, *rest] if isinstance(o, Failure)]
    assert [f.article.id for f in failures] == ["bad"]
    assert "extraction failed" in failures[0].message and failures[0].where == "mem:bad"
    assert len(rest) + 1 == 23


@pytest.mark.model
@pytest.mark.slow
def test_parallel_pool_workers_freeze_what_they_loaded_and_collect_less_often() -> None:
    import gc

    from newsevents.ingest.pool import start_pool

    with start_pool(1) as pool:
        pool.wait_ready(300)
        [info] = pool.infos
    assert tuple(info["gc_threshold"]) == (50_000, 50, 1_000)
    assert info["gc_frozen"] > 100_000  # the model and tables, loaded and frozen
    assert gc.get_threshold() != (50_000, 50, 1_000)  # this process's collector is left alone


@pytest.mark.model
@pytest.mark.slow
def test_parallel_ingest_cli_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsevents.cli import _register, app
    from newsevents.store import EventStore

    examples = Path(__file__).resolve().parent.parent / "examples" / "articles"
    files = sorted(str(p) for p in examples.glob("*.txt"))[:6]
    _register()
    runner = CliRunner()
    rows = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.duckdb"
        done = runner.invoke(app, ["ingest", *files, "--db", str(db), "--workers", workers, "--no-progress"])
        assert done.exit_code == 0, done.output
        with EventStore(db, read_only=True) as store:
            rows.append(store.con.execute("SELECT * EXCLUDE (added) FROM mentions ORDER BY id").fetchall())
    assert rows[0] and rows[0] == rows[1]


@pytest.mark.model
@pytest.mark.slow
def test_parallel_pool_reused_after_an_abandoned_call_yields_only_its_own_articles() -> None:
    from newsevents.ingest.pool import start_pool

    first = [Article(id=f"old{i}", text=TEXT, date="2024-03-05") for i in range(8)]
    second = [Article(id=f"new{i}", text=TEXT, date="2024-03-05") for i in range(5)]
    with start_pool(2) as pool:
        pool.wait_ready(300)
        abandoned = pool.extract(first, chunk_size=1)
        assert next(abandoned).article.id == "old0"
        abandoned.close()  # the workers still hold tasks of this call
        got = [o.article.id for o in pool.extract(second, chunk_size=1)]
    assert got == [a.id for a in second]
