"""Targets of pledges and appeals named around the trigger: whom a pledge is to help, and whom an
appeal "for" something is made to.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, "2022-09-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Canada pledged 30 million dollars to help Malawi rebuild its roads.", ("CAN", "MWI", "03")),
    ("South Korea promised 12 million dollars to help Pakistan recover after the floods.", ("KOR", "PAK", "03")),
])
def test_a_pledge_helps_whom_its_purpose_names(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_a_pledge_to_help_no_actor_keeps_no_target(nlp: Language) -> None:
    dyads = _dyads("Canada pledged 30 million dollars to help rebuild the bridges.", nlp)
    assert all(t is None for _, t, r in dyads if r == "03")


@pytest.mark.model
def test_whom_an_appeal_for_something_is_made_to(nlp: Language) -> None:
    assert ("MNG", "CHN", "02") in _dyads("Mongolia asked China for an emergency loan on Tuesday.", nlp)
