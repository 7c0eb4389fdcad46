"""A reported verdict that calls a vote a plot or a conspiracy accuses whoever held it
(``bad_names`` in events/patterns.yaml, read by the ``_verdict_bad`` and ``_call_bad`` patterns).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("The Togolese opposition leader said the election was a plot.", ("TGOOPP", "TGOGOV")),
    ("Kenyan opposition leaders said the vote was a conspiracy against them.", ("KENOPP", "KENGOV")),
    ("The Togolese opposition leader called the election a plot.", ("TGOOPP", "TGOGOV")),
])
def test_verdict_plot_naming_a_vote_a_plot_is_criticism(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    events = code(nlp, text)
    assert any((e.source.code if e.source else None, e.target.code if e.target else None) == dyad
               and e.cameo.startswith("11") for e in events)


@pytest.mark.model
def test_verdict_plot_a_plot_told_as_news_is_no_criticism(nlp: Language) -> None:
    events = code(nlp, "The Kenyan police said the plot was foiled on Monday.")
    assert not [e for e in events if e.cameo.startswith("11")]
