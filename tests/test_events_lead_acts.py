"""A criticism told far below the lead that names the act by a definite act noun ("condemned this
aggression") is aimed at the doer of the lead's act when no nearer act fits (events/lead_acts.py).
The articles are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model

FILLER = ("\n\nThe region has been tense for months. Food prices have risen sharply. Many families have left"
          " for the countryside. Schools remain closed across the area. Roads are in poor repair."
          " Markets opened late on Tuesday.\n\n")


@pytest.mark.parametrize(("lead", "reaction", "expected"), [
    ("Ugandan warplanes bombed rebel camps in eastern Congo on Monday, killing dozens of fighters.",
     "The Congolese foreign minister said he condemned this aggression.", ("COD", "UGA", "111")),
    ("Azerbaijani troops shelled villages in southern Armenia on Sunday.",
     "The Armenian president denounced the attack in a speech.", ("ARM", "AZE", "111")),
])
def test_lead_acts_a_late_criticism_of_a_named_act_is_aimed_at_the_leads_doer(
        nlp: Language, lead: str, reaction: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, lead + FILLER + reaction))


@pytest.mark.parametrize(("lead", "reaction"), [
    # no act noun: the criticism names no act to trace back
    ("Ugandan warplanes bombed rebel camps in eastern Congo on Monday.",
     "The Congolese foreign minister criticised the weather forecast."),
    # the lead's act is no force: nothing a criticism of an attack refers to
    ("The Ugandan president met the Congolese leader in Kampala on Monday.",
     "The Congolese foreign minister condemned the attack."),
])
def test_lead_acts_no_lead_act_fits_no_target(nlp: Language, lead: str, reaction: str) -> None:
    assert not [t for t in country_triples(code(nlp, lead + FILLER + reaction)) if t[2] == "111" and t[1]]
