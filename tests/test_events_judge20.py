"""Judgements told in what a speaker says (session 20, judge20): duties another actor is said to
neglect (events/failed_duties.py) and a bad name that closes a naming the parser hung on the named
phrase's last preposition (matching.trailing_bad_name).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


def _criticism(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, root in code_dyads(nlp, text) if root == "11"}


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Turkish general said Syrian troops have been slow to leave the border villages.", ("TURMIL", "SYRMIL")),
    ("The Ethiopian opposition said the police were not supposed to stop the rally.", ("ETHOPP", "ETHCOP")),
    ("The Ghanaian opposition said the police had no right to detain the journalists.", ("GHAOPP", "GHACOP")),
    ("An Eritrean envoy said the Ethiopian government is not serious about peace.", ("ERIGOV", "ETHGOV")),
    ("The Croatian foreign minister says Slovenia has not honoured its commitments.", ("HRVGOV", "SVN")),
])
def test_failed_duties_neglect_criticises(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _criticism(nlp, text)


@pytest.mark.parametrize("text", [
    # a prompt doer, an earnest one, a kept obligation
    "A Turkish general said Syrian troops have been quick to leave the border villages.",
    "An Eritrean envoy said the Ethiopian government is serious about peace.",
    "The Croatian foreign minister says Slovenia has honoured its commitments.",
    # a negated report, a question
    "A Turkish general did not say Syrian troops have been slow to leave the border villages.",
    "A Turkish general asked whether Syrian troops have been slow to leave the border villages.",
])
def test_failed_duties_near_misses(nlp: Language, text: str) -> None:
    assert not any(root == "11" for _, _, root in code_dyads(nlp, text))


@pytest.mark.parametrize("text", [
    # the speaker's own side, by pronoun or by name: no criticism at all, of anyone
    "The Ghanaian opposition said it had no right to detain the journalists.",
    "A Turkish general said Turkish troops have been slow to leave the border villages.",
    # a threat denied, the speaker's own country its subject (review20)
    "Putin said Russia had no intention of attacking Poland.",
    "The Serbian president said Serbia had no intention of invading Kosovo.",
])
def test_failed_duties_own_side_is_no_criticism(nlp: Language, text: str) -> None:
    assert not any(root == "11" for _, _, root in code_dyads(nlp, text)), code_dyads(nlp, text)


def test_failed_duties_broken_obligation_is_an_accusation(nlp: Language) -> None:
    text = "The Croatian foreign minister says Slovenia has not honoured its commitments."
    assert ("HRVGOV", "SVN", "11") in code_dyads(nlp, text)
    roots = [e for e in code_dyads(nlp, text) if e[2] == "11"]
    assert len(roots) == 1


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Cuban blogger calls Maduro's latest threats of arrests for the critics hypocritical.", ("CUBMED", "VENGOV")),
    ("The Kenyan president described the Kenyan opposition's call for a boycott of the vote as disloyal.",
     ("KENGOV", "KENOPP")),
])
def test_trailing_bad_name_criticises_the_named_things_owner(nlp: Language, text: str,
                                                             dyad: tuple[str, str]) -> None:
    assert dyad in _criticism(nlp, text)


@pytest.mark.parametrize("text", [
    # a good or neutral closing word, a noun closing the phrase, a naming verb in another sense
    "The Kenyan president described the opposition's call for a boycott of the vote as understandable.",
    "A Cuban blogger calls Maduro's latest visit to the region of the Andes useful.",
    "The Kenyan president described the opposition's meeting with the dictator.",
    "The Kenyan president called for the release of the opposition leaders held in the capital illegally.",
])
def test_trailing_bad_name_near_misses(nlp: Language, text: str) -> None:
    assert not any(t in ("KENOPP", "VENGOV", "VEN") for _, t in _criticism(nlp, text))
