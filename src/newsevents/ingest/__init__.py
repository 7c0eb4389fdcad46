"""The ingest layer: read inputs, extract the articles not stored yet, write them to the store.

- :mod:`~newsevents.ingest.driver`: :func:`ingest_paths`, the one driver (read -> extract ->
  write) every ingest runs through, and :func:`make_extractor`, which picks the extractor;
- :mod:`~newsevents.ingest.extractors`: what an extractor gives back, the in-process extractor
  and "extract the batch, then one by one on failure";
- :mod:`~newsevents.ingest.pool`: the process-pool extractor (``--workers N``);
- :mod:`~newsevents.ingest.cluster` / :mod:`~newsevents.ingest.parquet`: the Dask extractor
  (``--dask``) and its Parquet datasets;
- :mod:`~newsevents.ingest.batch`: reading with a report of what could not be read;
- :mod:`~newsevents.ingest.writer`: the stored-article check and the batch writer.

This layer sits above the stages and the store: it imports both, and neither imports it.
The pool and Dask load only when a run asks for them. The names below load on first use
(PEP 562): a pool worker imports this package to run :mod:`~newsevents.ingest.worker`, and
must not pay for the store (DuckDB, Arrow, pydantic; about 0.1 s of CPU per worker start)
that only the parent writes with.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsevents.ingest.driver import Progress, ingest_paths, make_extractor
    from newsevents.ingest.extractors import Extractor, Failure, InProcess, Outcome, Shard
    from newsevents.ingest.writer import BATCH_SECONDS, BATCH_SIZE, BatchWriter

_WHERE = {
    "Progress": "driver", "ingest_paths": "driver", "make_extractor": "driver",
    "Extractor": "extractors", "Failure": "extractors", "InProcess": "extractors", "Outcome": "extractors",
    "Shard": "extractors", "BATCH_SECONDS": "writer", "BATCH_SIZE": "writer", "BatchWriter": "writer",
}

__all__ = ["BATCH_SECONDS", "BATCH_SIZE", "BatchWriter", "Extractor", "Failure", "InProcess", "Outcome",
           "Progress", "Shard", "ingest_paths", "make_extractor"]


def __getattr__(name: str) -> Any:
    """The public names, imported from their module on first use."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
