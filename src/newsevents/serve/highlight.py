"""An article's text cut into segments marked with what was found there.

Actors, event triggers, dates and quotes may overlap (a quote holds actors and triggers), so the
text is cut at every span boundary and each piece carries the classes of all spans over it: flat
markup, no nesting to balance. The article page renders the segments with Jinja (escaped) and the
"try it" page with ``textContent``; neither ever injects the article as HTML.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from newsevents.records import Event, Extraction


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: ``kind`` is ``actor``, ``trigger``, ``date`` or ``quote``."""

    start: int
    end: int
    kind: str
    note: str
    event: int | None = None
    current: bool = False
    retold: int = 0
    """For a trigger: 0 for the event's own telling, ``n`` for its ``n``-th retelling."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text and the marks over it (``classes`` empty for plain text).

    ``anchors`` name the places a link can jump to at the start of this piece: ``ev-3`` where
    the trigger of the article's fourth coded event starts (several events can share a trigger),
    ``ev-3-1`` where the trigger of its first retelling starts,
    and ``current`` where the first trigger of the event the reader came to see starts.
    """

    text: str
    classes: tuple[str, ...] = ()
    note: str = ""
    anchors: tuple[str, ...] = ()


def trigger_span(event: Event, text: str) -> tuple[int, int] | None:
    """The character span of ``event``'s trigger in ``text``; found in its sentence if not stored."""
    if event.trigger_span is not None:
        return event.trigger_span
    if not event.trigger:
        return None
    at = text.find(event.trigger, event.span[0], event.span[1])
    return None if at < 0 else (at, at + len(event.trigger))


def marks(ex: Extraction, current: Iterable[int] = ()) -> list[Mark]:
    """Every actor mention, trigger, date and quote of ``ex`` as a :class:`Mark`; events whose index is
    in ``current`` are marked current (the one the reader came to see)."""
    text = ex.article.text
    chosen = set(current)
    found: list[Mark] = []
    for actor in ex.actors:
        note = f"{actor.name} ({actor.code or 'no code'})"
        for start, end in actor.mentions or [actor.span]:
            found.append(Mark(start, end, "actor", note))
    for i, event in enumerate(ex.events):
        span = trigger_span(event, text)
        if span is not None:
            note = f"event {i + 1}: CAMEO {event.cameo} {event.plover or ''} ({event.rule})".replace("  ", " ")
            found.append(Mark(span[0], span[1], "trigger", note, event=i, current=i in chosen))
        for n, told in enumerate(event.retellings, start=1):
            if told.trigger_span is not None:
                note = f"event {i + 1} told again: CAMEO {event.cameo} ({told.rule})"
                found.append(Mark(*told.trigger_span, "trigger", note, event=i, current=i in chosen, retold=n))
    for date in ex.dates:
        found.append(Mark(date.span[0], date.span[1], "date", f"date: {date.value or 'unresolved'}"))
    for quote in ex.quotes:
        speaker = quote.speaker.name if quote.speaker else "unknown speaker"
        found.append(Mark(quote.span[0], quote.span[1], "quote", f"quote: {speaker}"))
    return [m for m in found if 0 <= m.start < m.end <= len(text)]


def segments(text: str, found: Iterable[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; each piece with the classes and notes of its marks."""
    found = sorted(found, key=lambda m: (m.start, -m.end))
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    out: list[Segment] = []
    current_seen = False
    for left, right in pairwise(cuts):
        over = [m for m in found if m.start <= left and right <= m.end]
        starting = [m for m in over if m.kind == "trigger" and m.start == left]
        anchors = [f"ev-{m.event}-{m.retold}" if m.retold else f"ev-{m.event}" for m in starting]
        if not current_seen and any(m.current for m in starting):
            anchors.insert(0, "current")
            current_seen = True
        classes = sorted({m.kind for m in over} | {"current" for m in over if m.current})
        notes = list(dict.fromkeys(m.note for m in over))
        out.append(Segment(text[left:right], tuple(classes), "; ".join(notes), tuple(anchors)))
    return out


def highlight(ex: Extraction, current: Iterable[int] = ()) -> list[Segment]:
    """The article text of ``ex`` as highlighted segments."""
    return segments(ex.article.text, marks(ex, current))
