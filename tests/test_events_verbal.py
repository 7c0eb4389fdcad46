"""Verbal acts on sentences written for these tests: reported judgements, names given to an act
named earlier, worries about another's act, welcomes of a phase of talks (CAMEO roots 05, 11)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def roots(found: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {c[:2] for _, _, c in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("Quito said the Peruvian decision was unacceptable.", ("ECU", "PER", "111")),
    ("The Uruguayan move was a provocation, the Argentine foreign minister said.", ("ARG", "URY", "111")),
])
def test_events_a_reported_judgement_criticises_whose_thing_it_is(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Malawian minister said the weather was dangerous.",  # nothing anyone did
    "Senegal said the Gambian decision was not illegal.",  # negated
    "The Zambian president said the Angolan visit could be a success.",  # a hedged guess is no 051
    "Tunisia said it was unacceptable.",  # a pronoun names nothing
])
def test_events_a_reported_judgement_without_a_wrong_or_a_doer_codes_no_criticism(nlp: Language, text: str) -> None:
    assert not roots(country_triples(code(nlp, text))) & {"11", "05"}


def test_events_a_name_given_to_an_act_named_earlier_is_aimed_at_its_doer(nlp: Language) -> None:
    text = ("Nicaraguan police tried to detain the Costa Rican journalist on Friday. "
            "The Costa Rican foreign minister called the attempt to detain him unlawful.")
    found = country_triples(code(nlp, text))
    assert ("CRI", "NIC", "111") in found
    # the named act is referred to, not reported again
    assert not any(c.startswith("17") for s, _, c in found if s is None)


def test_events_a_name_given_to_a_resignation_is_aimed_at_who_resigned(nlp: Language) -> None:
    text = ("The Ecuadorian president announced his resignation in a televised address. "
            "Brazil called the resignation a catastrophe for the region.")
    assert ("BRA", "ECU", "111") in country_triples(code(nlp, text))


def test_events_a_name_with_no_act_before_it_codes_nothing(nlp: Language) -> None:
    text = "The Peruvian minister called the resignation a disgrace."
    assert "11" not in roots(country_triples(code(nlp, text)))


def test_events_the_name_of_an_act_parsed_as_a_predicate_is_criticism_of_its_doer(nlp: Language) -> None:
    text = ("Iran test-fired a cruise missile on Sunday. "
            "Riyadh's envoy called the rocket launch a reckless provocation and lodged a formal complaint.")
    found = code(nlp, text)
    criticisms = [e for e in found if e.cameo[:2] == "11"]
    # one criticism, aimed at Iran; the name ("a threat") is no threat of its own
    assert [(e.source and e.source.country, e.target and e.target.country) for e in criticisms] == [("SAU", "IRN")]
    assert "13" not in {e.cameo[:2] for e in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway is deeply concerned about Russia's decision to close the border.", ("NOR", "RUS", "110")),
    ("The Finnish government said it was alarmed by the Russian troop buildup.", ("FIN", "RUS", "110")),
    ("Japan expressed concern over the Chinese survey ship.", ("JPN", "CHN", "110")),
])
def test_events_worry_over_another_actors_act_is_disapproval(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "Danish investors are worried about the economy.",
    "The Estonian minister said he was not concerned about the Latvian vote.",
])
def test_events_worry_about_no_actor_or_denied_codes_nothing(nlp: Language, text: str) -> None:
    assert "11" not in roots(country_triples(code(nlp, text)))


def test_events_welcoming_the_start_of_talks_is_aimed_at_who_opened_them(nlp: Language) -> None:
    text = ("The Philippine government opened peace talks with communist rebels in Oslo on Monday. "
            "Japan hailed the opening of the talks.")
    assert ("JPN", "PHL", "051") in country_triples(code(nlp, text))


def test_events_worry_in_the_passive_is_the_worried_actors(nlp: Language) -> None:
    found = country_triples(code(nlp, "Lithuania was alarmed by the Belarusian troop buildup."))
    assert ("LTU", "BLR", "110") in found
    assert ("BLR", "LTU", "110") not in found


def test_events_worry_named_only_as_a_setting_is_background(nlp: Language) -> None:
    text = "The Serbian president visited Minsk amid concerns over Russia's role in the region."
    assert "11" not in roots(country_triples(code(nlp, text)))


@pytest.mark.parametrize("text", [
    "Neighbouring states, including Chile and Peru, denounced the Bolivian move.",
    "Countries such as Chile and Peru condemned the Bolivian decision.",
])
def test_events_the_named_members_of_a_group_are_its_speakers(nlp: Language, text: str) -> None:
    assert {("CHL", "BOL", "111"), ("PER", "BOL", "111")} <= country_triples(code(nlp, text))


def test_events_condemning_the_attack_is_aimed_at_the_attackers_not_the_latest_actor(nlp: Language) -> None:
    text = ("Burkinabe soldiers stormed the Ivorian embassy in Bamako on Sunday. "
            "Malian police arrested dozens of Ivorian traders the same day. "
            "Ghana condemned the attack.")
    found = country_triples(code(nlp, text))
    assert ("GHA", "BFA", "111") in found
    assert ("GHA", "MLI", "111") not in found


@pytest.mark.parametrize("text", [
    "Zambian opposition parties dismissed the outcome of the parliamentary vote.",
    "The Zambian opposition leader criticised the new constitution.",
])
def test_events_the_oppositions_words_with_no_target_are_aimed_at_its_authorities(nlp: Language, text: str) -> None:
    found = code(nlp, text)
    assert any(e.cameo[:2] in ("11", "12") and e.target is not None and e.target.country == "ZMB"
               and e.rule.endswith("+domestic-target") for e in found)


def test_events_a_governments_words_with_no_target_keep_none(nlp: Language) -> None:
    rejections = [e for e in code(nlp, "The Zambian government rejected the results of the survey.")
                  if e.cameo[:2] == "12"]
    assert rejections and all(e.target is None for e in rejections)


@pytest.mark.parametrize("text", [
    "The Zambian opposition says its marches will resume after the holiday.",
    "The Zambian opposition says the protests will not end until the president resigns.",
])
def test_events_the_oppositions_forecast_of_more_protests_threatens_dissent(nlp: Language, text: str) -> None:
    threats = {(e.source and e.source.code, e.target and e.target.country) for e in code(nlp, text)
               if e.cameo == "133"}
    assert threats == {("ZMBOPP", "ZMB")}  # the speaker threatens; one threat, not one per mention


@pytest.mark.parametrize("text", [
    "The Zambian government said the protests will continue.",  # a forecast, not a threat
    "The Zambian opposition says the protests will end on Friday.",
    "The Zambian opposition says there would have been rallies in every province had the police allowed them.",
])
def test_events_other_forecasts_about_protests_are_no_threat_by_the_speaker(nlp: Language, text: str) -> None:
    spoken = [e for e in code(nlp, text) if e.rule.startswith("threaten.dissent_forecast")]
    assert not spoken


def test_events_rejecting_a_demand_is_aimed_at_who_made_it(nlp: Language) -> None:
    text = ("Ukrainian separatists demanded the release of their leaders on Monday. "
            "The Moldovan government rejected the demand.")
    assert ("MDA", "UKR", "125") in country_triples(code(nlp, text))


def test_events_rejecting_a_demand_no_one_made_keeps_no_target(nlp: Language) -> None:
    rejections = [e for e in code(nlp, "The Moldovan government rejected the demand.") if e.cameo[:2] == "12"]
    assert rejections and all(e.target is None for e in rejections)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Peruvian senator criticized the Chilean government's handling of the crisis.", ("PER", "CHL", "111")),
    ("The former Iranian president backed the Iraqi premier's position.", ("IRN", "IRQ", "051")),
])
def test_events_a_reaction_to_an_actors_thing_is_aimed_at_the_actor(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_reporting_anothers_failure_accuses_it(nlp: Language) -> None:
    text = "The European Union reported that Serbia had failed to withdraw its police from the border."
    found = country_triples(code(nlp, text))
    assert ("IGOEU", "SRB", "112") in found
    assert not {c for _, _, c in found if c.startswith("12")}  # the failure is no refusal of Serbia's


@pytest.mark.parametrize("text", [
    "The Kenyan minister said the talks failed to produce a deal.",  # no actor failed
    "The monitors reported that Serbia had failed to withdraw its police.",  # no speaker
    "Germany said it had failed to reach a deal with France.",  # its own failure
])
def test_events_a_failure_with_no_one_to_accuse_is_no_accusation(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule.startswith("accuse.failure_report")]


def test_events_a_reported_act_called_wrongful_accuses_its_doer(nlp: Language) -> None:
    text = "The Georgian opposition said riot police had beaten its supporters unlawfully."
    assert ("GEO", "GEO", "112") in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Georgian opposition said police had detained its leader on Monday.",  # no wrong claimed
    "Kenya granted asylum to Somali rebels who entered the country illegally, a UN official said.",
])
def test_events_a_wrongful_adverb_outside_the_reported_act_accuses_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.rule.startswith("accuse.wrongful_act")]
