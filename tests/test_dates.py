"""Tests of the dates stage: the pure resolver, the tense of clauses and the spaCy component."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from newsevents.dates import resolve, resolve_rule
from newsevents.extraction import extract

WED = dt.date(2023, 3, 1)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "expected"),
    [
        # the article's own weekday is the article date, in either direction
        ("Wednesday", WED, "past", "2023-03-01"),
        ("Wednesday", WED, "future", "2023-03-01"),
        ("on Friday", WED, "past", "2023-02-24"),
        ("on Friday", WED, None, "2023-02-24"),
        ("on Friday", WED, "future", "2023-03-03"),
        ("Tuesday", WED, "past", "2023-02-28"),
        ("Thursday", WED, "past", "2023-02-23"),
        # across a month boundary: Wednesday 1 March back to Sunday 26 February
        ("Sunday", WED, "past", "2023-02-26"),
        ("Monday", WED, "future", "2023-03-06"),
        # across a year boundary: Monday 2 January 2023 back to Friday 30 December 2022
        ("Friday", dt.date(2023, 1, 2), "past", "2022-12-30"),
        ("Saturday night", dt.date(2023, 1, 2), "past", "2022-12-31"),
        ("Monday", dt.date(2022, 12, 30), "future", "2023-01-02"),
        # across a leap day
        ("Thursday", dt.date(2024, 3, 1), "past", "2024-02-29"),
        # explicit modifiers ignore the tense
        ("last Wednesday", WED, None, "2023-02-22"),
        ("next Wednesday", WED, None, "2023-03-08"),
        ("last Tuesday", WED, "future", "2023-02-28"),
        ("next Thursday", WED, "past", "2023-03-02"),
        ("this Friday", WED, None, "2023-03-03"),
        ("this Friday", WED, "past", "2023-02-24"),
    ],
)
def test_dates_weekday_arithmetic(text: str, anchor: dt.date, tense: str | None, expected: str) -> None:
    assert resolve(text, anchor, tense) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("yesterday", None, ("2023-02-28", "day")),
        ("last night", None, ("2023-02-28", "day")),
        ("today", None, ("2023-03-01", "day")),
        ("earlier in the day", None, ("2023-03-01", "day")),
        ("tomorrow", None, ("2023-03-02", "day")),
        ("the day before yesterday", None, ("2023-02-27", "day")),
        ("two days ago", None, ("2023-02-27", "day")),
        ("3 days ago", None, ("2023-02-26", "day")),
        ("two weeks ago", None, ("2023-02-13", "week")),
        ("six months ago", None, ("2022-09", "month")),
        ("a decade ago", None, ("2013", "year")),
        ("this week", None, ("2023-02-27", "week")),
        ("next week", None, ("2023-03-06", "week")),
        ("last week", None, ("2023-02-20", "week")),
        ("earlier this month", None, ("2023-03", "month")),
        ("last month", None, ("2023-02", "month")),
        ("next month", None, ("2023-04", "month")),
        ("last year", None, ("2022", "year")),
        ("last year's", None, ("2022", "year")),
        ("the end of last year", None, ("2022", "year")),
        ("earlier this year", None, ("2023", "year")),
        ("next year", None, ("2024", "year")),
        ("last September", None, ("2022-09", "month")),
        ("last February", None, ("2023-02", "month")),
        ("next February", None, ("2024-02", "month")),
        ("this September", None, ("2023-09", "month")),
        ("in September", "past", ("2022-09", "month")),
        ("in September", "future", ("2023-09", "month")),
        ("in March", "past", ("2023-03", "month")),
        ("in April", None, ("2023-04", "month")),
        ("mid-September", "past", ("2022-09", "month")),
        ("Feb 17", "past", ("2023-02-17", "day")),
        ("Feb. 17", "future", ("2024-02-17", "day")),
        ("the 17th of February", None, ("2023-02-17", "day")),
        ("December 25", "past", ("2022-12-25", "day")),
        ("March 12", "future", ("2023-03-12", "day")),
        ("over the weekend", "past", ("2023-02-25", "day")),
        ("this weekend", None, ("2023-03-04", "day")),
        ("last summer", None, ("2022", "year")),
    ],
)
def test_dates_relative_expressions(text: str, tense: str | None, expected: tuple[str, str]) -> None:
    assert resolve(text, WED, tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 1, 2023", ("2023-03-01", "day")),
        ("1 March 2023", ("2023-03-01", "day")),
        ("Friday, March 3, 2023", ("2023-03-03", "day")),
        ("2023-03-01", ("2023-03-01", "day")),
        ("in 2013", ("2013", "year")),
        ("fiscal 2022", ("2022", "year")),
        ("September 2022", ("2022-09", "month")),
        ("the first quarter of 2022", ("2022-01", "month")),
        ("Q3 2021", ("2021-07", "month")),
        ("the second half of 2020", ("2020-07", "month")),
        ("summer 2019", ("2019", "year")),
        # ranges keep their start, borrowing what the start leaves out from the end
        ("from 12 to 14 March 2023", ("2023-03-12", "day")),
        ("12-14 March 2021", ("2021-03-12", "day")),
        ("March 12-14, 2021", ("2021-03-12", "day")),
        ("between May and July 2021", ("2021-05", "month")),
        ("December 2022 to January 2023", ("2022-12", "month")),
        ("December to January 2023", ("2022-12", "month")),
        ("between 2020 and 2022", ("2020", "year")),
        ("2022-23", ("2022", "year")),
    ],
)
def test_dates_absolute_expressions_need_no_anchor(text: str, expected: tuple[str, str]) -> None:
    assert resolve(text, None) == expected
    assert resolve(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "precision"),
    [("on Friday", "day"), ("yesterday", "day"), ("last September", "month"), ("next week", "week"),
     ("last year", "year"), ("Feb 17", "day"), ("in September", "month"), ("two days ago", "day")],
)
def test_dates_relative_without_anchor_have_no_value(text: str, precision: str) -> None:
    assert resolve(text, None, "past") == (None, precision)


@pytest.mark.parametrize(
    "text",
    ["the 1990s", "for three years", "three years", "recent weeks", "the past week", "45-year-old",
     "10 a.m.", "decades", "a two-day visit", "Fridays", "February 30, 2023", "the weekend's"],
)
def test_dates_durations_decades_ages_and_times_are_not_resolved(text: str) -> None:
    if text == "the weekend's":  # a weekend is a date; the possessive must not break it
        assert resolve(text, WED, "past") == ("2023-02-25", "day")
        return
    assert resolve(text, WED, "past") is None


def test_dates_rule_names_the_tense_used() -> None:
    found = resolve_rule("on Friday", WED, "future")
    assert found is not None
    assert found.rule == "weekday-future"


def _dates(nlp: Language, text: str, date: str | None = "2023-03-01") -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.precision) for d in extract(text, date=date, nlp=nlp).dates]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry published the report on Friday.", [("Friday", "2023-02-24", "day")]),
        ("The ministers will meet on Friday in Geneva.", [("Friday", "2023-03-03", "day")]),
        ("The envoy is due to arrive on Monday.", [("Monday", "2023-03-06", "day")]),
        ("The two presidents are expected to sign the deal on Thursday.",
         [("Thursday", "2023-03-02", "day")]),
        ("Talks could resume on Saturday, a diplomat said.", [("Saturday", "2023-03-04", "day")]),
        ("Police had arrested him on Saturday.", [("Saturday", "2023-02-25", "day")]),
        ("Voters went to the polls in September.", [("September", "2022-09", "month")]),
        ("Voters will go to the polls in September.", [("September", "2023-09", "month")]),
        ("Protesters gathered outside parliament two days ago and again yesterday.",
         [("two days ago", "2023-02-27", "day"), ("yesterday", "2023-02-28", "day")]),
        ("The summit was held between May and July 2021.",
         [("between May and July 2021", "2021-05", "month")]),
        ("Exports rose in the first quarter of 2022.", [("the first quarter of 2022", "2022-01", "month")]),
        ("The report, published on 2023-02-10, said troops had been there since 2014.",
         [("2023-02-10", "2023-02-10", "day"), ("2014", "2014", "year")]),
    ],
)
def test_dates_component_uses_the_clause_tense(nlp: Language, sentence: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    assert _dates(nlp, sentence) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "In the 1990s, he served for three years as a 45-year-old envoy.",
        "They may march to the square.",
        "May Day rallies drew large crowds.",
        "The meeting lasted two hours and ended at 10 a.m.",
    ],
)
def test_dates_component_skips_what_is_not_a_date(nlp: Language, sentence: str) -> None:
    assert _dates(nlp, sentence) == []


@pytest.mark.model
def test_dates_component_keeps_absolute_dates_in_undated_articles(nlp: Language) -> None:
    found = _dates(nlp, "The treaty signed on March 1, 2023 took effect last year.", date=None)
    assert found == [("March 1, 2023", "2023-03-01", "day"), ("last year", None, "year")]


@pytest.mark.model
def test_dates_component_records_spans_and_rules(nlp: Language) -> None:
    text = "The army withdrew last September, officials said on Wednesday."
    dates = extract(text, date="2023-03-01", nlp=nlp).dates
    assert [text[d.span[0]:d.span[1]] for d in dates] == ["last September", "Wednesday"]
    assert [d.rule for d in dates] == ["month-last", "weekday-past"]
