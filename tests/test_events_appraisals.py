"""Accusations carried by a watchdog's report, a complaint, a marred vote, a disputed claim or a
report of backing for an armed group (events/appraisals.py), and reported breaches of a rule or pact
(events/wrongdoing.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

DATE = "2022-05-10"

Dyad = tuple[str | None, str | None, str]


def _dyads(text: str, nlp: Language) -> list[Dyad]:
    return code_dyads(nlp, text, DATE)


def _accuses(dyads: list[Dyad], source: str, target: str) -> bool:
    return any(s == source and t == target and root == "11" for s, t, root in dyads)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Amnesty International said Burundian soldiers had tortured detainees in Gitega.", "NGOAMN", "BDIMIL"),
    ("Human Rights Watch said dozens of villagers were killed by Malian soldiers.", "NGOHRW", "MLIMIL"),
    ("The Zambian opposition said police beat its supporters in Lusaka.", "ZMBOPP", "ZMBCOP"),
])
def test_appraisals_a_watchdog_report_of_violence_accuses_its_doer(nlp: Language, text: str, source: str,
                                                                  target: str) -> None:
    dyads = _dyads(text, nlp)
    assert _accuses(dyads, source, target), dyads
    # told only in the watchdog's words, the act is its accusation, not a fact (session 23)
    assert not any(root in ("17", "18", "19", "20") for _, _, root in dyads), dyads


@pytest.mark.model
def test_appraisals_a_complaint_of_violence_accuses_its_doer(nlp: Language) -> None:
    dyads = _dyads("The Malawian government complained that Zambian soldiers had beaten its traders.", nlp)
    assert any(s == "MWIGOV" and t is not None and t.startswith("ZMB") and root == "11"
               for s, t, root in dyads), dyads


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Reuters said Burundian soldiers had tortured detainees in Gitega.",  # a neutral reporter
    "Amnesty International said gunmen killed five villagers in Gitega.",  # no side named
    "The Zambian opposition said its supporters clashed with each other in Lusaka.",  # its own side
    "Amnesty International did not say that Burundian soldiers had tortured detainees.",
    "Burundian soldiers tortured detainees in Gitega, Amnesty International said.",  # an attribution after the act
    "The Zambian opposition said it fears police will arrest its leader.",  # a forecast
])
def test_appraisals_no_charge_without_a_watchdog_and_another_side(nlp: Language, text: str) -> None:
    dyads = _dyads(text, nlp)
    assert not any(root == "11" for _, _, root in dyads), dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Malawian opposition said the election was marred by widespread fraud.", "MWIOPP", "MWIGOV"),
    ("The Zambian opposition said the vote was tainted by irregularities.", None, "ZMBGOV"),
])
def test_appraisals_a_vote_marred_by_fraud_accuses_its_holder(nlp: Language, text: str, source: str | None,
                                                             target: str) -> None:
    dyads = _dyads(text, nlp)
    assert any((source is None or s == source) and t == target and root == "11" for s, t, root in dyads), dyads


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Malawian opposition said the election was marred by heavy rain.",
    "The Malawian opposition said the election was not marred by fraud.",
])
def test_appraisals_a_vote_marred_by_no_wrong_accuses_no_one(nlp: Language, text: str) -> None:
    assert not any(root == "11" for _, _, root in _dyads(text, nlp))


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Ghanaian president rejected the Togolese government's claim that his government had ties to "
     "smugglers.", "TGOGOV", "GHAGOV"),
    ("The Peruvian president denied Bolivia's suggestion that his government was hiding the cargo.", "BOL", "PER"),
])
def test_appraisals_a_claim_about_its_disputer_was_an_accusation(nlp: Language, text: str, source: str,
                                                                target: str) -> None:
    dyads = _dyads(text, nlp)
    assert any(s is not None and s.startswith(source) and t is not None and t.startswith(target) and root == "11"
               for s, t, root in dyads), dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Sudanese government said Chad was arming the rebels in Darfur.", "SDNGOV", "TCD"),
    ("Somali officials said Eritrea had links to the al-Shabab insurgents.", "SOMGOV", "ERI"),
])
def test_appraisals_a_report_of_backing_an_armed_group_accuses_the_backer(nlp: Language, text: str, source: str,
                                                                         target: str) -> None:
    dyads = _dyads(text, nlp)
    assert _accuses(dyads, source, target), dyads
    assert not any(root == "05" for _, _, root in dyads), dyads  # the backing itself is unproven


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Somali officials said Eritrea was helping the refugees.",  # no armed group
    "Somali officials said Eritrea was not arming the rebels.",
])
def test_appraisals_backing_no_armed_group_is_no_charge(nlp: Language, text: str) -> None:
    assert not any(root == "11" for _, _, root in _dyads(text, nlp))


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Malian junta said French jets had violated its airspace.", "MLIGOV", "FRA"),
    ("Yerevan said Azerbaijan had breached the peace agreement.", "ARM", "AZE"),
])
def test_wrongdoing_a_reported_breach_accuses_its_doer(nlp: Language, text: str, source: str, target: str) -> None:
    dyads = _dyads(text, nlp)
    assert any(s is not None and s.startswith(source) and t is not None and t.startswith(target) and root == "11"
               for s, t, root in dyads), dyads


@pytest.mark.model
def test_wrongdoing_a_reported_breach_of_a_truce_is_no_charge(nlp: Language) -> None:
    dyads = _dyads("Yerevan said Azerbaijan had breached the ceasefire.", nlp)
    assert not any(root == "11" for _, _, root in dyads), dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Zambian opposition said the government was corrupt.", "ZMBOPP", "ZMBGOV"),
    ("Malawian rights groups said the police were brutal.", None, "MWICOP"),
])
def test_appraisals_a_judged_actor_is_criticised(nlp: Language, text: str, source: str | None, target: str) -> None:
    dyads = _dyads(text, nlp)
    assert any((source is None or s == source) and t == target and root == "11" for s, t, root in dyads), dyads


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Zambian opposition said the government was ready.",  # no bad name
    "The Zambian opposition said the government was not corrupt.",
    "The Zambian opposition said the weather was disastrous.",  # no actor judged
])
def test_appraisals_no_judged_actor_without_a_bad_name_and_an_actor(nlp: Language, text: str) -> None:
    assert not any(root == "11" for _, _, root in _dyads(text, nlp))


@pytest.mark.model
def test_appraisals_a_wrongful_act_stays_the_wrongful_act_charge(nlp: Language) -> None:
    dyads = _dyads("The Togolese opposition said soldiers had wrongfully detained its spokesman.", nlp)
    assert ("TGOOPP", "TGOMIL", "11") in dyads, dyads
    assert not any(root == "17" for _, _, root in dyads), dyads  # the act is the charge's, not a fact


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("The Zambian opposition said the new law was repressive.", "ZMBOPP"),
    ("The Zambian opposition leader called the attempt to arrest him illegal.", "ZMBOPP"),
    ("Zambian residents said the curfew was unjust.", "ZMBCVL"),
])
def test_appraisals_criticism_of_a_state_act_is_aimed_at_the_government(nlp: Language, text: str,
                                                                       source: str) -> None:
    dyads = _dyads(text, nlp)
    assert (source, "ZMBGOV", "11") in dyads, dyads


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Zambian government said the new law was repressive.",  # the government itself
    "The Zambian opposition said the new law was necessary.",  # no bad name
    "The Zambian opposition said the storm was a disaster.",  # no state act
])
def test_appraisals_no_government_target_without_a_criticised_state_act(nlp: Language, text: str) -> None:
    dyads = _dyads(text, nlp)
    assert not any(t == "ZMBGOV" and root == "11" for _, t, root in dyads), dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union said its observers had found serious fraud in the Malawian election.", True),
    ("The African Union said its observers had found no fraud in the Malawian election.", False),
    ("The African Union said its observers had found serious delays in the Malawian election.", False),
])
def test_appraisals_a_wrong_found_in_a_vote_accuses_its_holder(nlp: Language, text: str, expected: bool) -> None:
    dyads = _dyads(text, nlp)
    assert any(t is not None and t.startswith("MWI") and root == "11" for _, t, root in dyads) is expected, dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Malawian opposition said police had harassed its supporters.", ("MWIOPP", "MWICOP", "11")),
    ("The Malawian opposition said police had not harassed its supporters.", None),
])
def test_wrongdoing_reported_harassment_accuses_its_doer(nlp: Language, text: str,
                                                         expected: tuple[str, str, str] | None) -> None:
    dyads = _dyads(text, nlp)
    if expected is None:
        assert not any(root == "11" for _, _, root in dyads), dyads
    else:
        assert expected in dyads, dyads
