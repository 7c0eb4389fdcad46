"""A victim's own report is its charge (session 27, CONVENTIONS 4.3): a group that reports another
side's coercion or violence aimed at itself ("said police beat *them*", "said soldiers detained *its*
leader") accuses the doer (``appraisals.watchdog_report``), as a watchdog's report does; the act is
then told only in the victim's words. Near misses: a state body's report, a report with no victim word,
a singular "him" that may be another person, a forecast.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


VICTIMS_SPEAK = [
    ("Several Zimbabwean protesters said police beat them with batons.", "ZWECVL", "ZWECOP", "1123"),
    ("The Kenyan teachers' union said police arrested its leader on Monday.", "KENLAB", "KENCOP", "1122"),
    ("Villagers in Myanmar's Sagaing region said soldiers rounded them up and beat them.",
     "MMRCVL", "MMRMIL", "1123"),
]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), VICTIMS_SPEAK)
def test_recall27_a_victims_report_accuses_the_doer(nlp: Language, text: str, source: str, target: str,
                                                    cameo: str) -> None:
    coded = _coded(nlp, text)
    assert any((s, t, c) == (source, target, cameo) for s, t, c, _ in coded), coded
    # the act is told only in the victim's words: not coded as a fact beside the charge
    assert not any(c[:2] in ("17", "18") and s == target for s, _, c, _ in coded), coded


NOT_A_VICTIMS_CHARGE = [
    # a state body reports the act: news, not a charge
    "Ugandan police said protesters attacked them with stones.",
    # no word names the speakers as the victims
    "Ugandan students said police beat journalists outside the campus.",
    # a singular pronoun may name another person
    "The Ugandan minister said police arrested him on Monday.",
    # a forecast charges no one
    "Ugandan students said police would arrest them if they marched.",
]


@pytest.mark.parametrize("text", NOT_A_VICTIMS_CHARGE)
def test_recall27_near_misses_charge_no_one(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(r == "accuse.watchdog_report" for *_, r in coded), coded


# A vote's course or outcome named with an electoral word is the vote: its criticism is aimed at whoever
# held it, as "said the election was unfair" is (``vote_words.vote_part``, ``disapproval.vote_target``).
VOTE_PARTS = [
    ("Malawian protesters say the election process is biased.", "MWICVL", "MWIGOV"),
    ("The Malawian opposition claimed the electoral process was unfair.", "MWIOPP", "MWIGOV"),
]


@pytest.mark.parametrize(("text", "source", "target"), VOTE_PARTS)
def test_recall27_criticism_of_a_vote_process_is_aimed_at_its_holder(nlp: Language, text: str, source: str,
                                                                     target: str) -> None:
    coded = _coded(nlp, text)
    assert any((s, t, c[:2]) == (source, target, "11") for s, t, c, _ in coded), coded


NOT_A_VOTE = [
    # a process with no electoral word is no vote
    "Malawian protesters say the peace process is biased.",
    # the government judging its own vote aims at no one
    "The Malawian government said the election process was flawless.",
]


@pytest.mark.parametrize("text", NOT_A_VOTE)
def test_recall27_a_process_that_is_no_vote_has_no_holder(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(r.endswith("+vote-holder") for *_, r in coded), coded
