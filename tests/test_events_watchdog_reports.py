"""A rights body or the opposition that reports state violence against the unarmed accuses the
state's forces (events/appraisals.py, the watchdog report); the violence itself is still coded. Reports of fighting,
of lone attackers, or by neutral speakers are no accusation. A deadline given in a document
("a resolution giving X 30 days to ...") is an ultimatum however the parser hangs the infinitive
(events/threats.py). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

RULE = "accuse.watchdog_report"


def _accusations(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text) if e.rule.startswith(RULE)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Human rights groups said Malawian police had shot dead eleven demonstrators.", "NGO", "MWICOP"),
    ("Amnesty International said Burmese soldiers tortured villagers in the north.", "NGOAMN", "MMRMIL"),
    ("The Togolese opposition said security forces had beaten hundreds of students in Lome.", "TGOOPP", "TGOCOP"),
])
def test_appraisals_a_watchdogs_report_of_state_violence_accuses_the_forces(
        nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "11") in _accusations(nlp, text)
    # told only in the watchdog's words, the violence is its accusation, not a fact (session 23)
    assert not any(e.cameo[:2] == "18" for e in code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Malian opposition said government troops killed six rebels near Kidal.",  # fighting, not abuse
    "Human rights groups said gunmen killed nine farmers in Benue.",  # no state force did it
    "A news agency said Malawian police had shot dead eleven demonstrators.",  # no watchdog speaks
    "Human rights groups said Malawian police might beat the demonstrators.",  # not reported as done
])
def test_appraisals_other_reports_are_no_accusation_by_this_rule(nlp: Language, text: str) -> None:
    assert _accusations(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Security Council adopted a resolution giving Syria 30 days to halt its attacks on civilians.",
     "IGOUNO", "SYR"),
    ("The African Union issued a statement giving the Malian junta two weeks to free the president.",
     "IGOAU", "MLI"),
])
def test_threats_a_deadline_given_by_a_document_is_an_ultimatum(
        nlp: Language, text: str, source: str, target: str) -> None:
    found = [(e.source.code if e.source else None, (e.target.country or e.target.code) if e.target else None, e.cameo)
             for e in code(nlp, text)]
    assert (source, target, "139") in found
