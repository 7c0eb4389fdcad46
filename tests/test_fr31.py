"""Two shapes a recall census of fresh news found lost (session 31, helper fr31).

- *The police's side of a clash told by a noun*: "a crowd engaged in violent skirmishes with the
  police" coded the crowd's riot (145) and not the police's repression (175), though a verb of
  clashing ("protesters clashed with police") codes both, as the coding convention's rule 3.3
  asks. A clash noun now gives the same twin, except where it is only the setting of a toll
  ("two protesters were killed in clashes with police": the killing tells the police's act).
- *A state cutting off its energy to another*: "cut off gas to Ukraine", "halted oil deliveries to
  Belarus" coded nothing (gas and oil are no aid, and "supplies" was the only word read). A
  supplier stopping gas, oil or electricity to a named country is an embargo (163); with no
  country named ("the storm cut electricity to much of the island") nothing is coded.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2015-03-02"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _triples(coded: list[Ruled]) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:3]) for s, t, c, _ in coded}


CLASH_NOUNS = [
    ("A crowd of protesters in Ulaanbaatar engaged in violent skirmishes with the police.", "MNG"),
    ("Students in Dhaka engaged in skirmishes with riot police outside the university.", "BGD"),
]


@pytest.mark.parametrize(("text", "country"), CLASH_NOUNS)
def test_a_clash_noun_codes_the_police_side_too(nlp: Language, text: str, country: str) -> None:
    coded = _coded(nlp, text)
    riots = [(s, t) for s, t, c, _ in coded if c.startswith("145")]
    repressions = [(s, t) for s, t, c, _ in coded if c.startswith("175")]
    assert riots and repressions
    assert all(s and t and s.startswith(country) and t.startswith(country) for s, t in riots + repressions)
    assert {(t, s) for s, t in riots} == set(repressions)


def test_a_clash_that_is_the_setting_of_a_toll_gets_no_twin(nlp: Language) -> None:
    # the killing tells the police's act; the clash adds no second one
    coded = _coded(nlp, "Two protesters were killed in clashes with police in Nairobi on Tuesday.")
    assert not any(c.startswith("145") for _, _, c, _ in coded)
    assert sum(1 for _, _, c, _ in coded if c.startswith("175")) <= 1


def test_armed_sides_of_a_clash_noun_get_no_repression(nlp: Language) -> None:
    coded = _coded(nlp, "Rebels in Darfur engaged in fierce skirmishes with government troops.")
    assert not any(c.startswith("175") for _, _, c, _ in coded)


ENERGY_CUTS = [
    ("Russia cut off gas to Ukraine on Monday in a dispute over unpaid bills.", ("RUS", "UKR")),
    ("Moscow halted oil deliveries to Belarus after the talks failed.", ("RUS", "BLR")),
    ("Israel cut off electricity to Gaza.", ("ISR", "PSE")),
]


@pytest.mark.parametrize(("text", "dyad"), ENERGY_CUTS)
def test_a_state_cutting_its_energy_to_another_is_an_embargo(nlp: Language, text: str,
                                                             dyad: tuple[str, str]) -> None:
    cuts = {(s[:3], t[:3]) for s, t, c in _triples(_coded(nlp, text)) if c[:2] == "16" and s and t}
    assert cuts == {dyad}


@pytest.mark.parametrize("text", [
    "The storm cut electricity to much of the island.",
    "Russia cut the price of gas for its own farmers.",
    "The company halted oil production at the field.",
])
def test_an_energy_cut_without_a_receiving_country_is_no_event(nlp: Language, text: str) -> None:
    assert not any(c.startswith("16") for _, _, c, _ in _coded(nlp, text))
