"""Query parameters shared by the API and the pages, validated before any query runs.

FastAPI checks types, lengths and ranges (a 422 naming the parameter); the store's
:func:`~newsevents.store.make_filter` checks the values themselves (actor codes, CAMEO codes,
dates) and raises :class:`~newsevents.errors.BadFilter`, which the app turns into a 422 too.
Values only ever reach SQL as parameters, inside the store.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from newsevents.errors import BadFilter
from newsevents.records import QuadClass
from newsevents.store import EventFilter, make_filter
from newsevents.store.models import Period

MAX_EVENTS_PAGE = 200
"""The most events one request returns; page through the rest with ``offset``."""
MAX_LIST = 500
"""The most rows of an aggregate list (actors, network edges, places, dyads)."""
MAX_OFFSET = 1_000_000
MAX_TEXT = 200
"""The longest text filter accepted (a search phrase, not a document)."""

By = Period
Sort = Literal["date", "-date", "mentions"]

_ACTOR_HELP = "CAMEO actor code or ISO3 country, matching either side (USA, CHNGOV, IGOUNO)."
Actor = Annotated[str | None, Query(max_length=20, description=_ACTOR_HELP)]
Source = Annotated[str | None, Query(max_length=20, description="Source actor code or country.")]
Target = Annotated[str | None, Query(max_length=20, description="Target actor code or country.")]
Dyad = Annotated[str | None, Query(max_length=41, description="Two actors separated by a comma (USA,CHN): "
                                   "events between them in either direction.")]
Start = Annotated[str | None, Query(max_length=10, description="First day, YYYY-MM-DD or YYYY-MM.")]
End = Annotated[str | None, Query(max_length=10, description="Last day, YYYY-MM-DD or YYYY-MM.")]
Cameo = Annotated[str | None, Query(max_length=4, description="CAMEO code (042) or two-digit root (04).")]
Plover = Annotated[str | None, Query(max_length=30, description="PLOVER event type (CONSULT, ACCUSE, ...).")]
Quad = Annotated[int | None, Query(ge=min(QuadClass).value, le=max(QuadClass).value,
                                   description=f"QuadClass: {QuadClass.help()}.")]
Text = Annotated[str | None, Query(max_length=MAX_TEXT, description="Words in a reporting sentence "
                                   "(case-insensitive).")]
MinMentions = Annotated[int | None, Query(ge=1, le=1_000_000, description="Only events reported this often.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip first.")]


def split_dyad(value: str) -> tuple[str, str]:
    """``"USA,CHN"`` as a pair, or :class:`BadFilter`."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise BadFilter("dyad", value, "give two actors separated by a comma, e.g. USA,CHN")
    return parts[0], parts[1]


def event_filter(actor: Actor = None, source: Source = None, target: Target = None, dyad: Dyad = None,
                 start: Start = None, end: End = None, cameo: Cameo = None, plover: Plover = None,
                 quad: Quad = None, text: Text = None, min_mentions: MinMentions = None) -> EventFilter:
    """The API's event filter, checked (a FastAPI dependency)."""
    return make_filter(actor=actor, source=source, target=target, dyad=split_dyad(dyad) if dyad else None,
                       start=start, end=end, cameo=cameo, plover=plover, quad_class=quad, text=text,
                       min_mentions=min_mentions)


# -- the same filter from an HTML form, where an untouched field arrives as an empty string ---------------
FormActor = Annotated[str, Query(max_length=20)]
FormDate = Annotated[str, Query(max_length=10)]
FormQuad = Annotated[str, Query(max_length=1, pattern=f"^[{min(QuadClass).value}-{max(QuadClass).value}]?$")]
FormText = Annotated[str, Query(max_length=MAX_TEXT)]


def _blank(value: str) -> str | None:
    return value.strip() or None


def form_filter(actor: FormActor = "", source: FormActor = "", target: FormActor = "", a: FormActor = "",
                b: FormActor = "", start: FormDate = "", end: FormDate = "",
                cameo: Annotated[str, Query(max_length=4)] = "", plover: Annotated[str, Query(max_length=30)] = "",
                quad: FormQuad = "", text: FormText = "") -> EventFilter:
    """The event search form's filter (``a`` and ``b`` form the dyad), checked."""
    first, second = _blank(a), _blank(b)
    if bool(first) != bool(second):
        raise BadFilter("dyad", f"{a},{b}", "fill in both actors of the dyad, or neither")
    return make_filter(actor=_blank(actor), source=_blank(source), target=_blank(target),
                       dyad=(first, second) if first and second else None, start=_blank(start),
                       end=_blank(end), cameo=_blank(cameo), plover=_blank(plover),
                       quad_class=int(quad) if quad.strip() else None, text=_blank(text))
