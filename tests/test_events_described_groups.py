"""A criticism of "the group" (a description, no actor of its own) is aimed at the one armed group
the article's earlier events hold (events/described_groups.py). The articles are written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _criticised(nlp: Language, text: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in code(nlp, text) if e.cameo[:2] == "11"}


@pytest.mark.parametrize("reaction", [
    "On Thursday, the African Union condemned the group.",
    "The Kenyan government strongly condemned the militants on Thursday.",
])
def test_described_groups_a_criticism_of_the_group_is_aimed_at_the_armed_group(nlp: Language, reaction: str) -> None:
    text = ("Al-Shabab militants attacked an army base in southern Somalia on Monday, killing eight soldiers.\n\n"
            "Residents said the fighting lasted several hours.\n\n" + reaction)
    assert "SOMINS" in _criticised(nlp, text)


def test_described_groups_no_armed_group_before_no_target(nlp: Language) -> None:
    text = ("The Somali president met the Kenyan leader in Nairobi on Monday.\n\n"
            "On Thursday, the African Union condemned the group.")
    assert _criticised(nlp, text) <= {None}
