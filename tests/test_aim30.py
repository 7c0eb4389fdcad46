"""Demands and protests of a private person, aimed at the person's own government (session 30,
helper aim30; events/private_demands.py).

- "Raila Odinga demanded a recount", "called for a recount", "began a hunger strike in his cell":
  a person with no office (an elite or no sector) of the story's one country asks or protests to
  that country's government (``+private-demand``), as crowds and parties already did.
- A hunger striker the coder knows only by a demonym ("a jailed Malawian poet") is a person too.
- Near misses: a protest at a foreign embassy is aimed at that state, a strike against a firm at
  the firm, a demand naming whom it is made of keeps that target, an appeal for calm names no
  change and keeps no target, a minister's demand is no private person's, and in a story of two
  countries whose government the person asks is not plain.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"
SUFFIX = "+private-demand"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


FILLED = [
    ("Raila Odinga demanded a recount on Monday, two days after the vote.", ("KENELI", "KENGOV", "100")),
    ("Raila Odinga called for a recount on Monday, two days after the vote.", ("KENELI", "KENGOV", "104")),
    ("Raila Odinga began a hunger strike in his cell on Monday.", ("KENELI", "KENGOV", "142")),
    ("A jailed Malawian poet went on hunger strike on Friday over the slow pace of his trial.",
     ("MWI", "MWIGOV", "142")),
]


@pytest.mark.parametrize(("text", "expected"), FILLED)
def test_private_demands_a_person_s_demand_or_protest_is_aimed_at_the_government(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = _coded(nlp, text)
    assert expected in {(s, t, c) for s, t, c, _ in coded}
    assert any(SUFFIX in r for s, t, c, r in coded if (s, t, c) == expected)


NAMED_ELSEWHERE = [
    # a protest at a foreign mission is aimed at that state (events/missions.py)
    ("Raila Odinga protested outside the British embassy in Nairobi on Monday.", ("KENELI", "GBRGOV", "141")),
    # a demand that names whom it is made of
    ("Raila Odinga demanded an apology from the British government on Monday.", ("KENELI", "GBRGOV", "102")),
    # a strike against a firm is aimed at the firm
    ("Raila Odinga led a strike of sugar workers against the Mumias company on Monday.", ("KENELI", "BUS", "143")),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_ELSEWHERE)
def test_private_demands_a_named_target_is_kept(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    coded = _coded(nlp, text)
    assert expected in {(s, t, c) for s, t, c, _ in coded}
    assert not any(SUFFIX in r for *_, r in coded)


UNFILLED = [
    # an appeal for calm asks for no political change: no demand on the government
    "Raila Odinga called for calm on Monday, two days after the vote.",
    # an official's demand is no private person's
    "Kenya's interior minister demanded calm on Monday.",
    # a story of two countries: whose government he asks is not plain
    "Raila Odinga, on a visit to London, demanded a recount on Monday. Britain said it would watch the count.",
]


@pytest.mark.parametrize("text", UNFILLED)
def test_private_demands_no_government_is_made_up(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(SUFFIX in r for *_, r in coded)
    assert not any(t is not None and t.endswith("GOV") and c.startswith("10") for _, t, c, _ in coded)
