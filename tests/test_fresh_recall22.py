"""Recall on fresh news (session 22): a fight told as the setting of a casualty clause whose
sides the parse hid, from a coordinated toll ("were killed and ten more wounded in a clash with
rebels") or a relative clause of occurrence ("a gun battle that took place between X and Y").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes

DATE = "2012-05-14"


def _events(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(source, target, cameo) for source, target, cameo, _ in event_codes(text, nlp, DATE)]


def _roots(found: list[tuple[str | None, str | None, str]]) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in found}


# ---- coordinated tolls ---------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, doer, fallen", [
    ("Five Malian soldiers were killed and eight more wounded in a clash with rebels near Kidal on Monday.",
     "REB", "MLIMIL"),
    ("Two Nigerian policemen died and six were wounded in an ambush by Boko Haram fighters on Monday.",
     "NGAINS", "NGACOP"),
    ("Three Colombian soldiers were killed and four others injured in an attack by FARC guerrillas.",
     "COLREB", "COLMIL"),
])
def test_coordinated_toll_keeps_the_fight(nlp: Language, text: str, doer: str, fallen: str) -> None:
    found = _events(nlp, text)
    assert any(s is not None and s.endswith(doer) and t == fallen and c.startswith("19") for s, t, c in found), found


@pytest.mark.model
def test_coordinated_toll_of_an_accident_is_no_event(nlp: Language) -> None:
    # near miss: the same coordination, but the setting is a crash, no fight
    text = "Two Kenyan passengers were killed and ten more injured in a crash with a lorry near Nakuru on Monday."
    assert not [e for e in _events(nlp, text) if e[2][:2] in ("18", "19", "20")]


@pytest.mark.model
def test_coordinated_toll_with_no_side_named_codes_nothing(nlp: Language) -> None:
    # near miss: the fight names no one who fought, so nothing is coded
    text = "Four Malian soldiers were killed and seven more wounded in the fighting near Gao on Monday."
    assert not [e for e in _events(nlp, text) if e[2][:2] == "19"]


# ---- a relative clause of occurrence names the sides ---------------------------------------------

@pytest.mark.model
def test_battle_that_took_place_between_two_sides(nlp: Language) -> None:
    text = ("In a gun battle that took place between Afghan soldiers and Taliban insurgents on Sunday, "
            "six insurgents were killed.")
    found = _roots(_events(nlp, text))
    assert ("AFGMIL", "AFGINS", "19") in found and ("AFGINS", "AFGMIL", "19") in found, found


@pytest.mark.model
def test_clashes_which_erupted_between_police_and_protesters(nlp: Language) -> None:
    text = "Clashes which erupted between Ugandan police and opposition supporters on Monday left two people dead."
    found = _roots(_events(nlp, text))
    assert ("UGACOP", "UGAOPP", "17") in found and ("UGAOPP", "UGACOP", "14") in found, found


@pytest.mark.model
def test_between_on_a_relative_clause_of_something_else(nlp: Language) -> None:
    # near miss: "between" on a relative clause whose subject is not the fight names no sides of it
    text = "Troops guarded the road that runs between Kenya and Somalia on Monday."
    assert not [e for e in _events(nlp, text) if e[2][:2] == "19"]
