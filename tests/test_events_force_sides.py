"""Force between the state and a crowd, deaths told twice, attacks told by their sufferers, and
restrictions a country imposes on its own places (events/force_sides.py, session 12). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _codes(nlp: Language, text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.rule)
            for e in code(nlp, text)]


# --- a clash between the state's forces and a crowd is the crowd's riot and the forces' repression --
# (both ways since session 23, as the coding convention's rule 3.3 codes a clash)

@pytest.mark.parametrize(("text", "expected"), [
    ("Police clashed with protesters in the Kenyan capital on Monday.", ("KENCVL", "KENCOP")),
    ("Riot police clashed with opposition supporters in Harare.", ("ZWEOPP", "ZWECOP")),
    ("Ugandan soldiers clashed with student demonstrators in Kampala.", ("UGAOPP", "UGAMIL")),
])
def test_force_sides_state_clash_with_crowd_is_the_crowds_riot(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = _codes(nlp, text)
    crowd, force = expected
    assert [(s, t, c) for s, t, c, _ in found] == [(crowd, force, "145"), (force, crowd, "175")], found
    assert "+crowd-clash" in found[0][3] and found[1][3].endswith("+clash-force")


def test_force_sides_a_crowd_named_first_keeps_its_riot(nlp: Language) -> None:
    found = _codes(nlp, "Kenyan protesters clashed with police in Nairobi.")
    assert [(s, t, c) for s, t, c, _ in found] == [("KENCVL", "KENCOP", "145"), ("KENCOP", "KENCVL", "175")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Syrian government forces clashed with rebels near Aleppo.", ("SYR", "SYR", "190")),
    ("Malian government troops clashed with Tuareg rebels near Kidal.", ("MLI", "MLI", "190")),
    ("Nigerian soldiers clashed with Boko Haram fighters near Maiduguri.", ("NGA", "NGA", "190")),
])
def test_force_sides_armed_doers_named_with_government_fight(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_force_sides_ministers_clashing_still_fight_no_one(nlp: Language) -> None:
    assert not code(nlp, "French and German ministers clashed over nuclear energy in Brussels.")


# --- police and soldiers killing protesters repress them -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bangladeshi police shot dead three protesters in Dhaka.", ("BGD", "BGD", "175")),
    ("Sudanese soldiers killed twelve demonstrators in Khartoum.", ("SDN", "SDN", "175")),
    ("Guinean police killed two people during an opposition rally in Conakry.", ("GIN", "GIN", "175")),
    ("Guinean soldiers were shooting on an unarmed crowd in Conakry on Monday.", ("GIN", "GIN", "175")),
])
def test_force_sides_killing_a_crowd_at_home_is_repression(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found and not any(c.startswith("18") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "Malian soldiers killed twelve villagers in the central region of Mopti.",  # no crowd, no protest
    "Militants killed twelve Nigerian soldiers in Borno.",
])
def test_force_sides_other_killings_keep_their_code(nlp: Language, text: str) -> None:
    assert not any(e.cameo == "175" for e in code(nlp, text))


# --- "shot and killed" is one act ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police in Burundi shot and killed three protesters in Bujumbura.",
    "Gunmen shot and killed a Colombian soldier in Cauca.",
])
def test_force_sides_two_verbs_of_one_killing_code_once(nlp: Language, text: str) -> None:
    violent = [e for e in code(nlp, text) if e.cameo[:2] in ("17", "18", "19")]
    assert len(violent) == 1, [(e.trigger, e.cameo) for e in violent]


# --- attacks told by those who suffered them -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Nigerian army faced rocket attacks from Boko Haram militants.", ("NGA", "NGA")),
    ("Israeli soldiers faced attacks by Palestinian gunmen in Jenin.", ("PSE", "ISR")),
    ("Ukrainian troops suffered heavy attacks from Russian forces near Bakhmut.", ("RUS", "UKR")),
])
def test_force_sides_the_subject_of_faced_attacks_is_their_target(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert any((s, t) == expected and c.startswith("19") for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan government faces a fight over the budget in parliament.",
    "The Nigerian president faced criticism from the opposition over the attacks.",
])
def test_force_sides_facing_no_attack_codes_no_force(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("19") for e in code(nlp, text))


def test_force_sides_sustaining_an_attack_is_keeping_it_up(nlp: Language) -> None:
    found = country_triples(code(nlp, "Islamist fighters sustained their attack on the Nigerian town of Maiduguri."))
    assert found == {("NGA", "NGA", "190")}, found  # the fighters attack; they suffer nothing


# --- a crowd removed by force -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Riot police forced the protesters from their camp in Phnom Penh.", ("KHM", "KHM", "175")),
    ("Police cleared demonstrators from the main square in Minsk.", ("BLR", "BLR", "175")),
    ("Riot police drove the marchers out of the square in Kyiv.", ("UKR", "UKR", "175")),
    ("Lebanese security forces chased protesters through the streets of Beirut.", ("LBN", "LBN", "175")),
])
def test_force_sides_a_crowd_driven_out_is_repressed(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "Kenyan police evicted hundreds of families from a settlement in Nairobi.",
    "Kenyan police chased the thieves through the market in Nairobi.",
])
def test_force_sides_people_removed_who_are_no_crowd_are_not_repressed(nlp: Language, text: str) -> None:
    assert not any(e.cameo == "175" for e in code(nlp, text))


# --- a country's restriction on its own places ---------------------------------------------------

def test_force_sides_a_country_restricting_its_own_city_codes(nlp: Language) -> None:
    text = "Peru declared a state of emergency in Lima after a week of violent protests."
    assert ("PER", "PER", "1724") in country_triples(code(nlp, text))


# --- a toll told by the second of two participles -------------------------------------------------

def test_force_sides_a_toll_after_another_participle_names_the_target(nlp: Language) -> None:
    text = "Peruvian commandos stormed the Japanese ambassador's residence, freeing the hostages and killing all " \
           "14 rebels."
    found = [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
             for e in code(nlp, text) if e.cameo[:2] in ("18", "19")]
    assert found == [("PERMIL", "PERREB", "190")], found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Sri Lankan navy sank three rebel boats off the northern coast.", ("LKA", "LKA", "190")),
])
def test_force_sides_sinking_vessels_is_an_attack(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Kenyan shilling sank to a record low on Monday.",
    "Opposition lawmakers in Nairobi sank the finance bill.",
])
def test_force_sides_sinking_no_vessel_is_no_attack(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("19") for e in code(nlp, text))


# --- both sides of a two-sided fight take the country of the story's forces ------------------------

@pytest.mark.parametrize("text", [
    "Clashes between the Malian army and Tuareg rebels erupted near Kidal.",
    "Clashes between Malian troops and Tuareg rebels erupted near Kidal.",
])
def test_force_sides_a_bare_side_of_a_clash_between_two_is_placed_both_ways(nlp: Language, text: str) -> None:
    found = [(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in code(nlp, text) if e.cameo == "190"]
    assert sorted(found) == [("MLIMIL", "MLIREB"), ("MLIREB", "MLIMIL")], found


def test_force_sides_a_bare_attacker_of_foreign_troops_stays_bare(nlp: Language) -> None:
    found = country_triples(code(nlp, "Rebels attacked Turkish troops near the border on Monday."))
    assert ("TUR", "TUR", "190") not in found, found


# --- troops sent to a border no one is named across ---------------------------------------------

def test_force_sides_troops_sent_to_the_border_face_the_storys_other_country(nlp: Language) -> None:
    text = ("Kenya expelled Somalia's ambassador on Sunday, a day after Somali forces shelled a Kenyan border post. "
            "Somalia said the shelling was a mistake. The Kenyan president also ordered two battalions to the "
            "northern border.")
    found = country_triples(code(nlp, text))
    assert ("KEN", "SOM", "154") in found, found


def test_force_sides_troops_sent_inside_the_country_get_no_foe(nlp: Language) -> None:
    text = "The Kenyan president ordered two battalions to the capital after the riots in Nairobi."
    assert not any(e.cameo == "154" and e.target is not None and "border-foe" in e.rule
                   for e in code(nlp, text))

