"""Act vocabulary from the session-16 cause census: a coup told as a light verb and its noun, stones
and tear gas exchanged by two sides, money named as aid by its "in" phrase, people used as human
shields. Each form with a near miss that must not code. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def rules(nlp: Language, text: str) -> set[str]:
    """The base rule names of the events coded in ``text``."""
    return {e.rule.split("+")[0] for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Army officers staged a coup in Guinea on Monday.", ("GIN", "GIN", "170")),
    ("Mutinous Malian soldiers mounted a coup against President Keita.", ("MLI", "MLI", "170")),
    ("Army officers staged a coup against the Guinean government.", ("GIN", "GIN", "170")),
])
def test_act_vocabulary_coup_staged_by_armed_men_coerces(nlp: Language, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The ruling party staged a constitutional coup in the Kenyan parliament.",
    "The actors staged a play in Nairobi.",
])
def test_act_vocabulary_coup_words_without_armed_doers_code_nothing(nlp: Language, text: str) -> None:
    assert "coerce.stage_coup" not in rules(nlp, text)


@pytest.mark.parametrize("text", [
    "Police and protesters exchanged tear gas and stones in Nairobi on Friday.",
    "Kenyan police and demonstrators exchanged stones in Nairobi.",
])
def test_act_vocabulary_stones_and_tear_gas_exchanged_are_mutual_violence(nlp: Language, text: str) -> None:
    found = {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}
    assert {("KEN", "KEN", "14")} <= found or {("KEN", "KEN", "19")} <= found
    assert "fight.exchange_fire" in rules(nlp, text)


def test_act_vocabulary_goods_exchanged_under_a_deal_are_no_fight(nlp: Language) -> None:
    assert "fight.exchange_fire" not in rules(nlp, "Kenya and Uganda exchanged gas and oil under a new deal.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan offered 50 million dollars in aid to Indonesia.", ("JPN", "IDN", "033")),
    ("Australia has offered 800 million dollars in aid.", ("AUS", None, "033")),
    ("Britain gave 20 million pounds in aid to Malawi.", ("GBR", "MWI", "070")),
])
def test_act_vocabulary_money_named_as_aid(nlp: Language, text: str,
                                           expected: tuple[str, str | None, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found
    assert not [c for _, _, c in found if c.startswith("08")]  # "gave ... in aid" is no giving in


def test_act_vocabulary_giving_in_stays_a_concession(nlp: Language) -> None:
    assert ("GBR", "FRA", "080") in country_triples(
        code(nlp, "Britain gave in to the demands of the French fishermen."))


def test_act_vocabulary_reward_money_is_no_aid(nlp: Language) -> None:
    assert not code(nlp, "Kenyan police offered a reward of 10,000 dollars for information.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban used civilians as human shields against Afghan troops.", ("AFG", "AFG", "184")),
    ("The Sri Lankan rebels are using thousands of civilians as human shields.", ("LKA", "LKA", "184")),
    ("Sri Lankan civilians are being used as human shields by the rebels.", ("LKA", "LKA", "184")),
])
def test_act_vocabulary_human_shields(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_act_vocabulary_a_shield_against_a_takeover_is_no_assault(nlp: Language) -> None:
    text = "The Kenyan company used its stake as a shield against a takeover."
    assert "assault.human_shield" not in rules(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan opposition leaders expressed doubt about the government's pledge to hold fair elections.",
     ("KEN", "KEN", "012")),
    ("Indian officials cast doubt on Pakistan's claims.", ("IND", "PAK", "012")),
    ("The German minister voiced scepticism about the Russian offer.", ("DEU", "RUS", "012")),
])
def test_act_vocabulary_doubt_expressed_is_a_pessimistic_comment(nlp: Language, text: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_act_vocabulary_doubt_about_no_ones_thing_codes_nothing(nlp: Language) -> None:
    text = "Economists expressed doubt about the recovery of the Kenyan economy."
    assert "statement.express_doubt" not in rules(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Leaders from ten African countries gathered in Addis Ababa for an emergency summit.", (None, "ETH", "042")),
    ("Foreign ministers of the Arab League converged on Cairo for talks on the crisis.", (None, "EGY", "042")),
])
def test_act_vocabulary_officials_gathering_for_a_summit_visit_its_host(
        nlp: Language, text: str, expected: tuple[str | None, str, str]) -> None:
    assert any(t == expected[1] and c == expected[2] for _, t, c in country_triples(code(nlp, text)))


@pytest.mark.parametrize("text", [
    "Kenyan ministers gathered in Nairobi for a cabinet meeting.",
    "Thousands of protesters gathered in Nairobi for a rally against the Kenyan government.",
])
def test_act_vocabulary_home_meetings_and_crowds_are_no_summit_visit(nlp: Language, text: str) -> None:
    assert "consult.gather_for_summit" not in rules(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain offered debt relief to Indonesia.", ("GBR", "IDN", "033")),
    ("Germany proposed new funding for Indonesia.", ("DEU", "IDN", "033")),
    ("Japan offered emergency relief to the Philippines.", ("JPN", "PHL", "033")),
])
def test_act_vocabulary_aid_offered_or_proposed_is_aid_promised(nlp: Language, text: str,
                                                                expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_act_vocabulary_a_proposed_law_is_no_aid(nlp: Language) -> None:
    assert "intent.offer_aid" not in rules(nlp, "Britain proposed a new law on immigration.")
