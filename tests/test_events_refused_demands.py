"""Refusals aimed at the side that asked: "protesters demanded ...; the president refused ..."."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _refusals(events: list) -> list:  # type: ignore[type-arg]
    return [e for e in events if e.cameo.startswith("12")]


@pytest.mark.parametrize("text", [
    # the demand told sentences before (referents.aim_rejection reads only the sentence before)
    "Thousands of Togolese protesters marched in Lome on Monday demanding that President Faure Gnassingbe "
    "resign. The march was the largest in a decade. Shops in the city center stayed closed all day. "
    "Gnassingbe has refused to step down.",
    # the refusal in the lead, the demand below it
    "Togo's president has refused to step down. Thousands of protesters marched in Lome on Monday "
    "demanding that President Faure Gnassingbe resign.",
    "Mali's government has ruled out early elections. Opposition parties in Mali have demanded that the "
    "government hold a new vote in March.",
])
def test_refused_demands_the_refusal_answers_the_askers(nlp: Language, text: str) -> None:
    refusals = _refusals(code(nlp, text, "2016-11-03"))
    assert refusals, refusals
    assert all(e.target is not None and e.target.sector in ("CVL", "OPP", "PTY") for e in refusals), refusals
    assert any(e.rule.endswith("+refused-demand") for e in refusals), refusals


@pytest.mark.parametrize("text", [
    # no one asked anything of the refuser
    "Togo's president has refused to step down. He spoke on state television on Monday.",
    # the refuser asked, not was asked
    "Thousands of Togolese protesters marched in Lome. The protesters refused to leave the square.",
])
def test_refused_demands_no_asker_no_target(nlp: Language, text: str) -> None:
    refusals = _refusals(code(nlp, text, "2016-11-03"))
    assert not any(e.rule.endswith("+refused-demand") for e in refusals), refusals
