"""Armed violence told through its toll and its sufferers (newsevents.events.combat).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:3]) for s, t, c in country_triples(code(nlp, text))}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the attack on a place no actor stands for is aimed at the people its participle kills
    ("Islamist insurgents raided a hamlet in central Mali on Friday, killing nine herders.", ("MLI", "MLI", "190")),
    ("Militants ambushed a Kenyan army convoy near Garissa, killing six soldiers.", ("KEN", "KEN", "190")),
    # a toll stated as "leaving X dead"
    ("Syrian rebels shelled the district, leaving eleven civilians dead.", ("SYR", "SYR", "194")),
])
def test_toll_participle_names_the_target(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(nlp, text)
    assert expected in found
    # the deaths are the toll of the attack, not a second (unconventional) event
    assert not any(c.startswith("18") for _, _, c in found)


@pytest.mark.model
def test_killed_when_clause_names_whom_the_attack_hit(nlp: Language) -> None:
    found = _triples(nlp, "Five Pakistani policemen were killed when militants stormed a post near Peshawar.")
    assert ("PAK", "PAK", "190") in found


@pytest.mark.model
def test_leaving_dead_is_no_withdrawal(nlp: Language) -> None:
    found = _triples(nlp, "Ugandan rebels burned the village, leaving thirty people dead.")
    assert not any(c.startswith("08") for _, _, c in found)


@pytest.mark.model
def test_a_named_target_is_kept_over_the_toll(nlp: Language) -> None:
    # the victims' country differs from the target's: the attack stays aimed at the named target
    found = _triples(nlp, "Russian jets bombed the Ukrainian town of Izium, killing four Georgian volunteers.")
    assert ("RUS", "UKR", "195") in found
    assert ("RUS", "GEO", "195") not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A Nigerian army patrol came under attack by Boko Haram fighters near Maiduguri.", ("NGA", "NGA", "190")),
    ("An Indian border post came under fire from Pakistani troops overnight.", ("PAK", "IND", "193")),
])
def test_came_under_attack_by_an_agent(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.model
def test_came_under_attack_with_no_agent_codes_nothing(nlp: Language) -> None:
    # no attacker identified: the act is left out (see newsevents.events.unattributed)
    assert not _triples(nlp, "A Nigerian army patrol came under attack near Maiduguri on Sunday.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Colombian soldiers killed eight FARC rebels in the jungle, the army said.", ("COL", "COL", "190")),
    ("Somali troops killed twelve al-Shabab militants near Kismayo.", ("SOM", "SOM", "190")),
])
def test_armed_forces_killing_armed_men_fight(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(nlp, text)
    assert expected in found
    assert not any(c.startswith("18") for _, _, c in found)


@pytest.mark.model
def test_soldiers_killing_civilians_stay_an_assault(nlp: Language) -> None:
    found = _triples(nlp, "Burmese soldiers killed eleven villagers in Sagaing, witnesses said.")
    assert ("MMR", "MMR", "180") in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "M23 rebels seized control of Goma on Saturday after two days of fighting.",
    "Houthi fighters captured Aden in March.",
])
def test_armed_men_seizing_a_place_occupy_it(nlp: Language, text: str) -> None:
    found = _triples(nlp, text)
    assert any(c == "192" for _, _, c in found)
    assert not any(c.startswith("17") for _, _, c in found)


@pytest.mark.model
def test_police_seizing_property_still_confiscate(nlp: Language) -> None:
    found = _triples(nlp, "Kenyan police seized the assets of a former governor in Nairobi.")
    assert not any(c == "192" for _, _, c in found)


@pytest.mark.model
def test_troops_seizing_a_countrys_ship_still_seize(nlp: Language) -> None:
    found = country_triples(code(nlp, "Iranian troops seized an Iraqi tanker in the Gulf on Monday."))
    assert ("IRN", "IRQ", "1711") in found
    assert not any(c == "192" for _, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Government warplanes killed 30 people in the Syrian town of Salqin.", ("SYR", "SYR", "195")),
    ("Russian artillery killed five Ukrainian soldiers near Bakhmut.", ("RUS", "UKR", "194")),
])
def test_deaths_dealt_from_the_air_or_by_guns(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.model
def test_a_suicide_bomber_is_no_plane(nlp: Language) -> None:
    found = _triples(nlp, "A suicide bomber killed nine Afghan policemen in Kandahar on Monday.")
    assert not any(c.startswith("19") for _, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabab fighters staged an assault that killed 20 Kenyan soldiers.", ("SOM", "KEN", "190")),
    ("Boko Haram fighters launched a raid in which nine Cameroonian soldiers were killed.", ("NGA", "CMR", "190")),
])
def test_relative_toll_names_whom_an_attack_noun_hit(nlp: Language, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.model
def test_soldiers_detaining_a_foreigner_arrest_him(nlp: Language) -> None:
    # the country is a modifier of the person taken, not a place taken
    found = _triples(nlp, "Chadian soldiers detained a Belgian aid worker near Abeche on Friday.")
    assert not any(c == "192" for _, _, c in found)
