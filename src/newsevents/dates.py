"""STUB, to be replaced: the ``newsevents_dates`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import register_extensions


@Language.component("newsevents_dates", assigns=["doc._.ne_dates"])
def dates(doc: Doc) -> Doc:
    register_extensions()
    doc._.ne_dates = []
    return doc
