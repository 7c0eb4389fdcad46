""""The group" after a named armed group, read back at coreference (newsevents.actors.armed_descriptions).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabaab fighters attacked a Kenyan army base near the border on Monday. The group later ambushed a "
     "Kenyan convoy.", ("SOMINS", "KEN", "19")),
    # (a killing of soldiers told right after the attack on their base is the attack retold: events/emit.py)
    ("Al-Shabaab fighters attacked a Kenyan army base on Monday. The armed group later abducted two Kenyan "
     "soldiers.", ("SOMINS", "KENMIL", "18")),
    ("The M23 rebel movement seized the town of Bunagana. The group later attacked Congolese army positions.",
     ("CODREB", "COD", "19")),
    # the army base is the Nigerian army's (events/held_places.py, session 24)
    ("Boko Haram fighters raided a village in Borno. The armed movement later attacked a Nigerian army base.",
     ("NGAINS", "NGAMIL", "19")),
    ("The ELN attacked a pipeline in Colombia on Monday. The armed group also kidnapped two soldiers.",
     ("COLREB", "COLMIL", "18")),
])
def test_armed_descriptions_the_group_is_the_named_armed_group(nlp: Language, text: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(nlp, text)


@pytest.mark.model
def test_armed_descriptions_a_nearer_organisation_is_no_armed_group(nlp: Language) -> None:
    text = ("Boko Haram attacked a Nigerian village on Sunday. Amnesty International condemned the attack. "
            "The group accused Nigeria of failing to protect civilians.")
    assert not any(source is not None and source.endswith("INS") and root == "11"
                   for source, _, root in _dyads(nlp, text))


@pytest.mark.model
def test_armed_descriptions_a_modified_group_is_left_alone(nlp: Language) -> None:
    text = "Al-Shabaab fighters attacked a Kenyan base. The contact group urged Kenya to show restraint."
    assert not any(source == "SOMINS" and root == "02" for source, _, root in _dyads(nlp, text))


@pytest.mark.model
def test_armed_descriptions_two_named_armed_groups_get_no_guess(nlp: Language) -> None:
    text = ("Al-Shabaab fighters and Boko Haram gunmen were named in the report. "
            "The group later ambushed a Kenyan convoy.")
    assert not any(source in ("SOMINS", "NGAINS") and root == "19" for source, _, root in _dyads(nlp, text))
