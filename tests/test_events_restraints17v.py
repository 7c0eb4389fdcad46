"""Restraints from a false-event census of fresh news (session 17, VOA and wire stories): a
headline's "to" future is a plan, a violation named in a report verb's complement is the speaker's
charge, and an appeal to the wider world is not made to the story's country. Each form with near
misses that must keep their events. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def roots(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of each event coded in ``text``."""
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo[:2])
            for e in code(nlp, text)]


@pytest.mark.parametrize("text", [
    "Dutch minister to visit Kenya for talks on trade\n\nThe Dutch trade minister will visit Kenya on Monday, "
    "the Dutch government said.",
    "Polish president to meet Lithuanian leader\n\nThe Polish president will meet the Lithuanian president in "
    "Vilnius next week, his office said.",
    "Chilean envoy to hold talks with Peru\n\nChile's foreign minister plans to hold talks with Peru on Friday, "
    "officials said.",
])
def test_headline_plans_headline_future_codes_no_done_meeting(nlp: Language, text: str) -> None:
    assert not any(r == "04" for _, _, r in roots(nlp, text)), roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenyan protesters rally to demand release of opposition leader\n\nThousands of Kenyans marched in Nairobi "
    "on Monday.",
    "Dutch minister visits Kenya\n\nThe Dutch trade minister visited Kenya on Monday, the Dutch government said.",
])
def test_headline_plans_finite_headline_keeps_its_event(nlp: Language, text: str) -> None:
    found = roots(nlp, text)
    assert any(r in ("04", "10", "14") for _, _, r in found), found


@pytest.mark.parametrize("text", [
    "The Swedish government condemned the Iranian missile launch, saying it clearly violated UN resolutions.",
    "Norway issued a statement declaring that the Iranian test breached international law.",
    "The Danish minister said the Syrian government had flouted the UN embargo.",
])
def test_charged_defiance_violation_in_report_is_no_defiance(nlp: Language, text: str) -> None:
    assert not any(r == "12" for _, _, r in roots(nlp, text)), roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Iran defied UN resolutions with another missile test on Monday.",
    "The Syrian government flouted the UN embargo on Tuesday.",
])
def test_charged_defiance_reported_defiance_is_coded(nlp: Language, text: str) -> None:
    assert any(r == "12" for _, _, r in roots(nlp, text)), roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Fighting has displaced thousands in Malawi. The United Nations urged the international community to help "
    "the displaced families in Malawi.",
    "Fighting has displaced thousands in Malawi. The United Nations called on donors to fund relief in Malawi.",
    "Fighting has displaced thousands in Malawi. The United Nations appealed to member countries for help in Malawi.",
])
def test_outsider_addressees_world_appeal_has_no_story_target(nlp: Language, text: str) -> None:
    appeals = [(s, t) for s, t, r in roots(nlp, text) if r == "02"]
    assert appeals and all(t != "MWI" for _, t in appeals), appeals


@pytest.mark.parametrize("text", [
    "Fighting has displaced thousands in Malawi. The United Nations called on all sides to protect civilians.",
    "Fighting has displaced thousands in Malawi. The United Nations urged restraint.",
])
def test_outsider_addressees_story_parties_keep_story_target(nlp: Language, text: str) -> None:
    assert any(t == "MWI" and r == "02" for _, t, r in roots(nlp, text)), roots(nlp, text)


def sources(nlp: Language, text: str) -> set[str | None]:
    """The source codes of the events coded in ``text``."""
    return {e.source.code if e.source else None for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Representatives of three ethnic rebel groups in Myanmar signed a truce with the Burmese government on "
     "Tuesday.", "MMRREB"),
    ("Representatives from Kenya met Ugandan officials in Kampala on Monday.", "KENGOV"),
])
def test_delegates_representatives_of_a_body_are_its_agents(nlp: Language, text: str, expected: str) -> None:
    found = sources(nlp, text)
    assert expected in found and not any(s and s.endswith("LEG") for s in found), found


@pytest.mark.parametrize("text", [
    "The House of Representatives rejected the Kenyan trade deal on Monday.",
    "US Representatives criticized the Kenyan government on Monday.",
    "The Kenyan parliament and its representatives rejected the budget on Monday.",
])
def test_delegates_legislators_stay_legislators(nlp: Language, text: str) -> None:
    found = sources(nlp, text)
    assert any(s and s.endswith("LEG") for s in found), found



@pytest.mark.parametrize(("text", "people_state"), [
    ("Representatives of the Karabakh Armenians and the Azerbaijani government held talks in Yevlakh.", "ARMGOV"),
    ("Representatives of the Kurds met Iraqi officials in Baghdad on Monday.", "IRQGOV"),
])
def test_delegates_representatives_of_a_people_are_no_government(nlp: Language, text: str,
                                                                people_state: str) -> None:
    # a people named by its demonym is not a state: its representatives are not its government's agents
    assert people_state not in sources(nlp, text)
