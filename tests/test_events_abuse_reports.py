"""A rights body or the opposition that reports state violence against the unarmed accuses the
state's forces (events/abuse_reports.py); the violence itself is still coded. Reports of fighting,
of lone attackers, or by neutral speakers are no accusation. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

RULE = "accuse.abuse_report"


def _accusations(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text) if e.rule.startswith(RULE)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Human rights groups said Malawian police had shot dead eleven demonstrators.", "NGO", "MWICOP"),
    ("Amnesty International said Burmese soldiers tortured villagers in the north.", "NGOAMN", "MMRMIL"),
    ("The Togolese opposition said security forces had beaten hundreds of students in Lome.", "TGOOPP", "TGOCOP"),
])
def test_abuse_reports_a_watchdogs_report_of_state_violence_accuses_the_forces(
        nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target, "11") in _accusations(nlp, text)
    assert any(e.cameo[:2] == "18" for e in code(nlp, text))  # the reported violence stays an event


@pytest.mark.parametrize("text", [
    "The Malian opposition said government troops killed six rebels near Kidal.",  # fighting, not abuse
    "Human rights groups said gunmen killed nine farmers in Benue.",  # no state force did it
    "A news agency said Malawian police had shot dead eleven demonstrators.",  # no watchdog speaks
    "Human rights groups said Malawian police might beat the demonstrators.",  # not reported as done
])
def test_abuse_reports_other_reports_are_no_accusation_by_this_rule(nlp: Language, text: str) -> None:
    assert _accusations(nlp, text) == []
