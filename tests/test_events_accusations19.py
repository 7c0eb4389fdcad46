"""Accusations told by what a speaker says (session 19): links to an armed group
(events/accus_links.py), a passive "held responsible" (events/disapproval.py), a passive wrong
with its doer named (events/wrongdoing.py), a passive that tells what was done to an actor
(events/appraisals.py), and kin as civilians (actors/data/roles.tsv).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


def _accusations(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, root in code_dyads(nlp, text) if root == "11"}


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Peruvian government said it had found documents on a guerrilla leader's computer linking "
     "the Bolivian president to the Shining Path rebels.", ("PERGOV", "BOLGOV")),
    ("The Peruvian government said emails linked the Bolivian president to the Shining Path rebels.",
     ("PERGOV", "BOLGOV")),
    ("The Peruvian government said the Bolivian president was linked to the Shining Path rebels.",
     ("PERGOV", "BOLGOV")),
    ("Peruvian police released a letter tying a Bolivian general to the rebels.", ("PERCOP", "BOLMIL")),
])
def test_accus_links_link_to_armed_group_accuses(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _accusations(nlp, text)


@pytest.mark.parametrize("text", [
    # nothing found, a denied link, a link to no armed group, an armed group linked to another
    "The Peruvian government said it had found no documents linking the Bolivian president to the rebels.",
    "The Peruvian government said the Bolivian president was not linked to the Shining Path rebels.",
    "The Peruvian government said the Bolivian president was linked to the ruling party.",
    "The Peruvian government said the rebels were linked to the Shining Path.",
    # denied evidence as the subject of the link (session 19 review)
    "The Peruvian government said no documents linked the Bolivian president to the Shining Path rebels.",
    "Peruvian police said they found no video linking the Bolivian president to the Shining Path rebels.",
    # the documents' finder is not said; a railway that links two towns is no charge
    "A new railway links the Bolivian capital to the Peruvian border.",
])
def test_accus_links_near_misses(nlp: Language, text: str) -> None:
    assert not any(t in ("BOLGOV", "BOLMIL", "BOL") for _, t in _accusations(nlp, text))


def test_accus_links_evidence_found_not_is_no_link(nlp: Language) -> None:
    # the parser makes "video" the subject of "linking": denied evidence, as a subject, links no one
    text = "Kenyan police said they found no video linking the senator to al-Shabab."
    assert not any(s == "KENCOP" for s, _ in _accusations(nlp, text))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Angolan rebels said on Sunday the government should be held responsible for the killing of two nurses.",
     ("AGOREB", "AGOGOV")),
    ("The Nigerien opposition said the government must be held accountable for the deaths.",
     ("NEROPP", "NERGOV")),
])
def test_said_answerable_blames_the_one_held(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Angolan rebels said the government should not be held responsible for the killing of two nurses.",
    "Angolan rebels said the government should be held responsible for the success of the talks.",
])
def test_said_answerable_near_misses(nlp: Language, text: str) -> None:
    assert not _accusations(nlp, text)


def test_agent_wrongdoing_accuses_the_agent(nlp: Language) -> None:
    dyads = code_dyads(nlp, "The Togolese opposition said the vote was stolen by the ruling UNIR party.")
    assert any(s == "TGOOPP" and (t or "").endswith("PTY") and r == "11" for s, t, r in dyads)
    assert ("TGOOPP", "TGOGOV", "11") not in dyads  # no longer aimed at the government that held the vote


@pytest.mark.parametrize(("text", "dyad"), [
    # no agent: still a verdict on the vote, aimed at whoever held it
    ("The Togolese opposition said the vote was rigged.", ("TGOOPP", "TGOGOV")),
    # an agent that is no actor: the same
    ("The Togolese opposition said the results were manipulated by the electoral board.", ("TGOOPP", "TGOGOV")),
])
def test_agent_wrongdoing_leaves_verdicts_without_an_actor_agent(nlp: Language, text: str,
                                                                 dyad: tuple[str, str]) -> None:
    assert (*dyad, "11") in code_dyads(nlp, text)


def test_agent_wrongdoing_denied_wrong_accuses_no_one(nlp: Language) -> None:
    assert not _accusations(nlp, "The Togolese opposition said the vote was not stolen by the ruling UNIR party.")


def test_judged_actor_passive_with_doer_is_no_verdict_on_the_sufferer(nlp: Language) -> None:
    # a fresh story's false event: the relatives were said to be manipulated, not judged
    text = "The Omani interior ministry said Omani protesters were being manipulated by foreign agents."
    assert not any(t == "OMNCVL" for _, t in _accusations(nlp, text))


@pytest.mark.parametrize(("text", "source"), [
    ("Parents of the Chilean students accused the government of covering up the shooting.", "CHLCVL"),
    ("Family members of the jailed Cuban journalists denounced the government.", "CUBCVL"),
])
def test_kin_speak_as_civilians(nlp: Language, text: str, source: str) -> None:
    assert any(s == source for s, _ in _accusations(nlp, text))


def test_kin_near_miss_students_stay_students(nlp: Language) -> None:
    text = "Chilean students accused the government of covering up the shooting."
    assert any(s == "CHLEDU" for s, _ in _accusations(nlp, text))


@pytest.mark.parametrize("text", [
    "Guinea's opposition said the voting was marred by massive fraud.",
    "Guinea's opposition said the polling was marred by rigging.",
])
def test_voting_is_a_vote_its_holder_answers_for(nlp: Language, text: str) -> None:
    assert ("GINOPP", "GINGOV", "11") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "Guinea's opposition said voting was calm.",
    "Guinea's opposition said the polling was marred by rain.",
])
def test_voting_near_misses(nlp: Language, text: str) -> None:
    assert not _accusations(nlp, text)
