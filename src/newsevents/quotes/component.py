"""The ``newsevents_quotes`` spaCy component: the spaCy glue of :mod:`newsevents.quotes.find`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.nlp.extensions import register_extensions
from newsevents.quotes.find import find_quotes


@Language.component("newsevents_quotes", requires=["token.dep", "doc._.ne_mentions"],
                    assigns=["doc._.ne_quotes"])
def quotes_component(doc: Doc) -> Doc:
    """Set ``doc._.ne_quotes`` to the document's direct quotes and their speakers (it reads the
    parse and the actor mentions)."""
    register_extensions()
    doc._.ne_quotes = find_quotes(doc)
    return doc
