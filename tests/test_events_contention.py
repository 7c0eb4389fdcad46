"""Protest and armed violence in the forms news tells them (CAMEO 14, 18, 19, 20).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, coded, country_triples


def _roots(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Sudanese students chanted slogans against the military government in Khartoum.", ("SDN", "SDN", "14")),
    ("Opposition activists shouted slogans against the Togolese president outside the court.", ("TGO", "TGO", "14")),
])
def test_chanting_slogans_against_someone_is_a_demonstration(nlp: Language, text: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert expected in _roots(nlp, text)


@pytest.mark.model
def test_chanting_beside_a_march_is_the_same_protest(nlp: Language) -> None:
    events = code(nlp, "Hundreds of Malawians marched through Lilongwe, chanting slogans against the president.")
    protests = [e for e in events if e.cameo.startswith("14")]
    assert len(protests) == 1
    assert "chant" not in protests[0].rule


@pytest.mark.model
def test_chanting_after_a_protest_sentence_retells_it(nlp: Language) -> None:
    events = code(nlp, "Thousands of Serbians rallied in Belgrade on Sunday. They chanted slogans against the "
                       "interior minister.")
    assert [e.rule.split("+")[0] for e in events if e.cameo.startswith("14")] == ["protest.demonstrate"]


@pytest.mark.model
def test_chanting_in_a_stadium_is_no_protest(nlp: Language) -> None:
    # no slogans, no one chanted against: fans singing are not demonstrating
    assert not any(e.cameo.startswith("14") for e in code(nlp, "Ghanaian fans chanted and sang in the stadium."))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tens of thousands of Armenians poured into the streets of Yerevan on Friday.",
    "Angry Peruvians spilled onto the streets of Lima after the vote.",
])
def test_crowds_pouring_into_the_streets_demonstrate(nlp: Language, text: str) -> None:
    found = _roots(nlp, text)
    assert any(c == "14" and s is not None for s, _, c in found)


@pytest.mark.model
def test_water_pouring_into_the_streets_is_no_protest(nlp: Language) -> None:
    assert not code(nlp, "Floodwater poured into the streets of Dhaka after the storm.")


@pytest.mark.model
def test_going_on_the_offensive_against_someone_is_an_attack(nlp: Language) -> None:
    found = _roots(nlp, "Ethiopian federal troops went on the offensive against Tigrayan rebels on Monday.")
    assert ("ETH", "ETH", "19") in found


@pytest.mark.model
def test_going_on_the_offensive_with_no_one_attacked_codes_nothing(nlp: Language) -> None:
    assert not any(e.cameo.startswith("19") for e in code(nlp, "The Colombian striker went on the offensive."))


@pytest.mark.model
def test_retook_is_the_past_of_retake(nlp: Language) -> None:
    found = _roots(nlp, "Malian troops retook the town of Kidal from Tuareg separatists.")
    assert any(s == "MLI" and c == "19" for s, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A bomb blast in Kabul killed eight civilians on Tuesday.",
    "An explosion in a Baghdad suburb killed eleven civilians.",
    "A car bomb in Mogadishu killed fourteen people.",
])
def test_where_a_blast_went_off_is_not_its_doer(nlp: Language, text: str) -> None:
    events = [e for e in coded(nlp, text) if e.cameo.startswith(("18", "19"))]
    assert events, "the attack by a weapon of unknown owners stays an event"
    assert all(e.source is None for e in events)


@pytest.mark.model
def test_a_named_doer_in_a_city_is_still_the_doer(nlp: Language) -> None:
    # the place rule is for blasts only: gunmen in a city are the doers, and of its country
    found = _roots(nlp, "Gunmen in Karachi killed two Pakistani police officers.")
    assert ("PAK", "PAK", "18") in found


@pytest.mark.model
def test_a_people_storming_its_own_palace_riots(nlp: Language) -> None:
    found = _roots(nlp, "Thousands of Sri Lankans stormed the presidential palace in Colombo.")
    assert ("LKA", "LKA", "14") in found
    assert not any(c == "19" for _, _, c in found)


@pytest.mark.model
def test_a_people_named_for_an_army_still_attacks(nlp: Language) -> None:
    # a demonym attacking another country is an army's attack, not unrest
    assert ("RUS", "UKR", "19") in _roots(nlp, "The Russians attacked Kharkiv on Monday.")


@pytest.mark.model
def test_a_crowd_surrounding_a_building_obstructs_it(nlp: Language) -> None:
    events = code(nlp, "Hundreds of angry protesters surrounded the parliament building in Bishkek.")
    assert [(e.cameo, e.source.country if e.source else None) for e in events] == [("144", "KGZ")]


@pytest.mark.model
def test_troops_surrounding_a_building_are_no_protest(nlp: Language) -> None:
    assert not any(e.cameo.startswith("14") for e in code(nlp, "Serbian police surrounded the opposition "
                                                                 "headquarters in Belgrade."))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Islamist militants bombed a crowded bus station in Peshawar.",
    "Insurgents carried out a string of bombings in Baghdad on Sunday.",
])
def test_bombs_set_off_by_armed_men_are_bombings_not_air_strikes(nlp: Language, text: str) -> None:
    codes = {c for _, _, c in country_triples(code(nlp, text))}
    assert "183" in codes
    assert not any(c.startswith("195") for c in codes)


@pytest.mark.model
def test_a_state_that_bombs_still_strikes_from_the_air(nlp: Language) -> None:
    assert ("RUS", "UKR", "195") in country_triples(code(nlp, "Russia bombed the Ukrainian port of Odesa."))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Nigerian troops repelled an attack by Boko Haram fighters on a town in Borno.", ("NGA", "NGA", "19")),
    ("Malian soldiers beat back a jihadist assault on their camp near Gao.", ("MLI", None, "19")),
])
def test_repelling_an_attack_is_force_on_the_attackers(nlp: Language, text: str,
                                                       expected: tuple[str, str | None, str]) -> None:
    found = _roots(nlp, text)
    assert any(s == expected[0] and c == expected[2] for s, _, c in found)


@pytest.mark.model
def test_repelling_an_attack_by_no_one_named_codes_nothing(nlp: Language) -> None:
    assert not code(nlp, "The Chadian army repelled an attack on its base overnight.")


@pytest.mark.model
def test_an_attack_from_someone_names_the_attacker(nlp: Language) -> None:
    found = _roots(nlp, "Congolese troops came under attack from M23 rebels near Goma.")
    assert ("COD", "COD", "19") in found


@pytest.mark.model
def test_a_series_of_blasts_is_an_attack_by_weapons_of_unknown_owners(nlp: Language) -> None:
    events = [e for e in code(nlp, "On Sunday a string of blasts killed at least nine people in Kirkuk.")
              if e.cameo.startswith("18")]
    assert [(e.source, e.target.country if e.target else None) for e in events] == [(None, "IRQ")]


@pytest.mark.model
def test_the_attacker_of_a_later_sentence_retells_the_attack(nlp: Language) -> None:
    text = ("A suicide bomber killed six Afghan soldiers outside an army base in Kandahar on Monday. "
            "Officials said the attacker detonated his explosives at the gate.")
    events = [e for e in code(nlp, text) if e.cameo.startswith(("18", "19"))]
    assert len(events) == 1
    assert events[0].trigger == "killed"


@pytest.mark.model
def test_an_attacker_named_first_is_no_retelling(nlp: Language) -> None:
    # nothing earlier to retell: the first telling stays
    events = code(nlp, "The attacker detonated his explosives outside an army base in Kandahar.")
    assert any(e.cameo.startswith("18") for e in events)


@pytest.mark.model
def test_insurgents_seizing_unnamed_ground_take_it_from_their_own_country(nlp: Language) -> None:
    found = _roots(nlp, "Taliban fighters captured a district headquarters on Sunday.")
    assert ("AFG", "AFG", "19") in found


@pytest.mark.model
def test_a_state_seizing_unnamed_ground_keeps_no_target(nlp: Language) -> None:
    # whose the town is the sentence does not say: no target is made up for a state's forces
    found = country_triples(code(nlp, "Russian forces captured the town on Sunday."))
    assert all(t is None for _, t, c in found if c.startswith("19"))


@pytest.mark.model
def test_protests_told_again_without_protesters_are_one_protest(nlp: Language) -> None:
    text = ("Thousands of Georgians rallied outside parliament in Tbilisi on Sunday against the new law. "
            "The protests continued into the night.")
    protests = [e for e in code(nlp, text) if e.cameo.startswith("14")]
    assert len(protests) == 1


@pytest.mark.model
def test_a_protest_in_another_country_is_not_a_retelling(nlp: Language) -> None:
    text = ("Thousands of Georgians rallied outside parliament in Tbilisi on Sunday. "
            "Protests also broke out in Yerevan, the Armenian capital.")
    countries = {e.source.country for e in code(nlp, text) if e.cameo.startswith("14") and e.source}
    assert countries == {"GEO", "ARM"}
