"""What is said to be coming without being anyone's word to act: forecasts by onlookers and
opinions ("analysts say China will ...", "believes X will ..."), and judgements of an act still
to come ("a war would be catastrophic"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Some analysts believe China will blockade Taiwan within five years.",
    "Analysts say Russia could attack Moldova next spring.",
    "Experts warn that the Burmese army will crack down on the students in Yangon.",
    "The Kenyan opposition leader said he thinks the government will arrest him.",
])
def test_forecasts_what_onlookers_expect_is_no_event(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_forecasts_the_doers_own_word_stays_an_intent(nlp: Language) -> None:
    found = country_triples(code(nlp, "Iran said it will retaliate against Israel."))
    assert {(s, t, c[:2]) for s, t, c in found} == {("IRN", "ISR", "13")}


@pytest.mark.parametrize("text", [
    "A war between India and Pakistan would be catastrophic, the analyst said.",
    "Talks between Kenya and Somalia will be difficult, the envoy warned.",
])
def test_forecasts_a_judgement_of_an_act_to_come_is_no_event(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_forecasts_talks_said_to_be_held_stay_an_intent(nlp: Language) -> None:
    found = country_triples(code(nlp, "Talks between Kenya and Somalia will be held in Nairobi next week."))
    assert ("KEN", "SOM", "036") in found


def test_forecasts_a_quoted_onlooker_named_in_apposition_forecasts(nlp: Language) -> None:
    text = '"Ankara will not back down easily," said Selin Kaya, an analyst at a think tank in Istanbul.'
    assert code(nlp, text) == []


def test_forecasts_backing_down_is_yielding_not_support(nlp: Language) -> None:
    assert {e.cameo[:2] for e in code(nlp, "Turkey said it would not back down.")} == {"12"}


@pytest.mark.parametrize("text", [
    "Over the past two decades, Israel and Hezbollah have fought one war and traded fire countless times.",
    "Beijing has repeatedly sent warships near Taiwan in recent years.",
    "Kenya and Uganda have long traded accusations over the island.",
])
def test_forecasts_a_record_summed_up_in_the_perfect_is_no_event(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_forecasts_a_term_of_years_is_no_record(nlp: Language) -> None:
    # "for three years" is how long the sentence runs, not a record of years
    text = "Moroccan judges have jailed an Algerian reporter for three years over his articles."
    found = country_triples(code(nlp, text))
    assert {c[:2] for _, _, c in found} == {"17"}
