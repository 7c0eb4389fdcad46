"""A side that reports an attack on itself by another country accuses it (the act it reports is
coded too, as plain reported speech). Other reports are no accusation. The sentences are written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgian officials said Russian aircraft bombed the Georgian town of Gori.", ("GEO", "RUS", "1123")),
    ("Armenia said Azerbaijani troops shelled Armenian border villages.", ("ARM", "AZE", "1123")),
    ("Ukraine said Russian missiles struck Kyiv overnight.", ("UKR", "RUS", "1123")),
])
def test_events_a_victims_report_of_an_attack_is_an_accusation(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert expected in found
    # told only in the victim's words, the attack is its accusation, not a fact (session 23)
    assert not any(s == expected[1] and t == expected[0] and c[:2] in ("18", "19") for s, t, c in found)


@pytest.mark.parametrize("text", [
    "Reuters said Russian jets bombed a market in Aleppo.",  # no side of the fight speaks
    # (one side of a war within a country reporting the other's violence does accuse it since session 9:
    # tests/test_events_verdicts.py)
    "Thai military sources said Vietnamese forces shelled guerrilla camps near the Thai border.",
])
def test_events_other_reports_of_attacks_are_no_accusation(nlp: Language, text: str) -> None:
    assert not {e.cameo[:2] for e in code(nlp, text)} & {"11"}
