"""Criticism, rejection and reduced relations in frequent forms (session 15): events/criticism_forms.py,
events/refused_outcomes.py, events/harmful_effects.py, events/document_doers.py. The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("Bolivia's president charged that Washington was meddling in Bolivian politics.", ("BOLGOV", "USAGOV")),
    ("The Cuban foreign minister complained that Washington was interfering in Cuba's internal affairs.",
     ("CUBGOV", "USAGOV")),
    ("Nicaragua's president claimed that Washington was plotting to topple his government.", ("NICGOV", "USAGOV")),
])
def test_criticism_forms_claiming_verb_reports_a_wrong(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # an object: a legal charge, not a report
    "Bolivian prosecutors charged the American businessman with fraud.",
    # a claim with no wrong in its clause
    "Bolivia's president claimed that Washington was ready for talks.",
])
def test_criticism_forms_claiming_verb_without_wrong_accuses_no_one(nlp: Language, text: str) -> None:
    assert not any(r == "11" for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, source", [
    ("Malawi's opposition said it would not accept the results of the presidential vote.", "MWIOPP"),
    ("The Ivorian opposition leader will never accept the outcome of the election.", "CIVOPP"),
    ("Gabon's opposition does not recognise the election results.", "GABOPP"),
])
def test_criticism_forms_outcome_not_accepted_is_rejected(nlp: Language, text: str, source: str) -> None:
    assert any(s == source and r == "12" for s, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text", [
    # accepted, not rejected
    "Malawi's opposition said it would accept the results of the presidential vote.",
    # not an outcome
    "Malawi's opposition said it would not accept any delay in the vote count.",
])
def test_criticism_forms_outcome_accepted_is_no_rejection(nlp: Language, text: str) -> None:
    assert not any(r == "12" for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, dyad, root", [
    ("The Chinese government decided to impose sanctions on the Lithuanian minister.", ("CHNGOV", "LTUGOV"), "16"),
    ("Algeria decided to expel the Moroccan ambassador.", ("DZA", "MARGOV"), "16"),
])
def test_criticism_forms_decided_measure_is_taken(nlp: Language, text: str, dyad: tuple[str, str],
                                                   root: str) -> None:
    dyads = code_dyads(nlp, text)
    assert (*dyad, root) in dyads
    assert not any(r == "13" for _, _, r in dyads)  # no threat


def test_criticism_forms_planned_measure_stays_intended(nlp: Language) -> None:
    # a plan is not a decision taken: it keeps its mood (a threat to act)
    dyads = code_dyads(nlp, "Algeria plans to expel the Moroccan ambassador.")
    assert not any(r == "16" for _, _, r in dyads)


@pytest.mark.parametrize("text, expected", [
    ("The Peruvian opposition leader said he would reject the results of the runoff.", True),
    # resisting is a threat of dissent, not a rejection said
    ("The Peruvian opposition leader said his party would resist the new government.", False),
])
def test_criticism_forms_future_rejection_is_made(nlp: Language, text: str, expected: bool) -> None:
    assert any(r == "12" for _, _, r in code_dyads(nlp, text)) is expected


@pytest.mark.parametrize("text, dyad", [
    ("Mexico's economy minister said the American tariffs would hurt farmers in both countries.", ("MEXGOV", "USA")),
    ("The Jordanian foreign minister said the Israeli decision would escalate tensions in the region.",
     ("JORGOV", "ISR")),
    ("Sudan's irrigation minister warned that the Ethiopian dam endangered millions of Sudanese.", ("SDNGOV", "ETH")),
])
def test_harmful_effects_harm_by_an_act_criticises_its_owner(nlp: Language, text: str,
                                                            dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # harm by no one's act
    "Mexico's economy minister said the drought would hurt farmers in both countries.",
    # harm denied
    "Mexico's economy minister said the American tariffs would not hurt Mexican farmers.",
    # an attack told, not a criticism
    "The Ukrainian army said Russian missile strikes destroyed a power plant.",
])
def test_harmful_effects_no_criticism_without_an_owned_harm(nlp: Language, text: str) -> None:
    assert not any(r == "11" for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("The Ghanaian opposition welcomed an ECOWAS statement criticising the Malian junta.", ("IGOECO", "MLIGOV")),
    ("Caracas protested a U.S. decree calling Venezuela a threat to American security.", ("USA", "VEN")),
])
def test_document_doers_document_acts_for_its_own_issuer(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert any(s == dyad[0] and t == dyad[1] for s, t, _ in dyads)


def test_document_doers_reacting_verb_is_no_issuer(nlp: Language) -> None:
    # the one who rejects a resolution did not write it
    dyads = code_dyads(nlp, "Serbia rejected a resolution condemning Serbian police.")
    assert not any(s == "SRB" and r == "11" for s, _, r in dyads)


def test_document_doers_misparsed_statement_condemns(nlp: Language) -> None:
    text = ("Boko Haram gunmen killed 20 Nigerian soldiers on Monday. A statement from the French foreign "
            "ministry condemned in the strongest terms Monday's horrific attack in Borno.")
    assert any(s == "FRAGOV" and r == "11" for s, _, r in code_dyads(nlp, text))


def test_document_doers_announced_plans_have_a_doer(nlp: Language) -> None:
    dyads = code_dyads(nlp, "Moldova announced plans to expel 20 Russian diplomats.")
    assert any(s is not None and s.startswith("MDA") and t is not None and t.startswith("RUS") for s, t, _ in dyads)
