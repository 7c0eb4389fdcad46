"""False events of session 22's third census of fresh news, the causes about who: the doer a role
word names on the weapon of an attack, "rebel artillery shells killed two civilians"
(events/weapon_owners.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Coded, event_codes

DATE = "2019-03-04"
CONGO = "Fighting resumed in eastern Congo this week. "


def _codes(text: str, nlp: Language) -> list[Coded]:
    return event_codes(text, nlp, DATE)


def _killings(text: str, nlp: Language) -> list[tuple[str | None, str | None, str, str]]:
    return [c for c in _codes(text, nlp) if c[3] == "killed"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "doer"), [
    (CONGO + "Rebel artillery shells killed two civilians in Goma on Friday, officials said.", "CODREB"),
    (CONGO + "Army mortar shells killed three villagers near Goma on Sunday, residents said.", "CODMIL"),
])
def test_role_word_on_the_weapon_is_the_doer(text: str, doer: str, nlp: Language) -> None:
    killings = _killings(text, nlp)
    assert killings and all(c[0] == doer and c[1] == "CODCVL" for c in killings)


@pytest.mark.model
def test_weapon_with_no_role_word_keeps_no_source(nlp: Language) -> None:
    # "mortar" is the weapon's kind, no owner: the attack stays with an unknown doer
    killings = _killings(CONGO + "Mortar shells killed two civilians in Goma on Friday, officials said.", nlp)
    assert killings and all(c[0] is None for c in killings)


@pytest.mark.model
def test_owner_without_a_country_is_not_guessed(nlp: Language) -> None:
    # two countries and a border town: "rebel" names no one country's rebels
    codes = _codes("Fighting between Sudan and Chad resumed this week. Rebel artillery shells killed two "
                   "civilians in the border town on Friday, officials said.", nlp)
    assert not [c for c in codes if c[0] is not None and c[0].endswith("REB")]


@pytest.mark.model
def test_armed_men_named_as_actors_keep_their_own_reading(nlp: Language) -> None:
    # "rebel fighters" is an actor the actor step codes: not a weapon, the module is not asked
    killings = _killings(CONGO + "Rebel fighters killed two civilians in Goma on Friday, officials said.", nlp)
    assert ("CODREB", "CODCVL", "180", "killed") in killings


@pytest.mark.model
def test_role_word_on_a_non_armed_weapon_owner_is_no_doer(nlp: Language) -> None:
    # a civilian role on a weapon ("protester petrol bombs") names no armed body: no source is read
    killings = _killings(CONGO + "Protester petrol bombs killed two policemen in Goma on Friday, officials said.", nlp)
    assert killings and all(c[0] is None or not c[0].endswith(("REB", "MIL", "COP")) for c in killings)
