"""Background told as news (session 26): an act the perfect marks "previously" and a standing
posting or confinement told in the present passive are background; the same acts told as the
day's news (the past, the progressive, "already", a date of their own, a move in the perfect
passive) stay. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.extraction import extract

PUBLISHED = "2023-11-06"


def _roots(nlp: Language, text: str) -> set[str]:
    return {e.cameo[:2] for e in code(nlp, text, date=PUBLISHED)}


def test_a_perfect_marked_previously_is_background(nlp: Language) -> None:
    text = ("The convoy was stopped near Bannu, where the Pakistani army has previously clashed "
            "with Taliban militants.")
    result = extract(text, date=PUBLISHED, nlp=nlp)
    assert "19" not in {e.cameo[:2] for e in result.events}
    assert any("background" in str(w) and "clashed" in str(w) for w in result.warnings)


def test_a_pluperfect_marked_previously_and_its_conjunct_are_background(nlp: Language) -> None:
    text = ("The Kenyan opposition leader had previously called for a general strike and urged "
            "supporters to march on parliament.")
    assert not {"02", "14"} & _roots(nlp, text)


@pytest.mark.parametrize("adverb", ["already", "earlier"])
def test_already_and_earlier_report_the_story_s_acts(nlp: Language, adverb: str) -> None:
    text = f"Dozens of Kenyan activists have {adverb} been arrested by police over the protests."
    assert "17" in _roots(nlp, text)


def test_previously_on_a_simple_past_stays(nlp: Language) -> None:
    # a fronted "Previously," orders the story's own acts; only the perfect recalls
    text = "Previously, the Sudanese foreign ministry accused Kenya of arming the rebels."
    assert "11" in _roots(nlp, text)


def test_a_standing_deployment_is_background(nlp: Language) -> None:
    text = "At least 4,000 Ethiopian soldiers are stationed in Somalia under a bilateral agreement."
    assert "15" not in _roots(nlp, text)


def test_a_standing_confinement_is_background(nlp: Language) -> None:
    text = "At least 60 Iranian journalists are imprisoned in Iran, the watchdog said in its yearly survey."
    assert "17" not in _roots(nlp, text)


def test_a_perfect_passive_posting_is_background(nlp: Language) -> None:
    text = "Russian troops have been positioned on the border with Ukraine."
    assert "15" not in _roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Ethiopian soldiers were stationed in Somalia on Friday.",          # the move, in the past
    "Chadian tanks and troops have been deployed to defend the capital.",  # a move in the perfect
    "Ethiopian soldiers are being deployed to the Somali border.",      # going on
    "Ethiopian soldiers are deployed to the Somali border on Monday.",  # a present with its own date
])
def test_a_move_of_troops_stays(nlp: Language, text: str) -> None:
    assert "15" in _roots(nlp, text)


@pytest.mark.parametrize("text", [
    "Ugandan police detained twelve opposition activists in Kampala on Sunday.",
    "Twelve Ugandan opposition activists have been detained by police in Kampala.",
])
def test_a_detention_of_the_day_stays(nlp: Language, text: str) -> None:
    assert ("UGA", "UGA", "173") in country_triples(code(nlp, text, date=PUBLISHED))
