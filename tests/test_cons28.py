"""Constructions a census of fresh news found unread (session 28, helper cons28).

- A hyphened pair of countries before one noun names both sides of it: "criticised the
  India-US nuclear deal" is aimed at India and the US; not so a border between them ("a post on
  the Kenya-Somalia border"), a pair spaced like a dash, or a pair of sponsors ("Saudi-UAE-backed").
- A noun of cut relations names its doer and victim in its own phrase, like the nouns of force
  (events/agent_nouns.py): "in retaliation for Ottawa's expulsion of Chinese diplomats"; not a
  possible one ("a possible expulsion").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _triples(coded: list[Ruled]) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in coded}


PAIRS = [
    ("Pakistan criticised the India-US nuclear deal on Tuesday.", "PAK", {"IND", "USA"}),
    ("Egypt praised the Sudan-Ethiopia agreement on the dam.", "EGY", {"SDN", "ETH"}),
    ("Moscow welcomed the Iran-US talks held in Muscat.", "RUS", {"IRN", "USA"}),
    ("Pyongyang denounced the South Korea-U.S. naval exercise off the coast.", "PRK", {"KOR", "USA"}),
]


@pytest.mark.parametrize(("text", "source", "targets"), PAIRS)
def test_cons28_a_hyphened_pair_names_both_sides(nlp: Language, text: str, source: str,
                                                 targets: set[str]) -> None:
    coded = _coded(nlp, text)
    aimed = {(t or "")[:3] for s, t, _, _ in coded if (s or "").startswith(source)}
    assert targets <= aimed, coded


def test_cons28_a_border_between_two_countries_is_no_side(nlp: Language) -> None:
    # near miss: the pair names the place between them
    coded = _coded(nlp, "Kenyan police condemned the smuggling on the Kenya-Somalia border.")
    assert not any((t or "").startswith("SOM") for _, t, _, _ in coded), coded


def test_cons28_a_spaced_dash_is_no_pair(nlp: Language) -> None:
    # near miss: "Iran - US" with spaces is a dash, not one modifier
    coded = _coded(nlp, "Pakistan criticised the deal reached by Iran - US officials were not told.")
    assert not any((t or "").startswith("USA") for _, t, _, _ in coded), coded


SPONSORED = [
    "Qatar criticised the Saudi-UAE-backed offensive on the port.",
    "Qatar said the Saudi-UAE-backed Yemeni forces seized the port from the Houthis on Friday.",
]


@pytest.mark.parametrize("text", SPONSORED)
def test_cons28_sponsors_are_left_to_the_sponsor_reading(nlp: Language, text: str) -> None:
    # near miss: "Saudi-UAE-backed" names backers, not both sides of the act
    coded = _coded(nlp, text)
    assert not any((s or "").startswith("ARE") or (t or "").startswith("ARE") for s, t, _, _ in coded), coded


def test_cons28_an_abbreviated_name_before_a_country_is_split() -> None:
    import spacy

    from newsevents.nlp.abbreviations import keep_ranks

    tokenizer = spacy.blank("en").tokenizer
    keep_ranks(tokenizer)
    assert [t.text for t in tokenizer("the U.S.-China talks")] == ["the", "U.S.", "-", "China", "talks"]
    assert [t.text for t in tokenizer("U.S.-led forces")] == ["U.S.", "-", "led", "forces"]
    # near miss: a word that opens no country's name stays whole
    assert [t.text for t in tokenizer("U.S.-made jets")] == ["U.S.-made", "jets"]


def test_cons28_an_abbreviated_pair_names_both_sides(nlp: Language) -> None:
    coded = _coded(nlp, "Beijing denounced the U.S.-South Korean naval drills near the peninsula.")
    aimed = {(t or "")[:3] for s, t, _, _ in coded if (s or "").startswith("CHN")}
    assert {"USA", "KOR"} <= aimed, coded


def test_cons28_a_states_protest_at_another_country_is_no_street_protest(nlp: Language) -> None:
    coded = _coded(nlp, "Iran test-fired two missiles in protest against the U.S.-Israeli air drills.")
    assert not any(c.startswith("14") for _, _, c, _ in coded), coded


def test_cons28_a_crowds_protest_at_an_embassy_stays(nlp: Language) -> None:
    # near miss: a crowd protesting at a foreign mission is a street protest
    coded = _coded(nlp, "Hundreds of Pakistani students protested outside the Danish embassy in Islamabad.")
    assert any(c.startswith("14") for _, _, c, _ in coded), coded


def test_cons28_a_pro_prefix_is_no_pair(nlp: Language) -> None:
    # near miss: "pro-Iranian" names one country, the group's patron, not a second side
    coded = _coded(nlp, "The pro-Iranian Lebanese militia declared a ceasefire with Israel on Sunday.")
    assert not any((s or "").startswith("IRN") for s, _, _, _ in coded), coded
