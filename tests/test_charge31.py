"""A charge told in an apposition or a relative clause, and its denial (session 31): "Burundi says
Uganda arms the rebels, a charge Kampala has rejected" is Burundi's accusation and Uganda's denial
aimed at Burundi (016); the arming inside the charge is not coded as done.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

Coded = set[tuple[str | None, str | None, str]]


def _coded(nlp: Language, text: str) -> Coded:
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
            for e in code(nlp, text, "2019-04-02")}


@pytest.mark.parametrize("text", [
    "Burundi says Uganda arms the rebels in the hills, a charge Kampala has consistently rejected.",
    "Burundi insists that Uganda is arming the rebels in the hills, a charge Kampala has long rejected.",
])
def test_charge31_an_apposed_charge_rejected_is_a_denial_of_the_teller(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert ("UGA", "BDI", "016") in coded, coded
    assert not any(code[:2] == "12" for _, _, code in coded), coded


def test_charge31_the_act_inside_the_charge_is_not_done(nlp: Language) -> None:
    coded = _coded(nlp, "Burundi is adamant that the rebels are receiving weapons from Uganda, "
                        "a charge Kampala has consistently rejected.")
    assert not any(code[:2] in ("05", "07") for _, _, code in coded), coded


def test_charge31_which_after_a_charging_verb_is_the_charge(nlp: Language) -> None:
    coded = _coded(nlp, "Armenia charged that Azerbaijani troops executed two Armenian prisoners - "
                        "which Azerbaijan dismissed as a provocation.")
    assert ("AZE", "ARM", "016") in coded, coded
    assert not any(code == "120" for _, _, code in coded), coded


# --- near misses ------------------------------------------------------------------------------------

def test_charge31_which_after_a_plan_is_no_charge(nlp: Language) -> None:
    coded = _coded(nlp, "The Kenyan government said it would raise fuel taxes, which the opposition rejected.")
    assert not any(code == "016" for _, _, code in coded), coded


def test_charge31_a_court_charge_denied_is_not_read_as_a_told_charge(nlp: Language) -> None:
    events = code(nlp, "The Kenyan activist was charged with treason, a charge he denies.", "2019-04-02")
    assert not any("+charge" in e.rule or "+claimant" in e.rule for e in events), events


def test_charge31_a_fee_is_no_charge_denied(nlp: Language) -> None:
    coded = _coded(nlp, "The Ghanaian port raised its charge for containers, and Togo rejected the new fee.")
    assert not any(code == "016" for _, _, code in coded), coded


def test_charge31_a_denial_with_no_accuser_named_answers_no_one(nlp: Language) -> None:
    coded = _coded(nlp, "Rebels were seen near the border town, a claim the Ugandan army denied.")
    assert not any(code == "016" and target is not None for _, target, code in coded), coded
