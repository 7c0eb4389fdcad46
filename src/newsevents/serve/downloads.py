"""CSV downloads of what the events, dyad and actors pages show: the same rows, the same order.

Each function takes the records a page renders and gives the CSV text; the page routes add the
download links and serve it as an attachment.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from newsevents.store import ActorActivity, PeriodCounts, StoredEvent

EVENT_COLUMNS = ("id", "date", "date_precision", "source", "source_name", "cameo", "plover", "goldstein",
                 "quad_class", "target", "target_name", "location", "location_country", "num_mentions",
                 "num_sources", "num_articles", "trigger", "sentence", "source_url", "article_id")
PERIOD_COLUMNS = ("period", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                  "material_conflict", "goldstein_sum", "goldstein_mean", "mentions")
ACTOR_COLUMNS = ("code", "name", "country", "sector", "events", "as_source", "as_target", "mentions",
                 "goldstein_mean")


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """``rows`` under a header of ``columns``, as CSV text (RFC 4180 quoting, ``\\n`` line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return out.getvalue()


def events_csv(events: Iterable[StoredEvent]) -> str:
    """The events a page lists, one row each."""
    def row(e: StoredEvent) -> list[Any]:
        loc = e.location
        return [e.id, e.date, e.date_precision, e.source.code if e.source else None,
                e.source.name if e.source else None, e.cameo, e.plover, e.goldstein, e.quad_class,
                e.target.code if e.target else None, e.target.name if e.target else None,
                loc.name if loc else None, loc.country if loc else None, e.num_mentions, e.num_sources,
                e.num_articles, e.trigger, e.sentence, e.source_url, e.article_id]

    return to_csv(EVENT_COLUMNS, (row(e) for e in events))


def periods_csv(points: Iterable[PeriodCounts]) -> str:
    """A dyad's curve: one row per period."""
    return to_csv(PERIOD_COLUMNS, ([getattr(p, c) for c in PERIOD_COLUMNS] for p in points))


def actors_csv(actors: Iterable[ActorActivity]) -> str:
    """An actor ranking (or the actors without a country), one row per actor code."""
    return to_csv(ACTOR_COLUMNS, ([getattr(a, c) for c in ACTOR_COLUMNS] for a in actors))
