"""Bare governments other states act on, and the story country in the lead sentence
(newsevents.story.foreign_bodies). Articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Soldiers in Mali seized power in August. On Monday, France criticized the junta for delaying elections.",
     ("FRA", "MLIGOV")),
    ("Soldiers in Mali seized power in August. France denounced the junta's decision to expel its ambassador.",
     ("FRA", "MLIGOV")),
    ("Protests erupted in Kenya on Tuesday. The United States urged the authorities to respect the right "
     "to protest.", ("USA", "KENGOV")),
])
def test_story_foreign_bodies_a_government_a_state_acts_on_is_anothers(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    dyads = _dyads(nlp, text)
    assert dyad in dyads
    assert not any(source == dyad[0] and target == dyad[0] + "GOV" for source, target in dyads)


@pytest.mark.model
def test_story_foreign_bodies_the_bomber_of_the_lead_takes_the_story_country(nlp: Language) -> None:
    lead = "Somali officials say a suicide bomber killed at least five people outside a base in Mogadishu."
    story = lead + " No group has said it carried out the attack."
    assert any(source == "SOMREB" for source, _ in _dyads(nlp, story))
    # a text of one sentence is no story: the sentence rules alone decide
    assert not any(source == "SOMREB" for source, _ in _dyads(nlp, lead))
