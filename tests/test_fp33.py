"""Session 33's fresh-news census (fp33): acts a clause tells as not done (events/untold_acts.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Dyad, event_dyads


def _dyads(nlp: Language, text: str, date: str = "2009-05-14") -> list[Dyad]:
    return event_dyads(text, nlp, date)


def _roots(nlp: Language, text: str) -> list[str]:
    return [cameo[:2] for _, _, cameo in _dyads(nlp, text)]


# --- what someone is to be brought to do -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Envoys of the African Union met in Nairobi on Monday to convince the rebels to hold talks with the "
    "Ugandan government.",
    "Norwegian diplomats travelled to Colombo on Monday to persuade the Tamil Tigers to resume negotiations "
    "with the government.",
])
def test_fp33_persuaded_act_is_not_done(nlp: Language, text: str) -> None:
    dyads = _dyads(nlp, text)
    # the talks the rebels are to be brought to hold are no talks with the government
    assert not any(cameo[:2] == "04" and "GOV" in (target or "") for _, target, cameo in dyads), dyads


@pytest.mark.parametrize("text", [
    # a finite persuading verb reports its success: the talks are agreed to
    "Kenyan mediators convinced the Ugandan rebels to hold talks with the government on Monday.",
    # talks held, with the persuasion only a purpose
    "Ugandan officials held talks with the rebels in Juba on Monday to persuade them to disarm.",
])
def test_fp33_persuasion_near_misses_keep_talks(nlp: Language, text: str) -> None:
    assert "04" in _roots(nlp, text) or "03" in _roots(nlp, text)


# --- a reluctance ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Ugandan rebels are hesitant to sign the peace agreement with the government.",
    "The Maoist rebels remain reluctant to sign the ceasefire accord with the Nepalese government.",
])
def test_fp33_reluctance_is_no_signing(nlp: Language, text: str) -> None:
    assert "05" not in _roots(nlp, text)


def test_fp33_signing_itself_stays(nlp: Language) -> None:
    text = "The Ugandan rebels signed the peace agreement with the government on Monday."
    assert "05" in _roots(nlp, text)


# --- "any" under "before" or "until" ------------------------------------------------------------------


def test_fp33_any_talks_before_are_not_held(nlp: Language) -> None:
    text = ("The first round ended in Addis Ababa on Friday, before the Sudanese government and the rebels "
            "had held any formal discussions.")
    assert "04" not in _roots(nlp, text)


def test_fp33_talks_before_without_any_stay(nlp: Language) -> None:
    text = "The Sudanese government and the rebels held formal discussions in Addis Ababa on Friday."
    assert "04" in _roots(nlp, text)


# --- a past participle before the object is no object word (events/matching._modifiers) -------------


def test_fp33_planned_march_is_no_plan_vetoed(nlp: Language) -> None:
    text = "Thai soldiers took up positions in Bangkok on Monday to block a planned march by opposition supporters."
    assert not any(cameo == "129" for _, _, cameo in _dyads(nlp, text))


@pytest.mark.parametrize("text", [
    "Russia blocked the proposed resolution on Syria at the Security Council.",
    "Russia vetoed the planned resolution on Syria at the Security Council.",
])
def test_fp33_blocked_resolution_stays_a_veto(nlp: Language, text: str) -> None:
    assert any(cameo == "129" for _, _, cameo in _dyads(nlp, text))


# --- where a crowd gathers is no party to it (events/crowd_places.py) -----------------------------------


def test_fp33_ban_on_rallies_in_capital_is_no_lifting_for_the_government(nlp: Language) -> None:
    text = "A Kenyan court lifted a ban on demonstrations in Nairobi on Tuesday."
    dyads = _dyads(nlp, text)
    assert dyads and all(target != "KENGOV" for _, target, _ in dyads), dyads


def test_fp33_promised_rallies_in_towns_are_no_promise_to_them(nlp: Language) -> None:
    text = "The Kenyan opposition leader promised to hold demonstrations in both Nairobi and Mombasa."
    assert not any(target in ("KEN", "KENGOV") and cameo[:2] == "03" for _, target, cameo in _dyads(nlp, text))


def test_fp33_attack_on_a_place_keeps_its_target(nlp: Language) -> None:
    # a place after an act that is no gathering is still where the act is aimed
    text = "Israeli jets carried out air strikes on targets in Syria on Tuesday."
    assert any(target is not None and target.startswith("SYR") for _, target, _ in _dyads(nlp, text))
