"""A charge and its denial in one sentence: "X accused Y of Z, a charge Y denies"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Uganda has accused Burundi of arming the rebels, a charge Gitega denies.",
    "Uganda's president accused Burundi of arming the rebels, a charge Gitega denied.",
    "Uganda accused the Burundian government of arming the rebels, an accusation the Burundian government rejected.",
])
def test_answered_charges_the_charge_and_the_answer_are_both_events(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2016-11-03")
    assert any(e.cameo.startswith("11") and e.source is not None and e.source.country == "UGA"
               and e.target is not None and e.target.country == "BDI" for e in events), events
    assert any(e.cameo[:2] in ("01", "12") and e.source is not None and e.source.country == "BDI"
               and e.target is not None and e.target.country == "UGA" for e in events), events


def test_answered_charges_a_reported_charge_stays_denied(nlp: Language) -> None:
    events = code(nlp, "Gitega denies that Uganda accused Burundi of arming the rebels.", "2016-11-03")
    assert not any(e.cameo.startswith("11") for e in events), events
