"""Scheduled meetings, trips to buildings, meetings abroad and the host's side of a visit
(session 13). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _pairs(nlp: Language, text: str, cameo: str) -> set[tuple[str | None, str | None]]:
    return {((e.source.country if e.source else None), (e.target.country if e.target else None))
            for e in code(nlp, text) if e.cameo == cameo}


def _roots(nlp: Language, text: str, root: str) -> list[str]:
    return [e.cameo for e in code(nlp, text) if e.cameo.startswith(root)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chilean president is scheduled to meet the Peruvian president on Thursday.",
    "The Chilean president is set to meet the Peruvian president in Lima next month.",
    "The Chilean president is expected to hold talks with the Peruvian president on Friday.",
    "The Chilean foreign minister is expected to meet his Peruvian counterpart this week.",
])
def test_schedules_passive_timetable_is_an_intent_to_meet(nlp: Language, text: str) -> None:
    assert ("CHL", "PER") in _pairs(nlp, text, "036")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chilean president is scheduled to visit Peru in May.",
    "The Chilean president is expected to visit Peru in May.",
])
def test_schedules_scheduled_visit_is_an_intent_to_meet(nlp: Language, text: str) -> None:
    assert ("CHL", "PER") in _pairs(nlp, text, "036")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The guerrillas are expected to attack the Peruvian border town soon.",
    "Analysts expect the Chilean president to meet the Peruvian president soon.",
])
def test_schedules_forecasts_stay_forecasts(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "03") and not _roots(nlp, text, "04")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chilean interior minister went to a nearby embassy on Sunday.",
    "The Chilean interior minister went to the Peruvian embassy in Santiago.",
    "The Chilean interior minister has since returned to his home.",
])
def test_schedules_trip_to_a_building_is_no_visit(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "04")


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Chilean foreign minister arrived at the airport in Lima on Sunday.", ("CHL", "PER")),
    ("The Chilean foreign minister flew to Lima on Sunday.", ("CHL", "PER")),
])
def test_schedules_trip_to_a_town_is_still_a_visit(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, "042")


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Chilean foreign minister held talks in Lima on Tuesday.", ("CHL", "PER")),
    ("The Chilean foreign minister met in Lima on Tuesday.", ("CHL", "PER")),
])
def test_meetings_abroad_meeting_in_a_foreign_town_is_a_visit(nlp: Language, text: str,
                                                              pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, "042")
    assert (pair[1], pair[0]) in _pairs(nlp, text, "043")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chilean officials held talks in Santiago on Tuesday.",
    "The Chilean foreign minister, speaking in Lima, said the talks were useful.",
    "The Chilean foreign minister arrived in Lima for talks on Tuesday.",
])
def test_meetings_abroad_no_second_visit(nlp: Language, text: str) -> None:
    assert len(_roots(nlp, text, "042")) <= 1


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Chilean president visited Peru on Monday.", ("PER", "CHL")),
])
def test_meetings_abroad_visit_has_its_host(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, "043")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chilean president plans to visit Peru next month.",
    "The Chilean envoy visited with jailed Peruvian opposition leaders.",
    # a bare move is the visitor's 042 alone (CONVENTIONS 3.4; session 27, fp27b)
    "The Chilean president flew to Lima on Monday.",
])
def test_meetings_abroad_no_host_for_intents_or_people(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "043")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Bolivian president participated in the inauguration ceremony in Lima.",
    "The Bolivian president participated in the funeral in Lima on Saturday.",
])
def test_schedules_taking_part_in_a_ceremony_abroad_is_a_visit(nlp: Language, text: str) -> None:
    assert ("BOL", "PER") in _pairs(nlp, text, "042")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Chilean army returned to barracks.",
    "Thousands of Chilean students participated in the protests in Santiago.",
])
def test_schedules_no_visit_without_a_foreign_host(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "042")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Zambian government lifted the ban on opposition rallies.",
    "The Zambian government lifted a ban on rallies by the opposition.",
])
def test_eased_bans_lifted_ban_on_rallies_eases_freedoms(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.cameo == "0811" and e.target is not None
            and e.target.country == "ZMB"]


@pytest.mark.model
def test_eased_bans_ban_on_imports_stays_a_sanction(nlp: Language) -> None:
    events = code(nlp, "The United States lifted its ban on Russian oil imports.")
    assert not [e for e in events if e.cameo == "0811"]
