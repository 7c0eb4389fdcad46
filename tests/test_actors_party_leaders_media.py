"""Session 18 actor sectors: a non-state body's leader is that body's, and state media are media.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.actors.lexicon import lexicon


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("Zambian police arrested the leader of the main opposition party on Tuesday.", "ZMBOPP"),
    ("Kenyan police arrested the leader of the opposition party in Nairobi.", "KENOPP"),
    ("Kenyan police detained the leader of the teachers' union on Friday.", "KENLAB"),
])
def test_coref_served_leader_keeps_the_body_sector(nlp: Language, text: str, target: str) -> None:
    targets = {t for _, t, root in code_dyads(nlp, text) if root == "17"}
    assert target in targets
    assert not any(t and t.endswith("GOV") for t in targets)


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    # near miss: a bare "the leader" still finds the state's leader in the table
    ("Kenyan President William Ruto met Ugandan officials in Kampala. The leader praised the talks.",
     "UGAGOV"),
])
def test_coref_bare_leader_still_resolves(nlp: Language, text: str, target: str) -> None:
    assert ("KENGOV", target, "04") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("Soldiers shut down state radio in Bamako on Monday.", "MLIMED"),
    ("The junta closed the state broadcaster in Conakry.", "GINMED"),
    ("Troops seized state television in Niamey overnight.", "NERMED"),
])
def test_roles_state_media_are_media(nlp: Language, text: str, target: str) -> None:
    targets = {t for _, t, _ in code_dyads(nlp, text)}
    assert target in targets
    assert not any(t and t.endswith("GOV") for t in targets)


@pytest.mark.parametrize(("phrase", "sector"), [
    ("state television", "MED"), ("state radio", "MED"), ("state media", "MED"),
    ("state-run newspaper", "MED"), ("state broadcaster", "MED"),
    ("state government", None),  # near miss: no media word, not a media body
    ("state councillor", "GOV"),  # near miss: a state office stays a state office
])
def test_roles_state_media_sector(phrase: str, sector: str | None) -> None:
    entries = lexicon().lookup(phrase.replace("-", " - ").split())
    assert (entries[0].code if entries else None) == sector
