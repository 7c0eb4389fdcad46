"""Recall on fresh news (session 28, fr28b): three general readings found by coding fresh stories
blind and asking why the coder missed what a trained coder codes.

- An offer to talk with no partner named ("was willing to resolve the dispute", "asked that the
  negotiators meet") is aimed at the one country the story pairs its maker with
  (``events/story_counterparts.py``); a maker paired with two countries, a domestic story or an
  intent for another kind of act ("ready to move ahead with the tariffs") gets none.
- "St. Petersburg" is Russia's city or Florida's, as the story's countries say (``places/ambiguous.tsv``).
- Talks held by a possessor with a "with" partner ("the minister's talks with Chinese officials")
  are held talks (``events/agent_nouns.py``); planned talks or talks in a modal frame are not.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules
from newsevents.places.gazetteer import geocode

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


PAIRED = ("Vietnam's foreign minister criticized Cambodia's government on Monday. Hanoi said on Tuesday it was "
          "willing to resolve the border dispute. Officials also asked that the two governments' negotiators "
          "meet next month.")


def test_fr28b_offers_to_talk_go_to_the_storys_one_partner(nlp: Language) -> None:
    coded = _coded(nlp, PAIRED)
    assert ("VNMGOV", "KHMGOV", "030") in [(s, t, c) for s, t, c, _ in coded], coded
    assert ("VNMGOV", "KHMGOV", "026") in [(s, t, c) for s, t, c, _ in coded], coded
    assert all(r.endswith("+story-partner") for s, t, c, r in coded if c in ("030", "026")), coded


NO_PARTNER = [
    # two partners: the story does not say which one the offer is made to
    "Vietnam's foreign minister criticized Cambodia's government on Monday. Vietnam's president praised "
    "Laos's government on Tuesday. Hanoi said on Wednesday it was willing to resolve the dispute.",
    # a domestic story: no other country to talk with
    "Vietnam's police arrested two opposition activists on Monday. Hanoi said on Tuesday it was willing "
    "to resolve the dispute. The minister returned home on Wednesday.",
    # ready for an act that is no talk
    "Vietnam's foreign minister criticized Cambodia's government on Monday. Hanoi said on Tuesday it was "
    "ready to move ahead with the new tariffs. The minister returned home on Wednesday.",
]


@pytest.mark.parametrize("text", NO_PARTNER)
def test_fr28b_no_partner_without_one_paired_country(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(r.endswith("+story-partner") for *_, r in coded), coded
    assert not any(c == "030" for _, _, c, _ in coded), coded


@pytest.mark.parametrize(("context", "country"), [({"RUS"}, "RUS"), ({"USA"}, "USA"), (set(), None)])
def test_fr28b_st_petersburg_by_the_storys_countries(context: set[str], country: str | None) -> None:
    for name in ("St. Petersburg", "St Petersburg"):
        place = geocode(name, context=context)
        assert (place.country if place is not None else None) == country, (name, place)


@pytest.mark.parametrize(("text", "police"), [
    ("About 50 people were detained in St. Petersburg during a rally against the Kremlin, police said.", "RUSCOP"),
    ("About 50 people were detained in St. Petersburg, Florida, during a rally against the city council, "
     "police said.", "USACOP"),
])
def test_fr28b_implied_police_of_st_petersburg(nlp: Language, text: str, police: str) -> None:
    coded = _coded(nlp, text)
    assert any(s == police and c == "173" for s, _, c, _ in coded), coded


def test_fr28b_a_possessors_talks_with_a_partner_are_held(nlp: Language) -> None:
    coded = [(s, t, c) for s, t, c, _ in _coded(nlp, "The Japanese minister's talks with Chinese officials "
                                                      "focused on trade.")]
    assert ("JPNGOV", "CHNGOV", "040") in coded and ("CHNGOV", "JPNGOV", "040") in coded, coded


@pytest.mark.parametrize("text", [
    "The Japanese minister's planned talks with Chinese officials were postponed.",
    "Analysts said the Japanese minister's talks with Chinese officials would not end the dispute.",
])
def test_fr28b_talks_not_told_as_held(nlp: Language, text: str) -> None:
    assert not any(c.startswith("04") for _, _, c, _ in _coded(nlp, text))


def test_fr28b_a_town_read_as_a_person_is_the_visits_place(nlp: Language) -> None:
    # the recogniser tags "Kyiv" a person here; after "arrived in" only a place can stand
    coded = _coded(nlp, "Polish President Andrzej Duda arrived in Kyiv today to discuss further support for Ukraine.")
    assert ("POLGOV", "UKR", "042") in [(s, t, c) for s, t, c, _ in coded], coded


def test_fr28b_a_person_is_no_town_of_a_country_the_story_is_not_about(nlp: Language) -> None:
    # "Obama" is also a Japanese town: not in a story about the United States
    coded = _coded(nlp, "American protesters marched in Washington to show confidence in Obama.")
    assert not any(t == "JPN" for _, t, _, _ in coded), coded
