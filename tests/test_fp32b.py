"""Session 32's fresh-news census (fp32b): a country's neighbours read as the country
(events/accus_opponents.opposed_modifier), a truce aimed at the international body that called for it
(events/referents.aim_concession), and talks a party offers read as an offer to mediate
(events/patterns.yaml, intent.offer_talks).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

Dyad = tuple[str | None, str | None, str]


def _dyads(nlp: Language, text: str) -> list[Dyad]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date="2022-03-27", nlp=nlp).events]


# --- a country's neighbours are not the country (events/accus_opponents.py) -------------------------


@pytest.mark.parametrize("text, owner", [
    ("Japan's neighbours criticised Abe on Friday.", "JPN"),
    ("Iran's neighbors condemned the missile test on Monday.", "IRN"),
    ("The neighbours of Iraq condemned Baghdad on Monday.", "IRQ"),
])
def test_fp32b_neighbours_are_not_their_owner(nlp: Language, text: str, owner: str) -> None:
    assert not any(src is not None and src.startswith(owner) for src, _, _ in _dyads(nlp, text))


def test_fp32b_named_neighbour_still_acts(nlp: Language) -> None:
    # near miss: a country named beside the noun is coded as before
    dyads = _dyads(nlp, "Kenya, Somalia's neighbour, criticised the Somali government on Friday.")
    assert ("KEN", "SOMGOV", "111") in dyads


def test_fp32b_opponents_at_home_unchanged(nlp: Language) -> None:
    # near miss: "the president's opponents" are still the country's opposition (accus_opponents)
    dyads = _dyads(nlp, "President Mugabe's opponents accused the Zimbabwean government of rigging the vote.")
    assert any(src == "ZWEOPP" for src, _, _ in dyads)


# --- a truce is not aimed at the body that called for it (events/referents.aim_concession) ----------


def test_fp32b_truce_not_yielded_to_the_un(nlp: Language) -> None:
    dyads = _dyads(nlp, "The UN secretary-general called on the Houthis to cease hostilities in Yemen. The Houthis "
                        "declared a three-day truce on Sunday.")
    assert not any(cameo.startswith("087") and tgt == "IGOUNO" for _, tgt, cameo in dyads)


def test_fp32b_truce_asked_by_the_foe_still_yields_to_it(nlp: Language) -> None:
    # near miss: the party that asked is the foe, and the truce is with it, as before
    dyads = _dyads(nlp, "The Sudanese army urged the rebels to stop fighting. The rebels declared a ceasefire on "
                        "Monday.")
    assert any(cameo.startswith("087") and tgt == "SDNMIL" for _, tgt, cameo in dyads)


# --- talks a party offers are its intent to negotiate (patterns.yaml, intent.offer_talks) ------------


def test_fp32b_offered_talks_to_a_foe_is_036(nlp: Language) -> None:
    dyads = _dyads(nlp, "The Taliban offered talks to the Afghan government on Sunday.")
    assert ("AFGINS", "AFGGOV", "036") in dyads
    assert not any(cameo == "039" for _, _, cameo in dyads)


def test_fp32b_offered_talks_to_no_one_codes_nothing(nlp: Language) -> None:
    dyads = _dyads(nlp, "The Houthis offered peace talks on the condition that the Saudis stop their air strikes.")
    assert not any(src == "YEMREB" and cameo.startswith("03") for src, _, cameo in dyads)


def test_fp32b_offered_mediation_stays_039(nlp: Language) -> None:
    # near miss: mediation offered between two others is still mediation
    dyads = _dyads(nlp, "Qatar offered mediation between the Afghan government and the Taliban.")
    assert not any(cameo == "036" for _, _, cameo in dyads)


# --- a meeting's purpose is no talks held (events/discussions.py) --------------------------------------


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea agreed to hold another round of talks in May to discuss the border.",
    "India and Pakistan decided to meet next week to discuss trade.",
])
def test_fp32b_purpose_of_a_meeting_is_not_talks_held(nlp: Language, text: str) -> None:
    dyads = _dyads(nlp, text)
    assert any(cameo == "036" for _, _, cameo in dyads)
    assert not any(cameo == "040" for _, _, cameo in dyads)


def test_fp32b_discussion_alone_still_talks(nlp: Language) -> None:
    # near miss: a discussion with the partner named and no meeting told beside it stays (040)
    dyads = _dyads(nlp, "The Danish premier discussed Arctic shipping with the Canadian prime minister.")
    assert any(cameo == "040" for _, _, cameo in dyads)
