"""A pronoun doer stands for the actor coreference resolved it to when a pattern names its doers
(newsevents.events.pronoun_doers). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("A Malian colonel told reporters he had overthrown President Keita.", ("MLIMIL", "MLIGOV", "173")),
    ("Malian soldiers said they had deposed President Keita.", ("MLIMIL", "MLIGOV", "173")),
])
def test_pronoun_doers_a_resolved_pronoun_is_of_its_actor_class(nlp: Language, text: str,
                                                                dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Malian prime minister said he had ousted President Keita.",  # not a coup maker
    "Malian voters said they had ousted President Keita.",
])
def test_pronoun_doers_other_actors_still_do_not_oust(nlp: Language, text: str) -> None:
    assert not [d for d in _dyads(nlp, text) if d[2] == "173"]
