"""Groups and bodies named by their own words (session 15): a role word and a collective noun
("opposition groups", newsevents.actors.member_nouns), party and civic names the dictionaries lack
(newsevents.actors.named_orgs), and an international body described by its reach ("the world
body", newsevents.actors.body_descriptions). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents import extract


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text)}


def _actors(nlp: Language, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date="2024-05-02", nlp=nlp).actors}


# --- member_nouns -------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Zambia voted on Thursday. The opposition groups accused the government of fraud.", ("ZMBOPP", "ZMBGOV", "11")),
    ("Zambia voted on Thursday. Opposition members accused the electoral commission of bias.",
     ("ZMBOPP", "ZMBGOV", "11")),
    ("Fighting went on in Chad. The rebel leadership accused the army of bombing villages.",
     ("TCDREB", "TCDMIL", "11")),
    ("Kenya's teachers are on strike. Union members accused the government of lying.", ("KENLAB", "KENGOV", "11")),
    ("Protests spread in Serbia. Student groups accused the police of brutality.", ("SRBEDU", "SRBCOP", "11")),
])
def test_member_nouns_a_role_word_names_the_members(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    # a camp is a place, and troop movements are no movement of people acting together
    ("The army shelled a rebel camp in Darfur.", "rebel camp"),
    ("Troop movements near the border worried Kenya.", "Troop movements"),
])
def test_member_nouns_places_acts_and_negations_are_no_members(nlp: Language, text: str, absent: str) -> None:
    assert absent not in _actors(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Non-government organizations accused the police of torture.",
    "NGOs accused the police of torture.",
])
def test_member_nouns_non_governmental_organizations_are_ngos(nlp: Language, text: str) -> None:
    # a negated role word names what the body is not ("non-government"): the roles table has the phrase
    assert next(code for name, code in _actors(nlp, text).items() if "police" not in name) == "NGO"


# --- named_orgs ---------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Zambia voted on Thursday. The ruling Patriotic Front accused the opposition of rigging the vote.",
     ("ZMBPTY", "ZMBOPP", "11")),
    ("Chad is at war. The Union of Forces for Democracy and Development accused the government of fraud.",
     ("TCDREB", "TCDGOV", "11")),
    ("Sierra Leone voted on Saturday. The Coalition for Free and Fair Elections criticized the electoral "
     "commission.", ("SLEPTY", "SLEGOV", "11")),
    ("Algeria voted on Sunday. The Rally for Culture and Democracy accused the army of fraud.",
     ("DZAPTY", "DZAMIL", "11")),
])
def test_named_orgs_an_unlisted_party_is_an_actor(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ethiopia voted on Sunday. Merera Gudina of the Medrek coalition spoke to reporters.",
     "the Medrek coalition", "ETHPTY"),
    ("Hungary voted in April. The Fidesz Party praised the result.", "The Fidesz Party", "HUNPTY"),
    # a country word in the name gives the country; a civic body is a non-governmental organisation
    ("Floods hit Bujumbura. The Burundian Red Cross said 20 people were hurt.", "The Burundian Red Cross",
     "BDINGO"),
    # a civic body with no country word takes the one country of the story
    ("Nepal is in turmoil. The Human Rights and Peace Society condemned the arrests in Kathmandu.",
     "The Human Rights and Peace Society", "NPLNGO"),
])
def test_named_orgs_codes_the_name_by_its_head(nlp: Language, text: str, name: str, expected: str) -> None:
    actors = _actors(nlp, text)
    assert actors.get(name) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    # a people or a state before "party" or "coalition" says what kind it is, not its name
    ("Lebanon voted on Sunday. A Christian party won the most seats.", "Christian party"),
    ("Yemen is at war. The Saudi coalition bombed the port.", "Saudi coalition"),
])
def test_named_orgs_a_kind_of_party_is_no_name(nlp: Language, text: str, absent: str) -> None:
    actors = _actors(nlp, text)
    assert all(code is None or not code.endswith("PTY") for name, code in actors.items() if absent in name)


@pytest.mark.model
def test_named_orgs_a_person_and_a_party_stay_two(nlp: Language) -> None:
    actors = _actors(nlp, "Ethiopia voted on Sunday. Merera Gudina of the Medrek coalition spoke to reporters.")
    assert "Merera Gudina of the Medrek coalition" not in actors


# --- body_descriptions --------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The United Nations met on Monday. The world body criticized Myanmar.", ("IGOUNO", "MMR", "11")),
    ("The African Union met on Monday. The continental body suspended Mali.", ("IGOAU", "MLI", "16")),
    ("ECOWAS met in Abuja on Monday. The 15-nation bloc imposed sanctions on Mali.", ("IGOECO", "MLI", "16")),
    ("The Commonwealth met on Monday. The grouping suspended Fiji.", ("IGOCWN", "FJI", "16")),
])
def test_body_descriptions_a_reach_word_describes_the_named_body(nlp: Language, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.model
def test_body_descriptions_a_bare_body_is_no_international_body(nlp: Language) -> None:
    text = "The United Nations warned on Monday. The body of a soldier was found near the border."
    assert not any(a.code == "IGOUNO" and "body" in a.text
                   for a in extract(text, date="2024-05-02", nlp=nlp).actors)


# --- whereabouts --------------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Honduras is in turmoil.\n\nThe army ousted the president and exiled him to Costa Rica.\n\n"
     "The army said it acted to protect the constitution.", "the president", "HNDGOV"),
    ("Guinea-Bissau has a new crisis. Soldiers fired weapons in the capital.\n\n"
     "The prime minister has been in Paris for several weeks.", "The prime minister", "GNBGOV"),
    ("Lesotho's army denied a coup. Soldiers surrounded police stations in Maseru.\n\n"
     "The prime minister is in South Africa to discuss the unrest.", "The prime minister", "LSOGOV"),
])
def test_whereabouts_a_destination_is_not_the_agents_country(nlp: Language, text: str, name: str,
                                                             expected: str) -> None:
    assert _actors(nlp, text).get(name) == expected


@pytest.mark.model
def test_whereabouts_a_country_named_otherwise_still_counts(nlp: Language) -> None:
    # "in" after a verb of no staying: the sentence names Kenya as the place of the act, and the
    # officials stay without the story's country
    text = ("Uganda held talks on Monday.\n\nOfficials deployed troops in Kenya.\n\n"
            "Uganda's president praised the deal.")
    assert _actors(nlp, text).get("Officials") != "UGAGOV"


# --- place_clues.PLACE_NOUNS: "the <description> of <country>" ---------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The government of the island nation of Fiji expelled Australia's envoy.", ("FJIGOV", "AUSGOV", "16")),
    ("Police in the Central American country of Honduras arrested two Mexican reporters.",
     ("HNDCOP", "MEX", "17")),
])
def test_place_clues_a_role_of_a_described_country_is_its(nlp: Language, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    dyads = _dyads(nlp, text)
    assert any(s == expected[0] and (t or "").startswith(expected[1]) and r == expected[2] for s, t, r in dyads)
