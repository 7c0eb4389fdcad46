"""Verbal acts in reported speech, on sentences written for these tests: calls for another to act
("called for X to ..."), yielding to or refusing demands and proposals, reported blame ("said X was
behind the attack") and reported judgements of a thing whose doer is named by "by"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, coded, country_triples

pytestmark = pytest.mark.model


def roots(found: set[tuple[str | None, str | None, str]]) -> set[str]:
    return {c[:2] for _, _, c in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Arab League called for Israel to pull its troops out of Lebanon.", ("IGOARL", "ISR", "0256")),
    ("Britain pressed for the United States to back its debt relief plan.", ("GBR", "USA", "02")),
    ("Students in Bangkok called for the Thai prime minister to step down.", ("THA", "THA", "1041")),
])
def test_speech_a_call_for_another_to_act_is_aimed_at_who_is_to_act(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    source, target, cameo = expected
    assert any(s is not None and s.startswith(source) and (t or "").startswith(target) and c.startswith(cameo)
               for s, t, c in found), found


def test_speech_the_act_called_for_is_not_coded_as_done(nlp: Language) -> None:
    found = country_triples(code(nlp, "Mexico called for Guatemala to release the detained fishermen."))
    assert ("MEX", "GTM", "1053") in found  # a call for a release is a demand (session 30)
    assert not any(c.startswith("084") for _, _, c in found)


@pytest.mark.parametrize("text", [
    "Kenyan opposition parties called for the resignation of the president.",
    "Kenyan opposition parties called for the president's resignation.",
])
def test_speech_a_call_for_a_resignation_is_a_demand_on_the_leader(nlp: Language, text: str) -> None:
    assert ("KEN", "KEN", "1041") in country_triples(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Colombian government said it would not accept the guerrillas' demands.", "124"),
    ("The Sri Lankan president vowed he would never give in to the separatists' demands.", "124"),
    ("Bolivia will not accept the Chilean proposal on the port.", "120"),
])
def test_speech_refusing_to_yield_or_to_accept_a_proposal_is_a_rejection(
        nlp: Language, text: str, expected: str) -> None:
    found = country_triples(code(nlp, text))
    assert expected in {c for _, _, c in found}, found
    assert not roots(found) & {"03", "08"}


def test_speech_accepting_a_proposal_agrees_with_its_proposer(nlp: Language) -> None:
    found = country_triples(code(nlp, "Serbia accepted the Hungarian proposal for a border commission."))
    assert ("SRB", "HUN", "030") in found


def test_speech_accepting_demands_yields_to_who_made_them(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Malian junta met the demands of ECOWAS."))
    assert "08" in roots(found)


@pytest.mark.parametrize("text", [
    "Tehran did not accept the French offer.",  # silence, not a refusal
    "The Peruvian minister accepted the award in Lima.",  # nothing proposed by anyone
    "The Brazilian government met the deadline for the report.",  # a deadline met is no concession
])
def test_speech_acceptance_without_a_proposal_or_refusal_codes_nothing(nlp: Language, text: str) -> None:
    assert not roots(country_triples(code(nlp, text))) & {"03", "08", "12"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tanzanian police said Kenyan smugglers were behind the attack on the border post.", ("TZA", "KEN")),
    ("The Afghan army said the Taliban were responsible for the bombing in Kabul.", ("AFG", "AFG")),
    ("Armenia said Azerbaijan was to blame for the shelling of the village.", ("ARM", "AZE")),
    ("The blast at the dam was the work of saboteurs, and Georgia was behind the plot, Abkhaz officials said.",
     ("GEO", None)),
])
def test_speech_blaming_another_for_a_hostile_act_accuses_it(
        nlp: Language, text: str, expected: tuple[str, str | None]) -> None:
    found = country_triples(code(nlp, text))
    blamer, blamed = expected
    if blamed is None:  # the speaker has no country here: the blamed one is still the target
        assert any(t == blamer and c.startswith("112") for _, t, c in found), found
    else:
        assert any(s == blamer and t == blamed and c.startswith("112") for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "Tanzania said Kenya was not behind the attack.",  # negated
    "The Kenyan minister said the Ugandan police were responsible for security at the summit.",  # no hostile act
    "The Ghanaian president said Togo was behind the trade reforms.",  # no hostile act
])
def test_speech_blame_without_a_hostile_act_or_when_denied_codes_no_accusation(nlp: Language, text: str) -> None:
    assert "11" not in roots(country_triples(code(nlp, text)))


def test_speech_the_act_someone_is_blamed_for_is_not_reported_as_their_act(nlp: Language) -> None:
    found = country_triples(code(nlp, "Ukraine said Russia was responsible for killing the two Ukrainian soldiers."))
    assert ("UKR", "RUS", "112") in {(s, t, c[:3]) for s, t, c in found}
    assert not any(s == "RUS" and c.startswith("18") for s, _, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Havana said the sanctions imposed by Washington were illegal.", ("CUB", "USA")),
    ("The Argentine minister said the decision by Uruguay was regrettable.", ("ARG", "URY")),
])
def test_speech_a_judgement_of_a_thing_aims_at_whoever_the_by_phrase_names(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "111") in country_triples(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Houthi leader vowed to retaliate against Saudi Arabia.", "SAU"),
    ("The Ethiopian prime minister threatened to punish Egypt for the sabotage.", "EGY"),
    ("Pakistan will crush the Indian infiltrators, the Pakistani army chief said.", "IND"),
    ("The Chechen commander vowed revenge against Russia.", "RUS"),
])
def test_speech_a_vow_of_harm_is_a_threat_of_force(nlp: Language, text: str, expected: str) -> None:
    found = country_triples(code(nlp, text))
    assert any(t == expected and c == "138" for _, t, c in found), found


@pytest.mark.parametrize("text", [
    "The Nigerian army retaliated against the militants in Borno.",  # a fact too vague to code
    "Tehran said it would not retaliate against Baghdad.",  # refused
    "Iran could retaliate against Iraq.",  # only possible
    "Washington urged Tehran not to retaliate against Baghdad.",  # asked for (not) by another
    "The Kenyan president vowed to eliminate corruption.",  # no one harmed
])
def test_speech_harm_that_is_not_vowed_or_aimed_at_anyone_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(c.startswith("13") for _, _, c in country_triples(code(nlp, text)))


def test_speech_a_threat_to_do_an_uncoded_act_is_aimed_at_its_object(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Somali militants threatened to deal heavy blows to Kenya."))
    assert any(t == "KEN" and c.startswith("13") for _, t, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanoi dismissed Beijing's accusation that Vietnamese boats had rammed a Chinese vessel.", ("CHN", "VNM")),
    ("Baku rejected the claim by Yerevan that Azerbaijani troops had shelled a village.", ("ARM", "AZE")),
    ("The Iraqi claim that Iran was behind the blast was rejected by Tehran.", ("IRQ", "IRN")),
])
def test_speech_a_claim_named_as_a_noun_is_its_makers_accusation(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert any(s == expected[0] and t == expected[1] and c.startswith("112") for s, t, c in found), found


def test_speech_an_act_in_a_denied_claim_is_not_coded_as_done(nlp: Language) -> None:
    found = country_triples(code(nlp, "Uganda denied the claim that Ugandan soldiers had beaten the refugees."))
    assert not any(c.startswith("18") for _, _, c in found), found


def test_speech_a_claim_of_no_hostile_act_accuses_no_one(nlp: Language) -> None:
    found = country_triples(code(nlp, "Lima rejected the Bolivian claim that the talks would resume in May."))
    assert not any(c.startswith("112") for _, _, c in found), found


def test_speech_support_received_comes_from_who_gave_it(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Malawian president has won the backing of Zambia and Tanzania."))
    assert {("ZMB", "MWI", "051"), ("TZA", "MWI", "051")} <= found
    assert not any(c.startswith("04") for _, _, c in found)  # no visit hosted


def test_speech_support_for_no_named_actor_codes_nothing(nlp: Language) -> None:
    found = country_triples(code(nlp, "Oslo said the plan enjoyed support from Stockholm."))
    assert not any(c.startswith("05") for _, _, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Cypriot president ruled out talks with Turkey.", ("CYP", "TUR", "12")),
    ("The Georgian prime minister ruled out resigning.", ("GEO", None, "124")),
])
def test_speech_ruling_out_is_a_rejection(nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    found = country_triples(code(nlp, text))
    source, target, cameo = expected
    assert any(s == source and t == target and c.startswith(cameo) for s, t, c in found), found
    assert not any(c.startswith("08") for _, _, c in found)  # the resignation ruled out did not happen


@pytest.mark.parametrize("text", [
    "Seoul was disappointed by the Japanese decision to restrict exports.",
    "The Dutch minister said she was displeased with the Belgian response.",
])
def test_speech_disappointment_with_anothers_act_is_disapproval(nlp: Language, text: str) -> None:
    assert any(c.startswith("11") and t in ("JPN", "BEL") for _, t, c in country_triples(code(nlp, text)))


@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union issued a statement calling on Sudan to end the fighting.", ("IGOAU", "SDN")),
    ("Human Rights Watch released a report accusing the Burundian police of torture.", ("NGOHRW", "BDI")),
])
def test_speech_a_statement_speaks_for_whoever_issued_it(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert any(e.source is not None and (e.source.code or "").startswith(expected[0][:3])
               and e.target is not None and e.target.country == expected[1] for e in events), \
        [(e.source, e.target, e.cameo) for e in events]
    assert not any(e.cameo.startswith("057") for e in events)  # a statement is no signed agreement


def test_speech_those_said_to_be_to_blame_are_accused_not_accusers(nlp: Language) -> None:
    found = country_triples(code(nlp, "Kenyan police said Somali militants were to blame."))
    assert not any(s == "SOM" for s, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara warned that Greece would pay a heavy price.", ("TUR", "GRC", "130")),
    ("Egypt will face the consequences, the Ethiopian foreign minister said.", ("ETH", "EGY", "130")),
    ("The Iraqi militia said Turkish bases would become legitimate targets.", ("IRQ", "TUR", "138")),
])
def test_speech_a_penalty_foretold_for_another_is_a_threat(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert any(s == expected[0] and t == expected[1] and c == expected[2] for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "Greece paid a heavy price for the crisis, the Turkish minister said.",  # a comment on the past
    "The Kenyan president said Uganda would bear responsibility for the reconstruction.",  # no penalty
    "The Chinese minister said the Philippines would not be a target.",  # negated
])
def test_speech_a_penalty_not_foretold_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(c.startswith("13") for _, _, c in country_triples(code(nlp, text)))


def test_speech_refusing_to_give_in_to_another_is_a_rejection(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Serbian president said he would not give in to Kosovo."))
    assert ("SRB", "XKX", "124") in found


def test_speech_refusing_to_hand_over_power_rejects_those_who_would_get_it(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Burmese generals refused to hand over power to the elected parliament."))
    assert any(s == "MMR" and c == "124" for s, _, c in found), found


def test_speech_criticism_of_a_thing_aims_at_its_named_owner(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Cuban foreign minister slammed the American embargo."))
    assert ("CUB", "USA", "111") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Zambian miners threatened a strike over unpaid wages.", "133"),
    ("The Togolese opposition threatened a boycott of the election.", "133"),
    ("Rwanda threatened a strike on rebel bases in Congo.", "138"),  # a strike by a state is force
])
def test_speech_a_threatened_strike_is_dissent_by_workers_and_force_by_others(
        nlp: Language, text: str, expected: str) -> None:
    # the coder's events: a threat aimed at no one named is left out of the extraction (events.aimless)
    assert expected in {c for _, _, c in country_triples(coded(nlp, text))}


def test_speech_warning_of_a_response_is_a_threat(nlp: Language) -> None:
    found = country_triples(code(nlp, "Ankara warned of serious consequences for Athens."))
    assert ("TUR", "GRC", "130") in found


def test_speech_asking_another_for_something_appeals_to_it(nlp: Language) -> None:
    found = country_triples(code(nlp, "Moldova asked Romania for gas supplies."))
    assert any(s == "MDA" and t == "ROU" and c.startswith("02") for s, t, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Security Council gave Syria 30 days to destroy its chemical weapons.", ("IGOUNO", "SYR")),
    ("The Chadian army gave the Sudanese rebels 48 hours to surrender.", ("TCDMIL", "SDNREB")),
])
def test_speech_a_time_limit_for_another_to_act_is_an_ultimatum(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert any(e.cameo == "139" and e.source is not None and e.source.code == expected[0]
               and e.target is not None and e.target.code == expected[1] for e in events), \
        [(e.source, e.target, e.cameo) for e in events]
    assert not any(e.cameo.startswith(("08", "19")) for e in events)  # the act demanded has not happened


def test_speech_time_given_with_no_act_demanded_is_no_ultimatum(nlp: Language) -> None:
    found = country_triples(code(nlp, "Germany gave Poland two days of talks in Berlin."))
    assert not any(c.startswith("13") for _, _, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam protested the Chinese survey ship's incursion.", ("VNM", "CHN")),
    ("The Greek foreign ministry protested to Turkey over the overflights.", ("GRC", "TUR")),
])
def test_speech_a_states_protest_is_a_complaint(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert (*expected, "114") in found
    assert not any(c.startswith("14") for _, _, c in found)


def test_speech_a_peoples_protest_is_still_a_demonstration(nlp: Language) -> None:
    found = country_triples(code(nlp, "Thousands of Ghanaians protested the new fuel tax in Accra."))
    assert any(c.startswith("14") for _, _, c in found)
    assert not any(c.startswith("114") for _, _, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lithuania rejected the Belarusian demand that Vilnius reopen the border crossing.", ("BLR", "LTU", "10")),
    ("Ankara turned down Athens's request that Turkey halt the drilling.", ("GRC", "TUR", "02")),
])
def test_speech_a_request_named_as_a_noun_is_its_makers_act(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2]) for s, t, c in found), found


def test_speech_the_act_a_demand_asks_for_is_not_coded_as_done(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Sudanese rebels kept to their demand that the army withdraw from Darfur."))
    assert not any(c.startswith("087") for _, _, c in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana welcomed the decision by Togo to reopen the border.", {("GHA", "TGO", "051")}),
    ("Qatar welcomed the agreement between Sudan and Chad.", {("QAT", "SDN", "051"), ("QAT", "TCD", "051")}),
])
def test_speech_a_welcome_aims_at_who_took_the_step(
        nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= country_triples(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Thai premier said she was confident that relations with Laos would improve.", ("THA", "LAO", "013")),
    ("The Danish minister was sceptical about the Russian offer.", ("DNK", "RUS", "012")),
])
def test_speech_optimism_or_pessimism_about_another_is_a_comment_on_it(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Kenyan president was not optimistic about the talks with Uganda.",  # negated
    "The Peruvian minister said he was confident that the economy would grow.",  # about no one
])
def test_speech_optimism_that_is_negated_or_about_no_one_codes_nothing(nlp: Language, text: str) -> None:
    assert not any(c.startswith("01") for _, _, c in country_triples(code(nlp, text)))


@pytest.mark.parametrize(("text", "expected"), [
    ("Vienna expressed regret over Budapest's decision to close the border.", ("AUT", "HUN", "110")),
    ("Seoul voiced disappointment at Tokyo's move to curb chip exports.", ("KOR", "JPN", "110")),
    ("Oslo regretted the Danish decision to leave the talks.", ("NOR", "DNK", "110")),
])
def test_speech_regret_over_anothers_step_disapproves_of_it(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found
    assert "01" not in roots(found)  # no sympathy (018) for a decision


def test_speech_regret_over_a_loss_stays_sympathy(nlp: Language) -> None:
    found = country_triples(code(nlp, "Nairobi expressed regret over the loss of life in the stampede in Accra."))
    assert roots(found) == {"01"}


def test_speech_a_definite_act_noun_named_again_is_the_same_act(nlp: Language) -> None:
    # "the demand" is the call to step down told again, not a second, untargeted demand
    text = ("The Bolivian army called on the Bolivian president to step down. "
            "The army repeated the demand in a radio broadcast.")
    assert [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)] == [("BOLMIL", "BOLGOV", "1041")]


def test_speech_an_indefinite_act_noun_is_a_new_act(nlp: Language) -> None:
    # the second demand names whom it is made on: a demand aimed at no one is left out (events/aimless.py)
    text = ("The Bolivian army called on the Bolivian president to step down. "
            "The army made a second demand on the president on Monday.")
    assert [e.cameo[:2] for e in code(nlp, text)] == ["10", "10"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing condemned the deployment of US missiles in Japan.", ("CHN", "USA", "111")),
    ("Beijing protested against American radars installed in South Korea.", ("CHN", "USA", "114")),
])
def test_speech_a_complaint_about_a_thing_aims_at_whose_it_is_not_where_it_is(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert country_triples(code(nlp, text)) == {expected}


def test_speech_an_offer_to_no_one_named_codes_nothing(nlp: Language) -> None:
    assert code(nlp, "The Moldovan delegation offered to drop its claim to the river island.") == []


def test_speech_an_offer_to_a_named_party_is_an_intent(nlp: Language) -> None:
    found = country_triples(code(nlp, "Oman offered Qatar a compromise on the shipping dispute."))
    assert ("OMN", "QAT", "030") in found
