"""Word senses and frames left by the fresh-news censuses of session 18 (events/frame_senses.py and
patterns.yaml): a third-country venue is no host, welcoming someone for a deed is no hosting, a
safety warning to one's own people is no threat, holding an office is no arrest, attacking an
abstract thing is no assault, and a visit in an "after" phrase of a future clause is a plan.
Each form with near misses that must still code. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of each event coded in ``text``."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


def cameos(nlp: Language, text: str) -> set[str]:
    """The CAMEO codes coded in ``text``."""
    return {cameo for _, _, cameo in events(nlp, text)}


@pytest.mark.parametrize("text", [
    "The Kenyan president is now in Geneva for discussions with the Russian foreign minister.",
    "The Ghanaian foreign minister is in Vienna for talks with Iranian officials.",
    "The Kenyan president held talks in Brussels, where he attended a meeting of NATO foreign ministers.",
])
def test_frame_senses_third_country_venue_hosts_no_one(nlp: Language, text: str) -> None:
    assert "043" not in cameos(nlp, text)


@pytest.mark.parametrize(("text", "host"), [
    ("The Kenyan president is in Ethiopia for talks with the Ethiopian prime minister.", "ETH"),
    ("The Ghanaian foreign minister visited Nigeria on Monday.", "NGA"),
    ("The Kenyan president is in Addis Ababa for talks with Ethiopian officials.", "ETH"),
])
def test_frame_senses_partner_country_venue_still_hosts(nlp: Language, text: str, host: str) -> None:
    assert any(source is not None and source.startswith(host) and cameo == "043"
               for source, _, cameo in events(nlp, text))


@pytest.mark.parametrize("text", [
    "Somali elders say they welcome the Kenyan troops for bringing peace to the town.",
    "The Malian government welcomed the French soldiers for their help against the rebels.",
    "Afghan villagers welcomed the Pakistani doctors for treating the wounded.",
])
def test_frame_senses_welcome_for_a_deed_is_no_hosting(nlp: Language, text: str) -> None:
    assert not {"042", "043"} & cameos(nlp, text)


@pytest.mark.parametrize("text", [
    "The Indonesian president welcomed the Dutch king for a three-day state visit.",
    "Ghana welcomed the Ivorian president in Accra on Monday.",
    "The Japanese prime minister welcomed the Chinese premier for talks in Tokyo.",
])
def test_frame_senses_welcome_for_a_visit_still_hosts(nlp: Language, text: str) -> None:
    assert "043" in cameos(nlp, text)


@pytest.mark.parametrize("text", [
    "Israeli police warned residents to seek shelter in bunkers.",
    "Japanese officials warned residents to stay away from the coast.",
    "The Philippine army warned villagers to take cover as the fighting neared.",
    "Turkish authorities warned residents to evacuate the valley.",
])
def test_frame_senses_safety_warning_to_own_people_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(cameo.startswith("13") for cameo in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "Israel warned Lebanese residents to evacuate their villages.",
    "Washington warned Tehran of severe consequences.",
    "Israeli police warned the residents that they would be arrested.",
])
def test_frame_senses_warning_to_others_still_threatens(nlp: Language, text: str) -> None:
    assert any(cameo.startswith("13") for cameo in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "Rahman held the position of finance minister of Bangladesh until 2004.",
    "The Kenyan general held the rank of major in the Kenyan army.",
    "Ruto held the post of Kenyan deputy president for ten years.",
    "The Nigerian senator held the portfolio of defence minister.",
])
def test_frame_senses_holding_an_office_is_no_arrest(nlp: Language, text: str) -> None:
    assert not any(cameo.startswith("17") for cameo in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "Kenyan police held the opposition leader for two days.",
    "Egyptian security forces held the journalists at a police station in Cairo.",
])
def test_frame_senses_holding_people_still_detains(nlp: Language, text: str) -> None:
    assert "173" in cameos(nlp, text) or any(cameo.startswith("17") for cameo in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "Syrian bloggers are attacking the Iraqi presence in Syria.",
    "The Iranian cleric attacked feminism and Western values in his sermon.",
    "Russian state media attacked the very notion of Ukrainian democracy.",
])
def test_frame_senses_attack_on_an_abstraction_is_no_assault(nlp: Language, text: str) -> None:
    assert not any(cameo[:2] in ("18", "19") for cameo in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "Syrian troops attacked the Iraqi border post.",
    "Russian drones attacked Ukrainian soldiers near Bakhmut.",
    "Nigerian militants attacked the presidential palace in Abuja.",
])
def test_frame_senses_attack_on_people_or_places_still_assaults(nlp: Language, text: str) -> None:
    assert any(cameo[:2] in ("18", "19") for cameo in cameos(nlp, text))


@pytest.mark.parametrize("text", [
    "After the three-day visit to Cuba, the Mexican envoys will travel to Canada.",
    "After their visit to Ghana, the Nigerian ministers will fly to Senegal.",
])
def test_frame_senses_visit_before_a_future_clause_is_a_plan(nlp: Language, text: str) -> None:
    assert "042" not in cameos(nlp, text) and "043" not in cameos(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia will cut back its operations after talks with Ukrainian officials.", "040"),
    ("After the three-day visit to Cuba, the Mexican envoys travelled to Canada.", "042"),
])
def test_frame_senses_done_meeting_before_a_clause_still_codes(nlp: Language, text: str, expected: str) -> None:
    assert expected in cameos(nlp, text)
