"""Planned acts: a month or weekday named without a year for an act that is set, scheduled or
agreed resolves after the planning, not to the past month (newsevents.dates.planned)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from newsevents import extract
from newsevents.dates.resolve import resolve


def _dates(nlp: Language, text: str, date: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extract(text, date=date, nlp=nlp).dates]


@pytest.mark.model
@pytest.mark.parametrize(
    ("date", "sentence", "expected"),
    [
        # planned in the present or future: ahead of the article
        ("2024-01-15", "Parliamentary elections are set for June.", [("June", "2024-06")]),
        ("2024-09-15", "Parliamentary elections are set for June.", [("June", "2025-06")]),
        ("2024-09-15", "Local polls are scheduled for April, the commission says.", [("April", "2025-04")]),
        ("2024-10-02", "A ruling in the case is due in February.", [("February", "2025-02")]),
        ("2024-08-20", "The envoys are to meet in Oslo in March.", [("March", "2025-03")]),
        ("2024-11-20", "Next round of talks is planned for March 3.", [("March 3", "2025-03-03")]),
        # planned at a past time: the nearest such date, here ahead of the article
        ("2024-01-15", "The two presidents agreed to meet in March.", [("March", "2024-03")]),
        ("2024-01-15", "The junta decided to hold a referendum in April.", [("April", "2024-04")]),
        ("2024-12-20", "The two neighbours agreed to resume border talks in January.", [("January", "2025-01")]),
        ("2024-12-28", "The two neighbours agreed to resume border talks on Tuesday.", [("Tuesday", "2024-12-31")]),
        ("2024-01-15", "The vote, scheduled for March, was postponed.", [("March", "2024-03")]),
        ("2024-11-05", "The court adjourned the trial until February.", [("February", "2025-02")]),
        # ... and behind it when that is nearer
        ("2024-05-10", "The two presidents agreed to meet in April.", [("April", "2024-04")]),
        ("2024-03-20", "Elections were set for February.", [("February", "2024-02")]),
    ],
)
def test_dates9_planned_acts_resolve_after_the_planning(nlp: Language, date: str, sentence: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert _dates(nlp, sentence, date) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("date", "sentence", "expected"),
    [
        # past acts keep the past month, across the year boundary too
        ("2024-01-15", "The rebels seized the town in March.", [("March", "2023-03")]),
        ("2024-01-10", "Troops withdrew from the border in December.", [("December", "2023-12")]),
        ("2024-01-15", "The minister announced in March that the vote would be held.", [("March", "2023-03")]),
        # "last" and explicit years keep what they say, whatever the plan
        ("2024-01-15", "Elections were set for last March.", [("last March", "2023-03")]),
        ("2024-01-15", "The two presidents agreed to meet in March 2026.", [("March 2026", "2026-03")]),
        # verbs whose infinitive happens with them are not plans
        ("2024-01-15", "Rebels tried to storm the capital in March.", [("March", "2023-03")]),
    ],
)
def test_dates9_past_and_explicit_dates_are_kept(nlp: Language, date: str, sentence: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert _dates(nlp, sentence, date) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("in March", dt.date(2024, 1, 15), "2024-03"),
        ("in March", dt.date(2024, 8, 15), "2024-03"),
        ("January", dt.date(2024, 12, 20), "2025-01"),
        # a weekday is this week's: the coming one, even when the last one is nearer
        ("on Friday", dt.date(2024, 1, 15), "2024-01-19"),
        ("on Saturday", dt.date(2024, 1, 15), "2024-01-20"),
        ("on Monday", dt.date(2024, 1, 15), "2024-01-15"),
        ("Feb 3", dt.date(2024, 12, 30), "2025-02-03"),
        ("next Friday", dt.date(2024, 1, 15), "2024-01-19"),
        ("last March", dt.date(2024, 1, 15), "2023-03"),
    ],
)
def test_dates9_later_tense_takes_the_nearest_date(text: str, anchor: dt.date, expected: str) -> None:
    found = resolve(text, anchor, "later")
    assert found is not None and found[0] == expected


@pytest.mark.model
def test_dates9_planned_event_is_not_background(nlp: Language) -> None:
    text = "The presidents of Kenya and Uganda agreed to meet in Nairobi in March to discuss trade."
    result = extract(text, date="2024-01-15", nlp=nlp)
    assert result.events, "the agreement to meet is an event of the story"
    assert all(e.date is None or e.date >= "2024-01" for e in result.events)
