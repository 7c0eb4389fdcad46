"""The ``newsevents_figures`` spaCy component: the spaCy glue of :mod:`newsevents.figures.find`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.figures.find import find_figures
from newsevents.nlp.extensions import register_extensions


@Language.component("newsevents_figures", requires=["token.dep", "doc._.ne_dates"],
                    assigns=["doc._.ne_figures"])
def figures_component(doc: Doc) -> Doc:
    """Find the money amounts, percentages and counts of people in ``doc`` (it reads the parse and
    the dates, for each figure's year)."""
    register_extensions()
    doc._.ne_figures = find_figures(doc, list(doc._.ne_dates or []))
    return doc
