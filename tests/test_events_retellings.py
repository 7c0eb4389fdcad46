"""One act told twice (session 12, events/emit.py): the same code between the same two countries
in the next sentence is the lead's act retold; one trigger naming two people of one foreign
country is one act with that country. Acts further apart, protests, a mediator between two
sides of one country and the two sides of a domestic act stay apart. Sentences written for these
tests."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _count(text: str, nlp: Language, cameo: str) -> Counter[tuple[str | None, str | None]]:
    """How many events of ``cameo`` each (source country, target country) pair has."""
    def side(ref: object) -> str | None:
        return getattr(ref, "country", None) or getattr(ref, "code", None)
    return Counter((side(e.source), side(e.target)) for e in code(nlp, text) if e.cameo == cameo)


@pytest.mark.parametrize(("text", "cameo", "pair"), [
    ("Thai police banned all opposition rallies on Monday. The governor also banned opposition marches in "
     "the capital.", "1721", ("THA", "THA")),
])
def test_emit_the_next_sentence_retelling_the_same_act_is_dropped(
        nlp: Language, text: str, cameo: str, pair: tuple[str, str]) -> None:
    assert _count(text, nlp, cameo)[pair] == 1


@pytest.mark.parametrize(("text", "cameo", "pair"), [
    # another sentence between them: a second act
    ("Cambodian police banned all opposition rallies on Monday. Thousands gathered in the park. The governor "
     "also banned opposition marches in the capital.", "1721", ("KHM", "KHM")),
    # protests in two sentences are two protests
    ("Students marched through Nairobi on Monday. Teachers rallied outside parliament in Nairobi.",
     "141", ("KEN", "KEN")),
])
def test_emit_acts_further_apart_or_protests_stay_two(
        nlp: Language, text: str, cameo: str, pair: tuple[str, str]) -> None:
    assert _count(text, nlp, cameo)[pair] == 2


@pytest.mark.parametrize(("text", "pair"), [
    ("The French foreign minister met the Malian president and the Malian prime minister in Bamako.",
     ("FRA", "MLI")),
    ("The Chinese foreign minister met the Kenyan president and the Kenyan interior minister in Nairobi.",
     ("CHN", "KEN")),
])
def test_emit_one_trigger_with_two_people_of_one_foreign_country_is_one_act(
        nlp: Language, text: str, pair: tuple[str, str]) -> None:
    counts = _count(text, nlp, "040")
    assert counts[pair] == 1
    assert counts[pair[::-1]] == 1


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto mediated between the Sudanese government and the Sudanese rebels.",
])
def test_emit_a_mediator_between_two_sides_of_one_country_keeps_both(nlp: Language, text: str) -> None:
    assert _count(text, nlp, "045")[("KEN", "SDN")] == 2


@pytest.mark.parametrize(("text", "pair"), [
    ("The French foreign minister met the Malian president and the Malian opposition leader in Bamako.",
     ("FRA", "MLI")),
])
def test_emit_the_government_and_the_opposition_of_one_country_are_two_sides(
        nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert _count(text, nlp, "040")[pair] == 2
