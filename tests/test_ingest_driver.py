"""The one ingest driver: the same reading, skipping, failure handling and writing whatever extracts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsevents.errors import StoreError
from newsevents.ingest import Failure, InProcess, Outcome, Shard, ingest_paths, make_extractor
from newsevents.ingest.cluster import DEFAULT_SHARD, DaskCluster
from newsevents.ingest.pool import ProcessPool
from newsevents.reading import ReadProblem
from newsevents.records import Article, Extraction
from newsevents.store import EventStore, stage


class RecordsOnly:
    """An extractor without a model: an empty extraction per article, a failure for articles whose
    text holds "unparseable", and every third article staged as a shard of its own."""

    writes_output = False

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        for i, article in enumerate(articles):
            if "unparseable" in article.text:
                yield Failure(article, "extraction failed (ValueError: test)")
            elif i % 3 == 2:
                yield Shard(1, stage([Extraction(article)]))
            else:
                yield Extraction(article)


def corpus(folder: Path, texts: list[str]) -> list[str]:
    folder.mkdir()
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"a{i}.txt"
        path.write_text(f"date 2024-02-0{i + 1} {text}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_ingest_driver_reports_read_and_extraction_failures_in_order_and_stores_the_rest(tmp_path: Path) -> None:
    texts = ["The envoy arrived in Oslo.", "This one is unparseable.", "Talks resumed in Geneva.",
             "Ministers met in Rome.", "A treaty was signed in Lima."]
    paths = corpus(tmp_path / "corpus", texts)
    missing = str(tmp_path / "gone.txt")
    seen: list[ReadProblem] = []
    progress: list[tuple[int, int | None]] = []
    with EventStore(tmp_path / "events.duckdb") as store:
        report = ingest_paths(store, [*paths, missing], RecordsOnly(), batch_size=2, on_problem=seen.append,
                              on_progress=lambda done, total: progress.append((done, total)))
        again = ingest_paths(store, paths, RecordsOnly())
        assert store.stats().articles == 4
    assert report.articles_new == 4
    assert [p.source for p in report.failed] == [missing, paths[1]]  # reading problems first
    assert sorted(p.source for p in seen) == sorted(p.source for p in report.failed)
    assert progress[-1] == (5, 6)  # five articles read, six inputs named
    assert (again.articles_new, again.articles_stored) == (0, 4)
    assert [p.source for p in again.failed] == [paths[1]]  # a failed article is tried again


def test_ingest_driver_needs_a_store_unless_the_extractor_writes(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="needs a store"):
        ingest_paths(None, [], RecordsOnly())
    assert DaskCluster("local", out_dir=tmp_path / "dataset").writes_output


def test_ingest_make_extractor_gives_every_path_the_same_options() -> None:
    one = make_extractor(workers=1, prefilter=False)
    assert isinstance(one, InProcess) and one.prefilter is False  # --workers 1 --no-prefilter: no pool
    pool = make_extractor(workers=2, prefilter=False, chunk_size=4)
    assert isinstance(pool, ProcessPool) and (pool.workers, pool.prefilter, pool.chunk_size) == (2, False, 4)
    dask = make_extractor(dask="local", workers=2, prefilter=False, batch_size=8)
    assert isinstance(dask, DaskCluster) and dask.prefilter is False
    assert dask.run["shard_size"] == 8 < DEFAULT_SHARD  # a shard is one transaction: no larger than a batch
    with pytest.raises(StoreError, match="Dask run only"):
        make_extractor(out_dir="dataset")
