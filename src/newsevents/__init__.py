"""newsevents: political event data (CAMEO, PLOVER, Goldstein) from dated news articles."""

from __future__ import annotations

from newsevents._version import __version__
from newsevents.errors import NewsEventsError
from newsevents.extract import extract, extract_articles
from newsevents.pipeline import load_pipeline
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
from newsevents.serialize import extraction_to_dict

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "DateMention",
    "Event",
    "Extraction",
    "Figure",
    "Location",
    "NewsEventsError",
    "Quote",
    "__version__",
    "extract",
    "extract_articles",
    "extraction_to_dict",
    "load_pipeline",
]
