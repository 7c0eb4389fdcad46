"""Those an act was done to, named as members of a group: "X was among those arrested"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Zambian opposition leader Hakainde Hichilema was among those arrested in Lusaka on Monday.",
    "Zambian opposition leader Hakainde Hichilema was among dozens of people arrested in Lusaka.",
    "Among those detained in Lusaka was Zambian opposition leader Hakainde Hichilema.",
    "Zambian opposition leader Hakainde Hichilema was among the dozens of people who were detained in Lusaka.",
    "Zambian opposition leader Hakainde Hichilema was among scores taken into custody in Lusaka.",
])
def test_among_patients_the_member_was_arrested(nlp: Language, text: str) -> None:
    arrests = [e for e in code(nlp, text, "2016-11-03") if e.cameo.startswith("17")]
    assert any(e.target is not None and e.target.code == "ZMBOPP" for e in arrests), arrests


@pytest.mark.parametrize("text", [
    # a group said of no one: the arrest is told as before
    "Dozens of people were arrested in Lusaka on Monday.",
    # "among" a place, not a group said of anyone
    "Police arrested dozens of people among the crowds in Lusaka on Monday.",
])
def test_among_patients_no_member(nlp: Language, text: str) -> None:
    arrests = [e for e in code(nlp, text, "2016-11-03") if e.cameo.startswith("17")]
    assert arrests and not any(e.target is not None and e.target.code == "ZMBOPP" for e in arrests), arrests
