"""A trip to a third-country venue codes no visit to that country (events/venue_visits.py),
unless the venue's own country takes part. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def visits(nlp: Language, text: str) -> set[str | None]:
    """The countries of the targets of the visits (042) coded in ``text``."""
    return {e.target.country if e.target else None for e in code(nlp, text) if e.cameo == "042"}


@pytest.mark.parametrize(("text", "venue"), [
    ("The Kenyan president is now in Geneva for discussions with the Russian foreign minister.", "CHE"),
    ("The Ghanaian foreign minister is in Vienna for talks with Iranian officials.", "AUT"),
    ("The Kenyan president held talks in Brussels, where he attended a meeting of NATO foreign ministers.", "BEL"),
])
def test_venue_visits_third_country_venue_is_no_visit(nlp: Language, text: str, venue: str) -> None:
    assert venue not in visits(nlp, text)


@pytest.mark.parametrize(("text", "host"), [
    # near misses: the partner is of the venue's country, or the trip names no third party
    ("The Kenyan president is in Addis Ababa for talks with Ethiopian officials.", "ETH"),
    ("The Ghanaian foreign minister visited Switzerland on Monday.", "CHE"),
    ("The Kenyan president is in Moscow for talks with the Russian foreign minister.", "RUS"),
])
def test_venue_visits_host_country_visit_stays(nlp: Language, text: str, host: str) -> None:
    assert host in visits(nlp, text)
