"""The dates stage: find temporal expressions and resolve them against the article date.

:func:`resolve` is the pure resolver (text, anchor, tense -> value and precision) and documents
the conventions; :func:`find_dates` finds and resolves the expressions of a parsed ``Doc``;
importing this package registers the ``newsevents_dates`` spaCy component.
"""

from __future__ import annotations

from newsevents.dates.calendar import Resolution
from newsevents.dates.component import dates_component
from newsevents.dates.find import clause_tense, find_dates, governor, span_tense
from newsevents.dates.resolve import resolve, resolve_rule

__all__ = [
    "Resolution",
    "clause_tense",
    "dates_component",
    "find_dates",
    "governor",
    "resolve",
    "resolve_rule",
    "span_tense",
]
