"""A Parquet dataset of extractions: one directory per table, one file per shard.

The tables are the store's staged tables (:class:`~newsevents.store.StagedBatch`), so a
dataset loads into the store in bulk, shard by shard, and DuckDB, Spark or Dask read it as it
is (``read_parquet('DIR/events/*.parquet')``). ``events`` holds one row per event as one
article reports it (the store's *mentions*; the store merges them into deduplicated events).

File names are fixed by the shard number (``part-000042.parquet``) and written atomically, so
a shard that runs twice (a retried task, a worker lost mid-run) replaces its files instead of
adding a second copy.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pyarrow.parquet as pq

from newsevents.errors import StoreError
from newsevents.store.models import IngestReport
from newsevents.store.rows import StagedBatch
from newsevents.store.store import EventStore

TABLES: dict[str, str] = {
    "articles": "articles",
    "events": "mentions",
    "actors": "actors",
    "quotes": "quotes",
    "dates": "dates",
    "figures": "figures",
}
"""Dataset directory -> the :class:`StagedBatch` field it holds."""


def partition_name(index: int) -> str:
    """The file name of shard ``index`` in every table directory."""
    return f"part-{index:06d}.parquet"


def write_partition(batch: StagedBatch, root: str | Path, index: int) -> None:
    """Write shard ``index`` of ``batch`` under ``root`` (one file per table), replacing any
    earlier copy of the same shard. ``articles`` is written last: a shard whose articles file
    exists is complete."""
    root = Path(root)
    for directory, field in sorted(TABLES.items(), key=lambda item: item[0] == "articles"):
        folder = root / directory
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / partition_name(index)
        temp = folder / f".{final.name}.{uuid.uuid4().hex}.tmp"
        pq.write_table(getattr(batch, field), temp)
        os.replace(temp, final)  # atomic: readers see the old file or the new one, never half


def partitions(root: str | Path) -> list[int]:
    """The shard numbers of the complete partitions under ``root``, in order."""
    folder = Path(root) / "articles"
    if not folder.is_dir():
        return []
    return sorted(int(p.stem.removeprefix("part-")) for p in folder.glob("part-*.parquet"))


def read_partition(root: str | Path, index: int) -> StagedBatch:
    """Shard ``index`` of the dataset at ``root`` as a batch the store can write."""
    root = Path(root)
    tables = {}
    for directory, field in TABLES.items():
        path = root / directory / partition_name(index)
        if not path.exists():
            raise StoreError(f"{path} is missing: the Parquet dataset at {root} is incomplete; "
                             "run the extraction again to rewrite that shard")
        tables[field] = pq.read_table(path)
    return StagedBatch(**tables)


def load_dataset(store: EventStore, root: str | Path) -> IngestReport:
    """Bulk-load every complete shard of the dataset at ``root`` into ``store``, in shard order
    (one transaction per shard; articles already stored are skipped)."""
    report = IngestReport()
    for index in partitions(root):
        report.add(store.write(read_partition(root, index)))
    return report
