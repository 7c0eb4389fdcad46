"""Protests named by a noun, protesters left unnamed, and acts of force and coercion that real news
reports in forms of their own (issue 10). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _root(cameo: str) -> str:
    return cameo[:2]


# --- protest nouns anchored by their own phrase ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Four days of demonstrations paralysed Lima.", ("PER", "PER", "141")),  # a span of time
    ("The vote was delayed after a week of rallies called by the Malawian opposition.", ("MWI", "MWI", "141")),
    ("The capital was quiet after protests organised by the Togolese opposition.", ("TGO", "TGO", "141")),
    ("A sit-down protest outside the Senegalese parliament ended peacefully.", ("SEN", "SEN", "141")),
    ("The march in Accra ended with police brutality against the students.", ("GHA", "GHA", "141")),
])
def test_events_a_protest_noun_its_phrase_anchors_codes(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "Parliament in Nairobi debated a new law restricting protests.",
    "Uganda's constitution protects the right to peaceful protest.",
    "Police in Lusaka banned the rally planned for Saturday.",
    "The Ghanaian opposition could face protests in Accra.",  # a possibility
    "Fans marched to the stadium before the cup final in Madrid.",  # sport
])
def test_events_talk_about_protest_codes_no_protest(nlp: Language, text: str) -> None:
    assert not any(_root(e.cameo) == "14" for e in code(nlp, text))


def test_events_organisers_are_the_source_of_their_protest(nlp: Language) -> None:
    events = [e for e in code(nlp, "The vote was delayed after a week of rallies called by the Malawian opposition.")
              if e.cameo == "141"]
    assert [e.source.code for e in events if e.source] == ["MWIOPP"]
    assert not any("implied-civilians" in e.rule for e in events)


def test_events_a_protest_with_no_protesters_named_is_by_the_civilians_of_its_place(nlp: Language) -> None:
    events = [e for e in code(nlp, "Four days of demonstrations paralysed Lima.") if e.cameo == "141"]
    assert [(e.source.code, e.source.sector) for e in events if e.source] == [("PERCVL", "CVL")]
    assert "+implied-civilians" in events[0].rule


def test_events_a_protest_abroad_keeps_its_foreign_target(nlp: Language) -> None:
    found = country_triples(code(nlp, "Protests against Israel erupted in Karachi."))
    assert ("PAK", "ISR", "141") in found


def test_events_an_unresolved_doer_implies_no_civilians(nlp: Language) -> None:
    events = code(nlp, "He staged a protest in Lima.")
    assert not any("implied-civilians" in e.rule for e in events)


@pytest.mark.parametrize("text", [
    "The Zambian opposition leader says there will be more demonstrations.",
    "Union leaders in Harare said the protest will not end until the minister resigns.",
])
def test_events_a_protest_to_come_or_kept_up_is_a_threat(nlp: Language, text: str) -> None:
    assert any(e.cameo == "133" for e in code(nlp, text))


# --- force and coercion ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ugandan police fired live rounds at students in Kampala.", ("UGA", "UGA", "175")),
    ("Kenyan police opened fire on protesters in Kisumu.", ("KEN", "KEN", "175")),
    ("The march in Accra ended with police brutality against the students.", ("GHA", "GHA", "175")),
])
def test_events_police_force_on_a_crowd_is_violent_repression(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_soldiers_firing_at_rebels_stay_military_force(nlp: Language) -> None:
    cameos = {e.cameo for e in code(nlp, "Ugandan soldiers fired at rebels in the forest near Gulu.")}
    assert "175" not in cameos and any(_root(c) == "19" for c in cameos)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebel fighters kept up their assault on Goma.", "190"),
    ("Addis Ababa ordered troops to the Eritrean border.", "154"),
    ("Lithuania closed its embassy in Minsk.", "161"),
])
def test_events_more_forms_of_force_and_reduced_relations(nlp: Language, text: str, expected: str) -> None:
    assert expected in {e.cameo for e in code(nlp, text) if e.target is not None}


def test_events_troops_ordered_to_the_border_go_to_its_country(nlp: Language) -> None:
    assert ("ETH", "ERI", "154") in country_triples(code(nlp, "Addis Ababa ordered troops to the Eritrean border."))


def test_events_troops_ordered_to_act_are_no_mobilisation(nlp: Language) -> None:
    assert not any(e.cameo == "154" for e in code(nlp, "The president ordered troops to leave the capital."))


def test_events_an_embassy_closed_in_a_capital_reduces_relations_with_its_country(nlp: Language) -> None:
    assert ("LTU", "BLR", "161") in country_triples(code(nlp, "Lithuania closed its embassy in Minsk."))


def test_events_new_sanctions_announced_for_the_future_are_the_sanction(nlp: Language) -> None:
    announced = code(nlp, "Ottawa would impose tariffs on American steel, the Canadian finance minister said.")
    assert ("CAN", "USA", "163") in country_triples(announced)
    threatened = code(nlp, "Ottawa threatened to impose tariffs on American steel.")
    assert ("CAN", "USA", "1312") in country_triples(threatened)


def test_events_supporters_of_a_leader_are_people_of_the_leaders_country(nlp: Language) -> None:
    events = code(nlp, "Supporters of the jailed Pakistani opposition leader clashed with police in Lahore.")
    riots = [e for e in events if e.cameo == "145"]
    assert riots and all(e.source is not None and e.source.code == "PAKOPP" for e in riots)


def test_events_driving_an_armed_group_out_is_force(nlp: Language) -> None:
    assert ("IRQ", "190") in {(e.source.country, e.cameo) for e in code(nlp, "Iraqi troops drove the militants out of "
                                                                        "Falluja.") if e.source and e.target}


def test_events_forcing_someone_from_office_is_no_force(nlp: Language) -> None:
    events = code(nlp, "Weeks of street protests forced the Peruvian prime minister from office.")
    assert not any(_root(e.cameo) == "19" for e in events)


def test_events_a_protest_is_not_aimed_at_what_it_voices(nlp: Language) -> None:
    text = "Several hundred Thai citizens took to the streets in Bangkok to voice their opposition to the coup."
    protests = [e for e in code(nlp, text) if e.cameo == "141"]
    assert protests and all(e.target is not None and e.target.sector != "OPP" for e in protests)


def test_events_a_state_forcing_migrants_out_is_no_military_force(nlp: Language) -> None:
    events = code(nlp, "Tanzania has forced thousands of Burundians out of the country since June.")
    assert not any(_root(e.cameo) == "19" for e in events)


def test_events_a_definite_protest_named_again_is_the_same_protest(nlp: Language) -> None:
    text = ("Guinea's opposition held a week of protests in Conakry. "
            "The government says the protest was a failure.")
    assert len([e for e in code(nlp, text) if _root(e.cameo) == "14"]) == 1


def test_events_a_week_of_protests_held_is_no_arrest(nlp: Language) -> None:
    events = code(nlp, "Guinea's opposition held a week of protests in Conakry.")
    assert not any(e.cameo == "173" for e in events) and any(e.cameo == "141" for e in events)


@pytest.mark.parametrize("text", [
    "The opposition leader says there would have been more protests in Conakry if police had not intervened.",
    "The former president wrote that peaceful protest was democratic.",
])
def test_events_counterfactual_and_generic_protest_have_no_protesters(nlp: Language, text: str) -> None:
    assert not any(e.source is not None and _root(e.cameo) in ("13", "14") for e in code(nlp, text))
