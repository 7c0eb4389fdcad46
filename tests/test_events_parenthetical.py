"""A subject cut off from its verb by an aside between commas ("X, for its part, called on Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "source", "target", "root"), [
    ("Honduras, for its part, called on Nicaragua to withdraw its troops from the river.", "HND", "NIC", "02"),
    ("Nicaragua's president, for his part, called on Honduras to open talks.", "NIC", "HND", "02"),
    ("Guatemala's president, elected in 2015, called on Belize to settle the dispute in court.", "GTM", "BLZ", "02"),
])
def test_parenthetical_the_noun_before_an_aside_is_the_subject(nlp: Language, text: str, source: str,
                                                               target: str, root: str) -> None:
    events = [e for e in code(nlp, text, "2016-07-21") if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), events


def test_parenthetical_for_its_part_is_no_call_for(nlp: Language) -> None:
    events = code(nlp, "Honduras, for its part, called on Nicaragua to withdraw its troops.", "2016-07-21")
    assert not any(e.rule.startswith("appeal.call_for") for e in events), events


def test_parenthetical_a_passive_participle_with_its_agent_stays_a_description(nlp: Language) -> None:
    events = code(nlp, "Honduran soldiers, accused of abuses by Nicaragua.", "2016-07-21")
    assert not any(e.source is not None and e.source.country == "HND" for e in events), events
