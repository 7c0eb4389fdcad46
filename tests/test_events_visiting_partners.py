"""Meetings with a "visiting" partner (events/visiting_partners.py) and the drive-back verbs of
fight.drive_out (patterns.yaml, session 18). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of each event coded in ``text``."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("Kenyan President Ruto met with visiting Ugandan President Museveni in Nairobi on Monday.", "KENGOV", "UGAGOV"),
    ("The Ghanaian foreign minister held talks with visiting Nigerian President Tinubu.", "GHAGOV", "NGAGOV"),
    ("Brazilian President Lula met with visiting Argentine President Milei on Friday.", "BRAGOV", "ARGGOV"),
])
def test_visiting_partners_meeting_keeps_visitor(nlp: Language, text: str, host: str, guest: str) -> None:
    found = events(nlp, text)
    assert (host, guest, "040") in found
    assert (guest, host, "040") in found


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("Kenyan President Ruto received visiting Ugandan President Museveni in Nairobi.", "KENGOV", "UGAGOV"),
    ("Kenyan President Ruto hosted visiting Ugandan President Museveni at State House.", "KENGOV", "UGAGOV"),
    ("Brazilian President Lula met visiting Argentine President Milei on Friday.", "BRAGOV", "ARGGOV"),
])
def test_visiting_partners_host_visits_no_one(nlp: Language, text: str, host: str, guest: str) -> None:
    found = events(nlp, text)
    assert (host, guest, "042") not in found  # the host is no visitor of his guest
    assert any(source == host and target == guest for source, target, cameo in found if cameo[:2] == "04")


@pytest.mark.parametrize("text", [
    # near misses: no "visiting" participle, or one after its own noun; these code as before
    "Kenyan President Ruto met with Ugandan President Museveni in Nairobi on Monday.",
    "Kenyan President Ruto met with Ugandan officials visiting Nairobi on Monday.",
    "Kenyan President Ruto met Ugandan President Museveni after visiting Kampala.",
])
def test_visiting_partners_near_misses_still_meet(nlp: Language, text: str) -> None:
    assert any(cameo == "040" and source == "KENGOV" for source, _, cameo in events(nlp, text))


@pytest.mark.parametrize(("text", "target"), [
    ("Ukrainian troops pushed back Russian forces near Kharkiv.", "RUSMIL"),
    ("Malian soldiers drove back the jihadists after a day of fighting.", None),
    ("Nigerian troops drove away the insurgents from the town.", None),
])
def test_visiting_partners_drive_back_is_fighting(nlp: Language, text: str, target: str | None) -> None:
    found = events(nlp, text)
    assert any(cameo == "190" and (target is None or t == target) for _, t, cameo in found)


@pytest.mark.parametrize("text", [
    "The Nigerian army pushed back the deadline for the offensive.",
    "Farmers drove away the cattle from the fields in Kenya.",
    "The Kenyan opposition pushed back against the government's tax plan.",
])
def test_visiting_partners_drive_back_of_no_force_is_no_fight(nlp: Language, text: str) -> None:
    assert not any(cameo.startswith("19") for _, _, cameo in events(nlp, text))
