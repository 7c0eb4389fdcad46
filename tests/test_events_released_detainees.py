"""A release told beside the arrest it ends: "was arrested and later released"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Ghanaian opposition leader Kwame Mensah was arrested and later released.",
    "Two Ghanaian journalists were detained overnight and released on Monday.",
])
def test_released_detainees_released_by_the_arresting_police(nlp: Language, text: str) -> None:
    releases = [e for e in code(nlp, text, "2016-11-03") if e.cameo.startswith("084")]
    assert any(e.source is not None and e.source.sector == "COP" and e.source.country == "GHA"
               and e.rule.endswith("+implied-police") for e in releases), releases


@pytest.mark.parametrize("text", [
    # the captors are named: the release is theirs, not the police's
    "The Ghanaian hostages were seized by rebels and later released.",
    # a release alone says nothing of who held them
    "Two Ghanaian journalists were released on Monday.",
])
def test_released_detainees_no_implied_police(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2016-11-03")
    assert not any(e.cameo.startswith("084") and e.rule.endswith("+implied-police") for e in events), events
