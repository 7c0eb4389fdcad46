"""Appeals, demands and ultimatums whose addressee the frame does not name (events/pleas.py,
events/addressees.py): the doer of the act asked for, the government of the governed, the
story's country, whom a deadline is set for and whose help is sought. The sentences are written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c in country_triples(code(nlp, text)) if c[:2] == root}


@pytest.mark.parametrize("text, dyad", [
    ("The African Union called for the withdrawal of Rwandan troops from eastern Congo.", ("IGO", "RWA")),
    ("Norway appealed for an independent inquiry into the shootings by Bolivian soldiers.", ("NOR", "BOL")),
    ("Brazil called for Venezuela's return to democratic rule.", ("BRA", "VEN")),
])
def test_pleas_appeal_is_aimed_at_the_doer_of_the_act_asked_for(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    found = {(s if s is None or not s.startswith("IGO") else "IGO", t) for s, t in _dyads(nlp, text, "02")}
    assert dyad in found


@pytest.mark.parametrize("text", [
    # the victim of the act an inquiry looks into is not who is asked to hold it
    "Canada called for an inquiry into the killing of a Mexican journalist.",
    # the doer is the appealer's own people: no one else is named
    "Poland called for the withdrawal of its Polish peacekeepers.",
    # aid and calm name whom they help, not who is to act
    "Ireland called for aid for Sudanese refugees.",
])
def test_pleas_no_doer_of_another_country_names_no_target(nlp: Language, text: str) -> None:
    targets = {t for _, t in _dyads(nlp, text, "02")}
    assert not targets & {"MEX", "POL", "SDN"}


@pytest.mark.parametrize("text, dyad", [
    ("Thousands of Malawian protesters called for an end to fuel shortages.", ("MWI", "MWI")),
    ("The Zambian opposition called for a new count of the votes.", ("ZMB", "ZMB")),
])
def test_pleas_appeal_by_the_governed_is_aimed_at_their_government(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "02")


@pytest.mark.parametrize("text, dyad", [
    # a state's appeal with no addressee is not aimed at its own government
    ("Ghana called for calm.", ("GHA", "GHA")),
    # an addressee named but not coded is still the addressee, not the government
    ("The Togolese opposition called on its followers to march on Saturday.", ("TGO", "TGO")),
])
def test_pleas_no_domestic_target_for_states_or_named_addressees(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad not in _dyads(nlp, text, "02")


def test_pleas_a_time_is_no_addressee(nlp: Language) -> None:
    # a call for elections is a demand (104) as the gold codes it (events/protest_calls.py, session 13)
    found = _dyads(nlp, "The Gabonese opposition called for new elections on Monday.", "10")
    assert ("GAB", "GAB") in found


@pytest.mark.parametrize("text, dyad", [
    ("Nigeria set a deadline of Friday for the Malian junta to free the president.", ("NGA", "MLI")),
    ("Kenya set a deadline for Somalia to withdraw its claim.", ("KEN", "SOM")),
])
def test_pleas_deadline_is_aimed_at_whom_it_is_set_for(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "13")


BOLIVIAN_STORY = ("Protests over the disputed vote went on in La Paz on Monday. Bolivian police detained "
                  "dozens of marchers in the capital. ")


@pytest.mark.parametrize("last, source", [
    ("The Organization of American States recommended a new election.", "IGO"),
    ("The Peruvian envoy urged restraint.", "PER"),
])
def test_pleas_outsider_appeal_is_aimed_at_the_story_country(nlp: Language, last: str, source: str) -> None:
    found = {(s if s is None or not s.startswith("IGO") else "IGO", t)
             for s, t in _dyads(nlp, BOLIVIAN_STORY + last, "02")}
    assert (source, "BOL") in found


@pytest.mark.parametrize("last", [
    # a wish is addressed to no one
    "The Organization of American States wants a new election.",
    # a sentence naming another country: the story's country is not the only one concerned
    "The Peruvian envoy urged restraint in talks with Chile.",
])
def test_pleas_no_story_country_for_wishes_or_other_countries(nlp: Language, last: str) -> None:
    assert all(t != "BOL" for _, t in _dyads(nlp, BOLIVIAN_STORY + last, "02"))


@pytest.mark.parametrize("text, dyad", [
    ("Chad sought Cameroon's support for the plan.", ("TCD", "CMR")),
    ("Peru requested the assistance of Chile after the floods.", ("PER", "CHL")),
])
def test_pleas_help_sought_is_asked_of_its_giver(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "02")


@pytest.mark.parametrize("text", [
    "The Zambian president made a call to the Angolan leader on Friday.",
    "The call between the Chilean and Peruvian presidents lasted an hour.",
])
def test_pleas_a_call_asking_nothing_is_no_appeal(nlp: Language, text: str) -> None:
    assert not _dyads(nlp, text, "02")


@pytest.mark.parametrize("text, dyad", [
    ("Jordan renewed its call to Syria to reopen the crossing.", ("JOR", "SYR")),
    ("Senegal repeated its call on Gambia to free the detained journalists.", ("SEN", "GMB")),
])
def test_pleas_a_call_asking_an_act_stays_an_appeal(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "02")


@pytest.mark.parametrize("text", [
    "Journalists asked the Malawian president about the Zambian election.",
    "The Ugandan president was asked by reporters about the Congolese rebels.",
])
def test_pleas_a_question_about_something_is_no_appeal(nlp: Language, text: str) -> None:
    assert not _dyads(nlp, text, "02")


def test_pleas_asking_for_an_act_about_something_stays_an_appeal(nlp: Language) -> None:
    found = _dyads(nlp, "Oman asked Yemen to talk about the border.", "02")
    assert ("OMN", "YEM") in found


@pytest.mark.parametrize("text, dyad, present", [
    ("Thousands of Hungarians marched in Budapest, calling for a free press.", ("HUN", "HUN"), True),
    ("Hundreds of Bolivians called for a new vote.", ("BOL", "BOL"), True),
    # a people named without a count may be a state's side
    ("The Hungarians called for a truce.", ("HUN", "HUN"), False),
])
def test_pleas_a_counted_people_asks_its_government(
        nlp: Language, text: str, dyad: tuple[str, str], present: bool) -> None:
    assert (dyad in _dyads(nlp, text, "02")) is present
