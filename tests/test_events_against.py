"""Targets named by "against": on the trigger or on the act it performs, not on an act judged.

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
    ("Jordan lodged a formal complaint against Syria with the Arab League.", ("JOR", "SYR", "11")),
    ("ACCRA — The opposition leader filed a lawsuit against the electoral commission.", ("GHAOPP", "GHAGOV", "11")),
])
def test_against_on_the_act_performed_names_the_target(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
def test_against_on_an_act_judged_is_not_the_target(nlp: Language) -> None:
    dyads = _dyads("Bolivia praised the campaign against Chile on Monday.", nlp)
    assert not any(t is not None and t.startswith("CHL") for _, t, _ in dyads)
