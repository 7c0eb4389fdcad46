"""Negative verbal acts in the forms wire news uses: quoted condemnations, blame, verdicts, rebukes.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, "2022-04-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ('"We condemn the shelling by Azerbaijan," the Armenian foreign minister told reporters.', ("ARMGOV", "AZE", "11")),
    ('Peru\'s president spoke in Lima. "We reject the Chilean proposal," he said.', ("PERGOV", "CHL", "12")),
    ('"I warn Belgrade that we will respond," the Kosovo prime minister said.', ("XKXGOV", "SRBGOV", "13")),
])
def test_a_first_person_doer_in_a_quote_is_its_speaker(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_a_first_person_doer_in_an_unattributed_quote_stays_empty(nlp: Language) -> None:
    dyads = _dyads('A banner at the march read: "We condemn the raid by Israel."', nlp)
    assert not any(root == "11" for _, _, root in dyads)
