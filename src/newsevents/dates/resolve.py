"""Resolve one temporal expression against the article date: a pure function, no spaCy.

:func:`resolve` takes the text of an expression ("last September", "on Friday", "12-14 March"),
the article date (the *anchor*) and, where the parse tells, the tense of the clause it sits in.
It answers ``(value, precision)`` or ``None`` when the text is not a date we resolve.

Conventions (chosen for news copy, where AP style names days of the current week):

* A bare weekday looks back in past, present or unknown tense and forward in future tense; the
  article's own weekday is the article date in either direction ("on Wednesday" in a Wednesday
  article is that day). "last Friday" is the most recent Friday strictly before the anchor,
  "next Friday" the first one strictly after it. Present progressive ("is meeting on Monday")
  counts as future; the finder decides that.
* A month without a year ("in September", "Feb 17") takes the most recent such month/day at or
  before the anchor in past tense, the first at or after it in future tense and the nearest
  otherwise. Planned acts ("set for June", "agreed to meet in March") are future, or, planned at
  a past time, ``"later"``: the nearest month or day, the coming weekday (see
  :mod:`newsevents.dates.planned`). "last September" is the most recent September strictly before the anchor's month.
* Weeks are valued by their Monday (precision ``week``); a weekend by its Saturday.
* Ranges keep their start: "from 12 to 14 March" is 12 March, a quarter is its first month.
* Durations ("for three years"), decades, "recent weeks", ages and clock times are not dates:
  they give ``None`` and the finder drops them.
* With no anchor (undated article) relative expressions keep their precision but get value
  ``None``; absolute ones ("March 1, 2023", "in 2013") still resolve.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from newsevents.articles import in_supported_years
from newsevents.dates.calendar import (
    MONTHS,
    ORDINALS,
    SMALL_NUMBERS,
    WEEKDAYS,
    Resolution,
    absolute_day,
    pick,
    shift_day,
    unit_shift,
)

OUT_OF_RANGE = "out-of-range"
"""The rule (or rule suffix) of an expression whose value would fall outside the supported years;
its value is left empty."""

_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(WEEKDAYS)
_N = "|".join([*sorted(SMALL_NUMBERS, key=len, reverse=True), r"\d+"])
_Y = r"(?:1[0-9]|20|21)\d\d"

# Words in front of an expression that do not change what it refers to.
_LEADING = re.compile(
    r"^(?:(?:on|in|at|during|since|by|until|till|before|after|around|about|as of|as early as|"
    r"over|for|of|the|early|late|mid-|mid|middle of|start of|beginning of|end of|earlier|later|"
    r"sometime|some time)\s*)+(?=\S)"
)
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_CLOCK = re.compile(r"\b(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b(?:at\s+)?(?:noon|midnight)\b")


def resolve(text: str, anchor: dt.date | None, tense: str | None = None) -> tuple[str | None, str] | None:
    """``(value, precision)`` of the temporal expression ``text`` read on ``anchor``.

    ``tense`` is ``"past"``, ``"present"``, ``"future"`` or ``None`` (unknown). ``value`` is an
    ISO string at ``precision`` (``day``, ``week``, ``month`` or ``year``), or ``None`` for a
    relative expression without an anchor. ``None`` means ``text`` is not a date we resolve.
    """
    found = resolve_rule(text, anchor, tense)
    return None if found is None else (found.value, found.precision)


def resolve_rule(text: str, anchor: dt.date | None, tense: str | None = None) -> Resolution | None:
    """Like :func:`resolve`, also naming the rule that matched (kept as provenance)."""
    norm = normalise(text)
    if not norm:
        return None
    try:
        found = _resolve_any(norm, anchor, tense)
    except (OverflowError, ValueError):  # date arithmetic past year 1 or 9999
        return Resolution(None, "day", OUT_OF_RANGE)
    if found is None or found.value is None or in_supported_years(found.value):
        return found
    # An absolute date ("in 1878") is what the text says; a relative one that lands this far off
    # is an arithmetic accident ("5000 days ago"): no value, and the extraction warns.
    if anchor is not None and _resolve_any(norm, None, tense) == found:
        return found
    return Resolution(None, found.precision, f"{found.rule}:{OUT_OF_RANGE}")


def _resolve_any(norm: str, anchor: dt.date | None, tense: str | None) -> Resolution | None:
    found = _resolve_single(norm, anchor, tense)
    return found if found is not None else _resolve_range(norm, anchor, tense)


@functools.lru_cache(maxsize=8192)  # the same few hundred expressions recur across articles
def normalise(text: str) -> str:
    """Lower case, plain punctuation, no ordinal suffixes or clock times."""
    t = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    t = t.replace("a.m.", "am").replace("p.m.", "pm")
    t = _CLOCK.sub(" ", t)
    t = re.sub(r"'s\b|\bthe\s+(?=\d)", " ", t)
    t = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"([a-z])\.", r"\1", t)  # "Feb." -> "feb"
    t = re.sub(r"(?<=[a-z]),|,(?=\s)", " ", t)  # "Friday, March 3, 2023"
    t = re.sub(r"\s+", " ", t).strip(" .,;:")
    return re.sub(r"\s*-\s*", "-", t)


# --- single expressions ---------------------------------------------------------------------

Handler = Callable[["re.Match[str]", dt.date | None, str | None], Resolution | None]
_RULES: list[tuple[re.Pattern[str], Handler]] = []


def _rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _RULES.append((re.compile(pattern), handler))
        return handler
    return register


def _resolve_single(norm: str, anchor: dt.date | None, tense: str | None) -> Resolution | None:
    # Try the text as it stands first, so that "earlier in the day" is not read as "day".
    for text in dict.fromkeys((norm, _LEADING.sub("", norm))):
        for pattern, handler in _RULES:
            match = pattern.fullmatch(text)
            if match:
                return handler(match, anchor, tense)
    return None


@_rule(rf"({_Y})-(\d\d?)-(\d\d?)|({_Y})/(\d\d?)/(\d\d?)")
def _iso(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    year, month, day = (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6))
    return absolute_day(int(year), int(month), int(day), "iso")


@_rule(r"today|tonight|this (?:morning|afternoon|evening)|today(?: morning| afternoon| evening)?"
       r"|(?:earlier|later) (?:today|in the day)")
def _today(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return shift_day(anchor, 0, "today")


@_rule(r"(?:the day before yesterday)|(?:yesterday|last night|overnight)" + _PART_OF_DAY)
def _yesterday(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return shift_day(anchor, -2 if m.group(0).startswith("the day before") else -1, "yesterday")


@_rule(r"(?:the day after tomorrow)|tomorrow" + _PART_OF_DAY)
def _tomorrow(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return shift_day(anchor, 2 if m.group(0).startswith("the day after") else 1, "tomorrow")


@_rule(rf"(?:(last|past|next|this|coming) )?({_W}){_PART_OF_DAY}")
def _weekday(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return _weekday_shift(anchor, WEEKDAYS[m.group(2)], m.group(1), tense, "weekday")


@_rule(r"weekend")
def _weekend(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """"over the weekend": its Saturday, looked for like a weekday."""
    return _weekday_shift(anchor, WEEKDAYS["saturday"], None, tense, "weekend")


def _weekday_shift(anchor: dt.date | None, day: int, modifier: str | None, tense: str | None,
                   name: str) -> Resolution:
    rule = f"{name}-{modifier}" if modifier else f"{name}-{tense or 'untensed'}"
    if anchor is None:
        return Resolution(None, "day", rule)
    back = (anchor.weekday() - day) % 7
    ahead = (day - anchor.weekday()) % 7
    if modifier in ("last", "past"):
        shift = -(back or 7)
    elif modifier == "next":
        shift = ahead or 7
    elif modifier == "coming" or tense in ("future", "later") or (modifier == "this" and tense != "past"):
        # "later": planned at a past time ("agreed to meet on Friday"); a weekday names this
        # week's day, and a planning reported in the week's news was days ago at most
        shift = ahead
    else:
        shift = -back
    return shift_day(anchor, shift, rule)


@_rule(rf"(?:{_W}) (.+)")
def _weekday_and_date(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """"Friday, March 3": the written date says more than the weekday."""
    found = _resolve_single(m.group(1), anchor, tense)
    return found if found is not None and found.precision == "day" else None


@_rule(rf"({_M}) (\d\d?)-\d\d?(?: ({_Y}))?")
def _month_days(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """"March 12-14, 2021": a range of days kept as its first day."""
    start = _resolve_single(" ".join(g for g in m.groups() if g), anchor, tense)
    return None if start is None else Resolution(start.value, start.precision, f"range-{start.rule}")


@_rule(rf"({_M}) (\d\d?) ({_Y})|(\d\d?) (?:of )?({_M}) ({_Y})")
def _month_day_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    month, day, year = (m.group(1, 2, 3) if m.group(1) else (m.group(5), m.group(4), m.group(6)))
    return absolute_day(int(year), MONTHS[month], int(day), "date")


@_rule(rf"({_M}) (\d\d?)|(\d\d?) (?:of )?({_M})")
def _month_day(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    month, day = (m.group(1, 2) if m.group(1) else (m.group(4), m.group(3)))
    rule = f"month-day-{tense or 'untensed'}"
    if not 1 <= int(day) <= 31:
        return None
    if anchor is None:
        return Resolution(None, "day", rule)
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, MONTHS[month], int(day)))
        except ValueError:
            continue
    if not options:
        return None
    key = [(option - anchor).days for option in options]
    return Resolution(pick(options, key, tense).isoformat(), "day", rule)


@_rule(rf"({_M})(?: of)? ({_Y})")
def _month_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return Resolution(f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}", "month", "month-year")


@_rule(rf"(last|past|next|this|coming) ({_M})")
def _month_relative(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    modifier, month = m.group(1), MONTHS[m.group(2)]
    rule = f"month-{modifier}"
    if anchor is None:
        return Resolution(None, "month", rule)
    if modifier == "this":
        return Resolution(f"{anchor.year:04d}-{month:02d}", "month", rule)
    if modifier in ("last", "past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    else:
        year = anchor.year if month > anchor.month else anchor.year + 1
    return Resolution(f"{year:04d}-{month:02d}", "month", rule)


@_rule(rf"({_M})")
def _month(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    month = MONTHS[m.group(1)]
    rule = f"month-{tense or 'untensed'}"
    if anchor is None:
        return Resolution(None, "month", rule)
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    key = [(year - anchor.year) * 12 + month - anchor.month for year in years]
    return Resolution(f"{pick(years, key, tense):04d}-{month:02d}", "month", rule)


@_rule(rf"(?:fiscal (?:year )?|fy ?)?({_Y})")
def _year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return Resolution(m.group(1), "year", "year")


@_rule(r"(this|last|next|current|coming) (week|month|year|weekend)")
def _this_unit(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    modifier, unit = m.group(1), m.group(2)
    step = {"last": -1, "next": 1}.get(modifier, 0)
    return unit_shift(anchor, unit, step, f"{modifier}-{unit}")


@_rule(rf"({_N}) (day|week|month|year|decade)s? (ago|from now)")
def _ago(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    count = int(m.group(1)) if m.group(1).isdigit() else SMALL_NUMBERS[m.group(1)]
    unit, sign = m.group(2), (-1 if m.group(3) == "ago" else 1)
    if unit == "decade":
        unit, count = "year", count * 10
    return unit_shift(anchor, unit, sign * count, f"{unit}s-{m.group(3).replace(' ', '-')}")


@_rule(rf"(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half)(?: of)? (.+)|q([1-4]) ({_Y})")
def _quarter(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    if m.group(4):
        index, months, year_text = int(m.group(4)), 3, m.group(5)
    else:
        index, months, year_text = ORDINALS[m.group(1)], (3 if m.group(2) == "quarter" else 6), m.group(3)
    if index * months > 12:
        return None
    year = _resolve_single(year_text, anchor, tense)
    if year is None or year.precision != "year":
        return None
    value = None if year.value is None else f"{year.value}-{(index - 1) * months + 1:02d}"
    return Resolution(value, "month", "quarter" if months == 3 else "half-year")


@_rule(rf"(spring|summer|autumn|fall|winter)(?: of)? ({_Y})|({_Y}) (spring|summer|autumn|fall|winter)")
def _season_year(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    return Resolution(m.group(2) or m.group(3), "year", "season-year")


@_rule(r"(last|this|next) (spring|summer|autumn|fall|winter)")
def _season_relative(m: re.Match[str], anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """Seasons of the northern hemisphere, valued by the year they start in (year precision)."""
    rule = f"season-{m.group(1)}"
    if anchor is None:
        return Resolution(None, "year", rule)
    start = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[m.group(2)]
    # The season running now, or the last one to have started, belongs to this year's count.
    current = anchor.year if anchor.month >= start else anchor.year - 1
    in_it = 0 <= (anchor.month - start) % 12 < 3
    if m.group(1) == "last":
        year = current - 1 if in_it else current
    elif m.group(1) == "next":
        year = current + 1
    else:
        year = current if in_it or anchor.month > start else anchor.year
    return Resolution(str(year), "year", rule)


# --- ranges -----------------------------------------------------------------------------------

_RANGE = re.compile(
    r"(?:between (?P<a1>.+?) and (?P<b1>.+))"
    r"|(?:(?:from )?(?P<a2>.+?)(?:-| to | until | till | through | thru )(?P<b2>.+))"
)


def _resolve_range(norm: str, anchor: dt.date | None, tense: str | None) -> Resolution | None:
    """A range ("12-14 March", "between May and July 2022") resolved as its start."""
    match = _RANGE.fullmatch(norm)
    if match is None:
        return None
    first = normalise(match.group("a1") or match.group("a2"))
    last_text = normalise(match.group("b1") or match.group("b2"))
    last = _resolve_single(last_text, anchor, tense)
    if last is None:
        # "2022-23": a year range written with the end year short.
        alone = _resolve_single(first, anchor, tense) if re.fullmatch(r"\d\d", last_text) else None
        return None if alone is None else Resolution(alone.value, alone.precision, f"range-{alone.rule}")
    start = _complete_start(first, last_text, last, anchor, tense)
    if start is None:
        return None
    return Resolution(start.value, start.precision, f"range-{start.rule}")


def _complete_start(first: str, last_text: str, last: Resolution, anchor: dt.date | None,
                    tense: str | None) -> Resolution | None:
    if first.isdigit() and len(first) <= 2:
        # "12-14 March": the start borrows the month (and year) of the end.
        if last.precision != "day":
            return None
        if last.value is None:
            return Resolution(None, "day", last.rule)
        return absolute_day(int(last.value[:4]), int(last.value[5:7]), int(first), last.rule)
    year = re.search(rf"\b{_Y}\b", last_text)
    if year and not re.search(rf"\b{_Y}\b", first) and last.value is not None:
        start = _resolve_single(f"{first} {year.group(0)}", anchor, tense)
        if start is not None and start.value is not None and start.value > last.value:
            start = _resolve_single(f"{first} {int(year.group(0)) - 1}", anchor, tense)
        if start is not None:
            return start
    return _resolve_single(first, anchor, tense)
