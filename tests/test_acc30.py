"""Criticism and accusation (session 30, helper acc30).

- The secretariats of regional blocs are the blocs: "the ECOWAS Commission", "the African Union
  Commission", "the AU Commission" speak for ECOWAS and the AU (actors/data/orgs.tsv); before,
  the name was no actor, so "the ECOWAS Commission said it condemns ..." had no speaker.
- A side's report of an attack on a place *near* or *outside* a named town of its own country is
  its accusation of the attacker (CONVENTIONS 4.3), as one "in" the town is
  (``allegations.victim_report``); "near the border" still names no victim.
- Near misses: a neutral reporter, a side's report of its own side's act, and a spokesman's
  description code no accusation.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2023-08-02"


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE)}


BLOC_SPEAKERS = [
    ("The ECOWAS Commission said on Monday it condemns the coup by Niger's army.", ("IGOECO", "NERMIL", "111")),
    ("The African Union Commission condemned the coup by Guinea's army.", ("IGOAU", "GINMIL", "111")),
    ("The AU Commission condemned the attack by Sudan's army on the refugee camp.", ("IGOAU", "SDNMIL", "111")),
]


@pytest.mark.parametrize(("text", "triple"), BLOC_SPEAKERS)
def test_acc30_a_bloc_commission_speaks_for_the_bloc(nlp: Language, text: str,
                                                      triple: tuple[str, str, str]) -> None:
    assert triple in _triples(nlp, text)


def test_acc30_a_spokesman_describing_the_commission_accuses_no_one(nlp: Language) -> None:
    triples = _triples(nlp, "A spokesman described the ECOWAS Commission's budget for the coming year.")
    assert not any(c.startswith("11") for _, _, c in triples)


NEAR_A_TOWN = [
    ("Georgian officials said Russian warplanes bombed a village near Gori.", ("GEOGOV", "RUSMIL", "1123")),
    ("Georgian officials said Russian troops shelled a depot outside Gori.", ("GEOGOV", "RUSMIL", "1123")),
    ("Syrian officials said Israeli warplanes struck a building near Damascus.", ("SYRGOV", "ISRMIL", "1123")),
]


@pytest.mark.parametrize(("text", "triple"), NEAR_A_TOWN)
def test_acc30_an_attack_near_the_speakers_town_is_its_accusation(nlp: Language, text: str,
                                                                   triple: tuple[str, str, str]) -> None:
    triples = _triples(nlp, text)
    assert triple in triples
    assert not any(c.startswith("19") for _, _, c in triples)  # the act is told only by its victim


NO_ACCUSATION = [
    # near the border: either side's land
    "Turkish officials said Syrian troops shelled a village near the border.",
    # a side's report of its own side's act
    "Russian officials said Russian warplanes bombed a village near Idlib.",
    # a neutral reporter
    "Reuters reported that Russian warplanes bombed a village near Gori.",
]


@pytest.mark.parametrize("text", NO_ACCUSATION)
def test_acc30_no_accusation_without_a_victim_speaking(nlp: Language, text: str) -> None:
    assert not any(c.startswith("11") for _, _, c in _triples(nlp, text))


def test_acc30_an_acronym_tagged_as_adjective_still_does_the_wrong(nlp: Language) -> None:
    text = ("Congo's Independent National Electoral Commission (CENI) announced the results on Monday. "
            "Congolese opposition parties say CENI skewed the presidential vote.")
    assert ("CODOPP", "CODGOV", "112") in _triples(nlp, text)


FRAUD_DONE = [
    "Malawi's opposition leader said Malawi's ruling party orchestrated massive fraud in the vote.",
    # a wrong told in a clause of time inside the report
    "Malawi's opposition leader said his supporters took to the streets after Malawi's ruling party committed fraud.",
]


@pytest.mark.parametrize("text", FRAUD_DONE)
def test_acc30_a_fraud_done_is_a_charge(nlp: Language, text: str) -> None:
    assert ("MWIOPP", "MWIPTY", "112") in _triples(nlp, text)


FRAUD_NOT_DONE = [
    # fighting or looking into a fraud is no charge against anyone
    "Malawi's opposition leader said the electoral commission investigated fraud in the vote.",
    "Malawi's opposition leader said Malawi's ruling party denounced fraud in the vote.",
    # a clause of condition tells nothing done
    "Malawi's opposition leader said his supporters would march if Malawi's ruling party committed fraud.",
]


@pytest.mark.parametrize("text", FRAUD_NOT_DONE)
def test_acc30_fraud_not_done_charges_no_one(nlp: Language, text: str) -> None:
    assert not any(c.startswith("11") for _, _, c in _triples(nlp, text))


def test_acc30_a_change_of_government_is_aimed_at_no_government(nlp: Language) -> None:
    text = ("Soldiers tried to seize power in Gambia on Tuesday. "
            "ECOWAS said it rejects all unconstitutional change of government in member states.")
    assert not any(t == "GMBGOV" for _, t, _ in _triples(nlp, text))


def test_acc30_an_act_inside_the_narrators_clause_stays_the_act(nlp: Language) -> None:
    text = ("The raids came after Israeli forces killed five Palestinians in Jenin refugee camp, the Palestinian "
            "Health Ministry said.")
    triples = _triples(nlp, text)
    assert ("ISRMIL", "PSECVL", "180") in triples
    assert not any(c.startswith("11") for _, _, c in triples)
