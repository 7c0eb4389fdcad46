"""The ``newsevents_dates`` spaCy component: fills ``doc._.ne_dates``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.dates.find import find_dates
from newsevents.nlp.extensions import register_extensions
from newsevents.records import Article


@Language.component("newsevents_dates", requires=["token.dep", "doc.ents"], assigns=["doc._.ne_dates"])
def dates_component(doc: Doc) -> Doc:
    """Resolve every temporal expression of ``doc`` against its article's date."""
    register_extensions()
    article: Article | None = doc._.ne_article
    doc._.ne_dates = find_dates(doc, None if article is None else article.anchor)
    return doc
