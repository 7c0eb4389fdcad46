"""Importing this module registers every newsevents spaCy factory (``newsevents_*``)."""

from __future__ import annotations

import newsevents.actors.component
import newsevents.attribute_rules
import newsevents.dates
import newsevents.events.component
import newsevents.figures
import newsevents.lemmas
import newsevents.quotes

__all__ = ["newsevents"]
