"""Near-miss tests for the fixes of code review 17c (session 17): wording that lies next to a rule
of this session and must keep its ordinary reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _codes(nlp: Language, text: str) -> set[str]:
    return {e.cameo for e in code(nlp, text)}


# --- finding 1: hurl_threats / hurl_accusations read the object's head only ----------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Japanese coast guard fired warning shots at a Chinese fishing boat.",
    "Indian troops fired warning shots at a Pakistani drone over Kashmir.",
    "Turkish police fired tear gas and warning shots at Kurdish protesters in Diyarbakir.",
])
def test_review17_warning_shots_are_no_threat(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert "130" not in codes
    assert codes & {"190", "193", "175", "180"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kurdish rebels threw explosive charges at a Turkish army convoy.",
    "Rioters hurled stones and abuse at the Greek police in Athens.",
])
def test_review17_thrown_objects_are_no_accusation(nlp: Language, text: str) -> None:
    assert "112" not in _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "cameo"), [
    ("The Venezuelan president hurled insults at the Colombian president.", "112"),
    ("Pyongyang hurled threats at Seoul on Friday.", "130"),
])
def test_review17_hurled_words_stay_coded(nlp: Language, text: str, cameo: str) -> None:
    assert cameo in _codes(nlp, text)


# --- finding 2: "in his office" is a place, not a tenure ------------------------------------------
@pytest.mark.model
def test_review17_tenure_clause_in_office_keeps_the_act(nlp: Language) -> None:
    text = "Ugandan police detained the Ugandan mayor who beat a reporter in his office last week."
    assert "182" in _codes(nlp, text) or "180" in _codes(nlp, text)


@pytest.mark.model
def test_review17_tenure_clause_over_a_reign_still_describes(nlp: Language) -> None:
    text = "Libyans recalled Gaddafi, who jailed dissidents throughout his long reign."
    assert "173" not in _codes(nlp, text)


# --- finding 3: calling a person "to V" is a telephone call ---------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Macron called Putin to press for a ceasefire in Ukraine.",
    "The Turkish president called his Iranian counterpart to demand the release of the sailors.",
    "Scholz called the Polish prime minister to condemn the attack.",
])
def test_review17_call_to_a_person_stays_a_phone_call(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert "041" in codes
    assert "020" not in codes


@pytest.mark.model
def test_review17_call_to_a_body_is_still_an_appeal(nlp: Language) -> None:
    codes = _codes(nlp, "The Malian protesters called the soldiers to side with the people.")
    assert any(c.startswith("02") for c in codes)


# --- finding 4: a gathering that brings people together mediates nothing --------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The festival in Tel Aviv brought together dancers from Israel and Jordan.",
    "The summit in Addis Ababa brought together the leaders of Kenya and Uganda.",
    "A ceremony in Nairobi brought together officials from Somalia and Ethiopia.",
])
def test_review17_gathering_bringing_together_codes_no_mediation(nlp: Language, text: str) -> None:
    assert "045" not in _codes(nlp, text)


# --- finding 5: the mishandled thing is not the one accused ---------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "accused"), [
    ("The Ugandan opposition said the minister quit because of poor handling of the migrants by the government.",
     "UGA"),
    ("The Ghanaian opposition said the minister resigned because of the government's poor handling of the floods.",
     "GHA"),
])
def test_review17_misrule_by_agent_is_accused(nlp: Language, text: str, accused: str) -> None:
    got = [(s, t) for s, t, c in country_triples(code(nlp, text)) if c == "111"]
    assert got and all(t == accused for _, t in got)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Nigerian opposition said the governor resigned because of bad management of the prisons.",
    "The Kenyan union said the director quit because of poor handling of the refugees.",
])
def test_review17_ruling_noun_does_not_accuse_what_was_ruled(nlp: Language, text: str) -> None:
    assert "111" not in _codes(nlp, text)


# --- finding 6: citizens told to leave are warned, not advised ------------------------------------
@pytest.mark.model
def test_review17_citizens_told_to_leave_are_threatened(nlp: Language) -> None:
    text = "Russia warned Ukrainian citizens to leave the villages near the border."
    assert "130" in _codes(nlp, text)


# --- finding 7: insisting on calling elections is a demand -----------------------------------------
@pytest.mark.model
def test_review17_insist_on_calling_elections_is_a_demand(nlp: Language) -> None:
    codes = _codes(nlp, "The Zambian opposition insisted on calling early elections.")
    assert any(c.startswith("10") for c in codes)


@pytest.mark.model
def test_review17_insist_on_calling_it_a_name_is_no_demand(nlp: Language) -> None:
    codes = _codes(nlp, "The Malawian minister insisted on calling the protesters criminals.")
    assert not any(c.startswith("10") for c in codes)


# --- finding 8: a crowd freeing those it held releases them --------------------------------------
@pytest.mark.model
def test_review17_crowd_releasing_its_captives_is_a_release(nlp: Language) -> None:
    text = "Villagers in Bolivia released the soldiers they had held for three days."
    assert "0841" in _codes(nlp, text)


@pytest.mark.model
def test_review17_crowd_freeing_prisoners_is_no_release(nlp: Language) -> None:
    text = "Rioters in Port-au-Prince stormed the jail and freed dozens of prisoners."
    assert "0841" not in _codes(nlp, text)


# --- finding 9: a meeting of one's own party is no reception ---------------------------------------
@pytest.mark.model
def test_review17_hosting_a_party_meeting_codes_no_reception(nlp: Language) -> None:
    assert "043" not in _codes(nlp, "The Zambian president hosted a meeting of the ruling party.")


# --- finding 10: the one refused leave to gather is the target --------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("Sudanese authorities denied the Umma Party permission to hold a rally.", "SDNPTY"),
    ("The Ugandan government will not allow the opposition to hold a rally.", "UGAOPP"),
])
def test_review17_denied_gathering_targets_who_was_refused(nlp: Language, text: str, target: str) -> None:
    got = {e.target.code for e in code(nlp, text) if e.cameo == "1721" and e.target is not None}
    assert target in got


# --- finding 12: a town is no country of asylum -------------------------------------------------------
@pytest.mark.model
def test_review17_refuge_in_a_town_is_no_asylum_request(nlp: Language) -> None:
    text = "Hundreds of Malian herders sought refuge in Mopti after the raid."
    assert not any(c.startswith("02") for c in _codes(nlp, text))


@pytest.mark.model
def test_review17_refuge_in_a_country_stays_a_request(nlp: Language) -> None:
    got = country_triples(code(nlp, "Thousands of Eritrean families sought refuge in Sudan last month."))
    assert any(cameo == "023" and tgt == "SDN" for _, tgt, cameo in got)


# --- tests of session 17 that passed without their rule (review 17c, Tests) ----------------------------
@pytest.mark.model
def test_review17_absolute_with_clause_codes_the_accusation(nlp: Language) -> None:
    text = "Zambians voted on Thursday with the opposition accusing the president of planning to rig the count."
    assert "112" in _codes(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "where"), [
    ("Indonesia opened its emergency summit on Monday. Leaders from more than 20 countries gathered in Jakarta "
     "for the summit.", "IDN"),
    ("Kenya's president opened the summit on Monday. Leaders from a dozen countries gathered in Nairobi for the "
     "summit.", "KEN"),
])
def test_review17_counted_countries_with_a_host_lead_give_the_guests_none(nlp: Language, text: str,
                                                                         where: str) -> None:
    visits = [e for e in code(nlp, text) if e.cameo == "042"]
    assert visits and all(e.source is not None and e.source.country is None for e in visits)


@pytest.mark.model
def test_review17_summit_topic_with_a_lead_is_no_target(nlp: Language) -> None:
    text = ("Somalia faces a new famine. The Kenyan president attended a regional summit on Somalia in Addis Ababa "
            "on Sunday.")
    assert not any(e.cameo.startswith("04") and e.target is not None and e.target.country == "SOM"
                   for e in code(nlp, text))
