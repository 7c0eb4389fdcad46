"""The ``newsevents_events`` spaCy component: code the events of a parsed, actor-tagged ``Doc``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.events.coder import code_doc
from newsevents.events.patterns import lexicon
from newsevents.nlp.extensions import register_extensions
from newsevents.story.restraint import restrain
from newsevents.story.structure import drop_repeated_headline_events, fit_sentences


@Language.factory(
    "newsevents_events",
    requires=["doc._.ne_mentions", "doc._.ne_dates"],
    assigns=["doc._.ne_events"],
)
def make_events(nlp: Language, name: str) -> EventsComponent:
    """The event coder as a pipeline step (it reads actors and dates, writes ``ne_events``)."""
    register_extensions()
    return EventsComponent()


class EventsComponent:
    """Fills ``doc._.ne_events`` with the events :func:`~newsevents.events.coder.code_doc` finds."""

    def initialize(self, *args: object, **kwargs: object) -> None:
        """Load the pattern file now rather than on the first document."""
        lexicon()

    def __call__(self, doc: Doc) -> Doc:
        # A headline line's act reported again in the body is one event, coded in the body.
        events = drop_repeated_headline_events(code_doc(doc), doc._.ne_story)
        # No political event from storms, animals, diseases, markets, sport or ordinary crime.
        doc._.ne_events = fit_sentences(restrain(doc, events))
        return doc
