"""Consultations with no partner and the partners of meetings (session 12). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.events.partnerless import needs_partner, no_partner


def _roots(nlp: Language, text: str, root: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text) if e.cameo.startswith(root)]


@pytest.mark.parametrize(("cameo", "needs"), [
    ("040", True), ("042", True), ("046", True), ("045", False), ("036", False), ("057", False), ("-", False),
])
def test_partnerless_consultations_need_a_partner(cameo: str, needs: bool) -> None:
    assert needs_partner(cameo) is needs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Negotiators from the Malian government are due to meet next week to prepare new talks.",
    "The Nigerian rebels plan to hold a conference in March.",
])
def test_partnerless_intent_to_meet_alone_codes_nothing(nlp: Language, text: str) -> None:
    assert not [t for t in _roots(nlp, text, "03") if t[1] is None]
    assert not [t for t in _roots(nlp, text, "04") if t[1] is None]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("The Peruvian president will meet the Chilean president next week.", "03"),
    ("The Peruvian president met the Chilean president on Monday.", "04"),
])
def test_partnerless_meetings_with_a_partner_still_code(nlp: Language, text: str, root: str) -> None:
    assert [t for t in _roots(nlp, text, root) if t[1] is not None]


def _pairs(nlp: Language, text: str, cameo: str) -> set[tuple[str | None, str | None]]:
    return {((e.source.country if e.source else None), (e.target.country if e.target else None))
            for e in code(nlp, text) if e.cameo == cameo}


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Peruvian president paid a visit to Santiago last week.", ("PER", "CHL")),
    ("The Greek prime minister made a short trip to Nicosia.", ("GRC", "CYP")),
])
def test_partnerless_visit_noun_goes_to_its_destination(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, "042")


@pytest.mark.model
def test_partnerless_visit_noun_at_home_is_no_visit(nlp: Language) -> None:
    assert not _pairs(nlp, "The Peruvian president paid a visit to Cusco last week.", "042")


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Kenyan president is in Ethiopia for talks on the border dispute.", ("KEN", "ETH")),
    ("The Nigerian foreign minister was in Accra on Monday to discuss the crisis.", ("NGA", "GHA")),
    ("The Chilean president was in Argentina this week for a summit.", ("CHL", "ARG")),
])
def test_partnerless_stay_abroad_to_meet_is_a_visit(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, "042")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The French president was in Berlin on Monday.",  # no purpose: no visit said
    "There were talks in Doha on Monday.",
    "The Kenyan president was in Mombasa for talks.",  # at home
])
def test_partnerless_stay_without_purpose_or_abroad_codes_no_visit(nlp: Language, text: str) -> None:
    assert not _pairs(nlp, text, "042")


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("Delegations from Armenia and Azerbaijan met in Washington on Monday.", ("ARM", "AZE")),
    ("Delegations from Ethiopia and Egypt held talks on the dam.", ("ETH", "EGY")),
])
def test_meeting_sides_delegations_from_two_countries_meet_each_other(nlp: Language, text: str,
                                                                     pair: tuple[str, str]) -> None:
    pairs = {(s, t) for s, t, c in ((e.source.country if e.source else None, e.target.country if e.target else None,
                                     e.cameo) for e in code(nlp, text)) if c.startswith("04")}
    assert pair in pairs and pair[::-1] in pairs


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {((e.source.code if e.source else None), (e.target.code if e.target else None))
            for e in code(nlp, text) if e.cameo.startswith(root)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Yemeni president offered to initiate talks with the Saudi coalition.", ("YEM", "SAU")),
    ("The Sudanese army offered to hold talks with the Ethiopian government.", ("SDN", "ETH")),
])
def test_partnerless_intent_about_a_meeting_is_aimed_at_its_partner(nlp: Language, text: str,
                                                                    pair: tuple[str, str]) -> None:
    assert pair in {(s[:3] if s else None, t[:3] if t else None) for s, t in _dyads(nlp, text, "03")}


@pytest.mark.model
def test_partnerless_visited_with_names_the_host(nlp: Language) -> None:
    dyads = {(s[:3] if s else None, t[:3] if t else None)
             for s, t in _dyads(nlp, "The U.S. envoy also visited with senior Sudanese officials.", "04")}
    assert ("USA", "SDN") in dyads


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("Foreign ministers of the Arab League met with the Syrian president on Sunday.", ("IGOARL", "SYRGOV")),
    ("Envoys of the African Union held talks with the Sudanese president.", ("IGOAU", "SDNGOV")),
])
def test_meeting_sides_officers_of_a_world_body_are_its_side(nlp: Language, text: str,
                                                            pair: tuple[str, str]) -> None:
    assert pair in _dyads(nlp, text, "04")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan president met the families of the victims on Monday.",
    "The Ugandan opposition leader met with supporters in Kampala.",
    "The Tanzanian agriculture minister met with farmers in Arusha.",
])
def test_partnerless_meeting_with_the_public_is_no_consultation(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "04")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Students in Dhaka were met with tear gas by Bangladeshi police.",
    "The Chilean proposal was met with criticism from Bolivian officials.",
])
def test_partnerless_passive_met_with_is_a_reception(nlp: Language, text: str) -> None:
    assert not _roots(nlp, text, "04")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Pakistani prime minister met the army chief on Monday.",
    "The Kenyan president met with opposition leader Raila Odinga.",
])
def test_partnerless_meetings_between_officials_still_code(nlp: Language, text: str) -> None:
    assert _roots(nlp, text, "04")


@pytest.mark.parametrize(("pattern_cameo", "cameo", "has_target", "dropped"), [
    ("057", "032", False, True),   # "will welcome the deal": an intent of another kind's act, aimed at no one
    ("0831", "035", False, True),  # "vowed to resign"
    ("057", "032", True, False),
    ("030", "030", False, False),  # an intent pattern's own event is left to its rules
    ("0734", "0334", False, False),  # "is willing to send observers": an intent to aid stands alone
    ("040", "040", False, True),
])
def test_partnerless_no_partner(pattern_cameo: str, cameo: str, has_target: bool, dropped: bool) -> None:
    from newsevents.records import ActorMention

    kenya = ActorMention(0, 1, 0, 5, "Kenya", "Kenya", "KEN", "KEN", None, "country", "country")
    target = kenya if has_target else None
    assert no_partner(pattern_cameo, cameo, target) is dropped


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("Russian troops pulled out of Kherson last week.", ("RUS", "UKR")),
    ("Armenian forces withdrew from the town of Gori.", ("ARM", "GEO")),
])
def test_partnerless_withdrawal_from_a_foreign_town_is_aimed_at_its_country(nlp: Language, text: str,
                                                                           pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, "0874")


@pytest.mark.model
def test_partnerless_visit_noun_to_a_town_goes_to_its_country(nlp: Language) -> None:
    assert ("POL", "UKR") in _pairs(nlp, "The Polish president paid a visit to Kyiv on Wednesday.", "042")
