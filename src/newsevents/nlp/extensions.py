"""The ``Doc`` extension attributes newsevents reads and writes.

They are switched on by an explicit call to :func:`register_extensions` (each of our spaCy
factories makes it), never as a side effect of importing the package.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

#: Where a component leaves warnings for its article's extraction (``doc.user_data``, list[str]).
WARNINGS_KEY = "newsevents.warnings"

#: attribute name -> what it holds
DOC_ATTRIBUTES = {
    "ne_article": "the Article the Doc was made from (Article | None)",
    "ne_story": "headline, dateline, credits and principal countries of the article (Story | None)",
    "ne_mentions": "actor mentions, in text order (list[ActorMention])",
    "ne_actors": "document-level actors, indexed by ActorMention.entity (list[Actor])",
    "ne_dates": "temporal expressions with resolved values (list[DateMention])",
    "ne_figures": "money, percentages and counts (list[Figure])",
    "ne_quotes": "direct quotes with speakers (list[Quote])",
    "ne_events": "coded events (list[Event])",
}


def doc_attribute(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` for one of :data:`DOC_ATTRIBUTES` (``None`` until set), read where spaCy
    keeps it, without the ``Underscore`` object each ``doc._`` makes (about a microsecond): the
    coder reads the story, dates and mentions several times per event."""
    assert name in DOC_ATTRIBUTES, name  # a misspelt name would read as "not set"
    data: dict[Any, Any] = doc.user_data  # spaCy's own key for a Doc's attribute (tests/test_speed22.py pins it)
    return data.get(("._.", name, None, None))


def register_extensions() -> None:
    """Declare the ``Doc._.ne_*`` attributes; safe to call many times."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
