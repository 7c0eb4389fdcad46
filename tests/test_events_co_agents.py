"""Co-agents named by "join": "A joined B in condemning C" is B's act as much as A's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root", "sources", "target"), [
    ("Portugal joined Spain in calling for an end to the blockade of Venezuela.", "02", {"PRT", "ESP"}, "VEN"),
    ("Canada joined Australia in imposing new sanctions on Myanmar on Friday.", "16", {"CAN", "AUS"}, "MMR"),
    ("Norway has joined Sweden and Finland in urging Belarus to free its political prisoners.", "02",
     {"NOR", "SWE", "FIN"}, "BLR"),
])
def test_co_agents_the_object_of_join_does_the_act_too(nlp: Language, text: str, root: str,
                                                       sources: set[str], target: str) -> None:
    events = [e for e in code(nlp, text, "2014-03-04") if e.cameo.startswith(root)]
    found = {e.source.country for e in events if e.source is not None and e.target is not None
             and e.target.country == target}
    assert found == sources, events
    assert any(e.rule.endswith("+co-agent") for e in events), events


@pytest.mark.parametrize("text", [
    "Portugal joined the talks in Geneva on Monday.",
    "Thousands of Chileans joined the march in Santiago on Sunday.",
    "Portugal called for an end to the blockade of Venezuela, joining Spain.",
])
def test_co_agents_only_the_join_in_gerund_form_adds_a_doer(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2014-03-04")
    assert not any(e.rule.endswith("+co-agent") for e in events), events


def test_co_agents_a_co_agent_of_the_target_side_is_no_second_doer(nlp: Language) -> None:
    text = "Portugal joined Spain in calling on Spain's government to open talks."
    events = code(nlp, text, "2014-03-04")
    assert not any(e.rule.endswith("+co-agent") and e.source is not None and e.target is not None
                   and e.source.code == e.target.code for e in events), events
