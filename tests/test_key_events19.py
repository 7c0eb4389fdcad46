"""Key events of the rest of an article that the coder lost (session 19): people and bodies no actor
covered, a relief restraint read on a manhunt, an aid appeal aimed at the story's country, a state
dropped from a disaster story, forces "called in", and protesters' own account of their protest.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _actors(nlp: Language, text: str) -> dict[str, str | None]:
    from newsevents.extraction import extract
    return {a.text: a.code for a in extract(text, date="2019-10-08", nlp=nlp).actors}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Protests spread in Lima. Indigenous groups blocked roads near Cusco on Monday.", "Indigenous groups"),
    ("Quito was tense on Monday. Ecuador's indigenous communities marched on the capital.", "indigenous communities"),
])
def test_indigenous_groups_are_civilians_of_the_story(nlp: Language, text: str, name: str) -> None:
    actors = _actors(nlp, text)
    code_ = next(c for t, c in actors.items() if t.startswith(name) or name in t)
    assert code_ is not None and code_.endswith("CVL"), actors


@pytest.mark.model
def test_indigenous_as_a_plain_adjective_makes_no_actor(nlp: Language) -> None:
    assert not any("language" in t for t in _actors(nlp, "Bolivia's indigenous languages are taught in schools."))


@pytest.mark.model
def test_talks_called_for_with_indigenous_groups_are_offered_to_them(nlp: Language) -> None:
    text = ("Violent protests erupted across Ecuador. Moreno has called for talks with the Indigenous groups "
            "but has refused to reverse the austerity measures.")
    assert ("ECU", "ECU", "036") in country_triples(code(nlp, text))


@pytest.mark.model
def test_troops_sent_to_search_for_gunmen_are_a_deployment(nlp: Language) -> None:
    text = "Kidnappings rose in northern Nigeria. Nigerian troops were sent to the forest to search for the gunmen."
    assert any(e.cameo == "154" and e.source is not None and e.source.code == "NGAMIL" for e in code(nlp, text))


@pytest.mark.model
def test_troops_sent_to_search_for_survivors_stay_a_relief_mission(nlp: Language) -> None:
    text = "A ferry sank off Nigeria. Nigerian troops were sent to the coast to search for survivors."
    assert not any(e.cameo.startswith("15") for e in code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fighting spread in Chad. The U.N. refugee agency appealed for five million dollars in aid for Chad.",
    "A cyclone hit Mozambique on Sunday. The World Health Organization says it needs help. "
    "The agency has appealed for ten million dollars in aid for Mozambique.",
])
def test_appeal_for_aid_is_made_to_no_one_named(nlp: Language, text: str) -> None:
    appeals = [e for e in code(nlp, text) if e.cameo.startswith("02")]
    assert appeals and all(e.target is None for e in appeals)
    assert all(e.source is not None and e.source.code and e.source.code.startswith("IGO") for e in appeals)


@pytest.mark.model
def test_appeal_for_restraint_stays_aimed_at_the_story_country(nlp: Language) -> None:
    text = "Fighting spread in Chad. The African Union called for restraint."
    assert ("IGOAU", "TCD", "020") in {(e.source and e.source.code, e.target and e.target.country, e.cameo)
                                       for e in code(nlp, text)}


@pytest.mark.model
def test_the_agency_is_the_one_un_agency_named_before(nlp: Language) -> None:
    text = "Hunger grips Niger. The World Food Program says it needs help. The agency has appealed for aid."
    assert any(e.cameo.startswith("02") and e.source is not None and e.source.code == "IGOUNO"
               for e in code(nlp, text))


@pytest.mark.model
def test_the_agency_after_two_agencies_stays_unresolved(nlp: Language) -> None:
    # two agencies of different codes: no guess (with UNICEF alone, "IGOUNO -> TCDREB 020" is coded)
    text = ("Fighting spread in Chad. UNICEF sent nurses on Monday. Oxfam sent food on Tuesday. "
            "The agency urged the rebels to stop.")
    assert not any(e.cameo.startswith("02") for e in code(nlp, text))


@pytest.mark.model
def test_the_agency_after_one_agency_is_that_agency(nlp: Language) -> None:
    text = "Fighting spread in Chad. UNICEF sent nurses on Monday. The agency urged the rebels to stop."
    assert any(e.cameo.startswith("02") and e.source is not None and e.source.code == "IGOUNO"
               for e in code(nlp, text))


@pytest.mark.model
def test_the_agency_after_a_state_agency_is_not_the_un_agency(nlp: Language) -> None:
    # "the agency" may be Chad's own health agency: it does not jump back over it to UNICEF
    text = ("UNICEF sent nurses to Chad on Monday. Chad's health agency criticised the rebels. "
            "The agency said it would send doctors to Abeche.")
    assert not any(e.cameo.startswith("03") and e.source is not None and e.source.code == "IGOUNO"
                   for e in code(nlp, text))
    near = "UNICEF sent nurses to Chad on Monday. The agency said it would send doctors to Abeche."
    assert any(e.cameo.startswith("03") and e.source is not None and e.source.code == "IGOUNO"
               for e in code(nlp, near))


@pytest.mark.model
def test_country_named_alone_keeps_its_aid_offer_in_a_disaster_story(nlp: Language) -> None:
    text = ("A cyclone made landfall in Bangladesh on Monday, and floods killed 40 people. "
            "Japan has offered two million dollars in aid.")
    assert ("JPN", None, "033") in country_triples(code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "cameo", "sector"), [
    ("Protests spread in Harare on Monday. Riot police were called in to break up the rally.", "153", "COP"),
    ("A mutiny broke out at a barracks in Dhaka. Army units were called in to end the standoff.", "154", "MIL"),
])
def test_forces_called_in_are_mobilised(nlp: Language, text: str, cameo: str, sector: str) -> None:
    assert any(e.cameo == cameo and e.source is not None and e.source.sector == sector for e in code(nlp, text))


@pytest.mark.model
def test_an_ambassador_called_in_is_no_mobilisation(nlp: Language) -> None:
    text = "Zimbabwe's foreign minister called in the British ambassador on Monday."
    assert not any(e.cameo.startswith("15") for e in code(nlp, text))


@pytest.mark.model
def test_an_aide_serves_the_body_named_after_to(nlp: Language) -> None:
    actors = _actors(nlp, "In Kenya, an aide to the opposition party said the vote was rigged.")
    assert actors.get("an aide") == "OPP" or any(t.startswith("an aide") and c and c.endswith("OPP")
                                                 for t, c in actors.items())


@pytest.mark.model
def test_an_envoy_to_a_country_keeps_his_own(nlp: Language) -> None:
    actors = _actors(nlp, "The Kenyan envoy to Somalia met al-Shabab elders on Monday.")
    assert actors.get("The Kenyan envoy") == "KENGOV"


PROTEST_LEAD = "Road blockade protests by Peruvian teachers spread in the towns of Juliaca and Puno. "


@pytest.mark.model
def test_protesters_own_account_is_the_same_protest(nlp: Language) -> None:
    events = code(nlp, PROTEST_LEAD + "They say that they are protesting against government measures.")
    assert len([e for e in events if e.cameo == "141"]) == 1


@pytest.mark.model
def test_a_later_protest_of_its_own_is_kept(nlp: Language) -> None:
    events = code(nlp, PROTEST_LEAD + "On Friday they protested against government measures in Lima.")
    assert len([e for e in events if e.cameo == "141"]) == 2
