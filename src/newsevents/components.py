"""Importing this module registers every newsevents spaCy factory (``newsevents.*.v1``)."""

from __future__ import annotations

import newsevents.actors.component
import newsevents.attribute_rules
import newsevents.lemmas
import newsevents.dates
import newsevents.events.component
import newsevents.figures
import newsevents.quotes

__all__ = ["newsevents"]
