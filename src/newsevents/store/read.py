"""Rows back into records: the inverse of :mod:`newsevents.store.rows`.

Each function takes a row as a dict (column name -> value, as DuckDB returns it) and gives the
typed record; the SELECT lists that feed them live in :mod:`newsevents.store.queries`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from newsevents.records import Actor, ActorRef, Article, DateMention, Event, Figure, Location, Quote, Retelling
from newsevents.store.models import StoredEvent, StoredMention

Row = dict[str, Any]


def iso(value: dt.date | dt.datetime | None) -> str | None:
    """A date or timestamp as an ISO string (timestamps to the second), or ``None``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def actor_ref(row: Row, prefix: str, *, full: bool = True) -> ActorRef | None:
    """The ``prefix_*`` columns of ``row`` as an :class:`ActorRef` (``None`` when absent)."""
    name = row[f"{prefix}_name"]
    if name is None:
        return None
    if not full:
        return ActorRef(name, row[f"{prefix}_code"], row[f"{prefix}_country"], row[f"{prefix}_sector"])
    return ActorRef(name, row[f"{prefix}_code"], row[f"{prefix}_country"], row[f"{prefix}_sector"],
                    row[f"{prefix}_text"], _span(row[f"{prefix}_start"], row[f"{prefix}_end"]))


def location(row: Row) -> Location | None:
    """The ``location_*`` columns as a :class:`Location`."""
    if row["location_name"] is None:
        return None
    return Location(row["location_name"], row["location_country"], row["location_lat"], row["location_lon"],
                    row.get("location_type"), row.get("location_adm1"), row.get("location_geonames_id"))


def at_precision(day: dt.date | None, precision: str | None) -> str | None:
    """A stored day written at its precision: ``2016`` for a year, ``2022-09`` for a month."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def event(row: Row) -> Event:
    """A mention row as the :class:`Event` that was coded."""
    return Event(
        date=row["date"], source=actor_ref(row, "source"), target=actor_ref(row, "target"),
        cameo=row["cameo"],
        plover=row["plover"], goldstein=row["goldstein"], quad_class=row["quad_class"],
        sentence=row["sentence"], span=(row["span_start"], row["span_end"]), trigger=row["trigger"],
        rule=row["rule"], confidence=row["confidence"], location=location(row),
        trigger_span=_span(row["trigger_start"], row["trigger_end"]), plover_mode=row["plover_mode"],
        plover_context=row["plover_context"], date_precision=row.get("date_precision") if row["date"] else None,
    )


def mention(row: Row) -> StoredMention:
    """A mention row (joined with its article's ``doc_id`` and ``source_url``)."""
    return StoredMention(id=row["id"], event_id=row["event_id"], article_id=row["article_id"],
                         doc_id=row["doc_id"], index=row["idx"], event=event(row),
                         source_url=row["source_url"], added=iso(row["added"]) or "",
                         retelling=row.get("retelling"))


def coded_events(mentions: tuple[StoredMention, ...]) -> list[Event]:
    """An article's events as coded, from its mentions in order: each later mention of an act
    (a retelling row) goes back into its event's ``retellings``."""
    events: list[Event] = []
    for m in mentions:
        if m.retelling is None or not events:
            events.append(m.event)
            continue
        e = m.event
        told = Retelling(sentence=e.sentence, span=e.span, trigger=e.trigger, rule=e.rule,
                         trigger_span=e.trigger_span)
        events[-1] = dataclasses.replace(events[-1], retellings=(*events[-1].retellings, told))
    return events


def stored_event(row: Row, mentions: tuple[StoredMention, ...] = ()) -> StoredEvent:
    """An events row as a :class:`StoredEvent`."""
    return StoredEvent(
        id=row["id"], date=at_precision(row["day"], row.get("date_precision")),
        date_precision=row.get("date_precision"), source=actor_ref(row, "source", full=False),
        target=actor_ref(row, "target", full=False), cameo=row["cameo"], plover=row["plover"],
        plover_mode=row["plover_mode"], plover_context=row["plover_context"], goldstein=row["goldstein"],
        quad_class=row["quad_class"], location=location(row), is_root=row["is_root"],
        num_mentions=row["num_mentions"], num_sources=row["num_sources"], num_articles=row["num_articles"],
        first_seen=iso(row["first_seen"]), last_seen=iso(row["last_seen"]), article_id=row["article_id"],
        source_url=row["source_url"], sentence=row["sentence"], trigger=row["trigger"],
        added=iso(row["added"]) or "", mentions=mentions,
    )


def article(row: Row) -> Article:
    """An articles row as the :class:`Article` that was read."""
    return Article(id=row["doc_id"], text=row["text"], date=row["date"], title=row["title"], url=row["url"],
                   source=row["source"], line=row["line"])


def actor(row: Row) -> Actor:
    """An actors row."""
    return Actor(name=row["name"], text=row["text"], code=row["code"], country=row["country"],
                 sector=row["sector"], kind=row["kind"], span=(row["span_start"], row["span_end"]),
                 rule=row["rule"], role=row["role"], mentions=[(m[0], m[1]) for m in row["mentions"] or []],
                 country_rule=row.get("country_rule"))


def quote(row: Row) -> Quote:
    """A quotes row."""
    return Quote(text=row["text"], span=(row["span_start"], row["span_end"]),
                 speaker=actor_ref(row, "speaker"), cue=row["cue"], rule=row["rule"])


def date_mention(row: Row) -> DateMention:
    """A dates row."""
    return DateMention(text=row["text"], value=row["value"], precision=row["precision"],
                       span=(row["span_start"], row["span_end"]), rule=row["rule"])


def figure(row: Row) -> Figure:
    """A figures row."""
    return Figure(text=row["text"], value=row["value"], unit=row["unit"], kind=row["kind"],
                  span=(row["span_start"], row["span_end"]), year=row["year"], what=row["what"])
