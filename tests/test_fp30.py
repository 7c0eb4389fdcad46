"""Session 30's fresh-news census (fp30): a stretch of months or years summed up before the news
(events/long_stretches.py), police gas read as a chemical weapon (massviolence.chemical), and the
place's police guessed as the jailers of another country's soldiers (implied_actors.implied_police).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

Dyad = tuple[str | None, str | None, str]


def _dyads(nlp: Language, text: str) -> list[Dyad]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date="2018-03-05", nlp=nlp).events]


def _roots(nlp: Language, text: str) -> set[str]:
    return {cameo[:2] for _, _, cameo in _dyads(nlp, text)}


# --- a stretch of months or years is background (events/long_stretches.py) --------------------------


def test_long_stretch_months_of_talks_before_the_signing(nlp: Language) -> None:
    dyads = _dyads(nlp, "Following months of talks, the Sudanese government and the rebels signed a ceasefire "
                        "on Monday.")
    assert ("SDNGOV", "REB", "057") in dyads  # the news: the signing
    assert not any(cameo.startswith("04") for _, _, cameo in dyads)  # the months of talks before it


def test_long_stretch_a_mediation_summed_up(nlp: Language) -> None:
    assert _dyads(nlp, "The signing in Oslo on Monday followed eight months of negotiations mediated by "
                       "Norway's foreign minister.") == []


@pytest.mark.parametrize("text, root", [
    # days and weeks are often the story's own news
    ("After two days of talks in Nairobi, Sudanese government and rebel negotiators signed a ceasefire on "
     "Monday.", "04"),
    ("Weeks of protests by students against the president shook the capital on Monday.", "14"),
    # other acts summed up over months stay: a protest movement of months may be the news
    ("Months of protests by students against the president shook the capital on Monday.", "14"),
    # the act told as done
    ("Norway's foreign minister mediated talks between the Sudanese government and the rebels on Monday.", "04"),
])
def test_long_stretch_near_misses_stay(nlp: Language, text: str, root: str) -> None:
    assert root in _roots(nlp, text)


# --- police gas is no chemical weapon (massviolence.chemical) ----------------------------------------


@pytest.mark.parametrize("text", [
    "Riot police in Caracas used the gas to push back about 200 students from the square on Monday.",
    "Security forces in Harare used the gas on about 300 opposition supporters outside the court on Monday.",
])
def test_police_gas_is_no_chemical_attack(nlp: Language, text: str) -> None:
    assert "2041" not in {cameo for _, _, cameo in _dyads(nlp, text)}


@pytest.mark.parametrize("text, cameo", [
    ("Government forces used nerve gas against villagers in the north on Monday, the rebels said.", "2041"),
    ("The army used poison gas against Kurdish villagers on Monday, the rebels said.", "2041"),
    ("Riot police in Caracas fired tear gas at about 200 students on Monday.", "175"),
])
def test_police_gas_near_misses(nlp: Language, text: str, cameo: str) -> None:
    assert cameo in {c for _, _, c in _dyads(nlp, text)}


# --- no guessed police for another country's soldiers (implied_actors.implied_police) ----------------


@pytest.mark.parametrize("text", [
    "Four Uruguayan marines have been detained in Port-au-Prince, the mission said on Monday.",
    "In Haiti, four Uruguayan troops suspected in the assault have been detained and are facing court-martial.",
])
def test_implied_police_hold_no_foreign_soldiers(nlp: Language, text: str) -> None:
    assert not any(source == "HTICOP" for source, _, _ in _dyads(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("Four Haitian soldiers suspected in the assault have been detained in Port-au-Prince.",
     ("HTICOP", "HTIMIL", "173")),  # the country's own soldiers
    ("Two Uruguayan tourists were detained in Port-au-Prince on Monday.",
     ("HTICOP", "URYCVL", "173")),  # foreign civilians, held where they are
    ("Four Uruguayan marines suspected of the assault have been detained and face a court-martial, the mission said.",
     ("URYCOP", "URYMIL", "173")),  # no place named: the soldiers' own country
])
def test_implied_police_near_misses(nlp: Language, text: str, dyad: Dyad) -> None:
    assert dyad in _dyads(nlp, text)
