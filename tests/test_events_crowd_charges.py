"""The state's charge against a violent crowd (events/crowd_charges.py) and a neighbour shut out by a
closed border (pattern sanction.close_border). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in code_dyads(nlp, text) if r == root}


@pytest.mark.parametrize("text, dyad", [
    ("The Peruvian government said officers fired warning shots after demonstrators hurled stones at them.",
     ("PERGOV", "PERCVL")),
    ("The Ghanaian police said officers used batons when protesters attacked them in Accra.", ("GHACOP", "GHACVL")),
    ("The Bolivian interior ministry complained that rioters were looting shops in La Paz.", ("BOLGOV", "BOLCVL")),
])
def test_crowd_charges_state_report_of_crowd_violence_accuses_the_crowd(
        nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(nlp, text, "11")


@pytest.mark.parametrize("text", [
    # neutral news: no doer, a lone man, an attribution after the act, a forecast, a peaceful march
    "Ghanaian police said three people were killed in Accra.",
    "Ghanaian police said a gunman killed three people in Accra.",
    "Protesters threw stones at officers in Accra, Ghanaian police said.",
    "Ghanaian police said protesters might attack officers in Accra.",
    "Ghanaian police said protesters marched peacefully through Accra.",
    # told beside the state's act, not as what it answered: the police's news of the clash
    "Ghanaian police said protesters threw stones at officers and officers fired tear gas.",
    # the opposition is no state speaker (its charges are the watchdog rule's)
    "The Ghanaian opposition said students threw stones in Accra.",
])
def test_crowd_charges_neutral_or_unreal_reports_accuse_no_crowd(nlp: Language, text: str) -> None:
    assert not any(t is not None and t.endswith("CVL") for _, t in _dyads(nlp, text, "11"))


@pytest.mark.parametrize("text, dyads", [
    ("Chad closed its border with Sudan on Tuesday.", {("TCD", "SDN")}),
    ("Lithuania and Latvia shut their airspace to Belarusian planes.", {("LTU", "BLR"), ("LVA", "BLR")}),
    ("Senegal sealed the border crossing with Gambia.", {("SEN", "GMB")}),
])
def test_patterns_close_border_shuts_out_the_neighbour(
        nlp: Language, text: str, dyads: set[tuple[str, str]]) -> None:
    assert dyads <= _dyads(nlp, text, "16")


@pytest.mark.parametrize("text", [
    "The Malian junta closed the country's borders.",
    "Senegal reopened its border with Gambia.",
])
def test_patterns_close_border_needs_a_neighbour_shut_out(nlp: Language, text: str) -> None:
    assert not _dyads(nlp, text, "16")
