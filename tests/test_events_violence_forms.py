"""Frequent forms of violence news (events/violence_forms.py): the attack that set a toll
("killed following an ambush by X"), a bare military post attacked by armed men, battles fought
only by armed sides, and the armed doers the role table now names. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _triples(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)]


# --- the attack that set a toll ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Nine Nigerian soldiers were killed following an attack by Boko Haram fighters in Yobe.",
     ("NGAINS", "NGAMIL", "190")),
    ("Six Kenyan policemen died after an attack by al-Shabaab militants near Mandera.",
     ("SOMINS", "KENCOP", "190")),
    ("Three Afghan soldiers were wounded in a Taliban ambush in Kunduz.", ("AFGINS", "AFGMIL", "190")),
    ("Seven Kenyan soldiers died in an ambush by al-Shabaab fighters in Lamu.", ("SOMINS", "KENMIL", "190")),
])
def test_violence_forms_attack_that_set_a_toll_hit_the_dead(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


def test_violence_forms_an_ambush_is_an_attack_noun(nlp: Language) -> None:
    found = _triples(nlp, "Taliban fighters carried out an ambush on an Afghan army convoy in Ghazni.")
    assert any(s == "AFGINS" and c == "190" for s, _, c in found), found


def test_violence_forms_accident_after_a_storm_codes_nothing(nlp: Language) -> None:
    assert _triples(nlp, "Twelve Bangladeshi villagers died after a storm hit the coast.") == []


# --- a bare military post attacked by armed men ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents attacked an outpost in southern Afghanistan on Tuesday.", ("AFGINS", "AFGMIL", "190")),
    ("Rebels attacked a checkpoint in eastern Chad overnight.", ("TCDREB", "TCDMIL", "190")),
])
def test_violence_forms_bare_post_attacked_by_armed_men_is_the_army(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Malian troops attacked a base in northern Mali on Tuesday.",
    "Protesters attacked a police station in northern Kenya on Tuesday.",
])
def test_violence_forms_post_attacked_by_others_gets_no_army(nlp: Language, text: str) -> None:
    assert not any(t is not None and t.endswith("MIL") and s is not None and not s.endswith("MIL")
                   for s, t, _ in _triples(nlp, text))


# --- battles are fought by armed sides ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Battles broke out on Sunday between Sudanese troops and rebels in Darfur.",
     {("SDNMIL", "SDNREB", "190"), ("SDNREB", "SDNMIL", "190")}),
    ("Heavy battles raged between Somali soldiers and al-Shabaab militants near Baidoa.",
     {("SOMMIL", "SOMINS", "190"), ("SOMINS", "SOMMIL", "190")}),
])
def test_violence_forms_battle_between_armed_sides_is_a_fight(
        nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= set(_triples(nlp, text))


@pytest.mark.parametrize("text", [
    "The battle between the Kenyan president and parliament over the budget went on for weeks.",
    "A legal battle between the Zambian government and the opposition began in court.",
    "The Kenyan opposition leader is back in Nairobi following battles between police and militants.",
])
def test_violence_forms_battle_of_unarmed_sides_or_a_mere_setting_codes_nothing(
        nlp: Language, text: str) -> None:
    assert not any(c == "190" for _, _, c in _triples(nlp, text))


# --- armed doers named by role -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bandits killed six villagers in northwestern Nigeria on Sunday.", ("CRM", "180")),
    ("Kidnappers abducted two Indian engineers in southern Nigeria.", ("CRM", "181")),
])
def test_violence_forms_armed_doers_by_role(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = _triples(nlp, text)
    assert any(s == expected[0] and c == expected[1] for s, _, c in found), found


# --- "the attackers" are the armed men just named (actors/attackers.py) ------------------------------

def _sources(nlp: Language, text: str, cameo: str) -> set[str | None]:
    return {s for s, _, c in _triples(nlp, text) if c == cameo}


@pytest.mark.parametrize(("text", "expected"), [
    ("Boko Haram fighters raided a village in Borno state on Sunday. Later the attackers shot dead "
     "two Nigerian policemen.", "NGAINS"),
    ("Gunmen kidnapped five traders near Kaduna on Monday. The assailants also shot dead a Nigerian "
     "policeman.", "UAF"),
])
def test_violence_forms_attackers_are_the_armed_men_just_named(nlp: Language, text: str, expected: str) -> None:
    assert expected in _sources(nlp, text, "180")


def test_violence_forms_attackers_with_no_armed_group_named_stay_unidentified(nlp: Language) -> None:
    assert _sources(nlp, "Kenyan police said the assailants shot dead a Kenyan policeman in Garissa.", "180") == {"UAF"}
