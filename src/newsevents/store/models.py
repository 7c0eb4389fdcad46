"""Typed records the store takes (filters) and gives back (query results, reports).

Every field is JSON-ready (dates are ISO strings), so the CLI and the dashboard can serialise a
result with :func:`newsevents.serialize.record_to_dict` and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from newsevents.reading import ReadProblem
from newsevents.records import ActorRef, Event, Extraction, Location

Period = Literal["day", "week", "month", "year"]
"""Bucket size of a time series; weeks start on Monday (ISO weeks). The one list of periods: the
CLI's ``--by`` and the web API's ``by`` take this type."""

PERIODS: tuple[Period, ...] = get_args(Period)
"""Every :data:`Period`, shortest first."""

Sort = Literal["date", "-date", "mentions"]
"""Order of :meth:`EventStore.events`: by date (oldest first), newest first, or most reported."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a query looks at; every field left ``None`` means "any".

    Actor values (``actor``, ``source``, ``target``, ``dyad``) match an actor's CAMEO code or its
    country: ``"USA"`` matches ``USAGOV`` and ``USAMIL`` (country USA) as well as a bare ``USA``.
    ``cameo`` is a code (``"042"``, ``"1123"``) or, with two digits, a root (``"04"``).
    ``start``/``end`` are inclusive ISO dates (``YYYY-MM-DD``; ``YYYY-MM`` means the whole month).
    ``text`` is a case-insensitive substring of a reporting sentence. ``dyad`` matches both
    directions unless ``directed``. Build it with :func:`newsevents.store.filters.make_filter` to
    get values checked, or call :meth:`checked`.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    start: str | None = None
    end: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    text: str | None = None
    min_mentions: int | None = None
    article_id: str | None = None
    location_country: str | None = None


@dataclass(frozen=True, slots=True)
class StoredMention:
    """One report of an event: which article said it, and the event exactly as it was coded.

    ``retelling`` numbers a later mention of the act in the same article (1, 2, ...; ``event`` then
    holds that telling's sentence, trigger and rule); ``None`` for the event's own telling."""

    id: int
    event_id: int
    article_id: str
    doc_id: str
    index: int
    event: Event
    source_url: str | None
    added: str
    retelling: int | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A deduplicated event: every report of the same key within the window, merged.

    ``source_url`` and ``sentence`` come from the first report; ``first_seen``/``last_seen`` are
    the earliest and latest publication dates of the articles that report it; ``added`` is when
    the store first saw it (UTC). ``mentions`` is filled by :meth:`EventStore.event` only.
    ``date`` is written at ``date_precision`` (``2016`` for "in 2016", not ``2016-01-01``).
    """

    id: int
    date: str | None
    date_precision: str | None
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    goldstein: float
    quad_class: int
    location: Location | None
    is_root: bool
    num_mentions: int
    num_sources: int
    num_articles: int
    first_seen: str | None
    last_seen: str | None
    article_id: str
    source_url: str | None
    sentence: str | None
    trigger: str | None
    added: str
    mentions: tuple[StoredMention, ...] = ()


@dataclass(frozen=True, slots=True)
class PeriodCounts:
    """One point of a time series: events per QuadClass in a period, and their Goldstein scores.

    ``goldstein_mean`` is ``None`` for a period without events (kept so the curve has no gaps).
    """

    period: str
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    mentions: int


@dataclass(frozen=True, slots=True)
class ActorActivity:
    """How active an actor (by CAMEO code) is: events as source, as target, and their tone."""

    code: str
    name: str
    country: str | None
    sector: str | None
    events: int
    as_source: int
    as_target: int
    mentions: int
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class Edge:
    """Events from one actor to another: a directed edge of the event network."""

    source: str
    target: str
    source_name: str
    target_name: str
    events: int
    mentions: int
    goldstein_mean: float
    cooperation: int
    conflict: int


@dataclass(frozen=True, slots=True)
class LocationCount:
    """Events that happened at one place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    events: int
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class CountryCount:
    """Events that happened in one country (ISO3), for a map shaded by country."""

    country: str
    events: int
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One stored article, without its text: a row of an article list."""

    id: str
    doc_id: str
    date: str | None
    title: str | None
    source: str | None
    url: str | None
    events: int
    added: str


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """A stored article with everything found in it (its events as coded, with spans).

    ``extraction.article.text`` is the full text; ``mentions`` pairs each coded event with the
    id of the deduplicated event it was merged into.
    """

    id: str
    added: str
    extraction: Extraction
    mentions: tuple[StoredMention, ...]


@dataclass(frozen=True, slots=True)
class StoreStats:
    """What a database holds."""

    path: str
    schema_version: int
    dedup_window: int | None
    articles: int
    events: int
    mentions: int
    actors: int
    quotes: int
    dates: int
    figures: int
    first_day: str | None
    last_day: str | None
    sources: int
    size_bytes: int


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: articles new, already stored and failed; events and quotes stored.

    ``events_new`` counts deduplicated events created; ``mentions`` the event reports stored
    (``mentions - events_new`` of them merged into events that already existed or repeat
    within the batch).
    """

    articles_new: int = 0
    articles_stored: int = 0
    failed: list[ReadProblem] = field(default_factory=list)
    events_new: int = 0
    mentions: int = 0
    quotes: int = 0
    seconds: float = 0.0

    def add(self, other: IngestReport) -> None:
        """Add the counts of ``other`` (one batch) to this report."""
        self.articles_new += other.articles_new
        self.articles_stored += other.articles_stored
        self.failed.extend(other.failed)
        self.events_new += other.events_new
        self.mentions += other.mentions
        self.quotes += other.quotes

    def summary(self) -> str:
        """One line for the end of a run."""
        rate = self.articles_new / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{self.articles_new} articles new, {self.articles_stored} already stored, "
            f"{len(self.failed)} failed; {self.events_new} events new from {self.mentions} event "
            f"mentions, {self.quotes} quotes; {self.seconds:.1f} s ({rate:.1f} articles/s)"
        )
