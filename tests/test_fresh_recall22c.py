"""Recall on fresh news, third census (session 22): what the coder read wrong or left without a
side. Two forms seen in three fresh stories each:

- a denial whose accuser was told just before by an attribution ("..., according to X, but Y
  refuted those claims") or by a claim whose act the denial names ("X said ... Y denied initiating
  the firing") answers that accuser (``events/answered_claims.py``);
- armed men seizing or capturing a held place named by its kind ("seized the police station",
  "hideouts of the rebels were captured") occupy it (192), no confiscation (1711) nor arrest (173)
  (``coerce.occupy`` in ``events/patterns.yaml``).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes

DATE = "2012-05-14"


def _events(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(source, target, cameo) for source, target, cameo, _ in event_codes(text, nlp, DATE)]


def _denials(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [e for e in _events(nlp, text) if e[2] == "016"]


# ---- denials answering a told charge ------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, denier, accuser", [
    ("Four Ethiopian soldiers were killed by Eritrean troops near the border, according to Ethiopian "
     "officials, but Eritrea rejected those claims.", "ERI", "ETHGOV"),
    ("Sudanese army jets bombed two villages in the south on Monday, according to South Sudanese "
     "officials, but Sudan denied the allegation.", "SDN", "SSDGOV"),
])
def test_attribution_names_whom_a_denial_answers(nlp: Language, text: str, denier: str, accuser: str) -> None:
    found = _denials(nlp, text)
    assert any(s is not None and s.startswith(denier) and t == accuser for s, t, _ in found), found


@pytest.mark.model
def test_denied_act_answers_the_claim_before_it(nlp: Language) -> None:
    text = ("Rwandan officials said Congolese troops shelled a border village on Sunday. "
            "Congo denied that its troops had fired first.")
    assert ("COD", "RWAGOV", "016") in _denials(nlp, text)


@pytest.mark.model
def test_attribution_to_the_deniers_own_side_answers_no_one(nlp: Language) -> None:
    # near miss: the attribution names the denier's own state, so no accuser is told
    text = ("Four Eritrean soldiers were killed near the border, according to Eritrean officials, "
            "but Eritrea denied the claims.")
    assert not [e for e in _denials(nlp, text) if e[1] is not None and e[1].startswith("ERI")]


@pytest.mark.model
def test_attribution_after_the_denial_is_not_its_charge(nlp: Language) -> None:
    # near miss: "according to" tells who reported the denial, not a charge it answers
    text = "The Eritrean army denied torturing prisoners, according to Ethiopian state media."
    assert not [e for e in _denials(nlp, text) if e[1] is not None and e[1].startswith("ETH")]


@pytest.mark.model
def test_denied_plan_after_an_own_announcement_answers_no_one(nlp: Language) -> None:
    # near miss: the claim before names no actor of the denier's country other than itself
    text = "The Kenyan ministry said it would hold talks next week. Ugandan officials denied planning a visit."
    assert not [e for e in _denials(nlp, text) if e[1] is not None and e[1].startswith("KEN")]


# ---- armed men taking a held place -------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Malian soldiers captured a rebel stronghold near Kidal on Monday.",
    "Three hideouts of the rebels were captured by Malian soldiers on Monday.",
])
def test_armed_men_taking_a_held_place_occupy_it(nlp: Language, text: str) -> None:
    found = _events(nlp, text)
    assert any(c == "192" for _, _, c in found), found
    assert not [e for e in found if e[2] in ("173", "1711")], found


@pytest.mark.model
def test_armed_group_seizing_a_police_station_occupies_it(nlp: Language) -> None:
    found = _events(nlp, "Rebels seized the police station in the town of Gao on Monday.")
    assert any(t is not None and t.endswith("COP") and c == "192" for _, t, c in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # near misses: things and people taken stay a seizure or an arrest
    "Malian soldiers seized the weapons of the rebels near Kidal.",
    "Police seized drugs at a checkpoint near Bamako.",
    "Malian police arrested two rebel commanders at a checkpoint.",
])
def test_things_and_people_taken_are_no_occupation(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e[2] == "192"]
