"""Throughput: extraction on a process pool or a Dask cluster (the pre-filter that keeps spaCy
from parsing text no record can come from is :mod:`newsevents.prefilter`, used by every run).

- :func:`extract_parallel` / :func:`ingest_parallel`: all cores of one machine, streaming, in
  input order, memory bounded (``newsevents ingest --workers N``);
- :func:`ingest_paths_dask`: shards as tasks on a Dask cluster, Parquet partitions out, bulk
  load into the store (``newsevents ingest --dask ADDRESS|local``; needs ``newsevents[dask]``).

Dask is imported only inside :mod:`newsevents.parallel.cluster`, when a run asks for it.
"""

from __future__ import annotations

import importlib
from typing import Any

# Public name -> the submodule that defines it. Loaded on first use, so that extraction (which
# imports the pre-filter) does not import the store, DuckDB or the pool.
_EXPORTS = {
    "LOCAL": "cluster", "ingest_paths_dask": "cluster", "require_dask": "cluster",
    "ingest_parallel": "ingest",
    "load_dataset": "parquet", "read_partition": "parquet", "write_partition": "parquet",
    "Failure": "pool", "default_workers": "pool", "extract_parallel": "pool", "start_pool": "pool",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
