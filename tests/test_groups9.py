"""Two groups of one code are two actors when their own words differ (newsevents.actors.group_identity).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.actors.group_identity import distinct_groups
from newsevents.events.arguments import same_actor
from newsevents.extraction import make_doc
from newsevents.records import ActorMention, Article


@pytest.mark.parametrize(("one", "other"), [
    ("Fulani herders", "Christian farmers"),  # different heads
    ("herders", "farmers"),
    ("Hutu militias", "Tutsi militias"),  # same head, ethnic modifiers that share nothing
    ("Lagos police", "Kano police officers"),  # places below the country
    ("government militias", "rival militias"),  # a phrase that marks itself as another group
])
def test_distinct_groups(one: str, other: str) -> None:
    assert distinct_groups(one, other) and distinct_groups(other, one)


@pytest.mark.parametrize(("one", "other"), [
    ("Kenyan police", "the police"),  # a bare repetition
    ("Kenyan police", "Nairobi police"),  # the country's demonym and capital tell nothing apart
    ("Kenyan soldiers", "the troops"),  # heads news uses in turn for one body
    ("armed herders", "Fulani herders in Benue"),  # a modifier on one side only
    ("police officers", "policemen"),
])
def test_same_group(one: str, other: str) -> None:
    assert not distinct_groups(one, other)


def _mentions(nlp: Language, text: str) -> dict[str, ActorMention]:
    doc = nlp(make_doc(nlp, Article("t", text, date="2024-02-01")))
    return {m.text: m for m in doc._.ne_mentions}


@pytest.mark.model
def test_herders_and_farmers_are_two_actors(nlp: Language) -> None:
    text = "Fulani herders attacked Christian farmers near Jos in central Nigeria on Tuesday."
    found = _mentions(nlp, text)
    herders, farmers = found["Fulani herders"], found["Christian farmers"]
    assert herders.entity != farmers.entity
    assert not same_actor(herders, farmers)
    events = code(nlp, text)
    assert any(e.source and e.target and e.source.text == "Fulani herders" and e.target.text == "Christian farmers"
               and e.source.country == e.target.country == "NGA" for e in events)


@pytest.mark.model
def test_repetitions_still_corefer(nlp: Language) -> None:
    found = _mentions(nlp, "Kenyan police detained dozens of students in Kisumu. The police said the "
                           "students had blocked a highway.")
    assert found["The police"].entity == found["Kenyan police"].entity
    found = _mentions(nlp, "Armed herders raided a village in Niger state, Nigeria. Farmers said the herders "
                           "stole cattle.")
    assert found["the herders"].entity == found["Armed herders"].entity
    assert found["Farmers"].entity != found["Armed herders"].entity


@pytest.mark.model
def test_an_actor_on_itself_stays_dropped(nlp: Language) -> None:
    found = _mentions(nlp, "Kenyan police said police had arrested nine suspects in Mombasa.")
    police = [m for text, m in found.items() if "police" in text.lower()]
    assert len(police) == 2 and same_actor(police[0], police[1])
    events = code(nlp, "Kenyan police said police had arrested nine suspects in Mombasa.")
    assert not any(e.source and e.target and e.source.code == e.target.code == "KENCOP" for e in events)
