"""Session-12 form fixes: passive obligations, delisting, open wh-questions, seizing power and
burning tyres (constructions.py, unreal.py, implied.py, patterns.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _codes(nlp: Language, text: str) -> set[str]:
    return {e.cameo for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan minister said the general should be judged by his record.",
    "The Ghanaian senator said the officers must be held accountable.",
])
def test_constructions_a_passive_obligation_is_no_demand(nlp: Language, text: str) -> None:
    assert "100" not in _codes(nlp, text)


@pytest.mark.model
def test_constructions_an_active_obligation_stays_a_demand(nlp: Language) -> None:
    assert "100" in _codes(nlp, "Russia said Sudan must return the helicopter.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Union suspended the Colombian rebels from its list of terrorist organisations.",
    "Washington removed Cuba from its blacklist of state sponsors of terrorism.",
    "Washington delisted the Colombian rebel group.",
])
def test_patterns_taking_an_actor_off_a_list_eases_a_sanction(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert "081" in codes and "1722" not in codes


@pytest.mark.model
def test_patterns_suspending_a_party_stays_a_ban(nlp: Language) -> None:
    assert "1722" in _codes(nlp, "The Malian junta suspended the opposition party.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Why does the Kenyan government refuse to listen to the teachers?",
    "Why won't Russia negotiate with Ukraine?",
    "Who will stop the Kenyan police from arresting the protesters?",
])
def test_unreal_an_open_wh_question_codes_no_act(nlp: Language, text: str) -> None:
    assert not _codes(nlp, text)


@pytest.mark.model
def test_unreal_a_wh_question_about_a_past_act_takes_it_as_given(nlp: Language) -> None:
    assert "173" in _codes(nlp, "Why did Kenyan police arrest the Kenyan opposition leader?")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Malian army seized power from President Keita.",
    "Guinean soldiers seized power from the Guinean government.",
])
def test_patterns_seizing_power_is_coercion_not_confiscation(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert "170" in codes and "1711" not in codes


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Togolese protesters set tires ablaze in the capital.",
    "Togolese protesters burned tyres on the main road.",
    "Togolese protesters set fire to tyres on the main road.",
])
def test_implied_burning_tyres_obstructs_the_home_government(nlp: Language, text: str) -> None:
    dyads = {(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
             for e in code(nlp, text)}
    assert ("144", "TGO", "TGO") in dyads


@pytest.mark.model
def test_patterns_changing_tyres_is_no_protest(nlp: Language) -> None:
    assert not _codes(nlp, "Togolese mechanics changed the tires of the bus.")
