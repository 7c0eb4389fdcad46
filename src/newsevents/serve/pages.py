"""The HTML pages: overview, event search, dyad, network, map, articles, one article, "try it".

Pages are rendered on the server with Jinja (autoescaped); charts are plotly figure specs
embedded as JSON and drawn by our ``charts.js`` with the plotly.js the app serves itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from newsevents.records import Event
from newsevents.serve.api import ArticleId, Store
from newsevents.serve.downloads import actors_csv, events_csv, periods_csv
from newsevents.serve.highlight import highlight, trigger_span
from newsevents.serve.params import MAX_EVENTS_PAGE, MAX_LIST, By, Offset, form_filter
from newsevents.serve.tryit import MAX_CHARS
from newsevents.serve.views import busiest_dyads, map_figure, network_figure, timeline_figure
from newsevents.store import EventFilter, make_filter
from newsevents.store.filters import check_actor

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE_SIZES = (25, 50, 100, 200)
DYAD_EVENTS = 100
"""How many of a dyad's events its page lists (and its CSV holds)."""
FormFilter = Annotated[EventFilter, Depends(form_filter)]


def _render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    templates = request.app.state.templates
    response: Response = templates.TemplateResponse(request, name, context, status_code=status)
    return response


def _url(path: str, params: dict[str, Any]) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def _csv(text: str, filename: str) -> Response:
    """``text`` served as a CSV file to save (the page's rows, as the page shows them)."""
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/")
def overview(request: Request, store: Store) -> Response:
    stats = store.stats()
    return _render(request, "overview.html", page="overview", stats=stats,
                   figure=timeline_figure(store.timeline(None, "month")), coarse=store.too_coarse(None, "month"),
                   dyads=busiest_dyads(store, limit=10), actors=store.actors(None, limit=10))


EventsLimit = Annotated[int, Query(ge=1, le=MAX_EVENTS_PAGE)]
EventsSort = Annotated[str, Query(pattern="^(date|-date|mentions)$")]


@router.get("/events")
def events(request: Request, store: Store, f: FormFilter, offset: Offset = 0, limit: EventsLimit = 50,
           sort: EventsSort = "date") -> Response:
    form = {k: v for k, v in request.query_params.items() if k not in ("offset",)}
    total = store.count_events(f)
    found = store.events(f, limit=limit, offset=offset, sort=sort)  # type: ignore[arg-type]
    prev_url = _url("/events", form | {"offset": max(0, offset - limit)}) if offset > 0 else None
    next_url = _url("/events", form | {"offset": offset + limit}) if offset + limit < total else None
    return _render(request, "events.html", page="events", form=form, events=found, total=total, offset=offset,
                   limit=limit, sort=sort, page_sizes=PAGE_SIZES, prev_url=prev_url, next_url=next_url,
                   csv_url=_url("/events.csv", dict(request.query_params)))


@router.get("/events.csv")
def events_download(store: Store, f: FormFilter, offset: Offset = 0, limit: EventsLimit = 50,
                    sort: EventsSort = "date") -> Response:
    """The events the events page shows for the same query, as CSV."""
    found = store.events(f, limit=limit, offset=offset, sort=sort)  # type: ignore[arg-type]
    return _csv(events_csv(found), "events.csv")


@router.get("/events/{event_id}")
def event(store: Store, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> Response:
    """An event opens in the article that first reported it, scrolled to its trigger."""
    found = store.event(event_id)
    if found is None:
        raise HTTPException(404, f"there is no event {event_id}")
    return RedirectResponse(f"/articles/{found.article_id}?event={event_id}#current", status_code=303)


@router.get("/dyad")
def dyad(request: Request, store: Store, a: Annotated[str, Query(max_length=20)] = "",
         b: Annotated[str, Query(max_length=20)] = "", by: By = "month") -> Response:
    dyads = busiest_dyads(store, limit=15)
    if not a.strip() and not b.strip():
        return _render(request, "dyad.html", page="dyad", a="", b="", by=by, dyads=dyads, figure=None,
                       events=[], total=0, points=0)
    first, second = check_actor(a, "first actor"), check_actor(b, "second actor")
    f = make_filter(dyad=(first, second))
    points = store.dyad(first, second, by)
    return _render(request, "dyad.html", page="dyad", a=first, b=second, by=by, dyads=dyads,
                   figure=timeline_figure(points), points=len(points), total=store.count_events(f),
                   coarse=store.too_coarse(f, by),
                   events=store.events(f, limit=DYAD_EVENTS, sort="date"),
                   search_url=_url("/events", {"a": first, "b": second}),
                   csv_url=_url("/dyad.csv", {"a": first, "b": second, "by": by}),
                   events_csv_url=_url("/dyad.csv", {"a": first, "b": second, "by": by, "rows": "events"}))


@router.get("/dyad.csv")
def dyad_download(store: Store, a: Annotated[str, Query(max_length=20)], b: Annotated[str, Query(max_length=20)],
                  by: By = "month", rows: Annotated[str, Query(pattern="^(periods|events)$")] = "periods") -> Response:
    """The dyad page's curve (one row per period) or its events, as CSV."""
    first, second = check_actor(a, "first actor"), check_actor(b, "second actor")
    name = f"dyad-{first}-{second}"
    if rows == "events":
        found = store.events(make_filter(dyad=(first, second)), limit=DYAD_EVENTS, sort="date")
        return _csv(events_csv(found), f"{name}-events.csv")
    return _csv(periods_csv(store.dyad(first, second, by)), f"{name}-by-{by}.csv")


@router.get("/actors")
def actors_page(request: Request, store: Store, f: FormFilter,
                limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 50) -> Response:
    form = dict(request.query_params)
    return _render(request, "actors.html", page="actors", form=form, limit=limit,
                   actors=store.actors(f, limit=limit), unplaced=store.actors(f, limit=MAX_LIST, no_country=True),
                   csv_url=_url("/actors.csv", form))


@router.get("/actors.csv")
def actors_download(store: Store, f: FormFilter, limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 50) -> Response:
    """The actors page's ranking, then its actors without a country, as CSV."""
    rows = [*store.actors(f, limit=limit), *store.actors(f, limit=MAX_LIST, no_country=True)]
    return _csv(actors_csv(rows), "actors.csv")


@router.get("/network")
def network(request: Request, store: Store, f: FormFilter,
            limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 60) -> Response:
    edges = store.network(f, limit=limit)
    form = dict(request.query_params)
    return _render(request, "network.html", page="network", form=form, limit=limit, edges=edges,
                   figure=network_figure(edges, store.actors(f, limit=MAX_LIST)))


@router.get("/map")
def map_page(request: Request, store: Store, f: FormFilter,
             limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 200,
             shade: Annotated[str, Query(pattern="^(events|goldstein)$")] = "events") -> Response:
    places = store.locations(f, limit=limit)
    countries = store.countries(f)
    form = dict(request.query_params)
    other = "events" if shade == "goldstein" else "goldstein"
    return _render(request, "map.html", page="map", form=form, places=places, countries=countries, shade=shade,
                   figure=map_figure(places, countries, shade), other_shade_url=_url("/map", form | {"shade": other}))


@router.get("/articles")
def articles(request: Request, store: Store, offset: Offset = 0,
             text: Annotated[str, Query(max_length=200)] = "",
             limit: Annotated[int, Query(ge=1, le=MAX_EVENTS_PAGE)] = 50) -> Response:
    found = store.articles(limit=limit + 1, offset=offset, text=text.strip() or None)
    more = len(found) > limit
    form = {"text": text, "limit": limit}
    return _render(request, "articles.html", page="articles", articles=found[:limit], text=text,
                   prev_url=_url("/articles", form | {"offset": max(0, offset - limit)}) if offset else None,
                   next_url=_url("/articles", form | {"offset": offset + limit}) if more else None)


@dataclass(frozen=True, slots=True)
class Telling:
    """A sentence that tells an event, split around its trigger; ``rule`` is the pattern that
    found it."""

    before: str
    trigger: str
    after: str
    rule: str


@dataclass(frozen=True, slots=True)
class Why:
    """One coded event on the article page, with its sentence split around the trigger and its
    later tellings (retellings) in the article."""

    index: int
    event_id: int | None
    event: Event
    before: str
    trigger: str
    after: str
    current: bool
    retold: tuple[Telling, ...] = ()


def _telling(text: str, sentence: tuple[int, int], trigger: tuple[int, int] | None, rule: str) -> Telling:
    start, end = sentence
    if trigger is None or not start <= trigger[0] < trigger[1] <= end:
        return Telling(text[start:end].strip(), "", "", rule)
    return Telling(text[start:trigger[0]].lstrip(), text[trigger[0]:trigger[1]], text[trigger[1]:end].rstrip(), rule)


def _why(index: int, event: Event, text: str, event_id: int | None, current: bool) -> Why:
    own = _telling(text, event.span, trigger_span(event, text), event.rule)
    retold = tuple(_telling(text, r.span, r.trigger_span, r.rule) for r in event.retellings)
    return Why(index, event_id, event, own.before, own.trigger, own.after, current, retold)


@router.get("/articles/{article_id}")
def article(request: Request, store: Store, article_id: ArticleId,
            event: Annotated[int | None, Query(ge=1, le=2**62)] = None) -> Response:
    stored = store.article(article_id)
    if stored is None:
        raise HTTPException(404, f"there is no article {article_id}")
    ex = stored.extraction
    ids = {m.index: m.event_id for m in stored.mentions}
    current = [i for i, eid in ids.items() if eid == event]
    text = ex.article.text
    whys = [_why(i, e, text, ids.get(i), i in current) for i, e in enumerate(ex.events)]
    return _render(request, "article.html", page="articles", stored=stored, ex=ex, whys=whys,
                   segments=highlight(ex, current), current=current)


@router.get("/try")
def try_page(request: Request) -> Response:
    return _render(request, "try.html", page="try", max_chars=MAX_CHARS)


@router.get("/api")
def api_index(request: Request) -> Response:
    """The API's endpoints, read from its OpenAPI description."""
    spec = request.app.openapi()
    routes = [(method.upper(), path, op.get("summary", ""), [p["name"] for p in op.get("parameters", [])])
              for path, ops in spec["paths"].items() for method, op in ops.items()]
    return _render(request, "api.html", page="api", routes=routes)

