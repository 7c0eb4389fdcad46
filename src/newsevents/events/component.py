"""STUB, to be replaced: the ``newsevents_events`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import register_extensions


@Language.factory("newsevents_events", assigns=["doc._.ne_events"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    register_extensions()
    return EventsComponent()


class EventsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.ne_events = []
        return doc
