"""Attacks, burnings and abductions aimed at a place or at people with no actor named: the
target is the country of the place (issue 10, item 4). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import coded, country_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked a village in eastern Chad on Monday.", ("TCD", "190")),  # a time in the "on" slot
    ("Armed men attacked a camp in Chad.", ("TCD", "190")),
    ("Rebels attacked a village in Uganda.", ("UGA", "190")),
    ("Soldiers torched a village near Maiduguri.", ("NGA", "1712")),
])
def test_events_an_attack_on_a_place_noun_is_aimed_at_its_country(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    targets = {(t, c) for _, t, c in country_triples(coded(nlp, text))}
    assert expected in targets


def test_events_kidnapped_schoolchildren_are_their_country_s_students(nlp: Language) -> None:
    events = coded(nlp, "Militants kidnapped 40 schoolchildren in Niger.")
    assert any(e.cameo == "181" and e.target is not None and e.target.code == "NEREDU" for e in events)


@pytest.mark.parametrize("text", [
    "Rebels attacked a village.",  # no country known: no guess
    "Storms destroyed a village in Bangladesh.",  # not a political act
])
def test_events_an_attack_on_a_place_of_unknown_country_has_no_place_target(nlp: Language, text: str) -> None:
    assert not any(e.target is not None and e.target.code in ("BGD",) for e in coded(nlp, text))
