"""An agreement on a view ("agreed that the dispute is far from settled") is no intent to cooperate
(030); an agreement on what will be done, or to or on something, still is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed that the border dispute is a long way from being settled.",
    "The Kenyan and Ugandan presidents agreed that the region faces a hard year.",
])
def test_agreed_opinions_a_shared_view_is_no_intent(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2020-01-01")
    assert not [e for e in events if e.cameo == "030"], events


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed that talks would resume next month.",
    "Ghana and Togo agreed on a roadmap to normalise relations.",
])
def test_agreed_opinions_an_undertaking_stays(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2020-01-01")
    assert [e for e in events if e.cameo == "030"], events
