"""What the pages show, built from store results: dyad summaries and plotly figure specs.

Figures are plain dicts in plotly's JSON schema; the page embeds them and our ``charts.js``
hands them to plotly.js. Building them here keeps the JavaScript small and the figures testable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from newsevents.records import QuadClass
from newsevents.serve.layout import network_layout
from newsevents.store import ActorActivity, CountryCount, Edge, EventFilter, EventStore, LocationCount, PeriodCounts

QUAD_COLOURS = {
    QuadClass.VERBAL_COOPERATION: "#8fbfe0", QuadClass.MATERIAL_COOPERATION: "#1f5fa8",
    QuadClass.VERBAL_CONFLICT: "#f2a27e", QuadClass.MATERIAL_CONFLICT: "#b3202c",
}
"""Blue for cooperation, red for conflict."""

QUADS = tuple((q.field, q.label, QUAD_COLOURS[q]) for q in QuadClass)
"""QuadClass 1-4: record field, label and colour."""

QUAD_NAMES = {q.value: q.label for q in QuadClass}
"""QuadClass number -> label."""

GOLDSTEIN_SCALE = [[0.0, "#b3202c"], [0.5, "#c8c8c8"], [1.0, "#1f5fa8"]]
"""Goldstein -10 (conflict, red) through 0 (grey) to +10 (cooperation, blue)."""

TOPOJSON_URL = "/static/maps/"
"""Where plotly.js fetches its country outlines (``world_110m.json``) from: this app, not a CDN."""

_FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13}


@dataclass(frozen=True, slots=True)
class DyadSummary:
    """Events between two actors, both directions together (``a`` sorts before ``b``)."""

    a: str
    b: str
    a_name: str
    b_name: str
    events: int
    mentions: int
    cooperation: int
    conflict: int
    goldstein_mean: float


def busiest_dyads(store: EventStore, filter: EventFilter | None = None, *, limit: int = 10) -> list[DyadSummary]:
    """The pairs of actors with the most events between them, in either direction."""
    merged: dict[tuple[str, str], list[Edge]] = {}
    for edge in store.network(filter, limit=10_000):
        key = (edge.source, edge.target) if edge.source <= edge.target else (edge.target, edge.source)
        merged.setdefault(key, []).append(edge)
    out = []
    for (a, b), edges in merged.items():
        names = {e.source: e.source_name for e in edges} | {e.target: e.target_name for e in edges}
        events = sum(e.events for e in edges)
        out.append(DyadSummary(
            a=a, b=b, a_name=names.get(a, a), b_name=names.get(b, b), events=events,
            mentions=sum(e.mentions for e in edges), cooperation=sum(e.cooperation for e in edges),
            conflict=sum(e.conflict for e in edges),
            goldstein_mean=round(sum(e.goldstein_mean * e.events for e in edges) / events, 3)))
    out.sort(key=lambda d: (-d.events, -d.mentions, d.a, d.b))
    return out[:limit]


def _layout(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"font": _FONT, "margin": {"l": 56, "r": 56, "t": 24, "b": 48},
                            "paper_bgcolor": "#ffffff", "plot_bgcolor": "#ffffff",
                            "legend": {"orientation": "h", "y": -0.18}}
    base.update(extra)
    return base


def timeline_figure(points: list[PeriodCounts]) -> dict[str, Any]:
    """Stacked bars of events per QuadClass per period, and the mean Goldstein score as a line."""
    periods = [p.period for p in points]
    data: list[dict[str, Any]] = [
        {"type": "bar", "name": label, "x": periods, "y": [getattr(p, field) for p in points],
         "marker": {"color": colour}, "hovertemplate": f"%{{x}}<br>{label}: %{{y}}<extra></extra>"}
        for field, label, colour in QUADS
    ]
    data.append({"type": "scatter", "mode": "lines+markers", "name": "Goldstein (mean)", "x": periods,
                 "y": [p.goldstein_mean for p in points], "yaxis": "y2", "connectgaps": False,
                 "line": {"color": "#222222", "width": 2}, "marker": {"size": 6},
                 "hovertemplate": "%{x}<br>Goldstein mean: %{y:.2f}<extra></extra>"})
    layout = _layout(barmode="stack",
                     xaxis={"title": {"text": "period"}, "type": "date"},
                     yaxis={"title": {"text": "events"}, "rangemode": "tozero"},
                     yaxis2={"title": {"text": "Goldstein (−10 conflict … +10 cooperation)"}, "overlaying": "y",
                             "side": "right", "range": [-10.5, 10.5], "tickvals": [-10, -5, 0, 5, 10],
                             "zeroline": True, "zerolinecolor": "#d0d0d0", "showgrid": False},
                     legend={"orientation": "h", "y": -0.22, "traceorder": "normal"})
    return {"data": data, "layout": layout}


def goldstein_colour(score: float) -> str:
    """A hex colour from red (-10) through grey (0) to blue (+10)."""
    t = max(-1.0, min(1.0, score / 10.0))
    grey, red, blue = (200, 200, 200), (179, 32, 44), (31, 95, 168)
    end = blue if t >= 0 else red
    rgb = [round(g + (e - g) * abs(t)) for g, e in zip(grey, end, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def network_figure(edges: list[Edge], actors: list[ActorActivity]) -> dict[str, Any]:
    """Actors as nodes (size: events) and source→target edges (width: events, colour: Goldstein)."""
    names = {a.code: a.name for a in actors}
    activity = {a.code: a.events for a in actors}
    nodes = sorted({e.source for e in edges} | {e.target for e in edges}, key=lambda c: (-activity.get(c, 0), c))
    for e in edges:
        names.setdefault(e.source, e.source_name)
        names.setdefault(e.target, e.target_name)
    pos = network_layout(nodes, [(e.source, e.target, float(e.events)) for e in edges])
    data: list[dict[str, Any]] = []
    mids_x, mids_y, mids_text, angles = [], [], [], []
    for e in edges:
        (x0, y0), (x1, y1) = pos[e.source], pos[e.target]
        data.append({"type": "scatter", "mode": "lines", "x": [x0, x1], "y": [y0, y1], "hoverinfo": "skip",
                     "showlegend": False, "line": {"color": goldstein_colour(e.goldstein_mean),
                                                   "width": round(1 + 1.5 * math.sqrt(e.events), 2)}})
        mids_x.append(round(x0 + (x1 - x0) * 0.6, 4))
        mids_y.append(round(y0 + (y1 - y0) * 0.6, 4))
        # Clockwise from north, so a "triangle-up" marker points from source to target.
        angles.append(round(math.degrees(math.atan2(x1 - x0, y1 - y0)), 1))
        mids_text.append(f"{e.source} → {e.target}: {e.events} events, Goldstein mean {e.goldstein_mean:+.1f}")
    data.append({"type": "scatter", "mode": "markers", "name": "edges", "x": mids_x, "y": mids_y,
                 "text": mids_text, "hovertemplate": "%{text}<extra></extra>", "showlegend": False,
                 "marker": {"size": 9, "symbol": "triangle-up", "angle": angles, "color": "rgba(60,60,60,0.55)"}})
    data.append({
        "type": "scatter", "mode": "markers+text", "name": "actors",
        "x": [pos[c][0] for c in nodes], "y": [pos[c][1] for c in nodes], "text": nodes,
        "customdata": [names.get(c, c) for c in nodes], "textposition": label_positions(pos, nodes),
        "textfont": {"size": 12, "color": "#1a1a1a"}, "cliponaxis": False,
        "hovertemplate": "%{text}: %{customdata}<extra></extra>", "showlegend": False,
        "marker": {"size": [min(40, 10 + 3 * math.sqrt(activity.get(c, 1))) for c in nodes],
                   "color": "#ffffff", "line": {"color": "#333333", "width": 1.5}},
    })
    axis = {"visible": False}
    return {"data": data, "layout": _layout(xaxis=axis, yaxis=axis | {"scaleanchor": "x"}, hovermode="closest",
                                            height=680, margin={"l": 8, "r": 8, "t": 8, "b": 8})}


def label_positions(pos: dict[str, tuple[float, float]], nodes: list[str]) -> list[str]:
    """Where each node's label goes, so neighbouring labels do not run into each other: a node
    whose nearest neighbour sits beside it takes its label above or below, alternating along the
    row; a node whose nearest neighbour sits above or below it takes its label to the side."""
    if len(nodes) < 2:
        return ["top center"] * len(nodes)
    out: dict[str, str] = {}
    beside: list[str] = []
    for c in nodes:
        x, y = pos[c]
        nearest = min((o for o in nodes if o != c), key=lambda o: (pos[o][0] - x) ** 2 + (pos[o][1] - y) ** 2)
        dx, dy = pos[nearest][0] - x, pos[nearest][1] - y
        if abs(dx) >= abs(dy):
            beside.append(c)
        else:
            out[c] = "middle left" if dx > 0 else "middle right"
    # Along a row, every other label goes below: two short labels fit where two long ones did not.
    for i, c in enumerate(sorted(beside, key=lambda c: (round(pos[c][1], 2), pos[c][0]))):
        out[c] = "top center" if i % 2 == 0 else "bottom center"
    return [out[c] for c in nodes]


def map_figure(places: list[LocationCount], countries: list[CountryCount], shade: str = "events") -> dict[str, Any]:
    """A world map with country borders: countries shaded by their events (``shade="events"``)
    or their mean Goldstein score (``"goldstein"``), and the places events happened at as
    points (size: events, colour: mean Goldstein). The borders are Natural Earth's, served by
    the app itself (see :data:`TOPOJSON_URL`)."""
    placed = [p for p in places if p.lat is not None and p.lon is not None]
    by_goldstein = shade == "goldstein"
    shading: dict[str, Any] = {
        "type": "choropleth", "name": "countries", "locationmode": "ISO-3",
        "locations": [c.country for c in countries],
        "z": [c.goldstein_mean if by_goldstein else c.events for c in countries],
        "text": [f"{c.country}: {c.events} events, Goldstein mean {c.goldstein_mean:+.1f}" for c in countries],
        "hovertemplate": "%{text}<extra></extra>", "marker": {"line": {"color": "#8a8a8a", "width": 0.5}},
        "colorbar": {"title": {"text": "Goldstein" if by_goldstein else "events"}, "thickness": 12, "x": 1.0},
    }
    if by_goldstein:
        shading.update(colorscale=GOLDSTEIN_SCALE, zmin=-10, zmax=10)
    else:
        shading.update(colorscale=[[0.0, "#f3e9d2"], [1.0, "#8c4a12"]], zmin=0)
    points = {
        "type": "scattergeo", "mode": "markers", "name": "event locations",
        "lon": [p.lon for p in placed], "lat": [p.lat for p in placed],
        "text": [f"{p.name} ({p.country or '?'}): {p.events} events, Goldstein mean {p.goldstein_mean:+.1f}"
                 for p in placed],
        "hovertemplate": "%{text}<extra></extra>", "showlegend": False,
        "marker": {"size": [min(30, 6 + 4 * math.sqrt(p.events)) for p in placed],
                   "color": [p.goldstein_mean for p in placed], "colorscale": GOLDSTEIN_SCALE,
                   "cmin": -10, "cmax": 10, "opacity": 0.9, "line": {"color": "#222222", "width": 1},
                   "showscale": False},
    }
    geo = {"scope": "world", "resolution": 110, "projection": {"type": "natural earth"},
           "showcountries": True, "countrycolor": "#8a8a8a", "showcoastlines": True, "coastlinecolor": "#6b6b6b",
           "showland": True, "landcolor": "#fbfaf7", "showocean": True, "oceancolor": "#e8f1f8",
           "showframe": False, "lataxis": {"range": [-58, 85]}}
    return {"data": [shading, points],
            "layout": _layout(geo=geo, height=560, margin={"l": 0, "r": 0, "t": 8, "b": 8}),
            "config": {"topojsonURL": TOPOJSON_URL}}
