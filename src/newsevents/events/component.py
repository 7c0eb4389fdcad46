"""The ``newsevents_events`` spaCy component: code the events of a parsed, actor-tagged ``Doc``."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.dictionaries.knowledge import DictionarySpec, Knowledge, knowledge
from newsevents.dictionaries.verbmatch import VerbMatcher, dictionary_events
from newsevents.events.aimless_stories import split_aimless_in_story
from newsevents.events.coder import code_doc
from newsevents.events.company_disputes import split_company_disputes
from newsevents.events.homeless_sides import split_homeless_sides
from newsevents.events.one_crowd import one_crowd
from newsevents.events.patterns import lexicon
from newsevents.events.protest_doers import split_stately_protests
from newsevents.events.protest_forms import drop_confronted_meetings, drop_seatless_gatherings
from newsevents.events.retellings import one_telling_each
from newsevents.events.story_counterparts import partners_named
from newsevents.events.street_protests import unaddressed_appeals
from newsevents.events.unattributed import left_out_warning, split_unattributed
from newsevents.events.uncoded_speakers import split_uncoded_speakers
from newsevents.nlp.extensions import WARNINGS_KEY, register_extensions
from newsevents.nlp.sentences import doc_text
from newsevents.story.background import split_background
from newsevents.story.restraint import restrain
from newsevents.story.structure import fit_sentences


@Language.factory(
    "newsevents_events",
    requires=["doc._.ne_mentions", "doc._.ne_dates"],
    assigns=["doc._.ne_events"],
    default_config={"dictionaries": None},
)
def make_events(nlp: Language, name: str, dictionaries: dict[str, Any] | None) -> EventsComponent:
    """The event coder as a pipeline step (it reads actors and dates, writes ``ne_events``);
    ``dictionaries`` (a :class:`DictionarySpec` as config) adds discards and verb patterns."""
    register_extensions()
    return EventsComponent(DictionarySpec.from_config(dictionaries))


class EventsComponent:
    """Fills ``doc._.ne_events`` with the events :func:`~newsevents.events.coder.code_doc` finds,
    less those in sentences (or stories) a discard phrase rules out."""

    def __init__(self, spec: DictionarySpec | None = None) -> None:
        self.spec = spec or DictionarySpec()
        self._knowledge: Knowledge | None = None
        self._verbs: VerbMatcher | None = None

    def initialize(self, *args: object, **kwargs: object) -> None:
        """Load the pattern file and the dictionaries now rather than on the first document."""
        lexicon()
        self._knowledge = knowledge(self.spec)

    @property
    def knowledge(self) -> Knowledge:
        """The compiled dictionaries in use (loaded on first use)."""
        if self._knowledge is None:
            self._knowledge = knowledge(self.spec)
        return self._knowledge

    @property
    def verbs(self) -> VerbMatcher | None:
        """The verb patterns of the dictionaries in use, if they hold any."""
        if self._verbs is None and self.knowledge.verbs:
            self._verbs = VerbMatcher(self.knowledge.verbs)
        return self._verbs

    def __call__(self, doc: Doc) -> Doc:
        # Without the built-in dictionaries our trigger lexicon is off too: the user's verbs code.
        events = code_doc(doc, knowledge=self.knowledge) if self.spec.builtin else []
        events += dictionary_events(doc, events, self.verbs)
        # The same act told again (headline, body, other words) is one event (events/retellings.py).
        events = one_telling_each(doc, events)
        # No political event from storms, animals, diseases, markets, sport or ordinary crime.
        events = fit_sentences(restrain(doc, events))
        # History the story recalls ("in 2003 troops invaded", an obituary's life) is background, not its events.
        events, recalled = split_background(doc, events)
        left_out = [left_out_warning(why, e) for why, e in recalled]
        events = self.knowledge.discards.kept(doc_text(doc), events)
        # An act whose doer is not identified is no event to a coder: reported, not coded.
        events, unattributed = split_unattributed(doc, events)
        events, unspoken = split_uncoded_speakers(events)  # appeals, accusations: a coded speaker (uncoded_speakers.py)
        # An act aimed at no one identified is no dyadic event either: reported, not coded.
        events = partners_named(doc, events)  # "is ready to discuss": the one partner the story pairs it with
        events, aimless = split_aimless_in_story(doc, events)  # in a story, most others too (aimless_stories.py)
        events, unaddressed = unaddressed_appeals(doc, events)  # events/street_protests.py
        events, unaimed = split_stately_protests(events, doc)  # events/protest_doers.py
        events, homeless = split_homeless_sides(doc, one_crowd(events))  # events/one_crowd.py, homeless_sides.py
        events = drop_seatless_gatherings(drop_confronted_meetings(doc, events))  # events/protest_forms.py
        events, disputes = split_company_disputes(events)  # two firms: no political event (company_disputes.py)
        left_out += unattributed + unspoken + aimless + unaddressed + unaimed + homeless + disputes
        if left_out:
            doc.user_data.setdefault(WARNINGS_KEY, []).extend(left_out)
        doc._.ne_events = events
        return doc
