"""Whom an investigation noun is aimed at through "under" or the act it looks into (events/probes.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract


def _probes(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    ex = extract(text, "2016-05-02", nlp=nlp)
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in ex.events if e.cameo.startswith("09")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The former Malawian finance minister is under investigation by prosecutors.", ("MWIJUD", "MWIELI")),
    ("The UN rights council ordered a probe into abuses by Malawian police.", ("IGOUNO", "MWICOP")),
])
def test_probes_investigation_noun_target(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _probes(nlp, text)


@pytest.mark.model
def test_probes_investigation_into_an_act_with_no_doer_names_no_target_from_it(nlp: Language) -> None:
    # "into the floods": no one did the act looked into, so no target is made up from it
    assert all(t is None for _, t in _probes(nlp, "Malawian prosecutors opened an investigation into the floods."))
