"""A "for X to act" clause after an appeal or demand noun (events/call_clauses.py): the noun is
coded by the act it asks for, and that act, which has not happened, is not coded."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract


def _events(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    ex = extract(text, "2016-05-02", nlp=nlp)
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in ex.events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Malawian teachers are joining calls for President Banda to step down.", "1041"),
    ("Opposition supporters in Lusaka renewed their calls for the Zambian president to resign.", "1041"),
])
def test_call_clauses_call_for_leader_to_go_is_a_demand(nlp: Language, text: str, code: str) -> None:
    events = _events(nlp, text)
    assert any(e[1] == code for e in events)
    assert not any(e[1].startswith("02") for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Malawian teachers are joining calls for President Banda to step down.",
    "Students in Harare echoed the calls for the Zimbabwean president to resign.",
])
def test_call_clauses_asked_act_is_not_coded(nlp: Language, text: str) -> None:
    assert not any(e[1].startswith("08") for e in _events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Despite calls from the opposition, Uganda withdrew its troops from Somalia.",
    "Despite the calls for calm, Ugandan troops withdrew from Somalia.",
])
def test_call_clauses_act_beside_a_call_still_codes(nlp: Language, text: str) -> None:
    assert any(e[1].startswith("087") for e in _events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Demands from the Kenyan protesters included the dissolution of parliament.",
    "The demands of the Zambian opposition include electoral reform.",
])
def test_call_clauses_demand_owned_through_a_preposition_codes(nlp: Language, text: str) -> None:
    assert any(e[1].startswith("10") and e[2] is not None and e[2].endswith("GOV") for e in _events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The demands of the job include long hours in Nairobi.",
    "The demand for Kenyan tea is rising.",
])
def test_call_clauses_demand_of_no_actor_codes_nothing(nlp: Language, text: str) -> None:
    assert not any(e[1].startswith("10") for e in _events(nlp, text))
