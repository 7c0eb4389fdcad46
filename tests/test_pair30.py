"""Session 30: "the two men", "both men" point back at the two persons last named, up to four
sentences back, counting every person named since; an indefinite "two men" are new people, and a
counted group of the same noun named in between is the antecedent.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

PAIR = "Chilean President Ana Rojas met Peruvian President Luis Vera in Lima on Tuesday. "


def _criticism(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {t for t in country_triples(code(nlp, text)) if t[2].startswith("11")}


@pytest.mark.model
@pytest.mark.parametrize("between", [
    "The talks lasted two hours. ",
    "The talks lasted two hours. Aides said the mood was calm. ",
    "The talks lasted two hours. They covered fishing rights. Aides said the mood was calm. ",
])
def test_the_two_men_reach_back_four_sentences(nlp: Language, between: str) -> None:
    found = _criticism(nlp, PAIR + between + "Later, the two men criticized Bolivia.")
    assert {("CHL", "BOL", "111"), ("PER", "BOL", "111")} <= {(s, t, c[:3]) for s, t, c in found}


@pytest.mark.model
def test_a_third_person_named_in_between_leaves_them_unread(nlp: Language) -> None:
    text = (PAIR + "The talks lasted two hours. Ecuadorian President Jorge Paz joined them by telephone. "
            "Later, the two men criticized Bolivia.")
    assert not any(t == "BOL" for _, t, _ in _criticism(nlp, text))


@pytest.mark.model
def test_an_indefinite_two_men_are_new_people(nlp: Language) -> None:
    found = country_triples(code(nlp, PAIR + "The talks lasted two hours. Gunmen shot two men in Cusco."))
    assert not any(t in ("CHL", "PER") for _, t, c in found if c.startswith("18") or c.startswith("19"))


@pytest.mark.model
def test_two_men_named_in_between_are_the_two_men(nlp: Language) -> None:
    text = (PAIR + "The talks lasted two hours. Police arrested two men outside the palace. "
            "The two men criticized Bolivia.")
    assert not any(t == "BOL" for _, t, _ in _criticism(nlp, text))
