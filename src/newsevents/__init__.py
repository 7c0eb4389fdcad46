"""newsevents: political event data (CAMEO, PLOVER, Goldstein) from dated news articles.

``import newsevents`` stays cheap: the functions that need spaCy are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsevents._version import __version__
from newsevents.compiled import prefer_sources
from newsevents.errors import NewsEventsError
from newsevents.records import (
    Actor,
    ActorRef,
    Article,
    DateMention,
    Event,
    Extraction,
    Figure,
    Location,
    Quote,
)

prefer_sources()  # before any compiled module loads: stale ones must not

if TYPE_CHECKING:
    from newsevents.dictionaries import DictionarySpec
    from newsevents.extraction import extract, extract_articles
    from newsevents.frames import events_df, events_table
    from newsevents.nlp.pipeline import load_pipeline
    from newsevents.serialize import extraction_to_dict

_LAZY = {
    "DictionarySpec": "newsevents.dictionaries",
    "extract": "newsevents.extraction",
    "extract_articles": "newsevents.extraction",
    "load_pipeline": "newsevents.nlp.pipeline",
    "extraction_to_dict": "newsevents.serialize",
    "events_table": "newsevents.frames",
    "events_df": "newsevents.frames",
}

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "DateMention",
    "DictionarySpec",
    "Event",
    "Extraction",
    "Figure",
    "Location",
    "NewsEventsError",
    "Quote",
    "__version__",
    "events_df",
    "events_table",
    "extract",
    "extract_articles",
    "extraction_to_dict",
    "load_pipeline",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
