"""Coding conventions for implicit slots (passive arrests, riots, protests' own country) and the
trigger words and role nouns added for real news (issue 10). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.events.implied import riot_code
from newsevents.events.patterns import lexicon
from newsevents.extraction import extract
from newsevents.records import ActorMention

pytestmark = pytest.mark.model


def codes_of(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of each event in ``text``."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


# --- implied police -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Malawi's main opposition leader was arrested at his home on Monday.", ("MWICOP", "MWIOPP", "173")),
    ("Dozens of Georgian activists were detained outside parliament.", ("GEOCOP", "GEOOPP", "173")),
])
def test_events_agentless_passive_arrest_takes_the_police_of_the_arrested(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = [e for e in code(nlp, text) if e.cameo == "173"]
    assert {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in events} == {expected}
    assert all(e.rule.endswith("+implied-police") for e in events)


def test_events_named_arrester_is_kept_over_the_implied_police(nlp: Language) -> None:
    found = codes_of(nlp, "The Georgian journalist was arrested by Russian soldiers in Abkhazia.")
    assert ("RUSMIL", "GEOMED", "173") in found
    assert not any(s and s.endswith("COP") for s, _, _ in found)


def test_events_arrest_of_an_actor_without_country_implies_no_police(nlp: Language) -> None:
    events = code(nlp, "A man was arrested after the concert.")
    assert not any(e.source is not None and (e.source.code or "").endswith("COP") for e in events)


def test_events_active_arrest_has_no_implied_source(nlp: Language) -> None:
    events = code(nlp, "Ugandan soldiers arrested two opposition lawmakers in Kampala.")
    assert all("implied-police" not in e.rule for e in events)


# --- riots ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chilean protesters clashed with riot police in Santiago.",
    "Supporters of the jailed Senegalese opposition leader fought with police in Dakar.",
])
def test_events_crowd_fighting_police_is_a_riot(nlp: Language, text: str) -> None:
    events = [e for e in code(nlp, text) if e.cameo[:2] in ("14", "19")]
    assert events and all(e.cameo == "145" for e in events)
    assert all("+riot" in e.rule for e in events)


def test_events_soldiers_clashing_stay_a_military_fight(nlp: Language) -> None:
    found = codes_of(nlp, "Ethiopian soldiers clashed with Eritrean troops near the border.")
    assert ("ETHMIL", "ERIMIL", "190") in found
    assert all(c != "145" for _, _, c in found)


# --- protests aimed at the protesters' country ----------------------------------------------------

def test_events_crowd_protest_without_target_is_aimed_at_its_country(nlp: Language) -> None:
    events = [e for e in code(nlp, "Thousands of Bulgarian students protested on Sunday.") if e.cameo == "141"]
    assert [(e.source.code, e.target.code) for e in events if e.source and e.target] == [("BGREDU", "BGR")]
    assert events[0].rule.endswith("+domestic-target")


def test_events_protest_with_named_target_keeps_it(nlp: Language) -> None:
    found = country_triples(code(nlp, "Moldovan farmers protested against the Romanian government."))
    assert ("MDA", "ROU", "141") in found


def test_events_official_protest_gets_no_implied_target(nlp: Language) -> None:
    events = [e for e in code(nlp, "Members of the Peruvian senate protested on Tuesday.") if e.cameo[:2] == "14"]
    assert all("domestic-target" not in e.rule for e in events)


# --- new triggers -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "source", "root"), [
    ("Mali's junta opened peace talks with the Tuareg rebels in Algiers.", "MLI", "04"),
    ("Hundreds of Georgian students took to the streets against the new media law.", "GEO", "14"),
    ("Tokyo voiced strong objections to China.", "JPN", "11"),
])
def test_events_real_news_triggers_code(nlp: Language, text: str, source: str, root: str) -> None:
    found = country_triples(code(nlp, text))
    assert any(s == source and c[:2] == root for s, _, c in found), found


def test_events_peace_talks_are_negotiations(nlp: Language) -> None:
    found = codes_of(nlp, "The Sudanese government opened peace talks with the Ugandan rebels.")
    assert any(c == "046" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "Investors took to the road to Vilnius.",
    "Latvian pensioners took to gardening in the spring.",
])
def test_events_streets_need_their_words(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo[:2] == "14"]


def test_events_new_pattern_examples_code_their_pattern(nlp: Language) -> None:
    ids = {"consult.peace_talks_noun", "protest.take_to_streets", "accuse.objection_noun",
           "support.ask_forgiveness", "mobilize.missile_test", "mobilize.weapons_test_noun"}
    patterns = {p.id: p for ps in lexicon().patterns.values() for p in ps if p.id in ids}
    assert set(patterns) == ids
    for pid, pattern in patterns.items():
        rules = [e.rule.split("+")[0].split("[")[0] for e in extract(pattern.example, nlp=nlp).events]
        assert pid in rules, (pid, rules)


# --- role nouns --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sector"), [
    ("Bolivian guerrillas attacked an army post.", "REB"),
    ("Peruvian commandos stormed the compound.", "MIL"),
    ("Ukrainian negotiators met their counterparts in Geneva.", "GOV"),
    ("Government supporters rallied in Abidjan.", "CVL"),
])
def test_events_role_nouns_of_real_news_are_actors(nlp: Language, text: str, sector: str) -> None:
    actors = extract(text, nlp=nlp).actors
    assert any(a.sector == sector for a in actors), [(a.text, a.code) for a in actors]


# --- weapons tests, forgiveness, travel at home, a people ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Iran test-fired a medium-range ballistic missile over the desert.", {("IRN", None, "150")}),
    ("Pyongyang fired an intercontinental ballistic missile toward Japan.", {("PRKGOV", "JPN", "195")}),
])
def test_events_missile_test_is_a_show_of_force_unless_aimed(
        nlp: Language, text: str, expected: set[tuple[str | None, str | None, str]]) -> None:
    found = {t for t in codes_of(nlp, text) if t[2][:2] in ("15", "19")}
    assert found == expected


def test_events_asking_forgiveness_is_an_apology(nlp: Language) -> None:
    found = codes_of(nlp, "The Peruvian rebel leader begged forgiveness from the victims.")
    assert any(c == "055" for _, _, c in found)


def test_events_visit_at_home_is_no_event_but_abroad_is(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The Chilean president visited Valparaiso after the floods.")
                if e.cameo == "042"]
    assert ("CHLGOV", "PER", "042") in codes_of(nlp, "The Chilean president visited Peru on Monday.")


def test_events_a_people_protesting_at_home_is_aimed_at_its_country(nlp: Language) -> None:
    events = [e for e in code(nlp, "Thousands of Bolivians marched through La Paz on Tuesday.") if e.cameo == "141"]
    assert [(e.source.country, e.target.country) for e in events if e.source and e.target] == [("BOL", "BOL")]


def test_events_a_people_attacking_is_no_riot(nlp: Language) -> None:
    found = codes_of(nlp, "The Russians attacked Ukrainian positions near Bakhmut.")
    assert all(c != "145" for _, _, c in found)


@pytest.mark.parametrize("text", [
    "The Kenyan envoy expects the Somali factions to sign a peace deal within weeks.",
    "Analysts predict that Serbian police will arrest the protest leaders.",
])
def test_events_a_forecast_of_anothers_act_codes_neither_appeal_nor_act(nlp: Language, text: str) -> None:
    assert not code(nlp, text)


def test_events_a_crowd_named_by_whom_it_supports_riots() -> None:
    # "supporters of the former president stormed ...": coded as the person, named as a crowd
    person = ActorMention(0, 1, 0, 8, "Castillo", "Pedro Castillo", "PERELI", "PER", "ELI", "person", "persons")
    assert riot_code("190", person, crowd=True) == "145"
    assert riot_code("190", person) == "190"
    assert riot_code("183", person, crowd=True) == "183"  # bombings keep their code


@pytest.mark.parametrize("text", [
    "Colombian rebels have detained a group of oil workers in Arauca.",
    "Colombian rebels captured two soldiers near the Venezuelan border.",
])
def test_events_armed_groups_abduct_rather_than_arrest(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert {(e.source.country if e.source else None, e.cameo) for e in events} == {("COL", "181")}


@pytest.mark.parametrize(("text", "visit"), [
    ("The Kenyan president flew to Addis Ababa on Sunday.", True),
    ("The Kenyan opposition leader flew to Washington for talks with US officials.", True),
    ("Ruto's former campaign manager, a Kenyan businessman, flew to London on Friday.", False),
])
def test_events_a_trip_is_a_visit_in_office_or_to_meet(nlp: Language, text: str, visit: bool) -> None:
    assert ("042" in {e.cameo for e in code(nlp, text)}) is visit
