"""Two forms of the tenth false-event census on fresh news (session 26).

A meeting or agreement of three or more named countries pairs each with the host, not all with
all, and four or more with no host are not paired (``events/multilateral.py``, convention 3.5);
backing told in a present relative clause is a standing description, no act
(``events/standing_support.py``, convention 1.5). Two-sided meetings,
dated or past relative clauses and main-clause backing are the near misses.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model  # every test here parses with the spaCy pipeline


def _pairs(nlp: Language, text: str, root: str) -> set[tuple[str, str]]:
    """The (source, target) country pairs of the events of ``root`` coded in ``text``."""
    return {((s or "")[:3], (t or "")[:3]) for s, t, r in code_dyads(nlp, text) if r == root}


def test_four_ministers_meeting_in_a_capital_pair_with_the_host(nlp: Language) -> None:
    text = "The foreign ministers of Poland, Italy, Spain and Austria met in Vienna on Tuesday to discuss migration."
    pairs = _pairs(nlp, text, "04")
    assert pairs == {(c, "AUT") for c in ("POL", "ITA", "ESP")} | {("AUT", c) for c in ("POL", "ITA", "ESP")}


def test_four_leaders_with_no_host_among_them_are_not_paired(nlp: Language) -> None:
    text = "The presidents of Chile, Peru, Ecuador and Bolivia met in Geneva on Monday."
    assert _pairs(nlp, text, "04") == set()


def test_three_leaders_with_no_host_among_them_meet_each_other(nlp: Language) -> None:
    text = "The presidents of Chile, Peru and Bolivia met in Geneva on Monday."
    countries = ("CHL", "PER", "BOL")
    assert _pairs(nlp, text, "04") == {(a, b) for a in countries for b in countries if a != b}  # near miss


def test_six_powers_agreeing_are_not_paired_among_themselves(nlp: Language) -> None:
    text = "Norway, Sweden, Finland, Denmark, Iceland and Estonia agreed on Friday to share fishing data."
    assert _pairs(nlp, text, "03") == set()


def test_two_sides_meeting_still_meet_each_other(nlp: Language) -> None:
    text = "The foreign ministers of Poland and Austria met in Vienna on Tuesday."
    assert _pairs(nlp, text, "04") == {("POL", "AUT"), ("AUT", "POL")}  # near miss: two sides


def test_a_host_meeting_named_guests_is_unchanged(nlp: Language) -> None:
    text = "Austrian Chancellor Karl Nehammer met the prime ministers of Poland, Italy and Spain in Vienna on Tuesday."
    pairs = _pairs(nlp, text, "04")
    assert {("AUT", "POL"), ("AUT", "ITA"), ("AUT", "ESP")} <= pairs  # near miss: one subject, named guests


@pytest.mark.parametrize("text", [
    "The regional assembly, which backs the prime minister, said it would not join the talks on Monday.",
    "The eastern parliament, which supports the army commander, voted on the budget on Monday.",
    "The militia, which is backed by Iran, seized a border town on Monday.",
    "Many people who support the government stayed at home on Monday.",
])
def test_backing_in_a_present_relative_clause_is_no_act(nlp: Language, text: str) -> None:
    assert all(root not in ("05", "06") for _, _, root in code_dyads(nlp, text))


def test_a_main_clause_backing_stays(nlp: Language) -> None:
    text = "Turkey backed the Libyan government's ceasefire plan on Monday."
    assert any(root == "05" for _, _, root in code_dyads(nlp, text))  # near miss: a main clause


def test_a_past_relative_clause_backing_stays(nlp: Language) -> None:
    text = "The Ugandan opposition party, which backed the Kenyan president on Monday, held a rally."
    assert ("UGA", "KEN") in _pairs(nlp, text, "05")  # near miss: told as a step


def test_the_same_party_backing_in_the_present_is_dropped(nlp: Language) -> None:
    text = "The Ugandan opposition party, which backs the Kenyan president, held a rally on Monday."
    assert ("UGA", "KEN") not in _pairs(nlp, text, "05")


def test_an_operation_backed_by_a_foreign_force_keeps_its_backing(nlp: Language) -> None:
    text = "Government troops, backed by French special forces, stormed the rebel camp in northern Mali on Monday."
    assert any(s and s.startswith("FRA") and root == "06" for s, _, root in code_dyads(nlp, text))  # near miss
