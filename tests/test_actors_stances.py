"""Whom a group favours or opposes is not its country: "pro-Russian separatists" in a Ukrainian
story are Ukraine's, "anti-American protesters" in Pakistan are Pakistan's, and a "pro-Moscow
opposition leader" of Ukraine leads Ukraine's opposition."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ukrainian troops retook a checkpoint outside Donetsk on Monday. "
     "Pro-Russian separatists attacked the troops at dawn.", "UKRSEP", "UKRMIL"),
    ("Pakistan's cabinet met in Islamabad on Friday. "
     "Anti-American protesters attacked the U.S. consulate in Karachi.", "PAKCVL", "USAGOV"),
])
def test_the_country_after_pro_or_anti_is_not_the_groups(nlp: Language, text: str, source: str,
                                                         target: str) -> None:
    dyads = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(nlp, text)}
    assert (source, target) in dyads, dyads


def test_a_pro_moscow_leader_of_ukraine_is_ukraines(nlp: Language) -> None:
    text = "Ukraine's pro-Moscow opposition leader Oleh Bondar called on the government to resign."
    events = code(nlp, text, "2014-02-10")
    assert events and all(e.source is not None and e.source.country == "UKR" for e in events), events


def test_a_militia_does_not_take_its_patrons_country(nlp: Language) -> None:
    # the militia stays without a country rather than taking its patron's
    text = "Iraq's parliament met in Baghdad on Sunday. Pro-Iranian militias fired rockets at a U.S. base."
    events = [e for e in code(nlp, text) if e.cameo.startswith("19")]
    assert events and all(e.source is None or e.source.country != "IRN" for e in events), events
