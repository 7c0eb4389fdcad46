"""Misdeeds against a public good reported of a named actor (events/misdeeds.py, read by
events/wrongdoing.py), and the holder of a threat or a decision (events/held_acts.py). The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in code_dyads(nlp, text) if r == root}


@pytest.mark.parametrize("text, dyad", [
    ("The Zambian opposition said the government was destroying the economy.", ("ZMBOPP", "ZMBGOV")),
    ("The Ugandan opposition says the government is trying to stifle dissent.", ("UGAOPP", "UGAGOV")),
    ("The Nepali opposition said the government had spread false information about the flood.",
     ("NPLOPP", "NPLGOV")),
    ("The Bolivian opposition said the government had abused the courts to spread false reports.",
     ("BOLOPP", "BOLGOV")),
    ("The Serbian opposition said the government was endangering democracy.", ("SRBOPP", "SRBGOV")),
])
def test_misdeeds_reported_harm_to_a_public_good_accuses_the_doer(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text", [
    # harm to a thing is no misdeed of this kind, a denied one charges no one, a doer must be an actor
    "The Zambian opposition said the floods had destroyed the economy.",
    "The Zambian opposition said the government had not destroyed the economy.",
    "The Zambian opposition said the new tax would destroy the economy.",
    "The Zambian opposition said the government had spread information about the vote.",
])
def test_misdeeds_no_doer_or_no_misdeed_accuses_no_one(nlp: Language, text: str) -> None:
    assert not any(t is not None and t.startswith("ZMB") for _, t in _dyads(nlp, text, "11"))


@pytest.mark.parametrize("text, root, dyad", [
    ("Sudan's threat to expel the Chadian ambassador worried diplomats.", "13", ("SDN", "TCDGOV")),
    ("Poland's decision to recall its ambassador from Hungary angered Budapest.", "13", ("POL", "HUNGOV")),
])
def test_held_acts_holder_of_a_threat_or_a_decision_does_the_act(
        nlp: Language, text: str, root: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, root)
