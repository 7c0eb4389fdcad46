"""The ingest's batches: closed by size or by age, one transaction each, nothing lost at the end."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from newsevents.cli.store import ingest_command
from newsevents.errors import StoreError
from newsevents.ingest import BATCH_SIZE, BatchWriter, ingest_paths
from newsevents.ingest.driver import make_extractor
from newsevents.records import Article, Extraction
from newsevents.store import EventStore
from newsevents.store.models import IngestReport


def extraction(i: int) -> Extraction:
    return Extraction(Article(id=f"a{i}", text=f"The council met for session {i} on Tuesday.", date="2024-03-05"))


def stored(store: EventStore) -> int:
    return store.stats().articles


@pytest.mark.parametrize(("size", "writes_after"), [(3, [False, False, True, False, False, True, False]),
                                                     (1, [True] * 7)])
def test_store_batch_writer_writes_every_size_articles(tmp_path: Path, size: int, writes_after: list[bool]) -> None:
    report = IngestReport()
    with EventStore(tmp_path / "events.duckdb") as store:
        writer = BatchWriter(store, report, size, seconds=3600)
        wrote = [writer.add(extraction(i)) for i in range(7)]
        assert wrote == writes_after
        assert stored(store) == 7 // size * size
        writer.flush()
        assert stored(store) == 7 and report.articles_new == 7


def test_store_batch_writer_writes_an_old_batch_however_small(tmp_path: Path) -> None:
    with EventStore(tmp_path / "events.duckdb") as store:
        writer = BatchWriter(store, IngestReport(), size=100, seconds=0.0)
        assert writer.add(extraction(1)) and stored(store) == 1


def test_store_batch_writer_refuses_an_empty_batch_size(tmp_path: Path) -> None:
    with EventStore(tmp_path / "events.duckdb") as store, pytest.raises(StoreError, match="at least one"):
        BatchWriter(store, IngestReport(), size=0)


@pytest.mark.parametrize("function", [ingest_paths, make_extractor, ingest_command])
def test_store_batch_size_default_is_shared(function: object) -> None:
    assert inspect.signature(function).parameters["batch_size"].default == BATCH_SIZE  # type: ignore[arg-type]
