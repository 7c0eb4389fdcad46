"""STUB, to be replaced: the ``newsevents_quotes`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import register_extensions


@Language.component("newsevents_quotes", assigns=["doc._.ne_quotes"])
def quotes(doc: Doc) -> Doc:
    register_extensions()
    doc._.ne_quotes = []
    return doc
