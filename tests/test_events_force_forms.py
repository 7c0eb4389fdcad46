"""Forms of force read in session 14: "engage" as combat only by armed men (patterns.yaml,
``fight.engage_armed``), and hyphenated "tear-gassed" read as a verb (nlp/hyphen_verbs.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _triples(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nigerian troops engaged Boko Haram fighters near Maiduguri.", ("NGAMIL", "190")),
    ("Taliban militants engaged Afghan soldiers outside Kunduz.", ("AFGINS", "190")),
])
def test_force_forms_armed_men_engaging_fight(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert any((s, c) == expected for s, _, c in _triples(nlp, text)), _triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The United States will continue to engage Iran on its nuclear programme.",
    "The European Union wants to engage Belarus to release political prisoners.",
    "Norway engaged the Sri Lankan government in a new round of diplomacy.",
])
def test_force_forms_engaging_a_state_is_no_fight(nlp: Language, text: str) -> None:
    assert not [t for t in _triples(nlp, text) if t[2].startswith("19")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Riot police tear-gassed students outside the Ugandan parliament.", ("UGACOP", "UGAEDU", "175")),
    ("Protesters in Minsk were tear-gassed by police.", ("BLRCOP", "BLRCVL", "175")),
    ("Police in Lima began tear-gassing the crowd.", ("PERCOP", "PERCVL", "175")),
    ("Police in Nairobi tear-gassed and arrested dozens of students.", ("KENCOP", "KENEDU", "175")),
])
def test_force_forms_tear_gassed_is_a_verb(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


def test_force_forms_tear_gas_noun_keeps_its_reading(nlp: Language) -> None:
    assert ("ECUCOP", "ECUCVL", "175") in _triples(nlp, "Police fired tear-gas at protesters in Quito.")


# --- who suffers a passive participle clause (events/participle_sufferers.py) ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Dozens of protesters gathered outside the parliament in Kampala, quickly dispersed by riot police.",
     ("UGACOP", "UGACVL", "175")),
    ("Hundreds of students marched in Lusaka before being dispersed by police.", ("ZMBCOP", "ZMBEDU", "175")),
    ("Zimbabwe's opposition leader returned to his home after being released by police.",
     ("ZWECOP", "ZWEOPP", "0841")),
])
def test_participle_sufferers_subject_of_the_clause_suffers(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


def test_participle_sufferers_an_agent_participle_is_no_act_of_the_crowd(nlp: Language) -> None:
    """"Protesters chanted while surrounded by police": the police surround them, not they anyone."""
    found = _triples(nlp, "Protesters in Karachi chanted slogans while surrounded by police.")
    assert not [t for t in found if t[0] == "PAKCVL" and t[2].startswith("14") and t[2] != "141"], found


def test_participle_sufferers_an_active_participle_keeps_its_doer(nlp: Language) -> None:
    found = _triples(nlp, "Police in Nairobi opened fire on the crowd, wounding dozens of people.")
    assert ("KENCOP", "KENCVL", "175") in found


# --- bare "officers" are police (actors/data/roles.tsv) ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Dhaka say officers arrested ten protesters.", ("BGDCOP", "BGDCVL", "173")),
    ("Officers in Harare fired tear gas at students.", ("ZWECOP", "ZWEEDU", "175")),
    ("An officer in Harare arrested the opposition leader.", ("ZWECOP", "ZWEOPP", "173")),
])
def test_force_forms_bare_officers_are_police(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.parametrize(("text", "sector"), [
    ("Senior army officers in Bamako met the president.", "MIL"),
    ("Election officers in Lagos met the governor.", "GOV"),
    ("The commanding officer in Freetown met the president.", "MIL"),
])
def test_force_forms_officers_of_another_body_keep_its_sector(nlp: Language, text: str, sector: str) -> None:
    assert any(s is not None and s.endswith(sector) for s, _, _ in _triples(nlp, text)), _triples(nlp, text)
