"""The doer of an act noun whose "by" phrase the parser hangs on the one acted on
(newsevents.events.act_agents). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Kenya condemned the arrest of the opposition leader by Ugandan police.", ("KEN", "UGACOP")),
    ("Ghana condemned the detention of the journalist by Togolese soldiers.", ("GHA", "TGOMIL")),
    ("France condemned the attack on the convoy by Malian troops.", ("FRA", "MLIMIL")),
])
def test_act_agents_a_criticism_of_an_act_is_aimed_at_its_doer(nlp: Language, text: str,
                                                               dyad: tuple[str, str]) -> None:
    dyads = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(nlp, text)}
    assert dyad in dyads
