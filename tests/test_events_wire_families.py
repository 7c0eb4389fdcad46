"""Wire-news wordings of protest, force and coercion the coder had no trigger for: setting fire to
what another owns, evicting people, workers walking off the job. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads, country_triples

pytestmark = pytest.mark.model


def roots(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants set fire to a Nigerian school.", "1712"),
    # a crowd's arson is its riot, abroad's property too (events/crowd_damage.py, session 16;
    # PETR-2 codes "a Russian building demolished by a Ukrainian protestor" 145)
    ("Libyan protesters set fire to the French embassy in Tripoli.", "145"),
])
def test_setting_fire_to_anothers_property_destroys_it(nlp: Language, text: str, expected: str) -> None:
    assert expected in {c for _, _, c in country_triples(code(nlp, text))}


def test_a_fire_set_to_nothing_owned_codes_nothing(nlp: Language) -> None:
    # no one's property: the fire has no target, and "set" alone is no act
    assert not code(nlp, "Kenyan farmers set fire to the dry grass before the rains.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Armenian government evicted hundreds of families from their homes.", ("ARM", "ARM", "17")),
    ("Israeli authorities evicted a Palestinian family from its home in Jerusalem.", ("ISR", "PSE", "17")),
])
def test_evicting_people_is_expelling_them(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(text, nlp)


@pytest.mark.parametrize("text", [
    "Bangladeshi garment workers walked off the job on Monday.",
    "Thousands of Chilean copper miners walked off the job over pay.",
])
def test_workers_walking_off_the_job_strike(nlp: Language, text: str) -> None:
    assert "143" in {c for _, _, c in country_triples(code(nlp, text))}


def test_a_politician_walking_off_a_stage_is_no_strike(nlp: Language) -> None:
    assert not code(nlp, "The Kenyan opposition leader walked off the stage after his speech.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Heavy fighting broke out between Armenian troops and Azerbaijani forces.", ("ARM", "AZE", "19")),
    ("Fierce fighting raged between Sudanese troops and rebels near El Fasher.", ("SDN", "SDN", "19")),
    ("Talks resumed between Serbia and Kosovo on Thursday.", ("SRB", "XKX", "04")),
])
def test_parties_named_on_the_verb_an_act_happens_by(nlp: Language, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    # "between" hangs on the occurrence verb, not on the noun that names the act
    assert expected in roots(text, nlp)


@pytest.mark.parametrize(("text", "one", "other"), [
    ("A firefight between Afghan police and Taliban fighters killed four.", "AFGCOP", "AFGINS"),
    ("A gun battle between Mexican soldiers and cartel gunmen killed six people.", "MEXMIL", "UAF"),
])
def test_a_firefight_or_gun_battle_is_fighting_both_ways(nlp: Language, text: str, one: str, other: str) -> None:
    dyads = {(s, t) for s, t, c in code_dyads(nlp, text) if c == "19"}
    assert dyads == {(one, other), (other, one)}


def test_a_legal_battle_or_a_brawl_is_no_armed_fight(nlp: Language) -> None:
    assert not code(nlp, "A legal battle between the Kenyan government and the opposition continued.")
    assert not code(nlp, "A fight broke out between two Kenyan lawmakers in parliament.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel called up tens of thousands of reservists on Sunday.", ("ISR", None, "154")),
    ("Turkey built up forces along the Syrian border.", ("TUR", "SYR", "154")),
    ("China concentrated troops near the Indian border.", ("CHN", "IND", "154")),
])
def test_calling_up_reserves_and_building_up_forces_mobilizes(nlp: Language, text: str,
                                                              expected: tuple[str, str | None, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Brazilian coach called up three new players for the World Cup.",
    "The Chilean company built up its cash reserves.",
    "The Indian ministry poured money into rural schools.",
])
def test_calling_up_players_or_building_up_cash_is_no_mobilization(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo.startswith("15")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarusian police broke up a gathering of opposition supporters.", ("BLR", "BLR", "17")),
    ("The junta put the Burmese opposition leader on trial.", ("MMR", "MMR", "17")),
])
def test_breaking_up_a_crowd_and_putting_someone_on_trial_coerce(nlp: Language, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in roots(text, nlp)


@pytest.mark.parametrize("text", [
    "Mexican police broke up a drug cartel.",
    "American regulators broke up the telephone monopoly.",
    "The Kenyan band broke up in 2010.",
])
def test_breaking_up_no_crowd_is_no_repression(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "175"]


def test_workers_downing_tools_strike(nlp: Language) -> None:
    # aimed at their government since session 15 (events/protest_forms.py: an untargeted strike of the governed)
    assert ("KEN", "KEN", "143") in country_triples(code(nlp, "Kenyan doctors downed tools over unpaid wages."))


def test_laying_siege_to_a_place_besieges_its_country(nlp: Language) -> None:
    assert ("ETH", "ETH", "19") in roots("Ethiopian troops laid siege to the Tigrayan capital.", nlp)
    # no siege: laying down demands or arms is no blockade
    assert not [e for e in code(nlp, "Ethiopian troops laid their weapons on the ground.") if e.cameo == "191"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Indian minister took issue with the Chinese claim.", ("IND", "CHN", "111")),
    ("Pakistan took exception to the Indian remarks.", ("PAK", "IND", "111")),
    ("The European Union frowned on the Hungarian law.", ("IGOEU", "HUN", "111")),
])
def test_taking_issue_or_exception_and_frowning_on_disapprove(nlp: Language, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_taking_an_issue_somewhere_is_no_disapproval(nlp: Language) -> None:
    assert not code(nlp, "The Kenyan president took the issue to parliament.")
