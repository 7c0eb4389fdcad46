"""Descriptions that stand for an actor named before them ("the group", "the bloc"), offices of one
state ("the Pope") and abbreviated country names ("S. Korea"): session 11, actors.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.coding import Coded
from newsevents.actors.offices import office_country
from newsevents.actors.phrase import code_phrase
from newsevents.extraction import extract


def _dyads(text: str, date: str, nlp: Language) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo[:2], e.target.code if e.target else None)
            for e in extract(text, date, nlp=nlp).events]


def _coded_at(text: str, date: str, nlp: Language, words: str) -> list[str | None]:
    """The codes of the actors with a mention starting where ``words`` start in ``text``."""
    start = text.index(words)
    return [a.code for a in extract(text, date, nlp=nlp).actors if any(s == start for s, _ in a.mentions)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("LAGOS — Human Rights Watch released a report on prison conditions in Nigeria on Tuesday. "
     "The group called on President Muhammadu Buhari to close two jails.", ("NGOHRW", "02", "NGAGOV")),
    ("DAKAR — The Economic Community of West African States held a summit in Dakar on Friday. "
     "The bloc imposed sanctions on Mali's military rulers.", ("IGOECO", "16", "MLIGOV")),
    ("GENEVA — Amnesty International published new findings on Monday. "
     "The organisation accused Egypt's police of torturing detainees.", ("NGOAMN", "11", "EGYCOP")),
    # a kind word between, and "of" with what it is accused of, not its members
    ("KHARTOUM — The army's chief rejected talks with the RSF on Monday. "
     "The general accused the paramilitary group of looting homes.", ("SDNMIL", "11", "SDNREB")),
])
def test_described_orgs_a_bare_description_is_the_named_org(text: str, dyad: tuple[str, str, str],
                                                             nlp: Language) -> None:
    assert dyad in _dyads(text, "2019-05-14", nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # two named groups before it: no guess
    "Human Rights Watch and Amnesty International wrote to the ministry on Monday. "
    "The group criticized the ban.",
    # a group that is not the named one
    "Amnesty International wrote to the ministry on Monday. The group of seven lawmakers criticized the ban.",
])
def test_described_orgs_no_guess_among_several_or_a_qualified_group(text: str, nlp: Language) -> None:
    assert _coded_at(text, "2019-05-14", nlp, "The group") == []


@pytest.mark.model
def test_described_orgs_the_subject_is_not_the_object_description(nlp: Language) -> None:
    text = ("ABUJA — The Economic Community of West African States met in Abuja on Sunday. "
            "The African Union praised the bloc for its mediation.")
    assert ("IGOAU", "05", "IGOECO") in _dyads(text, "2019-05-14", nlp)


@pytest.mark.parametrize(("role", "words", "code"), [
    ("pope", ["the", "pope"], "VATREL"),
    ("Pope", ["pope"], "VATREL"),
    ("pontiff", ["the", "pontiff"], "VATREL"),
    ("pope", ["the", "coptic", "pope"], None),
    ("bishop", ["the", "bishop"], None),
])
def test_offices_a_one_state_office_carries_its_state(role: str, words: list[str], code: str | None) -> None:
    office = office_country(Coded("REL", None, "REL", "person", "title", role), words)
    assert (office.code if office else None) == code


@pytest.mark.model
def test_offices_the_pope_abroad_is_the_vaticans(nlp: Language) -> None:
    text = "MANILA — The Pope appealed for an end to the fighting on the island of Mindanao on Sunday."
    assert [s for s, _, _ in _dyads(text, "2016-03-06", nlp)] == ["VATREL"]


@pytest.mark.parametrize(("phrase", "country"), [
    ("S. Korea", "KOR"),
    ("N. Korea", "PRK"),
    ("S. Sudan", "SSD"),
    ("S. Africa", "ZAF"),
    ("the Sudan People's Liberation Army in Opposition", "SSD"),
])
def test_countries_abbreviated_names_name_their_country(phrase: str, country: str) -> None:
    ref = code_phrase(phrase, "2016-03-01")
    assert ref is not None and ref.country == country


def _actor_code(text: str, date: str, nlp: Language, words: str) -> str | None:
    codes = _coded_at(text, date, nlp, words)
    return codes[0] if codes else None


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The opposition said its leader had been detained at the airport.", "leader", "OPP"),
    ("The rebels' spokesman accused the army of shelling two villages.", "spokesman", "REB"),
    ("Al-Shabaab said its fighters had overrun a base near the border.", "fighters", "SOMINS"),
    ("The teachers' union said its leaders would meet the minister on Friday.", "leaders", "LAB"),
])
def test_owned_roles_a_role_owned_by_a_non_state_body_is_its(text: str, words: str, code: str,
                                                             nlp: Language) -> None:
    found = _actor_code(text, "2017-04-11", nlp, words)
    assert found is not None and found.endswith(code)


@pytest.mark.model
def test_owned_roles_a_state_owner_is_left_to_the_state_rules(nlp: Language) -> None:
    text = "The Kenyan government said its spokesman would brief reporters in Nairobi on Monday."
    assert _actor_code(text, "2017-04-11", nlp, "spokesman") == "KENGOV"


@pytest.mark.model
def test_officials_a_bare_official_continues_the_side_before(nlp: Language) -> None:
    # talks abroad between two sides: the story rules give the deputy minister no country
    text = ("GENEVA — Serbia said on Tuesday it would pull its troops back from the border after talks with "
            "Kosovo in Geneva, where Kosovo negotiators offered new guarantees for the Serb minority.\n\n"
            "Serbia's chief negotiator, Marko Jovic, said Belgrade would study Kosovo's written proposals. "
            "Deputy Defense Minister Dragan Rakic said the pullback was meant to build trust.\n")
    assert _actor_code(text, "2016-04-12", nlp, "Deputy Defense Minister Dragan Rakic") == "SRBGOV"


@pytest.mark.model
def test_officials_no_guess_when_the_sentence_before_has_two_sides(nlp: Language) -> None:
    text = ("GENEVA — Serbia said on Tuesday it would pull its troops back from the border after talks with "
            "Kosovo in Geneva, where Kosovo negotiators offered new guarantees for the Serb minority.\n\n"
            "Serbia's chief negotiator, Marko Jovic, and Kosovo's envoy, Arben Gashi, said a deal was near. "
            "Deputy Defense Minister Dragan Rakic said the pullback was meant to build trust.\n")
    assert _actor_code(text, "2016-04-12", nlp, "Deputy Defense Minister Dragan Rakic") == "GOV"


@pytest.mark.model
def test_coref_the_table_does_not_choose_between_two_countries_ministers(nlp: Language) -> None:
    # "the minister" with ministers of two countries in office: not the table's first one
    text = ("The Ethiopian government accused Egypt of threatening its security on Monday. "
            "The minister told reporters that talks had failed.")
    start = text.index("The minister")
    actor = next(a for a in extract(text, "2023-06-01", nlp=nlp).actors if any(s == start for s, _ in a.mentions))
    assert actor.rule != "persons-table"


@pytest.mark.model
def test_place_clues_a_country_returned_from_is_not_the_returners(nlp: Language) -> None:
    text = ("LUSAKA — Zambian police questioned two opposition figures on Monday. "
            "Three activists were detained at the airport as they returned from Tanzania.")
    code = _actor_code(text, "2018-02-05", nlp, "activists")
    assert code is not None and code.startswith("ZMB")


@pytest.mark.model
def test_owned_roles_a_persons_lawyer_is_not_the_persons_body(nlp: Language) -> None:
    text = "Kenyan opposition leader Raila Odinga was questioned on Monday, his lawyer said."
    code = _actor_code(text, "2018-02-05", nlp, "lawyer")
    assert code is None or not code.endswith("OPP")


@pytest.mark.model
def test_ambiguous_names_a_body_owned_by_a_moved_leader_moves_with_him(nlp: Language) -> None:
    # "Congo" reads as Kinshasa's here: the president's army follows him
    text = ("KINSHASA — Congo's President Felix Tshisekedi visited Goma on Monday. "
            "Tshisekedi said his army would retake the town from the rebels.")
    code = _actor_code(text, "2022-06-06", nlp, "army")
    assert code == "CODMIL"


@pytest.mark.model
def test_described_orgs_a_group_introduced_before_is_not_the_named_org(nlp: Language) -> None:
    text = ("ROME — Amnesty International said on Monday that a group of 40 migrants was stranded off Libya. "
            "The group had been at sea for five days.")
    assert _coded_at(text, "2019-05-14", nlp, "The group") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan opposition demanded the release of its chairman on Tuesday.",
    "The Kenyan opposition demanded the release of opposition leader Raila Odinga.",
])
def test_aims_a_demand_to_free_ones_own_is_made_of_the_government(text: str, nlp: Language) -> None:
    assert ("KENOPP", "10", "KENGOV") in _dyads(text, "2016-02-22", nlp)


@pytest.mark.model
def test_aims_the_return_of_ones_land_is_no_release_of_persons(nlp: Language) -> None:
    text = "Kenyan farmers went on strike to demand the return of their land."
    assert "10" not in {cameo for _, cameo, _ in _dyads(text, "2016-02-22", nlp)}
