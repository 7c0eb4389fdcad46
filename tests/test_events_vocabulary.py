"""Trigger vocabulary and constructions of wire news: a resignation named as a noun, weighing another's
proposal, countermeasures, calling off joint drills, an armed assault on forces, a protest camp, a
mediated truce between two parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, coded, country_triples

pytestmark = pytest.mark.model


def roots(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan interior minister tendered his resignation on Monday.", ("KEN", None, "0831")),
    ("The Peruvian prime minister submitted her resignation to the president.", ("PER", None, "0831")),
    ("Bolivia's president announced his resignation after weeks of unrest.", ("BOL", None, "0831")),
])
def test_resignation_named_as_a_noun_is_a_resignation(nlp: Language, text: str,
                                                      expected: tuple[str, str | None, str]) -> None:
    # the coder's events: with no one named who demanded it, the extraction leaves it out (events.aimless)
    assert expected in country_triples(coded(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow said it was studying the Ukrainian proposal.", ("RUS", "UKR", "014")),
    ("The Israeli cabinet said it would consider the Egyptian offer on Sunday.", ("ISR", "EGY", "014")),
    ("Tehran is weighing Washington's proposal for a prisoner swap.", ("IRN", "USA", "014")),
])
def test_weighing_another_actors_proposal_is_considering_a_policy_option(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_weighing_ones_own_plan_codes_nothing(nlp: Language) -> None:
    # no one else's proposal: the consideration has no target and is no event
    assert not [e for e in code(nlp, "Germany is considering a plan to build new schools.") if e.cameo == "014"]


def test_countermeasures_taken_and_threatened(nlp: Language) -> None:
    assert ("CHN", "USA", "16") in roots("Beijing took countermeasures against three American defence firms.", nlp)
    # vowed, not yet taken: a threat of sanctions
    assert ("CHN", "USA", "13") in roots("Beijing vowed to take countermeasures against Washington.", nlp)


@pytest.mark.parametrize("text", [
    "Washington suspended joint military exercises with Seoul.",
    "The Pentagon postponed planned naval drills with South Korea.",
    "The US army called off its annual training exercises with the South Korean military.",
])
def test_calling_off_joint_drills_reduces_military_cooperation(nlp: Language, text: str) -> None:
    assert ("USA", "KOR", "1622") in country_triples(code(nlp, text))


def test_calling_off_drills_with_no_partner_codes_no_reduction(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The Chilean navy cancelled its drills because of the storm.")
                if e.cameo.startswith("16")]


def test_an_armed_assault_on_forces_is_military_force(nlp: Language) -> None:
    found = roots("Islamist fighters from Niger assaulted a Malian army base near Gao.", nlp)
    assert ("NER", "MLI", "19") in found
    assert not any(r == "18" for _, _, r in found)
    # an assault on a person stays a physical assault
    assert ("BLR", "BLR", "18") in roots("Belarusian police assaulted a journalist in Minsk.", nlp)


def test_a_crowd_camped_outside_an_office_is_a_protest(nlp: Language) -> None:
    assert ("GEO", "GEO", "14") in roots("Hundreds of Georgian protesters camped outside the parliament in Tbilisi.",
                                         nlp)
    assert not code(nlp, "The Georgian football team camped near the lake before the final.")


@pytest.mark.parametrize("verb", ["reprimanded", "ridiculed", "derided"])
def test_rebukes_are_criticism(nlp: Language, verb: str) -> None:
    assert ("DEU", "HUN", "11") in roots(f"The German foreign minister {verb} the Hungarian ambassador.", nlp)


def test_recapturing_a_town_is_fighting(nlp: Language) -> None:
    found = country_triples(code(nlp, "Iraqi troops recaptured the town of Tikrit from the Islamist militants."))
    assert any(s == "IRQ" and c == "190" for s, _, c in found)


@pytest.mark.parametrize(("text", "mediator", "party", "code_"), [
    ("Egypt brokered a truce between Israel and Hamas.", "EGY", "ISR", "0871"),
    ("Qatar mediated a three-day cease-fire between the Sudanese army and the rebels on Sunday.", "QAT", "SDN", "0871"),
    ("Turkey brokered a grain deal between Russia and Ukraine.", "TUR", "RUS", "057"),
])
def test_a_mediated_act_is_the_parties_own(nlp: Language, text: str, mediator: str, party: str, code_: str) -> None:
    found = country_triples(code(nlp, text))
    assert any(s == party and c == code_ for s, _, c in found)
    assert any(s == party and c == code_ for _, s, c in found)  # each party acts on the other
    # the mediator mediates (045); it is never a party to the truce or the deal
    assert (mediator, party, "045") in found
    assert not any(s == mediator and c == code_ for s, _, c in found)


def test_a_mediated_act_needs_its_parties_named(nlp: Language) -> None:
    assert not [e for e in code(nlp, "Egypt brokered a truce last week.") if e.cameo == "0871"]


def test_a_split_cease_fire_is_a_truce_not_gunfire(nlp: Language) -> None:
    found = country_triples(code(nlp, "A cease-fire between Armenia and Azerbaijan took hold on Sunday."))
    assert ("ARM", "AZE", "0871") in found
    assert not any(c.startswith("19") for _, _, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Colombian government remains committed to the peace talks with the rebels.", ("COL", "REB", "036")),
    ("Sudan said it was ready for talks with Chad.", ("SDN", "TCD", "036")),
    ("Ethiopia said it was open to dialogue with Eritrea.", ("ETH", "ERI", "036")),
    ("Israel remains committed to the ceasefire with Lebanon.", ("ISR", "LBN", "0356")),
    ("Armenia is ready for a peace deal with Azerbaijan.", ("ARM", "AZE", "030")),
])
def test_readiness_for_an_act_named_by_a_noun_is_the_intent_of_it(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "Ethiopia is not ready for talks with Eritrea.",
    "Moscow denied that it was ready for talks with Kyiv.",
    "Tehran said it was important to resume talks with Washington.",
])
def test_no_readiness_no_intent(nlp: Language, text: str) -> None:
    # negated or denied readiness, or an expletive "it": no intent to meet, and no meeting either
    assert not [e for e in code(nlp, text) if e.cameo.startswith("03") or e.cameo.startswith("04")]


def test_said_it_was_ready_resolves_it_to_the_speaker(nlp: Language) -> None:
    # "it was ready" is no expletive "it": the speaker states its own readiness
    found = country_triples(code(nlp, "Seoul said it was willing to hold talks with Pyongyang."))
    assert ("KOR", "PRK", "036") in found
    found = country_triples(code(nlp, "Portugal said it was firmly determined to repair its strained ties "
                                      "with Angola."))
    assert any(s == "PRT" and t == "AGO" and c.startswith("03") for s, t, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkish president lashed out at Greece over the migrants.", ("TUR", "GRC", "111")),
    ("The Turkish president hit out at Greece over the migrants.", ("TUR", "GRC", "111")),
    ("Venezuela's government railed against the United States.", ("VEN", "USA", "111")),
    ("The Chinese foreign ministry took aim at Washington over its Taiwan policy.", ("CHN", "USA", "111")),
    ("Japan expressed dissatisfaction with China's survey ship.", ("JPN", "CHN", "111")),
    ("Germany voiced disappointment with the Polish decision.", ("DEU", "POL", "111")),
])
def test_verbal_attacks_and_displeasure_are_criticism(nlp: Language, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found
    assert not any(c.startswith("19") for _, _, c in found)  # "hit out at" is no strike


def test_displeasure_with_nobody_named_codes_nothing(nlp: Language) -> None:
    assert not code(nlp, "Germany voiced disappointment after the vote.")


def test_house_arrest_is_an_arrest(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Zimbabwean authorities placed Tsvangirai's deputy under house arrest."))
    assert any(s == "ZWE" and c == "173" for s, _, c in found)
    assert not code(nlp, "The authorities placed the files under review.")


def test_recommending_an_act_to_an_actor_is_an_appeal(nlp: Language) -> None:
    found = country_triples(code(nlp, "The European Union recommended that Guatemala recount the votes."))
    assert any(t == "GTM" and c.startswith("02") for _, t, c in found)


@pytest.mark.parametrize("verb", ["revoked", "rescinded", "repealed"])
def test_revoking_sanctions_eases_them(nlp: Language, verb: str) -> None:
    found = country_triples(code(nlp, f"Canada {verb} its sanctions on Belarus."))
    assert ("CAN", "BLR", "085") in found


def test_a_hanging_of_people_is_a_killing(nlp: Language) -> None:
    assert any(c == "180" for _, _, c in country_triples(code(nlp, "Iran hanged two Kurdish activists.")))
    assert not code(nlp, "Iranian protesters hung banners outside the embassy.")


@pytest.mark.parametrize("text", [
    "Ukraine and Russia swapped prisoners of war.",
    "Ukraine and Russia exchanged hundreds of detainees on Friday.",
])
def test_a_prisoner_swap_releases_captives_both_ways(nlp: Language, text: str) -> None:
    found = country_triples(code(nlp, text))
    assert {("UKR", "RUS", "0841"), ("RUS", "UKR", "0841")} <= found


def test_readiness_for_force_is_no_readiness_to_cooperate(nlp: Language) -> None:
    found = country_triples(code(nlp, "Thailand's caretaker cabinet said it was prepared to declare martial law."))
    assert not any(c.startswith("03") for _, _, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese decision drew sharp criticism from Beijing.", ("CHN", "JPN", "111")),
    ("Israel's raid on the camp drew condemnation from Egypt.", ("EGY", "ISR", "111")),
    ("The Indian premier faced criticism from Pakistan over the remarks.", ("PAK", "IND", "111")),
    ("The Kenyan peace plan won praise from Tanzania.", ("TZA", "KEN", "051")),
])
def test_a_reaction_drawn_from_an_actor_is_that_actors_act(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_a_reaction_from_no_actor_codes_nothing(nlp: Language) -> None:
    assert not code(nlp, "The Kenyan film drew praise from critics.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The French president called the Russian leader on Sunday to discuss the war.", ("FRA", "RUS", "041")),
    ("The Kenyan president called his Tanzanian counterpart on Monday.", ("KEN", "TZA", "041")),
    ("The Kenyan president held a phone conversation with the Ethiopian prime minister.", ("KEN", "ETH", "041")),
    ("The Chinese president held phone talks with his Russian counterpart.", ("CHN", "RUS", "041")),
    ("The Indian premier held video talks with the Australian prime minister.", ("IND", "AUS", "041")),
])
def test_calling_an_actor_is_a_phone_call(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found
    assert not any(c.startswith("17") for _, _, c in found)  # holding a conversation detains no one


@pytest.mark.parametrize("text", [
    "The Chinese foreign ministry called Taiwan a province of China.",
    "Russia called up 300,000 reservists.",
    "The Kenyan opposition called off the protests in Nairobi.",
    "The Nigerian president called early elections.",
    "The Venezuelan blogger calls Chavez's recent attacks hypocritical.",
])
def test_calling_something_or_someone_a_name_is_no_phone_call(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "041"]


def test_a_gapped_passive_shares_its_auxiliary(nlp: Language) -> None:
    # "... were dismantled and the marchers [were] arrested": the protesters are arrested, not arresting
    found = country_triples(code(nlp, "Riot police moved in at dawn in Minsk: the tents were dismantled and the "
                                      "marchers arrested."))
    assert any(t == "BLR" and c == "173" for _, t, c in found)
    # an active verb after a passive keeps its own subject
    found = country_triples(code(nlp, "Georgian police were deployed and the protesters marched to parliament "
                                      "in Tbilisi."))
    assert any(s == "GEO" and c.startswith("14") for s, _, c in found)


def test_it_takes_an_act_is_the_speaker_acting(nlp: Language) -> None:
    found = country_triples(code(nlp, "Russia's foreign ministry said that it would take firm countermeasures "
                                      "against Britain."))
    assert any(s == "RUS" and t == "GBR" and c.startswith("13") for s, t, c in found)


@pytest.mark.parametrize("verb", ["respect", "honour", "uphold"])
def test_keeping_a_truce_to_come_is_an_intent_to_keep_it(nlp: Language, verb: str) -> None:
    found = country_triples(code(nlp, f"Hamas said it would {verb} the truce with Israel."))
    assert ("PSE", "ISR", "0356") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish warplanes struck PKK positions in northern Iraq.", ("TUR", "195")),
    ("Russian drones attacked Kyiv overnight.", ("RUS", "195")),
])
def test_an_attack_by_aircraft_is_an_aerial_attack(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, c) for s, _, c in country_triples(code(nlp, text))}


def test_an_attack_by_ground_forces_stays_force(nlp: Language) -> None:
    found = country_triples(code(nlp, "Ethiopian troops attacked Eritrean positions near Badme."))
    assert ("ETH", "ERI", "190") in found
