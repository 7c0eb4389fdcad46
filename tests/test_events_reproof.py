"""Criticism in forms the patterns missed (events/reproof.py, events/misconduct.py, the under-fire
critics of events/reproaches.py, and the session-13 bad names and verbal attacks). The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("Kenyan opposition leader Raila Odinga described the Ugandan government's decision as absurd.",
     ("KENOPP", "UGAGOV")),
    ("The Tanzanian opposition described the Kenyan ban as illegal.", ("TZAOPP", "KEN")),
])
def test_reproof_name_hung_on_named_thing(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Malawian opposition parties charged that the election results had been rigged.",
    "Malawian opposition parties claimed the vote was rigged.",
    "Malawian opposition parties complained that the election was unfair.",
])
def test_reproof_claiming_verb_judges_what_it_names(nlp: Language, text: str) -> None:
    assert ("MWIOPP", "MWIGOV", "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # praise and plain claims judge nothing
    "Malawian opposition parties claimed the vote was a success.",
    "The Malawian army claimed victory in the north.",
])
def test_reproof_claim_without_bad_judgement_is_no_criticism(nlp: Language, text: str) -> None:
    assert not any(r == "11" for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("Zambian protesters said police were using too much force against them.", ("ZMBCVL", "ZMBCOP")),
    ("Rights groups say Nigerian troops used disproportionate force in the delta.", ("NGO", "NGAMIL")),
    ("The Greek government said Turkey had carried out aggressive actions in the Aegean.", ("GRCGOV", "TUR")),
    ("The Indian foreign minister said China had taken provocative steps along the border.", ("INDGOV", "CHN")),
])
def test_misconduct_reported_wrong_accuses_doer(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # force not qualified as a wrong, or denied
    "The Zambian police said officers used force to clear the road.",
    "The Greek ministry said Turkish forces did not use excessive force.",
])
def test_misconduct_plain_or_denied_force_is_no_accusation(nlp: Language, text: str) -> None:
    assert not any(r == "11" for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("The Ugandan government came under fire from rights groups for the arrests.", ("NGO", "UGAGOV")),
    ("The Egyptian ministry came under fire from rights groups.", ("NGO", "EGYGOV")),
])
def test_reproof_rights_groups_fire_words(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


def test_reproof_armed_fire_stays_fighting(nlp: Language) -> None:
    dyads = code_dyads(nlp, "The Indian patrol came under heavy fire from Pakistani troops near the border.")
    assert not any(r == "11" for _, _, r in dyads)


@pytest.mark.parametrize("text, dyad", [
    ("The Kenyan opposition launched a scathing attack on President Uhuru Kenyatta.", ("KENOPP", "KENGOV")),
    ("Turkish President Erdogan launched a tirade against the European Union.", ("TURGOV", "IGOEU")),
])
def test_reproof_verbal_attack_is_criticism(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert (*dyad, "11") in dyads
    assert not any(r in ("14", "19") for _, _, r in dyads)


@pytest.mark.parametrize("text, dyad", [
    ("The Sudanese opposition called the election a power grab.", ("SDNOPP", "SDNGOV")),
    ("The Zimbabwean opposition described the Tanzanian report as biased and misleading.", ("ZWEOPP", "TZA")),
])
def test_reproof_new_bad_names(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text, dyad", [
    ("The Russian foreign ministry expressed a strong protest to London over the expulsions.", ("RUSGOV", "GBRGOV")),
    ("Beijing voiced its protest against the Japanese visit.", ("CHNGOV", "JPN")),
])
def test_reproof_spoken_protest_is_complaint(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert (*dyad, "11") in dyads
    assert not any(r == "14" for _, _, r in dyads)


def test_reproof_untargeted_spoken_protest_is_no_demonstration(nlp: Language) -> None:
    dyads = code_dyads(nlp, "The Russian ministry expressed a strong protest over the decision.")
    assert not any(r == "14" for _, _, r in dyads)


@pytest.mark.parametrize("text, dyad", [
    ("Hamas ignored Egyptian calls for a truce.", ("PSEINS", "EGY")),
    ("The Malian junta defied an ECOWAS ultimatum to hand over power.", ("MLIGOV", "IGOECO")),
])
def test_reproof_ignored_demand_is_rejection(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "12") in code_dyads(nlp, text)



@pytest.mark.parametrize("text, dyad", [
    ("Ukraine's president said Russian forces were committing genocide.", ("UKRGOV", "RUSMIL")),
    ("The Armenian government said Azerbaijan had committed atrocities against civilians.", ("ARMGOV", "AZE")),
])
def test_misconduct_reported_crime_accuses_doer(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text, accusation", [
    ("The Sudanese army denied the accusation by the rebels that it bombed civilians.", ("REB", "SDNMIL")),
    ("Kigali rejected the allegation by Kinshasa that Rwandan troops had crossed the border.",
     ("CODGOV", "RWAMIL")),
])
def test_reproof_misparsed_claim_clause_is_the_accusation(nlp: Language, text: str,
                                                          accusation: tuple[str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert (*accusation, "11") in dyads
    assert any(r == "01" for _, _, r in dyads)  # the denial
    assert not any(r in ("19", "17") for _, _, r in dyads)  # the alleged act is not a fact


@pytest.mark.parametrize("text, dyad", [
    ("Kenyan opposition leaders pointed out glaring irregularities in the presidential vote.", ("KENOPP", "KENGOV")),
    ("The Zimbabwean opposition cited massive fraud in the election.", ("ZWEOPP", "ZWEGOV")),
])
def test_misconduct_pointed_irregularities_accuse_vote_holder(nlp: Language, text: str,
                                                              dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The Nigerian electoral commission found no fraud in the election.",
    "Ghana's opposition did not point out any irregularities in the vote.",
    "The Kenyan police reported a rise in crime in the capital.",
])
def test_misconduct_no_irregularities_no_accusation(nlp: Language, text: str) -> None:
    assert not any(r == "11" for _, _, r in code_dyads(nlp, text))
