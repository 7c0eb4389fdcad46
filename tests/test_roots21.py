"""Right sides, wrong root (session 21): a call for a political change written with a hyphenated
word ("a re-run of the election", "the step-down of the president", "self-rule") is the demand
events/protest_calls.py makes of the unhyphenated words; the tokenizer splits such words at the
hyphen, and the whole word is read from the forms of its last part."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract


def _codes(nlp: Language, text: str) -> list[str]:
    return [e.cameo for e in extract(text, "2019-03-04", nlp=nlp).events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("The Malawian opposition called for a re-run of the presidential election.", "104"),
    ("Opposition supporters in Malawi, who are calling for a re-run of the vote, marched in Lilongwe.", "104"),
    ("Malawian opposition leaders called for the step-down of the president.", "1041"),
    ("The separatist movement in Cameroon called for self-rule.", "1044"),
])
def test_roots21_hyphenated_change_is_a_demand(nlp: Language, text: str, code: str) -> None:
    codes = _codes(nlp, text)
    assert code in codes
    assert not any(c.startswith("02") for c in codes)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a hyphenated word that asks for no political change stays an appeal
    "The Malawian opposition called for a re-examination of the budget.",
    # "run" alone is no re-run
    "Malawian opposition parties called for a run of protests against the government.",
])
def test_roots21_other_hyphenated_calls_stay_appeals(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert any(c.startswith("02") for c in codes)
    assert not any(c.startswith("10") for c in codes)
