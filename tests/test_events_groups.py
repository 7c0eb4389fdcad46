"""Parties named as lists and counted groups: a list whose first item the parser hung on the
verb, lists of titled envoys, a plural's appositive list of members, coordinated nationality
modifiers, and groups of two or more counted back ("the three envoys", "the foreign ministers
of the two countries") (issue 10).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events with CAMEO root ``root`` in ``text``."""
    return {(s[:3] if s else None, t[:3] if t else None) for s, t, c in country_triples(code(nlp, text))
            if c.startswith(root)}


def _all_pairs(*sides: str) -> set[tuple[str, str]]:
    return {(s, t) for s in sides for t in sides if s != t}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the first item ("Mediators from Norway") is parsed as a loose noun on the verb
    "Mediators from Norway, the African Union and Qatar met Sudanese generals in Khartoum on Monday.",
    # titled envoys: the second title is parsed as an apposition of the first name
    "Norwegian envoy Lars Berg, AU envoy Amina Diallo and Qatari envoy Khalid Nasser met Sudanese generals "
    "in Khartoum on Monday.",
    # the plural's members listed in an apposition
    "The mediators - Lars Berg of Norway, Amina Diallo of the African Union and Khalid Nasser of Qatar - met "
    "Sudanese generals in Khartoum on Monday.",
])
def test_each_listed_mediator_meets_the_host(nlp: Language, text: str) -> None:
    # each mediator meets the generals, and the generals each of them (a meeting has two sides)
    forward = {("NOR", "SDN"), ("IGO", "SDN"), ("QAT", "SDN")}
    assert _dyads(nlp, text, "04") == forward | {(t, s) for s, t in forward}


@pytest.mark.model
def test_a_time_before_the_subject_is_no_list_item(nlp: Language) -> None:
    found = _dyads(nlp, "Last week, Norway and Qatar met in Oslo.", "04")
    assert found == _all_pairs("NOR", "QAT")


@pytest.mark.model
def test_one_apposition_is_one_person_not_a_list(nlp: Language) -> None:
    text = "Lars Berg, the Norwegian envoy, met Sudanese generals in Khartoum on Monday."
    assert _dyads(nlp, text, "04") == {("NOR", "SDN"), ("SDN", "NOR")}  # one envoy, both sides of the meeting


@pytest.mark.model
def test_coordinated_nationalities_with_a_loose_first_item(nlp: Language) -> None:
    # a one-way act: three countries' talks in a fourth pair with no one (events/multilateral.py)
    found = _dyads(nlp, "UK, Dutch and Belgian diplomats urged Serbia on Friday to release the detainees.", "02")
    assert found == {("GBR", "SRB"), ("NLD", "SRB"), ("BEL", "SRB")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Norway, Qatar and the African Union hosted the talks. The three envoys urged Sudan to accept a truce.",
     {("NOR", "SDN"), ("QAT", "SDN"), ("IGO", "SDN")}),
    ("Chile, Peru and Bolivia met in Lima on Monday. The three countries urged Argentina to join the pact.",
     {("CHL", "ARG"), ("PER", "ARG"), ("BOL", "ARG")}),
    # four countries named, three counted back: no guess
    ("Chile, Peru, Ecuador and Bolivia met in Lima on Monday. The three countries urged Argentina to join "
     "the pact.", set()),
])
def test_a_counted_group_points_back_at_that_many_parties(nlp: Language, text: str,
                                                          expected: set[tuple[str, str]]) -> None:
    assert {d for d in _dyads(nlp, text, "02") if d[0] is not None} == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru and Bolivia have argued over water rights for years. The foreign ministers of the two countries met "
    "in Quito on Monday.",
    "Peru and Bolivia have argued over water rights for years. The two countries' foreign ministers met "
    "in Quito on Monday.",
])
def test_officials_of_a_counted_pair_stand_for_both(nlp: Language, text: str) -> None:
    assert _dyads(nlp, text, "04") == _all_pairs("PER", "BOL")


@pytest.mark.model
def test_fighting_between_two_sides_runs_both_ways_whatever_the_noun(nlp: Language) -> None:
    text = "Fighting broke out on Sunday between the Chadian army and rebel forces near Abeche in Chad."
    found = _dyads(nlp, text, "19")
    assert {("TCD", "TCD")} == {d for d in found}  # both directions, one country
    events = [e for e in code(nlp, text) if e.cameo.startswith("19")]
    assert {(e.source.code[3:] if e.source else None, e.target.code[3:] if e.target else None)
            for e in events} == {("MIL", "REB"), ("REB", "MIL")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # positions are an armed body's: the attack is aimed at it, not a verbal attack on the government
    ("Chad's army said Chadian rebels attacked government positions near Abeche on Tuesday.", ("TCD", "190")),
    ("The opposition leader attacked the government's budget plans.", None),
])
def test_attacks_on_positions_are_aimed_at_their_owner(nlp: Language, text: str,
                                                       expected: tuple[str, str] | None) -> None:
    aimed = {(t[:3] if t else None, c[:3]) for _, t, c in country_triples(code(nlp, text))}
    if expected is None:
        assert not any(c.startswith("19") for _, c in aimed)
    else:
        assert expected in aimed


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # where the speaker phones from is not where the government he blames is
    ("Speaking by telephone from Nairobi, a rebel spokesman blamed the government for the shelling of Juba.", "SSD"),
    ("A rebel spokesman, who spoke from Nairobi, blamed the government for the shelling of Juba.", "SSD"),
])
def test_a_place_spoken_from_does_not_place_the_government(nlp: Language, text: str, expected: str) -> None:
    targets = {t for _, t, c in country_triples(code(nlp, text)) if c.startswith("11")}
    assert targets == {expected}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # an envoy "in" a capital is posted there; the possessor says whose envoy
    ("The Tanzanian foreign minister met the Rwandan president's envoy in Dodoma on Monday.", {("TZA", "RWA")}),
    ("The Tanzanian foreign minister met Rwanda's envoy in Dodoma on Monday.", {("TZA", "RWA")}),
])
def test_an_envoy_is_not_of_the_place_he_is_posted_in(nlp: Language, text: str,
                                                      expected: set[tuple[str, str]]) -> None:
    assert _dyads(nlp, text, "04") == expected | {(t, s) for s, t in expected}  # the meeting's two sides


@pytest.mark.model
def test_the_envoy_in_a_capital_names_no_country_of_its_own(nlp: Language) -> None:
    events = [e for e in code(nlp, "The envoy in Dodoma criticized the rebels on Monday.") if e.source is not None]
    assert all(e.source.country != "TZA" for e in events)


@pytest.mark.model
def test_a_definite_body_repeats_the_one_named_before(nlp: Language) -> None:
    text = ("A Vietnamese delegation arrived in Vientiane on Monday. The delegation met Lao President "
            "Thongloun Sisoulith on Tuesday.")
    assert ("VNM", "LAO") in _dyads(nlp, text, "04")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the doer, named by a pronoun, is not one of the sides; an armed group is a side
    ("Qatar has hosted talks between Israel and Hamas. It urged both sides to accept a truce.",
     {("QAT", "ISR"), ("QAT", "PSE")}),
    # a state and a rebel force of one country are two sides
    ("Ethiopian troops and Tigrayan rebels clashed near Mekele on Monday. Kenya urged both sides to stop "
     "fighting.", {("KEN", "ETH")}),
])
def test_both_sides_after_a_conflict(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert _dyads(nlp, text, "02") == expected


@pytest.mark.model
def test_both_sides_of_a_conflict_are_two_codes(nlp: Language) -> None:
    text = ("Ethiopian troops and Tigrayan rebels clashed near Mekele on Monday. Kenya urged both sides to stop "
            "fighting.")
    targets = {e.target.code for e in code(nlp, text) if e.cameo.startswith("02") and e.target is not None}
    assert targets == {"ETHMIL", "ETHREB"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "sides"), [
    ("Talks between Chile and Bolivia resumed in Lima.", {"CHL", "BOL"}),
    ("The border between Chile and Bolivia was closed.", set()),
])
def test_countries_after_between_are_sides_unless_a_stretch_of_space(nlp: Language, text: str,
                                                                     sides: set[str]) -> None:
    from newsevents.extraction import extract

    actors = {a.country for a in extract(text, date="2023-03-01", nlp=nlp).actors}
    assert sides <= actors if sides else not ({"CHL", "BOL"} & actors)


@pytest.mark.model
def test_a_town_read_as_a_time_is_still_the_place_attacked(nlp: Language) -> None:
    # the recogniser may read "<town> overnight" as one time expression
    found = _dyads(nlp, "Russia fired missiles at Kyiv overnight, Ukrainian officials said.", "19")
    assert found == {("RUS", "UKR")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Chad and Sudan signed a border accord in 2010. Chad accused its neighbour of arming rebels.",
     {("TCD", "SDN")}),
    # alone, "its neighbour" is nobody the text names: no target, and never the rebels (an
    # accusation aimed at no one is left out: events.aimless)
    ("Chad accused its neighbour of arming rebels.", set()),
    # more countries than the pair: no guess
    ("Chad, Libya and Sudan met on Monday. Chad accused its neighbour of arming rebels.", set()),
])
def test_an_owned_relational_noun_is_the_other_of_a_pair(nlp: Language, text: str,
                                                         expected: set[tuple[str, str | None]]) -> None:
    assert _dyads(nlp, text, "11") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the country of the venue is not a side, nor the rebels' country
    "Talks between Armenia and the rebels opened in Geneva, Switzerland. But the two sides refused to meet.",
])
def test_no_side_is_a_venue(nlp: Language, text: str) -> None:
    triples = country_triples(code(nlp, text))
    assert not any("CHE" in (s, t) for s, t, c in triples)


@pytest.mark.model
def test_the_venue_of_talks_does_not_keep_the_opposition_from_the_story_country(nlp: Language) -> None:
    text = ("The Yemeni government accused the Houthis of blocking aid on Monday. Talks between the Yemeni "
            "government and the opposition opened in Geneva, Switzerland. The mediator met with both sides "
            "separately.")
    events = code(nlp, text)
    talks = {(e.source.code, e.target.code) for e in events if e.cameo.startswith("04") and e.source and e.target}
    assert ("YEMGOV", "YEMOPP") in talks
    assert not any("CHE" in (e.source.code if e.source else "", e.target.code if e.target else "") for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru, along with Chile, condemned the coup in Bolivia.",
    "Peru, together with Chile, condemned the coup in Bolivia.",
    "Peru, joined by Chile, condemned the coup in Bolivia.",
    "Peru as well as Chile condemned the coup in Bolivia.",
])
def test_partners_named_beside_the_subject_act_with_it(nlp: Language, text: str) -> None:
    assert _dyads(nlp, text, "11") == {("PER", "BOL"), ("CHL", "BOL")}


@pytest.mark.model
def test_a_partner_after_the_verb_is_no_co_doer(nlp: Language) -> None:
    found = _dyads(nlp, "Peru condemned the coup in Bolivia along with its allies.", "11")
    assert found == {("PER", "BOL")}


@pytest.mark.model
def test_officials_from_both_of_two_countries(nlp: Language) -> None:
    found = _dyads(nlp, "The envoy from Norway met officials from both Sudan and Chad on Monday.", "04")
    assert {t for s, t in found if s == "NOR"} == {"SDN", "TCD"}


@pytest.mark.model
def test_an_owned_title_in_a_town_is_not_of_the_town(nlp: Language) -> None:
    # whose deputy the text does not say; the town he serves in is no answer
    events = [e for e in code(nlp, "Peruvian President Dina Boluarte met Lula's adviser in Lima on Monday.")
              if e.cameo.startswith("04") and e.source is not None and e.source.country == "PER"]
    assert events and all(e.target is None or e.target.country != "PER" for e in events)


@pytest.mark.model
def test_the_last_item_of_an_object_list_hung_on_the_verb(nlp: Language) -> None:
    text = "The Norwegian envoy met Friday with Libyan officials, Red Cross officers, and envoys from Egypt and Qatar."
    found = _dyads(nlp, text, "04")
    assert {("NOR", "EGY"), ("NOR", "QAT")} <= found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Union and the United States urged the authorities to free the three activists.",
    "German Chancellor Olaf Scholz urged the authorities to free the three activists.",
])
def test_a_foreign_state_urging_the_authorities_does_not_make_them_its_own(nlp: Language, text: str) -> None:
    targets = {t for s, t, c in country_triples(code(nlp, text)) if c.startswith("02")}
    assert not targets & {"USA", "DEU"}


@pytest.mark.model
def test_a_domestic_group_urging_the_authorities_keeps_the_sentence_country(nlp: Language) -> None:
    found = _dyads(nlp, "Kenyan rights groups urged the authorities to free the three activists.", "02")
    assert found == {("KEN", "KEN")}


@pytest.mark.model
def test_a_shared_country_name_coordinated_by_its_first_word(nlp: Language) -> None:
    found = _dyads(nlp, "North and South Korea held talks at the border on Tuesday.", "04")
    assert found == _all_pairs("PRK", "KOR")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "it" continues the main clause's subject, not the subject of what that subject reported
    ("Azerbaijan said on Monday that Armenia had broken the truce. It accused Yerevan of shelling border "
     "villages.", ("AZE", "ARM")),
    # nor the relative pronoun of a clause on the subject
    ("Chad and Sudan have traded accusations over the border. The African Union, which has mediated between "
     "N'Djamena and Khartoum for years, met in Addis Ababa on Monday. It urged the two governments to pull "
     "back their troops.", ("IGO", "TCD")),
])
def test_it_continues_the_main_subject(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = {(s[:3] if s else None, t[:3] if t else None) for s, t, c in country_triples(code(nlp, text))
             if c[:2] in ("02", "11")}
    assert expected in found
