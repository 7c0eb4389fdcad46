"""Named national bodies: a country's name inside an institution's name makes it that country's
body even when the table has no entry for it, and a bare "deputy" says no sector of its own.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.phrase import code_phrase
from newsevents.extraction import extract


def _sources(text: str, date: str, nlp: Language) -> list[str | None]:
    return [e.source.code if e.source else None for e in extract(text, date, nlp=nlp).events]


def _code(text: str) -> str | None:
    ref = code_phrase(text, "2021-03-01")
    return ref.code if ref else None


@pytest.mark.parametrize(("phrase", "code"), [
    ("the Malawi Defence Force", "MWIMIL"),
    ("the Botswana Defense Force", "BWAMIL"),
    ("the Uganda People's Defence Force", "UGAMIL"),
    ("the Tanzania Peoples Defence Force", "TZAMIL"),
])
def test_a_country_named_inside_a_defence_force_name_owns_it(phrase: str, code: str) -> None:
    assert _code(phrase) == code


def test_a_group_name_without_a_country_inside_keeps_its_own_code() -> None:
    # the possessive is not part of the name: the group of that name stays itself
    assert _code("Myanmar's People's Defence Force") == "MMRREB"
    assert _code("the Arakan Army") == "MMRREB"


@pytest.mark.parametrize("phrase", ["his deputy", "a deputy", "deputies"])
def test_a_bare_deputy_is_not_the_police(phrase: str) -> None:
    ref = code_phrase(phrase, "2021-03-01")
    assert ref is None or ref.sector != "COP"


def test_a_deputy_minister_keeps_the_government_sector() -> None:
    assert _code("the Kenyan deputy minister") == "KENGOV"
    assert _code("the president's deputy") == "GOV"
    assert _code("the deputy of the president") == "GOV"


@pytest.mark.model
def test_a_named_defence_force_acts_for_its_country(nlp: Language) -> None:
    text = "The Zambia Defence Force arrested four gunmen near the border on Tuesday."
    assert _sources(text, "2021-03-02", nlp) == ["ZMBMIL"]


@pytest.mark.model
def test_a_leaders_deputy_is_not_coded_as_police(nlp: Language) -> None:
    text = "The governor fired his deputy after a row over the budget in Lagos."
    codes = [a.code for a in extract(text, "2021-03-02", nlp=nlp).actors]
    assert not any(code and code.endswith("COP") for code in codes)
