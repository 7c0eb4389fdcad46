"""Tariffs and bans on goods are aimed at the country the goods come from."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in extract(text, "2019-06-03", nlp=nlp).events}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Brussels imposed duties on aluminium from Vietnam last week.", ("IGOEU", "163", "VNM")),
    ("Ottawa imposed new tariffs on cars from Japan and South Korea.", ("CANGOV", "163", "JPN")),
    ("Ottawa imposed new tariffs on cars from Japan and South Korea.", ("CANGOV", "163", "KOR")),
    ("Canberra imposed tariffs of 20 percent on wine from Chile.", ("AUSGOV", "163", "CHL")),
])
def test_a_sanction_on_goods_targets_their_country(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.model
def test_goods_with_no_country_leave_the_sanction_out(nlp: Language) -> None:
    ex = extract("Ottawa imposed new tariffs on imported cars.", "2019-06-03", nlp=nlp)
    assert not any(e.cameo.startswith("16") for e in ex.events)
