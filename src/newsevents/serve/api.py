"""The JSON API under ``/api``: events, dyads, actors, network, places, articles, stats, extraction.

Every route is a few lines over one :class:`~newsevents.store.EventStore` method; parameters are
checked by FastAPI and by the store's filter checks (a 422 naming the bad value), and page sizes
are capped. Routes are plain functions, so FastAPI runs them in its thread pool and the store
(one cursor per query) answers several at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from newsevents.articles import check_date
from newsevents.errors import BadDate
from newsevents.records import Extraction
from newsevents.serve.highlight import Segment, highlight
from newsevents.serve.params import (
    MAX_EVENTS_PAGE,
    MAX_LIST,
    MAX_TEXT,
    By,
    Offset,
    Sort,
    event_filter,
)
from newsevents.serve.tryit import MAX_CHARS, Busy, Extractor, TooLong, TooSlow
from newsevents.serve.views import DyadSummary, busiest_dyads
from newsevents.store import (
    ActorActivity,
    ArticleSummary,
    Edge,
    EventFilter,
    EventStore,
    LocationCount,
    PeriodCounts,
    StoredArticle,
    StoredEvent,
    StoreStats,
)
from newsevents.store.filters import check_actor

router = APIRouter(prefix="/api", tags=["api"])

Filter = Annotated[EventFilter, Depends(event_filter)]
ArticleId = Annotated[str, Path(pattern=r"^[0-9a-f]{8,64}$", description="The article's content hash.")]


def store_of(request: Request) -> EventStore:
    """The application's read-only store."""
    store: EventStore = request.app.state.store
    return store


Store = Annotated[EventStore, Depends(store_of)]


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of events and the number of events that pass the filter."""

    total: int
    limit: int
    offset: int
    events: list[StoredEvent]


@dataclass(frozen=True, slots=True)
class DyadCurve:
    """The cooperation–conflict curve of two actors: one point per period."""

    a: str
    b: str
    by: str
    directed: bool
    points: list[PeriodCounts]


@dataclass(frozen=True, slots=True)
class TryResult:
    """The extraction of a pasted article, its highlighted text, and how long it took."""

    extraction: Extraction
    segments: list[Segment]
    seconds: float


class TryRequest(BaseModel):
    """An article to extract on the "try it" page."""

    text: str = Field(description=f"The article text (at most {MAX_CHARS:,} characters).")
    date: str | None = Field(default=None, max_length=10, description="Publication date, YYYY-MM-DD.")


@router.get("/stats", summary="What the database holds")
def stats(store: Store) -> StoreStats:
    found = store.stats()
    # The file name is enough to tell databases apart; the server's directories are nobody's business.
    return replace(found, path=PurePath(found.path).name)


@router.get("/events", summary="Events that pass the filters, one page at a time")
def events(store: Store, f: Filter, offset: Offset = 0,
           limit: Annotated[int, Query(ge=1, le=MAX_EVENTS_PAGE, description="Events per page.")] = 50,
           sort: Annotated[Sort, Query(description="date, -date (newest first) or mentions.")] = "date",
           ) -> EventPage:
    return EventPage(total=store.count_events(f), limit=limit, offset=offset,
                     events=store.events(f, limit=limit, offset=offset, sort=sort))


@router.get("/events/{event_id}", summary="One event with every report of it")
def event(store: Store, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> StoredEvent:
    found = store.event(event_id)
    if found is None:
        raise HTTPException(404, f"there is no event {event_id}")
    return found


@router.get("/timeline", summary="Events per period and QuadClass, with Goldstein scores")
def timeline(store: Store, f: Filter, by: By = "month") -> list[PeriodCounts]:
    return store.timeline(f, by)


@router.get("/dyad", summary="The cooperation–conflict curve of two actors")
def dyad(store: Store, f: Filter,
         a: Annotated[str, Query(max_length=20, description="First actor (code or country).")],
         b: Annotated[str, Query(max_length=20, description="Second actor (code or country).")],
         by: By = "month",
         directed: Annotated[bool, Query(description="Only events from a to b.")] = False) -> DyadCurve:
    first, second = check_actor(a, "a"), check_actor(b, "b")
    return DyadCurve(a=first, b=second, by=by, directed=directed,
                     points=store.dyad(first, second, by, f, directed=directed))


@router.get("/dyads", summary="The busiest dyads (both directions together)")
def dyads(store: Store, f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 20) -> list[DyadSummary]:
    return busiest_dyads(store, f, limit=limit)


@router.get("/actors", summary="The most active actors")
def actors(store: Store, f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 20) -> list[ActorActivity]:
    return store.actors(f, limit=limit)


@router.get("/network", summary="Source → target edges of the event network")
def network(store: Store, f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 100) -> list[Edge]:
    return store.network(f, limit=limit)


@router.get("/locations", summary="Places where events happened")
def locations(store: Store, f: Filter,
              limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 200) -> list[LocationCount]:
    return store.locations(f, limit=limit)


@router.get("/articles", summary="Stored articles, newest first")
def articles(store: Store, offset: Offset = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_EVENTS_PAGE)] = 50,
             text: Annotated[str | None, Query(max_length=MAX_TEXT, description="Words in the title or text.")]
             = None) -> list[ArticleSummary]:
    return store.articles(limit=limit, offset=offset, text=(text or "").strip() or None)


@router.get("/articles/{article_id}", summary="One article: its text and everything found in it")
def article(store: Store, article_id: ArticleId) -> StoredArticle:
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"there is no article {article_id}")
    return found


@router.post("/extract", summary="Extract a pasted article (nothing is stored)",
             responses={413: {"description": f"The text is longer than {MAX_CHARS:,} characters."},
                        429: {"description": "Other extractions fill the queue; try again after Retry-After."},
                        503: {"description": "The extraction passed the time limit of one request."}})
async def extract(request: Request, body: TryRequest) -> TryResult:
    text = body.text.strip()
    if not text:
        raise HTTPException(422, [{"loc": ["body", "text"], "msg": "paste the text of an article",
                                   "type": "value_error"}])
    if len(text) > MAX_CHARS:
        raise HTTPException(413, [{"loc": ["body", "text"], "msg": str(TooLong(len(text))), "type": "too_long"}])
    try:
        date = check_date(body.date.strip()) if body.date and body.date.strip() else None
    except BadDate as exc:
        raise HTTPException(422, [{"loc": ["body", "date"], "msg": str(exc), "type": "value_error"}]) from None
    extractor: Extractor = request.app.state.extractor
    started = time.perf_counter()
    try:
        ex = await extractor.extract(text, date)
    except Busy as exc:
        raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
    except TooSlow as exc:
        raise HTTPException(503, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
    return TryResult(extraction=ex, segments=highlight(ex), seconds=round(time.perf_counter() - started, 3))
