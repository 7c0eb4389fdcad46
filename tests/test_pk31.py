"""Session 31 (pk31): forces and officials of international bodies acting in a country.

- a countryless force named with a body ("African Union peacekeeping troops", "NATO-led troops")
  or a commander "of" such a force is the body's (actors/body_forces.py), not the story country's
  army; a force with a country of its own keeps it ("Kenyan troops serving with the AU mission");
- a post named by a body ("a MONUSCO base") is the body's target, no state force implied
  (events/implied_actors.installation_owner);
- a body's troops killing armed men fight (190), as an army's do (events/combat.combat_code);
- mission acronyms in British title case ("Nato", "Monusco") are their bodies (orgs.tsv).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

Dyad = tuple[str | None, str | None, str]


def _dyads(nlp: Language, text: str, date: str = "2016-05-10") -> list[Dyad]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date=date, nlp=nlp).events]


def _actor_codes(nlp: Language, text: str, date: str = "2016-05-10") -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date=date, nlp=nlp).actors}


# --- a force named with a body is the body's (actors/body_forces.py) -------------------------------


@pytest.mark.parametrize("text, force, body", [
    ("Gunmen ambushed a column of African Union peacekeeping troops near a village in Somalia.",
     "peacekeeping troops", "IGOAU"),
    ("Insurgents shelled United Nations peacekeeping forces in Mali overnight.",
     "peacekeeping forces in Mali", "IGOUNO"),
    ("NATO-led troops arrested two suspects in a village of Afghanistan.", "troops", "IGONAT"),
])
def test_pk31_force_named_with_a_body_is_the_body(nlp: Language, text: str, force: str, body: str) -> None:
    assert _actor_codes(nlp, text).get(force) == body


def test_pk31_attack_on_body_troops_targets_the_body(nlp: Language) -> None:
    dyads = _dyads(nlp, "Gunmen ambushed a column of African Union peacekeeping troops near a village in Somalia.")
    assert any(target == "IGOAU" and cameo.startswith("19") for _, target, cameo in dyads)
    assert not any(target == "SOMMIL" for _, target, _ in dyads)


def test_pk31_commander_of_a_body_led_force_is_the_body(nlp: Language) -> None:
    codes = _actor_codes(nlp, "The diplomats also met the commander of the NATO-led force in Kosovo on Sunday.")
    assert codes.get("the commander") == "IGONAT"


def test_pk31_countrys_own_troops_with_a_mission_stay_its_own(nlp: Language) -> None:
    codes = _actor_codes(nlp, "Ugandan troops serving with the African Union mission killed six fighters in Somalia.")
    assert codes.get("Ugandan troops") == "UGAMIL"


def test_pk31_country_led_force_stays_the_countrys(nlp: Language) -> None:
    codes = _actor_codes(nlp, "French-led forces killed four gunmen in northern Mali.")
    assert codes.get("French-led forces") == "FRAMIL"


def test_pk31_bare_troops_still_take_the_story_country(nlp: Language) -> None:
    dyads = _dyads(nlp, "Rebels ambushed a column of troops near a village in Somalia.")
    assert any(target == "SOMMIL" for _, target, _ in dyads)


# --- a body's troops killing armed men fight (events/combat.py) -------------------------------------


def test_pk31_body_troops_killing_fighters_is_a_fight(nlp: Language) -> None:
    dyads = _dyads(nlp, "NATO-led troops killed five Taliban fighters in a village of Afghanistan.")
    assert ("IGONAT", "AFGINS", "190") in dyads


# --- a post named by a body is the body's (events/implied_actors.py) -------------------------------


def test_pk31_attack_on_a_body_base_targets_the_body(nlp: Language) -> None:
    dyads = _dyads(nlp, "Militiamen raided a MONUSCO base in eastern Congo on Sunday.")
    assert any(target == "IGOUNO" and cameo.startswith("19") for _, target, cameo in dyads)
    assert not any(target == "CODMIL" for _, target, _ in dyads)


def test_pk31_attack_on_an_army_base_near_miss_stays_the_army(nlp: Language) -> None:
    dyads = _dyads(nlp, "Rebels attacked an army base in eastern Congo on Sunday.")
    assert any(target == "CODMIL" for _, target, _ in dyads)


def test_pk31_body_name_as_a_place_makes_no_force(nlp: Language) -> None:
    codes = _actor_codes(nlp, "Hundreds of displaced families sheltered in the UN compound in Juba.")
    assert "SSDMIL" not in codes.values()


# --- mission names in title case are their bodies (orgs.tsv) ---------------------------------------


@pytest.mark.parametrize("text, name, body", [
    ("Nato troops detained two suspects in a village of Afghanistan.", "Nato troops", "IGONAT"),
    ("Monusco condemned the killing of two aid workers in Ituri.", "Monusco", "IGOUNO"),
    ("EULEX police arrested a judge in Pristina on Monday.", "EULEX", "IGOEU"),
])
def test_pk31_mission_spellings_are_their_bodies(nlp: Language, text: str, name: str, body: str) -> None:
    codes = _actor_codes(nlp, text)
    assert any(name in mention and code == body for mention, code in codes.items())
