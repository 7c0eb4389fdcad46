"""Reported clauses that carry the speaker's own act: obligations told with a semi-modal
(newsevents.events.obligations), wrongs claimed with an adverb, and a state's claim of its own
side's act (session 16). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("The Kenyan president said Uganda needs to stop the incursions.", ("KENGOV", "UGA", "10")),
    ("The Chinese foreign ministry said Japan has to stop its provocations.", ("CHNGOV", "JPN", "10")),
    ("The French president said Russia needs to withdraw its troops from Ukraine.", ("FRAGOV", "RUS", "10")),
    ("The French president said Russia ought to withdraw its troops from Ukraine.", ("FRAGOV", "RUS", "10")),
    ("The Nigerian foreign minister said Niger has to release the detained president.", ("NGAGOV", "NER", "10")),
    # the opposition demands of its own state; only the state's own speakers tell a plan (review)
    ("The Kenyan opposition leader said Kenya must hold new elections.", ("KENOPP", "KEN", "10")),
    ("The Kenyan opposition leader said Kenya needs to hold new elections.", ("KENOPP", "KEN", "10")),
])
def test_obligations_a_semi_modal_in_a_report_is_a_demand(nlp: Language, text: str,
                                                          triple: tuple[str, str, str]) -> None:
    assert triple in _triples(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The French president said Russia needs to withdraw its troops from Ukraine.",
    "The French president said Russia has to withdraw its troops from Ukraine.",
])
def test_obligations_the_owed_act_is_not_done(nlp: Language, text: str) -> None:
    assert not any(c[:2] == "08" for _, _, c in _triples(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A Malian army spokesman said the army had to withdraw from the town after heavy fighting.",
    "The French president said Russia would have to withdraw its troops if talks fail.",
    "The French president said Russia does not need to withdraw its troops.",
    "The French president said Russia needs to understand that the West is united.",
    "The Kenyan minister said Kenya needs to import more rice this year.",
    "The German chancellor said Germany needs to spend more on defense.",
    "Kenyan farmers said they have to sell their cattle.",
    "The Nigerian president said there has to be a ceasefire in Sudan.",
    "Police in Ghana said the suspect had to be taken to hospital.",
])
def test_obligations_no_demand_without_another_named_doer_in_the_present(nlp: Language, text: str) -> None:
    assert not any(c == "10" for _, _, c in _triples(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("Opposition campaigners in Belize have claimed that the government is trying to unfairly collect taxes.",
     ("BLZOPP", "BLZGOV", "11")),
    ("The Zambian opposition charged that the police were unlawfully holding its leader.", ("ZMBOPP", "ZMBCOP", "11")),
])
def test_obligations_a_claimed_wrong_accuses_its_doer(nlp: Language, text: str,
                                                      triple: tuple[str, str, str]) -> None:
    assert triple in _triples(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghanaian officials said the talks with Togo were going well.",
    "Police in Ghana said the suspect fled.",
    "The Kenyan minister claimed that the economy was growing rapidly.",
])
def test_obligations_a_neutral_report_codes_nothing(nlp: Language, text: str) -> None:
    assert not _triples(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("The Kenyan foreign minister said Somalia responded to the offer by stoking more violence in the border region.",
     ("KENGOV", "SOM", "11")),
    ("The Kenyan foreign minister said Somalia responded to the offer made by the African Union by stoking more "
     "violence.", ("KENGOV", "SOM", "11")),
])
def test_obligations_a_scheme_told_as_the_manner_of_a_response_accuses_its_doer(
        nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister said Somalia responded to the offer by sending a delegation to Nairobi.",
    "The Kenyan foreign minister said Somalia responded to the offer by easing border controls.",
])
def test_obligations_a_plain_response_accuses_no_one(nlp: Language, text: str) -> None:
    assert not any(c == "11" for _, _, c in _triples(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("The Djiboutian foreign minister said Djibouti was forced to close the border because of provocative actions "
     "taken by the Eritrean government.", ("DJIGOV", "ERIGOV", "11")),
    ("The Turkish foreign minister said the aggressive acts carried out by Syria had shocked the region.",
     ("TURGOV", "SYR", "11")),
])
def test_obligations_a_qualified_act_noun_with_an_agent_accuses_the_agent(
        nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Turkish foreign minister said Ankara would respond firmly to any provocative actions by Syria.",
    "The Turkish foreign minister said the new measures taken by Syria were welcome.",
    "The Turkish foreign minister said the firm steps taken by the Turkish army had restored calm.",
])
def test_obligations_an_act_noun_with_no_wrong_done_accuses_no_one(nlp: Language, text: str) -> None:
    assert not any(c == "11" for _, _, c in _triples(nlp, text))
