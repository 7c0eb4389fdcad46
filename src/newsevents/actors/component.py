"""The ``newsevents_actors`` spaCy component: actor mentions and actors on every ``Doc``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.actors.ambiguous_names import resolve_ambiguous_actors
from newsevents.actors.context import add_context_countries
from newsevents.actors.coordinated_titles import join_title_pairs
from newsevents.actors.coref import resolve
from newsevents.actors.headline_names import trim_headline_verbs
from newsevents.actors.mentions import Finder
from newsevents.actors.named_orgs import place_civic_bodies
from newsevents.actors.neighbours import place_country_descriptions
from newsevents.actors.outlet_staff import give_outlet_country
from newsevents.actors.persons import PersonTable, load_persons
from newsevents.actors.phrase import to_day
from newsevents.actors.shared_names import localise_shared_names
from newsevents.actors.short_names import add_short_forms
from newsevents.actors.sibling_countries import follow_named_sibling
from newsevents.dictionaries.knowledge import DictionarySpec, Knowledge, knowledge
from newsevents.nlp.extensions import register_extensions
from newsevents.story.context import apply_story_context
from newsevents.story.officials import continue_officials
from newsevents.story.venue_guests import drop_host_countries


@Language.factory(
    "newsevents_actors",
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.ne_mentions", "doc._.ne_actors"],
    default_config={"persons_path": None, "dictionaries": None},
)
def make_actors(nlp: Language, name: str, persons_path: str | None,
                dictionaries: dict[str, Any] | None) -> ActorsComponent:
    """Build the component; ``persons_path`` replaces the persons table if given and
    ``dictionaries`` (a :class:`DictionarySpec` as config) chooses the dictionaries."""
    register_extensions()
    return ActorsComponent(Path(persons_path) if persons_path else None,
                           DictionarySpec.from_config(dictionaries))


class ActorsComponent:
    """Finds actor mentions, codes them and links them into document-level actors.

    The dictionaries load on :meth:`initialize` or on the first document, not here.
    """

    def __init__(self, persons_path: Path | None = None, spec: DictionarySpec | None = None) -> None:
        self.persons_path = persons_path
        self.spec = spec or DictionarySpec()
        self._knowledge: Knowledge | None = None
        self._persons: PersonTable | None = None

    def initialize(self, get_examples: object = None, *, nlp: Language | None = None) -> None:
        """Load the dictionaries and the persons table now rather than on the first document."""
        self._knowledge = knowledge(self.spec)
        self._persons = self.persons

    @property
    def knowledge(self) -> Knowledge:
        """The compiled dictionaries in use (loaded on first use)."""
        if self._knowledge is None:
            self._knowledge = knowledge(self.spec)
        return self._knowledge

    @property
    def persons(self) -> PersonTable:
        """The persons table in use (loaded on first use)."""
        if self._persons is None:
            self._persons = load_persons(self.persons_path) if self.persons_path else self.knowledge.persons
        return self._persons

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.ne_article
        day = to_day(article.date) if article is not None else None
        trim_headline_verbs(doc)  # "Hillary Meets With ...": no person "Hillary Meets"
        finder = Finder(doc, day, self.persons, self.knowledge.lexicon)
        found = finder.run()
        add_context_countries(finder)
        found = join_title_pairs(doc, found)  # "the president and commander-in-chief X": one person
        mentions, actors = resolve(doc, found, day, self.persons, finder.tokens)
        resolve_ambiguous_actors(doc, day, mentions, actors)  # "Congo": Kinshasa's or Brazzaville's
        follow_named_sibling(doc, mentions, actors)  # "Congolese" in a story that names only Brazzaville
        add_short_forms(doc, mentions, actors)  # "the United Tajik Opposition ... the UTO", "... the Tigers": one body
        story = doc._.ne_story
        if story is not None:  # coreference and the story's country for bare agents
            apply_story_context(doc, story, mentions, actors)
            localise_shared_names(doc, story.countries, mentions, actors)  # Armenia's "Republican Party"
            place_civic_bodies(story.countries, mentions, actors)  # "the Human Rights and Peace Society": local
            continue_officials(doc, mentions, actors)  # "X's negotiator said ... A deputy minister said"
            give_outlet_country(doc, mentions, actors)  # "correspondent X filed a report": VOA's
            place_country_descriptions(doc, mentions, actors, story.countries)  # "the Gulf kingdom", "its neighbour"
            drop_host_countries(doc, mentions, actors, story.warnings, story.countries)  # "after a stop in Seoul"
        doc._.ne_mentions, doc._.ne_actors = mentions, actors
        return doc
