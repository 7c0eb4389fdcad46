"""Statements, appeals, demands and releases as news tells them, on sentences written for these
tests: declining comment, denials without "deny", appeals to end a fight aimed at both its sides,
"told X to", and captives handed over or returned (CAMEO roots 01, 02, 08, 10)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def codes(nlp: Language, text: str) -> set[str]:
    return {e.cameo for e in code(nlp, text)}


@pytest.mark.parametrize("text", [
    "The Peruvian foreign ministry declined to comment on the leaked cable.",
    "A spokesman for the Chilean navy declined comment.",
    "The Bolivian embassy refused to comment.",
])
def test_statements_silence_is_declining_comment_not_a_rejection(nlp: Language, text: str) -> None:
    found = codes(nlp, text)
    assert "011" in found
    assert not any(c.startswith("12") for c in found)


@pytest.mark.parametrize("text", [
    "Kigali said it had nothing to do with the rebel advance on Goma.",
    "The Syrian government said it was not responsible for the blast in the market.",
    "The Houthis insisted they were not behind the drone strike on the tanker.",
    "The Sudanese militia said it played no role in the killings.",
])
def test_statements_a_speaker_disowning_its_part_in_an_act_denies_it(nlp: Language, text: str) -> None:
    assert "016" in codes(nlp, text)


@pytest.mark.parametrize("text", [
    "Kigali said it had many troops on the border.",
    "The Syrian government said it was responsible for security in the capital.",
    "Chad said the rebels were behind the attack.",  # an accusation of another, no denial
])
def test_statements_no_denial_without_the_speaker_disowning_a_part(nlp: Language, text: str) -> None:
    assert "016" not in codes(nlp, text)


def test_statements_a_disowned_act_answers_the_latest_accusation(nlp: Language) -> None:
    text = ("Georgia accused Russia of bombing a village near Gori. "
            "Moscow said it had nothing to do with the bombing.")
    assert ("RUS", "GEO", "016") in country_triples(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese embassy called the reports groundless.", None),
    ("The Venezuelan government said the accusations by Bogota were lies.", "COL"),
    ("Hanoi dismissed the Cambodian claims as false.", "KHM"),
])
def test_statements_a_claim_called_false_is_denied_to_its_maker(nlp: Language, text: str,
                                                                 expected: str | None) -> None:
    denials = [e for e in code(nlp, text) if e.cameo == "016"]
    assert denials
    assert (denials[0].target.country if denials[0].target else None) == expected
    assert not any(e.cameo.startswith("11") for e in code(nlp, text))


def test_statements_a_claim_called_politically_motivated_is_no_denial(nlp: Language) -> None:
    assert "016" not in codes(nlp, "The Zambian opposition called the charges politically motivated.")


def test_statements_a_standing_denial_in_the_perfect_is_still_a_denial(nlp: Language) -> None:
    assert "016" in codes(nlp, "Uganda has repeatedly denied arming the rebels.")
    # a record of acts summed up is still no event of the news
    assert not codes(nlp, "The Ugandan army has repeatedly shelled rebel camps.")


def test_statements_an_act_in_reports_that_are_denied_is_not_coded(nlp: Language) -> None:
    found = codes(nlp, "The Iranian foreign ministry denied reports that Tehran had sent drones to Moscow.")
    assert "016" in found
    assert not any(c.startswith("07") for c in found)


@pytest.mark.parametrize(("text", "code_", "sides"), [
    ("The Pope called for an end to the fighting between Israel and Hezbollah.", "0256", {"ISR", "LBN"}),
    ("China called for a halt to hostilities between Russia and Ukraine.", "0256", {"RUS", "UKR"}),
    ("The African Union urged a ceasefire between the Ethiopian army and the Eritrean army.", "0256",
     {"ETH", "ERI"}),
    ("Moscow demanded an end to the shelling of Donetsk by Ukrainian forces.", "1056", {"UKR"}),
])
def test_appeals_to_end_a_fight_are_aimed_at_its_sides(nlp: Language, text: str, code_: str,
                                                        sides: set[str]) -> None:
    found = country_triples(code(nlp, text))
    assert {t for _, t, c in found if c == code_} == sides


def test_appeals_an_end_to_a_labour_strike_is_no_truce(nlp: Language) -> None:
    assert "0256" not in codes(nlp, "The Kenyan unions called for an end to the teachers' strike.")


def test_appeals_the_warring_parties_point_back_at_the_two_sides(nlp: Language) -> None:
    text = ("Fighting between the Sudanese army and the RSF entered a second week. "
            "The UN called on the warring parties to observe a truce.")
    appeals = [e for e in code(nlp, text) if e.cameo.startswith("02")]
    assert {e.target.code for e in appeals if e.target} == {"SDNMIL", "SDNREB"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese envoy told Manila to withdraw its ships from the shoal.", ("CHN", "PHL", "10")),
    ("Putin told Lukashenko to prepare for talks.", ("RUS", "BLR", "10")),
    ("Ghana's president pleaded with the Malian junta to free the detained politicians.", ("GHA", "MLI", "02")),
])
def test_requests_telling_or_pleading_with_another_to_act(nlp: Language, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


@pytest.mark.parametrize("text", [
    "The US told its citizens to leave Lebanon.",  # advice to one's own people
    "The Chadian president told the army to restore order.",  # an order to one's own forces
    "The Angolan minister told reporters that the talks had failed.",  # no request at all
])
def test_requests_telling_one_s_own_people_or_the_press_is_no_demand(nlp: Language, text: str) -> None:
    assert not any(c.startswith("10") for c in codes(nlp, text))


@pytest.mark.parametrize(("text", "captives"), [
    ("Gunmen in the Niger Delta handed over the abducted Turkish workers to local elders.", "TUR"),
    ("Islamabad returned the captured Indian pilot on Friday.", "IND"),
    ("The rebels handed back the seized Ugandan soldiers.", "UGA"),
])
def test_yields_captives_handed_over_or_returned_are_released(nlp: Language, text: str, captives: str) -> None:
    releases = [e for e in code(nlp, text) if e.cameo == "0841"]
    assert releases and releases[0].target is not None and releases[0].target.country == captives


@pytest.mark.parametrize("text", [
    "The Kenyan embassy handed over the documents to the court.",
    "France returned its ambassador to Algiers.",
    "Nigerian police handed the detained protesters over to prosecutors.",  # custody moves, no one freed
])
def test_yields_handing_over_things_or_moving_custody_frees_no_one(nlp: Language, text: str) -> None:
    assert "0841" not in codes(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkish minister said it was essential that Athens withdraw its troops from the islands.", ("TUR", "GRC")),
    ('"It is important that the Malian junta release the detained ministers," the French minister said.',
     ("FRA", "MLI")),
])
def test_demands_an_act_named_as_needed_is_demanded_of_its_doer(nlp: Language, text: str,
                                                                expected: tuple[str, str]) -> None:
    assert expected in {(s, t) for s, t, c in country_triples(code(nlp, text)) if c.startswith("10")}


def test_demands_a_need_already_met_is_no_demand(nlp: Language) -> None:
    found = codes(nlp, "The Turkish minister said it was important that Athens had withdrawn its troops.")
    assert not any(c.startswith("10") for c in found)


def test_demands_what_another_should_know_is_no_demand(nlp: Language) -> None:
    found = codes(nlp, "The Iranian president said Washington should know that Iran will defend itself.")
    assert not any(c.startswith("10") for c in found)


def test_threats_a_penalty_risked_is_a_threat(nlp: Language) -> None:
    text = "The Israeli premier said Hezbollah risks severe consequences if it fires more rockets."
    assert ("ISR", "LBN", "130") in country_triples(code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Pyongyang vowed a merciless response against Seoul.", ("PRK", "KOR")),
    ("Tehran promised a crushing response to any attack by Israel.", ("IRN", "ISR")),
    ("Pyongyang said it would retaliate against any provocation by Seoul.", ("PRK", "KOR")),
])
def test_threats_a_response_vowed_is_aimed_at_whom_it_answers(nlp: Language, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert expected in {(s, t) for s, t, c in country_triples(code(nlp, text)) if c.startswith("13")}


def test_threats_a_response_promised_to_victims_is_no_threat(nlp: Language) -> None:
    assert not any(c.startswith("13") for c in codes(nlp, "Kenya promised a quick response to the flood victims."))


def test_threats_not_hesitating_to_strike_announces_the_strike(nlp: Language) -> None:
    found = country_triples(code(nlp, "Ankara said it would not hesitate to strike Kurdish militants in Syria."))
    assert any(s == "TUR" and c.startswith("13") for s, _, c in found)
    # in the past, not hesitating reports the act itself; hesitating holds it back
    assert ("TUR", "RUS", "111") in country_triples(code(nlp, "Ankara did not hesitate to criticise Moscow."))
    assert not codes(nlp, "Ankara hesitated to strike the Kurdish militants.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union gave Moscow until Monday to rein in the separatists.", ("IGOEU", "RUSGOV")),
    ("ECOWAS gave the Malian junta until the end of the year to hold elections.", ("IGOECO", "MLIGOV")),
])
def test_threats_a_near_time_limit_to_act_is_an_ultimatum(nlp: Language, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(nlp, text) if e.cameo == "139"] == [expected]


def test_threats_a_distant_time_frame_is_no_ultimatum(nlp: Language) -> None:
    assert "139" not in codes(nlp, "The European Union gave Ukraine until 2030 to join the bloc.")


def test_yields_rebels_who_surrender_to_no_one_named_yield_to_their_government(nlp: Language) -> None:
    text = "Colombian rebels surrendered after a week of fighting."
    assert ("COL", "COL", "0874") in country_triples(code(nlp, text))
    # a surrender to someone named keeps that target
    found = [e for e in code(nlp, "Colombian rebels surrendered to the Venezuelan army.") if e.cameo == "0874"]
    assert found and found[0].target is not None and found[0].target.country == "VEN"


def test_threats_sanctions_announced_on_a_condition_threaten(nlp: Language) -> None:
    text = "The EU said it would impose sanctions on Belarus if Minsk did not free the prisoners."
    assert ("IGOEU", "BLR", "1312") in country_triples(code(nlp, text))
    # announced without a condition, the measure is decided
    assert ("IGOEU", "BLR", "163") in country_triples(code(nlp, "The EU said it would impose sanctions on Belarus."))


def test_yields_quitting_talks_is_no_resignation(nlp: Language) -> None:
    assert "0831" not in codes(nlp, "Two Nigerian envoys quit talks with the Malian junta on Saturday.")
    assert "0831" in codes(nlp, "The Malian prime minister quit on Saturday.")


def test_demands_stepping_aside_is_a_change_of_leader(nlp: Language) -> None:
    text = "The Ivorian president said the Malian junta should step aside."
    assert ("CIV", "MLI", "1041") in country_triples(code(nlp, text))


def test_yields_reopening_a_border_eases_the_closure_on_the_neighbour(nlp: Language) -> None:
    assert ("PAK", "AFG", "081") in country_triples(code(nlp, "Pakistan reopened its border with Afghanistan."))


@pytest.mark.parametrize(("text", "party"), [
    ("The Pakistani army denied that its soldiers had crossed into Afghanistan.", "AFG"),
    ("Kigali has denied backing the M23 rebels in Congo.", "COD"),
    ("Ankara denied reports that it had sent troops to Libya.", "LBY"),
])
def test_statements_a_denial_with_no_accuser_is_aimed_at_the_other_party_of_the_denied_act(
        nlp: Language, text: str, party: str) -> None:
    denials = [e for e in code(nlp, text) if e.cameo == "016"]
    assert denials and denials[0].target is not None and denials[0].target.country == party


@pytest.mark.parametrize("text", [
    "Damascus denied using chemical weapons against civilians.",  # no other country named
    "The Burmese junta denied that soldiers had killed protesters in Yangon.",  # its own people
])
def test_statements_a_denial_of_an_act_on_one_s_own_keeps_no_target(nlp: Language, text: str) -> None:
    denials = [e for e in code(nlp, text) if e.cameo == "016"]
    assert denials and all(e.target is None or e.target.country == e.source.country for e in denials
                           if e.source is not None)


def test_statements_an_accuser_named_earlier_comes_before_the_denied_act(nlp: Language) -> None:
    text = "Kabul accused Pakistan of shelling Kunar. Islamabad denied that its troops had fired into Afghanistan."
    assert ("PAK", "AFG", "016") in country_triples(code(nlp, text))
