"""Appeals whose addressee is named outside "on"/"to" (events/appeals.py): the subject of a "for X
to act" parsed with the infinitive on the verb, the holder of captives whose release is asked
for, and the place of what is asked for. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _appeals(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    # (a call for a release is the demand 1053 since session 30: CONVENTIONS 6.2)
    return {(s, t) for s, t, c in country_triples(code(nlp, text)) if c[:2] == "02" or c == "1053"}


def test_appeals_for_x_to_act_is_aimed_at_x(nlp: Language) -> None:
    found = _appeals(nlp, "Norway called for Ghana's judges to reopen the courts.")
    assert found == {("NOR", "GHA")}


def test_appeals_for_a_release_is_aimed_at_the_named_holder(nlp: Language) -> None:
    found = _appeals(nlp, "Australia renewed its call for the release of the Australian teacher held by Myanmar.")
    assert {t for _, t in found} == {"MMR"}


def test_appeals_for_a_release_of_nationals_is_aimed_at_their_country(nlp: Language) -> None:
    found = _appeals(nlp, "Human Rights Watch called for the release of the jailed Egyptian lawyer.")
    assert {t for _, t in found} == {"EGY"}


def test_appeals_for_a_release_held_in_a_place_names_no_target(nlp: Language) -> None:
    # the captives held abroad are not held by their own country: no guess (and no event, rule 9)
    found = _appeals(nlp, "Sweden called for the release of two Swedes held in Eritrea.")
    assert all(t != "SWE" for _, t in found)


@pytest.mark.parametrize("text, place", [
    ("The Vatican called for calm in Kenya.", "KEN"),
    ("The African Union appealed for calm and restraint in Burundi.", "BDI"),
])
def test_appeals_for_calm_in_a_place_are_aimed_at_its_country(nlp: Language, text: str, place: str) -> None:
    assert {t for _, t in _appeals(nlp, text)} == {place}


def test_appeals_made_in_a_place_are_not_aimed_at_it(nlp: Language) -> None:
    found = _appeals(nlp, "The Chilean envoy called on Monday in Geneva for new talks.")
    assert all(t != "CHE" for _, t in found)


@pytest.mark.parametrize("text", [
    '"We call on the Malawian government to free the two journalists," the Irish ambassador said.',
    'The Irish ambassador told reporters: "I urge Malawi to free the two journalists."',
])
def test_appeals_in_the_first_person_are_the_speakers(nlp: Language, text: str) -> None:
    assert {t for s, t in _appeals(nlp, text) if s == "IRL"} == {"MWI"}


def test_appeals_quoted_from_nobody_named_have_no_source(nlp: Language) -> None:
    assert _appeals(nlp, '"We call on Malawi to free the journalists," a banner read.') == set()


def _comments(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c in country_triples(code(nlp, text)) if c[:2] == "01"}


@pytest.mark.parametrize("text", [
    "Finland said it was optimistic that Sweden would ratify the treaty.",
    "The Finnish president expressed hope that relations with Sweden would improve.",
    "Finland voiced optimism about the border talks with Sweden.",
])
def test_statements_of_hope_about_another_are_optimistic_comments(nlp: Language, text: str) -> None:
    assert _comments(nlp, text) == {("FIN", "SWE", "013")}


def test_statements_what_an_optimist_expects_of_another_is_no_event(nlp: Language) -> None:
    found = country_triples(code(nlp, "Finland said it was optimistic that Sweden would sign the treaty."))
    assert not any(s == "SWE" for s, _, _ in found)


def test_statements_it_concerned_is_the_country_speaking(nlp: Language) -> None:
    found = country_triples(code(nlp, "Chile said it was concerned about the Bolivian troops at the border."))
    assert any(s == "CHL" and t == "BOL" for s, t, _ in found)


def test_yield_releasing_an_aid_worker_is_a_release_not_aid(nlp: Language) -> None:
    found = country_triples(code(nlp, "Eritrea released the Danish aid worker on Monday."))
    assert {c for _, _, c in found} == {"0841"}


def test_yield_releasing_aid_stays_aid(nlp: Language) -> None:
    found = country_triples(code(nlp, "Norway released emergency aid for Malawi."))
    assert ("NOR", "MWI", "070") in found


@pytest.mark.parametrize("text, mourned", [
    ("Portugal expressed its condolences over the death of the Brazilian president.", "BRA"),
    ("Vietnam offered sympathy on the loss of the Laotian miners.", "LAO"),
])
def test_condolences_over_a_death_go_to_whose_death(nlp: Language, text: str, mourned: str) -> None:
    assert {(c, t) for _, t, c in country_triples(code(nlp, text))} == {("018", mourned)}


def test_aid_money_announced_for_a_country_is_aid(nlp: Language) -> None:
    found = country_triples(code(nlp, "Denmark announced 30 million dollars in aid for Somalia."))
    assert {(s, t, c[:2]) for s, t, c in found} == {("DNK", "SOM", "07")}


def test_mobilizing_means_is_no_show_of_force(nlp: Language) -> None:
    assert code(nlp, "The Red Cross is mobilizing all its resources for the flood victims in Chad.") == []
    found = country_triples(code(nlp, "Armenia mobilised its reservists."))
    assert {c for _, _, c in found} == {"154"}


def test_appeals_quoted_from_a_pronoun_speaker_take_no_guessed_source(nlp: Language) -> None:
    text = ('The NATO chief spoke with the Greek foreign minister Nikos Dendias. '
            '"I call for calm and restraint in Greece," he said.')
    assert not any(s == "GRC" for s, _ in _appeals(nlp, text))
