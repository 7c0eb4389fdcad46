"""Stances given up ("no longer recognizes", "not ... anymore") are refusals, not the acts themselves."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root"), [
    ("The Bolivian opposition says it no longer recognizes Evo Morales as president.", "12"),
    ("Ecuador will no longer cooperate with Colombia on border security.", "12"),
    ("The Tuareg rebels said they would no longer negotiate with the Malian government.", "12"),
    ("Nicaragua will not cooperate with Costa Rica any longer, the foreign minister said.", "12"),
])
def test_ended_stance_no_longer_is_a_refusal(nlp: Language, text: str, root: str) -> None:
    events = code(nlp, text, "2012-05-02")
    assert events and all(e.cameo.startswith(root) for e in events), events
    assert all(e.rule.endswith("[refuse]") or "[refuse]" in e.rule for e in events), events


@pytest.mark.parametrize("text", [
    "The Bolivian opposition says it no longer recognizes Evo Morales as president.",
    "Ecuador will no longer cooperate with Colombia on border security.",
    "Bolivia does not recognize the Peruvian government anymore.",
])
def test_ended_stance_codes_no_cooperation(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2012-05-02")
    assert not any(e.cameo[:2] in ("03", "04", "05", "06") for e in events), events


def test_ended_stance_a_stopped_attack_codes_nothing(nlp: Language) -> None:
    events = code(nlp, "The Malian army is no longer attacking rebel positions near Gao.", "2012-05-02")
    assert not any(e.cameo.startswith("19") for e in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Ecuador will cooperate with Colombia on border security.", "03"),
    ("Ecuador will cooperate more closely with Colombia on border security.", "03"),
])
def test_ended_stance_leaves_other_longer_and_more_alone(nlp: Language, text: str, root: str) -> None:
    events = code(nlp, text, "2012-05-02")
    assert any(e.cameo.startswith(root) for e in events), events
