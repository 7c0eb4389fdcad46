"""Countries with near-identical names: an actor takes the one the story names.

Guinea and Guinea-Bissau, the two Congos and Dominica and the Dominican Republic share words, and
the dictionaries tie such a shared word to one of each pair: "Congolese" is Kinshasa's, "Dominican"
is Dominica's, and the Phoenix person lists file some of Guinea-Bissau's ministers under Guinea
(their offices' dates are Bissau's). So "the Congolese President" in a story from Brazzaville came
out as Kinshasa's head of state, and Guinea-Bissau's prime minister as Guinea's.

When an actor's country is one of such a pair and the text never names that country by a word of
its own (its name, capital, cities or an unshared demonym), but does name its sibling, every actor
of that country is the sibling's. A story that names both, or neither, is left alone: there the
dictionaries' reading is as good a guess as any. Called once per article after the actors are
resolved; the text is read only when some actor has a country of a pair.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from newsevents.actors.persons import PersonTable, load_persons
from newsevents.nlp.sentences import doc_text
from newsevents.records import Actor, ActorMention

#: Pairs of countries whose names or demonyms are confused, both ways.
SIBLINGS: dict[str, tuple[str, ...]] = {
    "COD": ("COG",), "COG": ("COD",),
    "GIN": ("GNB", "GNQ"), "GNB": ("GIN",), "GNQ": ("GIN",),
    "DMA": ("DOM",), "DOM": ("DMA",),
}
#: Rules of an actor named by its own name, which carries its country ("Boko Haram", "UNITA"):
#: never moved, and they name their country.
OWN_NAME_RULES = frozenset({"org", "country", "metonym"})

# Words either sibling's people are called by, which the lexicon gives to one of them: they name
# neither country of their pair (a bare "Congo" is left to actors.ambiguous_names).
_SHARED_WORDS = re.compile(r"(?<!Equatorial )(?<!Bissau-)\b(?:Congolese|Guineans?|Dominicans?)\b(?! Republic)")


def _named(text: str) -> set[str]:
    """The countries ``text`` names by a word of their own (shared demonyms blanked)."""
    from newsevents.story.named_countries import text_countries  # the story package imports actors

    return set(text_countries(_SHARED_WORDS.sub(" ", text)))


def follow_named_sibling(doc: Doc, mentions: list[ActorMention], actors: list[Actor]) -> None:
    """Move the actors of a country the text never names to the one sibling it names (in place).

    A person of our own persons table (``persons.tsv``, curated, unlike the person lists of the
    Phoenix dictionaries) names their country: "Denis Sassou Nguesso" in a story from Kinshasa is still
    Brazzaville's president, and his country stays."""
    held = {a.country for a in actors if a.country in SIBLINGS}
    if not held:
        return
    text = doc_text(doc)
    named = _named(text) | {a.country for a in actors
                            if a.country in held and (_curated(a, text) or a.rule in OWN_NAME_RULES)}
    for country in held:
        if country in named:
            continue
        options = [s for s in SIBLINGS[country] if s in named]
        if len(options) == 1:
            _move(actors, mentions, text, country, options[0])


@functools.cache
def _curated_table() -> PersonTable:
    """Our own persons table (read once)."""
    return load_persons()


def _curated(actor: Actor, text: str) -> bool:
    """Whether an actor is a person the text names and our own persons table knows (not a holder
    the table found for a title: "the Congolese President")."""
    return actor.kind == "person" and actor.rule.startswith("persons-table") and actor.name in text \
        and _curated_table().find(actor.name) is not None


def _move(actors: list[Actor], mentions: list[ActorMention], text: str, old: str, new: str) -> None:
    for index, actor in enumerate(actors):
        if actor.country != old:
            continue
        actor.country, actor.code = new, _recode(actor.code, old, new)
        if actor.rule.startswith("persons-table") and actor.name not in text:
            # "the Congolese President" was read as the other state's office holder: the title stays
            actor.name = actor.text
        for m in mentions:
            if m.entity == index and m.country == old:
                m.country, m.code = new, _recode(m.code, old, new)


def _recode(code: str | None, old: str, new: str) -> str | None:
    return new + code[3:] if code is not None and code.startswith(old) else code
