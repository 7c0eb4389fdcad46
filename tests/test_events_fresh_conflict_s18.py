"""Missed and false events found on fresh conflict, protest and justice news (session 18): a
coercion or protest done "in the clashes" by a named subject is no toll of the clashes, and a
release of "details on" an actor's act is a published text, not freed captives. Each form with
near misses that must keep their old reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads

pytestmark = pytest.mark.model

PROTEST = "Thousands of Togolese protested in Lome on Saturday. "


@pytest.mark.parametrize(("text", "expected"), [
    (PROTEST + "Police arrested 30 protesters in the clashes.", ("TGOCOP", "TGOCVL", "17")),
    (PROTEST + "In clashes, Togolese police fired tear gas.", ("TGOCOP", "TGO", "17")),
    (PROTEST + "Riot police detained dozens of students during the unrest.", ("TGOCOP", "TGOEDU", "17")),
    (PROTEST + "Police fired tear gas in the violence near the market.", ("TGOCOP", "TGO", "17")),
])
def test_unattributed_subject_act_in_clashes_stays(nlp: Language, text: str,
                                                   expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)


@pytest.mark.parametrize(("text", "absent"), [
    (PROTEST + "Two people were killed in the clashes.", "18"),
    (PROTEST + "The violence has killed five people.", "18"),
    (PROTEST + "Four protesters died in the clashes.", "18"),
])
def test_unattributed_toll_of_clashes_stays_out(nlp: Language, text: str, absent: str) -> None:
    assert absent not in {root for _, _, root in code_dyads(nlp, text)}


@pytest.mark.parametrize("text", [
    "The Nigerian army released new details on Boko Haram's raid on the village.",
    "Kenyan police released a video of the Somali gunmen.",
    "The ministry released the names of the Malian soldiers killed in the ambush.",
    "Chad released a report on the rebels' attack on the town.",
])
def test_released_documents_actor_inside_document_phrase(nlp: Language, text: str) -> None:
    assert not any(e.cameo == "0841" for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya released 20 Somali prisoners on Monday.", ("KEN", "SOMCVL", "08")),
    ("Rebels in Mali released two Algerian diplomats.", ("MLIREB", "DZAGOV", "08")),
])
def test_released_documents_captives_still_released(nlp: Language, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in code_dyads(nlp, text)
