"""The event store: an embedded DuckDB database of articles, actors, quotes and events.

:class:`EventStore` owns the database and every SQL statement; the CLI and the dashboard call
its methods. Ingesting files (which needs spaCy) is the ingest layer's, :mod:`newsevents.ingest`; the
store never imports it.
"""

from __future__ import annotations

from newsevents.store.filters import make_filter
from newsevents.store.models import (
    ActorActivity,
    ArticleSummary,
    CountryCount,
    Edge,
    EventFilter,
    IngestReport,
    LocationCount,
    PeriodCounts,
    StoredArticle,
    StoredEvent,
    StoredMention,
    StoreStats,
)
from newsevents.store.rows import StagedBatch, content_hash, stage
from newsevents.store.store import DEFAULT_PATH, EventStore, default_path

__all__ = [
    "DEFAULT_PATH",
    "ActorActivity",
    "ArticleSummary",
    "CountryCount",
    "Edge",
    "EventFilter",
    "EventStore",
    "IngestReport",
    "LocationCount",
    "PeriodCounts",
    "StagedBatch",
    "StoreStats",
    "StoredArticle",
    "StoredEvent",
    "StoredMention",
    "content_hash",
    "default_path",
    "make_filter",
    "stage",
]
