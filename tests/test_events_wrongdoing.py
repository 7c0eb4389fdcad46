"""Accusations told as reported wrongdoing and criticism told as an angry reaction (events/wrongdoing.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads, code_roots

DATE = "2022-04-01"


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, DATE)


def _roots(text: str, nlp: Language) -> set[str]:
    return code_roots(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Malawian opposition said the ruling party had rigged the election.", ("MWIOPP", "PTY", "11")),
    ("The Zimbabwean opposition charged that the ruling party had rigged the vote.", ("ZWEOPP", "PTY", "11")),
    ("The Kenyan opposition alleged that the electoral commission had manipulated the results.",
     ("KENOPP", "KENGOV", "11")),
    ("Ethiopia's foreign minister said Egypt had misled the African Union about the dam.", ("ETHGOV", "EGY", "11")),
    ("The Bolivian opposition leader said the government was trying to rig the count.", ("BOLOPP", "BOLGOV", "11")),
    ("The Ukrainian president said Moscow had stolen the grain and deceived its partners.", ("UKRGOV", "RUSGOV", "11")),
])
def test_a_reported_wrong_accuses_its_doer(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ruling party said it had not rigged the vote.",
    "The Kenyan electoral commission said the ruling party did not manipulate the results.",
    "Police in Nairobi said thieves stole cattle from the Kenyan village.",
    "The Ghanaian president said the opposition would never rig an election.",
])
def test_a_denied_or_ordinary_wrong_accuses_no_one(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp), _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara reacted angrily to the French vote on Monday.", ("TURGOV", "FRA", "11")),
    ("The Egyptian president reacted angrily to the Ethiopian announcement.", ("EGYGOV", "ETH", "11")),
    ("Beijing responded furiously to Washington's arms sale.", ("CHNGOV", "USAGOV", "11")),
    ("The Serbian government reacted with outrage to the Kosovo decision.", ("SRBGOV", "XKX", "11")),
])
def test_an_angry_reaction_criticises_what_it_answers(nlp: Language, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ankara reacted cautiously to the French proposal.",
    "The Egyptian president responded to the Ethiopian letter on Monday.",
    "The Serbian government did not react angrily to the Kosovo decision.",
])
def test_a_calm_reaction_is_no_criticism(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp), _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The exiled Cambodian opposition leader said Hun Sen's regime was brutal.", ("KHMOPP", "KHMGOV", "11")),
    ("The Kenyan opposition leader said the Kenyan government was corrupt and incompetent.",
     ("KENOPP", "KENGOV", "11")),
])
def test_a_bad_character_named_in_a_report_criticises(nlp: Language, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_charges_called_politically_motivated_criticise_who_brought_them(nlp: Language) -> None:
    text = ("Zambian police arrested the Zambian opposition leader on Tuesday on charges of treason. "
            "His party said the charges were politically motivated.")
    assert ("ZMBOPP", "ZMBCOP", "11") in _dyads(text, nlp)
    calm = ("Zambian police arrested the Zambian opposition leader on Tuesday on charges of treason. "
            "His party said the charges were serious.")
    assert "11" not in _roots(calm, nlp), _dyads(calm, nlp)


@pytest.mark.model
def test_a_verdict_criticised_is_aimed_at_the_court(nlp: Language) -> None:
    text = ("A court in Istanbul sentenced the Kurdish politician to 10 years in prison. "
            "The European Union said the verdict was politically motivated.")
    assert ("IGOEU", "TURJUD", "11") in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Haitian prime minister came under heavy criticism from Haitian lawmakers over the killings.",
     ("HTILEG", "HTIGOV", "11")),
    ("The Nigerian president has come under condemnation from the African Union.", ("IGOAU", "NGAGOV", "11")),
])
def test_coming_under_criticism_is_criticism_of_the_subject(nlp: Language, text: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_coming_under_pressure_is_no_criticism(nlp: Language) -> None:
    text = "The Haitian prime minister came under pressure from Haitian lawmakers."
    assert "11" not in _roots(text, nlp), _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Gabonese opposition leader filed a challenge to the results of the presidential vote.",
     ("GABOPP", "GABGOV", "12")),
    ("The Kenyan opposition mounted a legal challenge against the election result.", ("KENOPP", "KENGOV", "12")),
])
def test_a_challenge_to_a_vote_rejects_its_outcome(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan government said the drought was a challenge to the country's security.",
    "The Kenyan president said corruption remained the biggest challenge for the government.",
])
def test_a_challenge_that_is_a_difficulty_rejects_nothing(nlp: Language, text: str) -> None:
    assert "12" not in _roots(text, nlp), _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Congolese government balked at the Rwandan demand.", ("CODGOV", "RWA", "12")),
    ("The Somali parliament voted down the Ethiopian plan.", ("SOMLEG", "ETH", "12")),
    ("The Kenyan parliament voted down the president's budget.", ("KENLEG", "KENGOV", "12")),
    ("The Malian junta snubbed the ECOWAS summit.", ("MLIGOV", "IGOECO", "12")),
    ("The Hungarian government vetoed the EU sanctions package.", ("HUNGOV", "IGOEU", "12")),
])
def test_plain_rejections_in_news_wording(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_shooting_down_a_proposal_rejects_it_but_a_drone_is_fought(nlp: Language) -> None:
    assert "12" in _roots("The Egyptian foreign minister shot down the French proposal.", nlp)
    # a proposal shot down in a figure is rejected, never fired on
    assert _roots("The French president shot down the German proposal.", nlp) == {"12"}
    dyads = _dyads("The Israeli air force shot down a Syrian drone over the Golan Heights.", nlp)
    assert "12" not in {root for _, _, root in dyads} and "19" in {root for _, _, root in dyads}, dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan opposition leaders said there were gross irregularities in the presidential vote.",
     ("KENOPP", "KENGOV", "11")),
    ("The Zimbabwean opposition said there had been massive rigging in the runoff.", ("ZWEOPP", "ZWEGOV", "11")),
])
def test_irregularities_said_to_exist_accuse_who_held_the_vote(nlp: Language, text: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Nigerian army said there were no irregularities in the vote.",
    "The Kenyan electoral commission said there was a delay in the count.",
])
def test_no_irregularities_no_accusation(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp), _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Cambodian justice ministry said the US embassy had wrongly interpreted the ruling.",
     ("KHMGOV", "USAGOV", "11")),
    ("The Turkish president defamed the Dutch government in a speech on Sunday.", ("TURGOV", "NLDGOV", "11")),
    ("The Iranian foreign minister denigrated the Saudi leadership.", ("IRNGOV", "SAU", "11")),
    ("Cambodia and the United States sparred over the detention of a rights activist.", ("USA", "KHM", "11")),
    ("Greece sparred with Turkey over the migrants.", ("GRC", "TUR", "11")),
])
def test_words_of_verbal_attack(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_sparring_in_a_ring_is_no_criticism(nlp: Language) -> None:
    assert "11" not in _roots("The Kenyan boxer sparred with his trainer on Monday.", nlp)


@pytest.mark.model
def test_the_reason_for_facing_a_hearing_is_spoken_by_who_faces_it(nlp: Language) -> None:
    text = "Two Egyptian judges are facing a misconduct inquiry for calling the local council vote fraudulent."
    assert ("EGYJUD", "EGYGOV", "11") in _dyads(text, nlp)
    assert "11" not in _roots("The Kenyan blogger faces a long trial for helping the rebels.", nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("In a veiled swipe at Washington, the Chinese president warned against bullying.", ("CHNGOV", "USAGOV", "11")),
    ("In a thinly veiled attack on Beijing, the Japanese prime minister spoke of coercion at sea.",
     ("JPNGOV", "CHNGOV", "11")),
    ("The Turkish president had harsh words for the Swedish government on Tuesday.", ("TURGOV", "SWEGOV", "11")),
    ("The German chancellor had strong words for Moscow on Friday.", ("DEUGOV", "RUSGOV", "11")),
])
def test_swipes_and_harsh_words_criticise(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In an attack on the army base, Malian militants killed five soldiers.",
    "The Turkish president had kind words for the Swedish government on Tuesday.",
])
def test_an_armed_attack_or_kind_words_are_no_swipe(nlp: Language, text: str) -> None:
    assert "11" not in _roots(text, nlp), _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Niger suspended military cooperation with France.", ("NER", "FRA", "16")),
    ("The Malian junta ended its partnership with the French army.", ("MLIGOV", "FRAMIL", "16")),
])
def test_halting_cooperation_reduces_relations(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)
