"""The ``newsevents_actors`` spaCy component: actor mentions and actors on every ``Doc``."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.actors.context import add_context_countries
from newsevents.actors.coref import resolve
from newsevents.actors.lexicon import lexicon
from newsevents.actors.mentions import Finder
from newsevents.actors.persons import PersonTable, load_persons
from newsevents.actors.phrase import to_day
from newsevents.nlp.extensions import register_extensions
from newsevents.story.context import apply_story_context


@Language.factory(
    "newsevents_actors",
    assigns=["doc._.ne_mentions", "doc._.ne_actors"],
    default_config={"persons_path": None},
)
def make_actors(nlp: Language, name: str, persons_path: str | None) -> ActorsComponent:
    """Build the component; ``persons_path`` replaces the shipped persons table if given."""
    register_extensions()
    return ActorsComponent(Path(persons_path) if persons_path else None)


class ActorsComponent:
    """Finds actor mentions, codes them and links them into document-level actors.

    The dictionaries load on :meth:`initialize` or on the first document, not here.
    """

    def __init__(self, persons_path: Path | None = None) -> None:
        self.persons_path = persons_path
        self._persons: PersonTable | None = None

    def initialize(self, get_examples: object = None, *, nlp: Language | None = None) -> None:
        """Load the dictionaries and the persons table now rather than on the first document."""
        lexicon()
        self._persons = load_persons(self.persons_path)

    @property
    def persons(self) -> PersonTable:
        """The persons table in use (loaded on first use)."""
        if self._persons is None:
            self._persons = load_persons(self.persons_path)
        return self._persons

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.ne_article
        day = to_day(article.date) if article is not None else None
        finder = Finder(doc, day, self.persons)
        found = finder.run()
        add_context_countries(finder)
        mentions, actors = resolve(doc, found, day, self.persons, finder.tokens)
        story = doc._.ne_story
        if story is not None:  # coreference and the story's country for bare agents
            apply_story_context(doc, story, mentions, actors)
        doc._.ne_mentions, doc._.ne_actors = mentions, actors
        return doc
