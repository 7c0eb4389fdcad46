"""The calendar the date rules count on: month and weekday names, small numbers, the
:class:`Resolution` record, and date arithmetic (a day shifted from the anchor, a unit shifted,
the option a tense picks). Split from :mod:`~newsevents.dates.resolve`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30,
}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


@dataclass(frozen=True, slots=True)
class Resolution:
    """What :func:`resolve_rule` found: an ISO value (or ``None``), its precision and the rule."""

    value: str | None
    precision: str
    rule: str


def shift_day(anchor: dt.date | None, shift: int, rule: str) -> Resolution:
    if anchor is None:
        return Resolution(None, "day", rule)
    return Resolution((anchor + dt.timedelta(days=shift)).isoformat(), "day", rule)



def absolute_day(year: int, month: int, day: int, rule: str) -> Resolution | None:
    try:
        return Resolution(dt.date(year, month, day).isoformat(), "day", rule)
    except ValueError:
        return None


def pick(options: list[T], offsets: list[int], tense: str | None) -> T:
    """The option whose signed offset from the anchor suits the tense (see the module doc)."""
    pairs = list(zip(offsets, options, strict=True))
    if tense == "past":
        past = [p for p in pairs if p[0] <= 0]
        return max(past, key=lambda p: p[0])[1] if past else pairs[0][1]
    if tense == "future":
        future = [p for p in pairs if p[0] >= 0]
        return min(future, key=lambda p: p[0])[1] if future else pairs[-1][1]
    return min(pairs, key=lambda p: (abs(p[0]), p[0] > 0))[1]


def unit_shift(anchor: dt.date | None, unit: str, step: int, rule: str) -> Resolution:
    precision = {"weekend": "day"}.get(unit, unit)
    if anchor is None:
        return Resolution(None, precision, rule)
    if unit == "day":
        return shift_day(anchor, step, rule)
    if unit in ("week", "weekend"):
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            return Resolution((monday + dt.timedelta(days=5)).isoformat(), "day", rule)
        return Resolution(monday.isoformat(), "week", rule)
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + step
        return Resolution(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", rule)
    return Resolution(f"{anchor.year + step:04d}", "year", rule)
