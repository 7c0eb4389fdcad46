"""STUB, to be replaced: the ``newsevents_figures`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import register_extensions


@Language.component("newsevents_figures", assigns=["doc._.ne_figures"])
def figures(doc: Doc) -> Doc:
    register_extensions()
    doc._.ne_figures = []
    return doc
