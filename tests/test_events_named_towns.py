"""Towns named through a settlement noun ("seized the town of X") as event targets and as the
ground that places bare armed groups (newsevents.events.named_towns, actors.place_clues).
Sentences written for these tests; the town names are ones the recogniser tags as a person, an
organisation or not at all."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.events.named_towns import settlement_name


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Rebels seized the town of Rutshuru on Sunday.", ("CODREB", "COD", "192")),
    ("Islamist fighters seized the town of Beledweyne on Friday.", ("SOMREB", "SOM", "192")),
    ("Insurgents overran the town of Damaturu.", ("NGAINS", "NGA", "192")),
])
def test_named_towns_a_seized_town_is_aimed_at_its_country(nlp: Language, text: str,
                                                           dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Rebels seized the town of Rutshuru.", "Rutshuru", True),
    ("Troops shelled the port city of Beledweyne.", "Beledweyne", True),
    ("Police arrested dozens of people in the town of Rutshuru.", "Rutshuru", False),  # a setting
    ("The president of Kenya met the envoy.", "Kenya", False),  # no settlement noun
])
def test_named_towns_settlement_name_only_in_an_argument(nlp: Language, text: str, phrase: str,
                                                         expected: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == phrase)
    assert settlement_name(token) is expected


@pytest.mark.model
def test_named_towns_a_town_in_a_setting_names_no_target(nlp: Language) -> None:
    targets = {e.target.code for e in code(nlp, "The minister spoke in the city of Mopti.") if e.target}
    assert "MLI" not in targets
