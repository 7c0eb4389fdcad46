"""A party name several countries use belongs to the country its phrase names (session 15).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _targets(text: str, nlp: Language) -> set[str | None]:
    return {e.target.code if e.target else None for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "party"), [
    ("Police arrested several Maldivian Democratic Party activists.", "MDVPTY"),
    ("Police arrested members of the Kenyan Democratic Party.", "KENPTY"),
    ("Police arrested members of the Democratic Party of Japan.", "JPNPTY"),
])
def test_coding_a_shared_party_name_is_of_the_country_named(nlp: Language, text: str, party: str) -> None:
    # the country is the point here: "party activists" may read as the opposition (MDVOPP)
    assert party[:3] in {code[:3] for code in _targets(text, nlp)}


def test_coding_a_party_named_with_its_own_country_keeps_it(nlp: Language) -> None:
    events = code(nlp, "The U.S. Democratic Party criticized the Russian government.")
    assert {e.source.code for e in events if e.source} == {"USAPTY"}
