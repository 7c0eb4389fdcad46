"""STUB, to be replaced: the ``newsevents_actors`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.extensions import register_extensions


@Language.factory("newsevents_actors", assigns=["doc._.ne_mentions", "doc._.ne_actors"])
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    register_extensions()
    return ActorsComponent()


class ActorsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.ne_mentions = []
        doc._.ne_actors = []
        return doc
