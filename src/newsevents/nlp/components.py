"""Importing this module registers every newsevents spaCy factory (``newsevents_*``)."""

from __future__ import annotations

import newsevents.actors.component
import newsevents.dates
import newsevents.events.component
import newsevents.figures
import newsevents.nlp.acronyms
import newsevents.nlp.attribute_rules
import newsevents.nlp.coordination_repairs
import newsevents.nlp.lemmas
import newsevents.quotes

__all__ = ["newsevents"]
