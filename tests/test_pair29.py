"""Pairs named by description, and an apology told after a report (session 29).

"Fidan met Gerapetritis. *The pair* signed a deal": a singular noun that counts two by itself
("the pair", "the duo") stands for the two sides named before, as "the two" and "the two leaders"
already do (``events/groups.py``); a joint act gives both directions. "The ministry said the raid
was legal *and apologised* to Ecuador": an apology joined to the reported clause is the speaker's
own act (``events/speaker_acts.py``), as "said ... and urged" is.

Near misses: three sides named, a pair of one country, a pair several sentences back with another
pair in between, "the pair" of two detained citizens, and a pair of something else. Every sentence
here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


PAIRS = [
    # a meeting, then the pair signs
    ("Ghanaian President Kwame Asante met Togolese President Koffi Mensah in Accra on Monday."
     " The pair signed a border treaty.", "GHAGOV", "TGOGOV", "057"),
    # a phone call, then the duo agrees
    ("Chilean President Maria Soto spoke by phone with Peruvian President Luis Vega on Tuesday."
     " The duo agreed to reopen the border crossing.", "CHLGOV", "PERGOV", "030"),
    # a named pair of countries
    ("Estonia and Latvia held talks in Riga on Friday. The pair signed an energy accord.", "EST", "LVA", "057"),
]


@pytest.mark.parametrize(("text", "one", "other", "code"), PAIRS)
def test_pair29_the_pair_is_the_two_sides_named_before(nlp: Language, text: str, one: str, other: str,
                                                        code: str) -> None:
    coded = {(s, t, c) for s, t, c, _ in _coded(nlp, text)}
    assert (one, other, code) in coded and (other, one, code) in coded, coded


NO_PAIR = [
    # three sides named: "the pair" names none of them
    "Ghana, Togo and Benin held talks in Accra on Monday. The pair signed a border treaty.",
    # a pair of one country
    "Ghanaian President Kwame Asante met Ghanaian opposition leader Kofi Boateng in Accra."
    " The pair signed a pact.",
    # two citizens held abroad are no sides
    "Two Ghanaian students were arrested in Lome on Sunday. Togolese police said the pair had crossed"
    " the border at night. The pair signed a confession.",
    # "a pair of" something is no pair of sides
    "Ghanaian President Kwame Asante met Togolese President Koffi Mensah in Accra. A pair of ministers"
    " signed a border treaty.",
]


@pytest.mark.parametrize("text", NO_PAIR)
def test_pair29_no_pair_named_no_signing(nlp: Language, text: str) -> None:
    coded = [r for r in _coded(nlp, text) if r[2] == "057"]
    assert coded == [], coded


def test_pair29_the_nearest_pair_is_named_not_an_earlier_one(nlp: Language) -> None:
    """A pair several sentences back with another pair in between: "the pair" is the later one."""
    text = ("Ghanaian President Kwame Asante met Togolese President Koffi Mensah in Accra on Monday."
            " On Tuesday, Chilean President Maria Soto met Peruvian President Luis Vega in Lima."
            " The pair signed a trade accord.")
    coded = {(s, t) for s, t, c, _ in _coded(nlp, text) if c == "057"}
    assert coded == {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}, coded


def test_pair29_the_two_leaders_still_name_the_pair(nlp: Language) -> None:
    """The counted plurals read before keep their reading."""
    text = ("Ghanaian President Kwame Asante hosted Togolese President Koffi Mensah in Accra on Monday."
            " The two leaders signed a border treaty.")
    coded = {(s, t) for s, t, c, _ in _coded(nlp, text) if c == "057"}
    assert coded == {("GHAGOV", "TGOGOV"), ("TGOGOV", "GHAGOV")}, coded


APOLOGIES = [
    ("Peru's defence ministry said the raid on the camp was lawful and apologised to Ecuador.", "PERGOV", "ECU"),
    ("Chile's foreign minister said the remarks were a mistake and apologized to Argentina.", "CHLGOV", "ARG"),
]


@pytest.mark.parametrize(("text", "source", "target"), APOLOGIES)
def test_pair29_said_and_apologised_is_the_speakers_apology(nlp: Language, text: str, source: str,
                                                           target: str) -> None:
    coded = {(s, t, c) for s, t, c, _ in _coded(nlp, text)}
    assert (source, target, "055") in coded, coded


def test_pair29_an_apology_with_its_own_subject_is_not_the_speakers(nlp: Language) -> None:
    """"X said Y apologised": the apology is Y's, not the speaker's."""
    text = "Ecuador's foreign ministry said Peru had apologised to Colombia for the raid."
    coded = {(s, t, c) for s, t, c, _ in _coded(nlp, text) if c == "055"}
    assert ("ECUGOV", "COL", "055") not in coded, coded
