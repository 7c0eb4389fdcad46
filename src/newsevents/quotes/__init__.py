"""Quotes: direct quotations in an article and the actor who said each one.

Importing this package registers the spaCy component ``newsevents_quotes`` (it runs after
``newsevents_actors`` and reads its mentions). :func:`find_quotes` is the same step as a plain
function over a parsed ``Doc``; :func:`find_quoted_spans` pairs quotation marks in raw text.
"""

from __future__ import annotations

from newsevents.quotes.component import quotes_component
from newsevents.quotes.find import find_quotes
from newsevents.quotes.marks import QuotedSpan, find_quoted_spans

__all__ = ["QuotedSpan", "find_quoted_spans", "find_quotes", "quotes_component"]
