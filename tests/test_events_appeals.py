"""Appeals whose addressee is named outside "on"/"to" (events/appeals.py): the subject of a "for X
to act" parsed with the infinitive on the verb, the holder of captives whose release is asked
for, and the place of what is asked for. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _appeals(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c in country_triples(code(nlp, text)) if c[:2] == "02"}


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
    # the captives held abroad are not held by their own country: no guess
    found = _appeals(nlp, "Sweden called for the release of two Swedes held in Eritrea.")
    assert found and all(t != "SWE" for _, t in found)


@pytest.mark.parametrize("text, place", [
    ("The Vatican called for calm in Kenya.", "KEN"),
    ("The African Union appealed for calm and restraint in Burundi.", "BDI"),
])
def test_appeals_for_calm_in_a_place_are_aimed_at_its_country(nlp: Language, text: str, place: str) -> None:
    assert {t for _, t in _appeals(nlp, text)} == {place}


def test_appeals_made_in_a_place_are_not_aimed_at_it(nlp: Language) -> None:
    found = _appeals(nlp, "The Chilean envoy called on Monday in Geneva for new talks.")
    assert all(t != "CHE" for _, t in found)
