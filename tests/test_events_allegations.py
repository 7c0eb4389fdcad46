"""Reported claims about conflict: accusations, claims of responsibility and documents as speakers.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from events_helpers import country_triples as triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Human Rights Watch alleged that the Ethiopian army had shelled villages in Tigray.",
     ("NGOHRW", "ETH", "1123")),
    ("Armenia claimed that Azerbaijani troops attacked its border posts.", ("ARM", "AZE", "1123")),
    ("The Venezuelan opposition charged that police had tortured detainees in Caracas.", ("VEN", "VEN", "1122")),
    ("Kyiv asserted that Belarus had been complicit in the massacre.", ("UKR", "BLR", "1124")),
])
def test_events_allegation_of_conflict_is_an_accusation(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    events = code(nlp, text)
    assert expected in triples(events)
    # The alleged act is unproven: nothing of roots 13-20 is coded as fact.
    assert all(e.cameo.startswith("11") for e in events)


def test_events_plain_reported_speech_still_codes_the_act(nlp: Language) -> None:
    # a neutral reporter's news; the victim's own report is its accusation (test_reported_attacks23.py)
    found = triples(code(nlp, "Reuters said that Russian troops shelled Kharkiv on Monday."))
    assert ("RUS", "UKR", "194") in found


def test_events_allegation_not_made_codes_nothing(nlp: Language) -> None:
    assert code(nlp, "The rebels did not allege that Chad had attacked them.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A report published by the Colombian ombudsman alleged that the army had killed civilians.", "COL"),
    ("A dossier released in the Serbian capital alleged that Kosovo police had arrested Serb villagers.", "SRB"),
])
def test_events_document_alleging_speaks_for_its_issuer(nlp: Language, text: str, expected: str) -> None:
    sources = {e.source.country for e in code(nlp, text) if e.source is not None and e.cameo.startswith("112")}
    assert expected in sources


def test_events_accusation_names_each_accused_country_once(nlp: Language) -> None:
    text = ("An inquiry published by the Irish government alleged that Britain knew of the bombings and "
            "that British soldiers had taken part in the killings.")
    accusations = [e for e in code(nlp, text) if e.cameo.startswith("112")]
    assert [e.target.country for e in accusations if e.target is not None] == ["GBR"]


def test_events_claim_about_oneself_is_a_claim_of_responsibility(nlp: Language) -> None:
    found = triples(code(nlp, "The Pakistani Taliban claimed that they had bombed a police station in Peshawar."))
    assert found == {("PAK", "PAK", "015")}


def test_events_claimed_responsibility_targets_the_attacked_place(nlp: Language) -> None:
    found = triples(code(nlp, "Boko Haram claimed responsibility for a raid on a military base in Niger."))
    assert {(s, t) for s, t, c in found if c == "015"} == {("NGA", "NER")}


def test_events_admitting_ones_own_attack_claims_responsibility(nlp: Language) -> None:
    found = triples(code(nlp, "The Nigerian army admitted that its jets had bombed a village in Kaduna."))
    assert ("NGA", "NGA", "015") in found


def test_events_admitting_anothers_act_accuses_no_one(nlp: Language) -> None:
    assert not any(e.cameo.startswith("11") for e in code(nlp, "Ghana admitted that Togo had shelled the border."))
