"""Helpers about articles that need no language model (so readers import them cheaply)."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re

from newsevents.errors import BadDate, BadSetting


def check_date(value: str | dt.date | None) -> str | None:
    """``value`` as an ISO date string at day or month precision, or :class:`BadDate`."""
    if value is None or isinstance(value, dt.date):
        return None if value is None else value.isoformat()
    text = value.strip()
    try:
        if len(text) == 7:
            dt.date.fromisoformat(text + "-01")
            return text
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadDate(value) from None


def article_id(text: str) -> str:
    """A stable id for an article without one: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


YEARS_ENV = "NEWSEVENTS_YEARS"
"""The supported years as ``FIRST-LAST`` (e.g. ``1800-2200``); default :data:`DEFAULT_YEARS`."""

DEFAULT_YEARS = (1900, 2100)
"""Years outside these (inclusive) are taken for typing or arithmetic errors, not news dates."""


def supported_years() -> tuple[int, int]:
    """The first and last year a date may resolve to (``$NEWSEVENTS_YEARS``, else 1900-2100)."""
    return _parse_years(os.environ.get(YEARS_ENV, ""))


@functools.lru_cache(maxsize=4)
def _parse_years(value: str) -> tuple[int, int]:
    if not value.strip():
        return DEFAULT_YEARS
    match = re.fullmatch(r"\s*(\d{1,4})\s*-\s*(\d{1,4})\s*", value)
    if match is None or not 1 <= int(match.group(1)) <= int(match.group(2)) <= 9999:
        raise BadSetting(YEARS_ENV, value, "two years FIRST-LAST between 1 and 9999, e.g. 1900-2100")
    return int(match.group(1)), int(match.group(2))


def year_of(value: str) -> int | None:
    """The year an ISO date value (``2023``, ``2023-03``, ``2023-03-01``, ``-0045``) starts with."""
    match = re.match(r"-?\d+", value)
    return None if match is None else int(match.group(0))


def in_supported_years(value: str) -> bool:
    """True if the ISO date ``value`` falls in :func:`supported_years`."""
    first, last = supported_years()
    year = year_of(value)
    return year is not None and first <= year <= last


def years_warning(what: str) -> str:
    """The warning for a date outside the supported years: ``what`` says which and what follows."""
    first, last = supported_years()
    return (f"{what} is outside the supported years {first}-{last} (set {YEARS_ENV}=FIRST-LAST to "
            "change them)")


def first_day(value: str | None) -> dt.date | None:
    """The first day of an ISO date at day, month or year precision; ``None`` if not a date."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-01")
        if len(value) == 4:
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None
