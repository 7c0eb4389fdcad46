"""Check query filters and turn them into a parameterised WHERE clause.

The SQL here is made of fixed fragments only; every value a user typed travels as a ``?``
parameter, never inside the SQL text.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from newsevents.errors import BadDate, BadFilter
from newsevents.records import QuadClass
from newsevents.store.models import PERIODS, EventFilter, Period

_ACTOR = re.compile(r"^[A-Z0-9]{3,15}$")
_CAMEO = re.compile(r"^\d{2,4}$")
_PLOVER = re.compile(r"^[A-Z_]{3,30}$")


def check_actor(value: str, name: str = "actor") -> str:
    """An actor code or country code in upper case, or :class:`BadFilter`."""
    code = value.strip().upper()
    if not _ACTOR.match(code):
        raise BadFilter(name, value,
                        "give a CAMEO actor code or an ISO3 country code, e.g. USA, CHNGOV, IGOUNO")
    return code


def check_day(value: str, *, end: bool = False, what: str = "date") -> str:
    """An ISO day; ``YYYY-MM`` becomes the first (or with ``end``, the last) day of the month."""
    text = value.strip()
    try:
        if len(text) == 7:
            first = dt.date.fromisoformat(text + "-01")
            if not end:
                return first.isoformat()
            last = calendar.monthrange(first.year, first.month)[1]
            return first.replace(day=last).isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadDate(value, what) from None


def check_period(value: str) -> Period:
    """``day``, ``week``, ``month`` or ``year``, or :class:`BadFilter`."""
    for period in PERIODS:
        if value == period:
            return period
    raise BadFilter("period", value, f"use {', '.join(PERIODS[:-1])} or {PERIODS[-1]}")


def check_filter(f: EventFilter) -> EventFilter:
    """``f`` with every value checked and normalised (codes upper case, dates ISO days)."""
    changes: dict[str, object] = {}
    for name in ("actor", "source", "target", "location_country"):
        value = getattr(f, name)
        if value is not None:
            changes[name] = check_actor(value, name)
    if f.dyad is not None:
        changes["dyad"] = (check_actor(f.dyad[0], "dyad"), check_actor(f.dyad[1], "dyad"))
    if f.start is not None:
        changes["start"] = check_day(f.start, what="start date")
    if f.end is not None:
        changes["end"] = check_day(f.end, end=True, what="end date")
    if f.cameo is not None:
        cameo = f.cameo.strip()
        if not _CAMEO.match(cameo):
            raise BadFilter("CAMEO code", f.cameo, "give 2 digits for a root (04) or 3-4 digits (042, 1123)")
        changes["cameo"] = cameo
    if f.plover is not None:
        plover = f.plover.strip().upper()
        if not _PLOVER.match(plover):
            raise BadFilter("PLOVER type", f.plover, "give a PLOVER event type such as CONSULT or ACCUSE")
        changes["plover"] = plover
    if f.quad_class is not None and f.quad_class not in set(QuadClass):
        raise BadFilter("QuadClass", f.quad_class, f"use one of {QuadClass.help()}")
    if f.min_mentions is not None and f.min_mentions < 1:
        raise BadFilter("minimum mentions", f.min_mentions, "use a number of 1 or more")
    if f.text is not None:
        changes["text"] = f.text.strip().lower() or None
    checked = dataclasses.replace(f, **changes)  # type: ignore[arg-type]
    if checked.start and checked.end and checked.start > checked.end:
        raise BadFilter("date range", f"{f.start}..{f.end}", "the start date must not be after the end date")
    return checked


def make_filter(**values: object) -> EventFilter:
    """An :class:`EventFilter` from keyword values, checked."""
    return check_filter(EventFilter(**values))  # type: ignore[arg-type]


_SIDE = "(e.{side}_code = ? OR e.{side}_country = ?)"


# Filters that add one clause with one parameter when they are set (SQL fixed here, values bound).
_ONE_VALUE = (
    ("start", "e.day >= CAST(? AS DATE)"),
    ("end", "e.day <= CAST(? AS DATE)"),
    ("plover", "e.plover = ?"),
    ("quad_class", "e.quad_class = ?"),
    ("min_mentions", "e.num_mentions >= ?"),
    ("location_country", "e.location_country = ?"),
    ("text", "EXISTS (SELECT 1 FROM mentions mm WHERE mm.event_id = e.id AND contains(lower(mm.sentence), ?))"),
    ("article_id", "EXISTS (SELECT 1 FROM mentions mm WHERE mm.event_id = e.id AND mm.article_id = ?)"),
)


def where_clause(f: EventFilter) -> tuple[str, list[object]]:
    """``WHERE ...`` (or an empty string) and its parameters for events aliased ``e``."""
    clauses: list[str] = []
    params: list[object] = []
    src, tgt = _SIDE.format(side="source"), _SIDE.format(side="target")
    if f.actor:
        clauses.append(f"({src} OR {tgt})")
        params += [f.actor] * 4
    if f.source:
        clauses.append(src)
        params += [f.source] * 2
    if f.target:
        clauses.append(tgt)
        params += [f.target] * 2
    if f.dyad:
        a, b = f.dyad
        if f.directed:
            clauses.append(f"({src} AND {tgt})")
            params += [a, a, b, b]
        else:
            clauses.append(f"(({src} AND {tgt}) OR ({src} AND {tgt}))")
            params += [a, a, b, b, b, b, a, a]
    if f.cameo:
        clauses.append("starts_with(e.cameo, ?)" if len(f.cameo) == 2 else "e.cameo = ?")
        params.append(f.cameo)
    for field, clause in _ONE_VALUE:
        value = getattr(f, field)
        if value:
            clauses.append(clause)
            params.append(value)
    if not clauses:
        return "", params
    return " WHERE " + " AND ".join(clauses), params
