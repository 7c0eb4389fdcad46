"""Acts told as nouns that came from their doer: "condemnation came from France"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Sharp criticism of the Zambian police has come from Human Rights Watch.", "11", None, "ZMB"),
    ("Condemnation of the raid on Lebanon came swiftly from Iran.", "11", "IRN", None),
    ("Support for the Malian president came from Algeria on Tuesday.", "05", "DZA", "MLI"),
    ("A warning to North Korea came from Japan this week.", "13", "JPN", "PRK"),
    ("Support for the Haitian president poured in from Chile and Peru.", "05", "CHL", "HTI"),
])
def test_came_from_the_from_object_is_the_doer(nlp: Language, text: str, root: str,
                                               source: str | None, target: str | None) -> None:
    events = [e for e in code(nlp, text, "2018-09-10") if e.cameo.startswith(root)]
    assert events, events
    assert any((source is None or (e.source is not None and e.source.country == source))
               and (target is None or (e.target is not None and e.target.country == target)) for e in events), events


@pytest.mark.parametrize("text", [
    "No criticism of the Zambian police came from the government.",
    "Support for the Malian president did not come from Algeria.",
    "The Japanese delegation came from Tokyo on Monday.",
])
def test_came_from_denied_or_no_act_codes_nothing(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2018-09-10")
    assert not any(e.cameo[:2] in ("05", "11", "04") for e in events), events
