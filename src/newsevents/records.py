"""Typed records passed between the pipeline stages and out of the library.

Every record that leaves the pipeline is one of these dataclasses; their JSON form lives in
:mod:`newsevents.serialize`, and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from enum import IntEnum
from typing import Any, TypeVar

Span = tuple[int, int]
"""A character span ``(start, end)`` into the article text, end exclusive."""

_R = TypeVar("_R")


class QuadClass(IntEnum):
    """GDELT's four classes of events, by CAMEO root: 01-05 verbal cooperation, 06-08 material
    cooperation, 09-13 verbal conflict, 14-20 material conflict (``Event.quad_class`` holds the
    number). The one list of them: the store's time series, the CLI and the dashboard read their
    names and labels from here."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4

    @property
    def field(self) -> str:
        """Its name as a column or record field: ``verbal_cooperation``."""
        return self.name.lower()

    @property
    def label(self) -> str:
        """Its name for people: ``Verbal cooperation``."""
        return self.name.replace("_", " ").capitalize()

    @classmethod
    def help(cls) -> str:
        """Every number with its name, for help texts: ``1 verbal cooperation, ..., 4 material conflict``."""
        return ", ".join(f"{q.value} {q.label.lower()}" for q in cls)


def _pickled_by_fields(cls: type[_R]) -> type[_R]:
    """Pickle a record as its class and its field values in order.

    Records cross process boundaries by the thousand (worker -> parent in ``ingest --workers``).
    The pickling that slotted dataclasses get by default calls ``dataclasses.fields()`` for every
    object it restores, which made unpickling ten times slower than this.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def __reduce__(self: _R) -> tuple[Callable[..., _R], tuple[Any, ...]]:
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One dated news document as read from a file, a JSON Lines record or stdin.

    ``date`` is an ISO string at its precision (``2023-03-01`` or ``2023-03``) or ``None`` for an
    undated article, whose relative dates stay unresolved.
    """

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    line: int | None = None

    @property
    def anchor(self) -> dt.date | None:
        """The day relative expressions are resolved against, or ``None`` without a full date
        (or with one outside the supported years, see :func:`newsevents.articles.supported_years`)."""
        from newsevents.articles import in_supported_years

        if self.date is None or len(self.date) != 10 or not in_supported_years(self.date):
            return None
        return dt.date.fromisoformat(self.date)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it fills a role: the source or target of an event, or a quote's speaker."""

    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    text: str | None = None
    span: Span | None = None


@_pickled_by_fields
@dataclass(slots=True)
class ActorMention:
    """One mention of an actor in a parsed ``Doc``: the unit the coder and the quote finder use.

    ``start``/``end`` are token offsets (end exclusive). Mentions of the same real-world actor
    share ``entity``, an index into the document's :class:`Actor` list. Pronouns and anaphors
    ("he", "the Belarusian leader") resolved by coreference are mentions too, with a ``rule``
    starting ``coref``.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str
    rule: str
    entity: int = -1

    def ref(self) -> ActorRef:
        """This mention as an :class:`ActorRef` (with the mention's own text and span)."""
        return ActorRef(self.name, self.code, self.country, self.sector, self.text,
                        (self.start_char, self.end_char))

    def same_entity_or_code(self, other: ActorMention) -> bool:
        """Whether ``other`` is this mention's side by the plain test: one entity, or one code
        ("the army" and "the military" of one country). Unlike
        :func:`newsevents.events.arguments.same_actor` it does not tell apart parties, factions or
        groups that share a code; two mentions with no code are not one side."""
        return (self.entity >= 0 and self.entity == other.entity) or (self.code is not None and self.code == other.code)

    def same_entity_or_span(self, other: ActorMention) -> bool:
        """Whether ``other`` is this very actor: one entity, or the same words of the text. Two
        mentions of one code are still two actors here ("the Kenyan president hosted the Kenyan
        foreign minister")."""
        return (self.entity >= 0 and self.entity == other.entity) or (
            self.start == other.start and self.end == other.end)


@_pickled_by_fields
@dataclass(slots=True)
class Actor:
    """A document-level actor: all mentions of one person, country, group or organisation.

    ``kind`` is one of ``person``, ``country``, ``organization``, ``igo``, ``group``.
    ``rule`` names the evidence the code came from (``title``, ``persons-table``, ``demonym``,
    ``metonym``, ...). ``country_rule`` names what gave it its country: ``name`` (its own name),
    ``modifier`` (its own words: "Kenyan police"), ``place`` (a place in its clause or sentence),
    ``coreference`` (another mention of it), ``story`` (the article's principal country),
    ``nearby`` (in a story of several countries, the one the sentence before names), ``outlet``
    (a reporter's: the news outlet's the text names), or ``None`` when it has no country.
    """

    name: str
    text: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str
    span: Span
    rule: str
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)
    country_rule: str | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression and its value resolved against the article date.

    ``value`` is an ISO string at ``precision`` (``day``: 2023-02-24, ``month``: 2022-09,
    ``year``: 2022), or ``None`` when it cannot be resolved (no article date, vague expression).
    """

    text: str
    value: str | None
    precision: str
    span: Span
    rule: str = ""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Figure:
    """A number that matters: money, a percentage or a count of people.

    ``kind`` is ``money``, ``percent`` or ``count``; ``unit`` an ISO 4217 code for money,
    ``PERCENT`` for percentages and ``PEOPLE`` for counts; ``what`` says what is counted or
    measured ("killed", "trade volume") where the text says so.
    """

    text: str
    value: float
    unit: str
    kind: str
    span: Span
    year: int | None = None
    what: str | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (``speaker`` is ``None`` when nobody can be named)."""

    text: str
    span: Span
    speaker: ActorRef | None
    cue: str | None = None
    rule: str = ""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Location:
    """A place an event happened, geocoded from a gazetteer.

    ``geo_type`` is GDELT's geographic resolution: 1 a country (``lat``/``lon`` its centroid), 2 a
    US state, 3 a US city or landmark, 4 a city or landmark elsewhere, 5 a first-level division
    elsewhere. ``adm1`` is GDELT's ADM1 code (FIPS country code + division code, ``UP12``; the
    country code alone for a country); ``geonames_id`` the place's GeoNames id.
    """

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_type: int | None = None
    adm1: str | None = None
    geonames_id: int | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Retelling:
    """A later mention of an event's act in the same article ("The detainees included ..." after
    "Police arrested 500 people"): the evidence kept when the act is coded once
    (:mod:`newsevents.events.later_mentions`). ``span`` is the character span of its sentence."""

    sentence: str
    span: Span
    trigger: str
    rule: str
    trigger_span: Span | None = None


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    """A coded event: who did what to whom, when and where, with the evidence for it.

    ``cameo``, ``plover``, ``goldstein`` and ``quad_class`` come from the codebook tables in
    :mod:`newsevents.events.codebook`; an event coded by a user's verb dictionary with a code
    outside the codebook keeps that code, with ``plover``, ``goldstein`` and ``quad_class`` empty.
    ``span`` is the character span of the sentence.
    ``date`` is an ISO string at ``date_precision`` (``day``, ``week`` (its Monday), ``month``:
    ``2022-09``, ``year``: ``2016``), never padded to a day it does not name.
    ``retellings`` are the later mentions of the same act in the article (one act, one event).
    """

    date: str | None
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    plover: str | None
    goldstein: float | None
    quad_class: int | None
    sentence: str
    span: Span
    trigger: str
    rule: str
    confidence: float = 1.0
    location: Location | None = None
    trigger_span: Span | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    date_precision: str | None = None
    retellings: tuple[Retelling, ...] = ()

    def __post_init__(self) -> None:
        if self.date_precision is None and self.date:
            object.__setattr__(self, "date_precision", precision_of(self.date))

    def rule_pattern(self) -> str:
        """The coder pattern of :attr:`rule` without the marks added after it: its argument steps
        and its mood (``coerce.arrest`` of ``coerce.arrest+implied-police``, ``yield.keep_ceasefire``
        of ``yield.keep_ceasefire[intent]``)."""
        return self.rule.split("+", 1)[0].split("[", 1)[0]

    def told_again(self, later: Event) -> Event:
        """This event with ``later`` (another telling of its act in the article) kept among its
        :attr:`retellings`, with those ``later`` carried."""
        told = Retelling(sentence=later.sentence, span=later.span, trigger=later.trigger, rule=later.rule,
                         trigger_span=later.trigger_span)
        return replace(self, retellings=(*self.retellings, told, *later.retellings))


def precision_of(value: str | None) -> str | None:
    """The precision an ISO date string is written at (``day``, ``month``, ``year``), or ``None``."""
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class StoryFrame:
    """What frames an article's body: its headline, its dateline's place and date, and the
    principal countries found in dateline, headline and lead (bare agents without local evidence
    take the country when there is exactly one)."""

    headline: str | None = None
    place: str | None = None
    place_country: str | None = None
    date: str | None = None
    countries: list[str] = field(default_factory=list)


@_pickled_by_fields
@dataclass(slots=True)
class Extraction:
    """Everything found in one article: the unit ``newsevents extract`` prints per document."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    story: StoryFrame | None = None

    def to_arrow(self) -> Any:
        """This article's events as a typed ``pyarrow.Table`` (see :mod:`newsevents.frames`)."""
        from newsevents.frames import events_table

        return events_table([self])

    def events_df(self) -> Any:
        """This article's events as a pandas DataFrame (needs pandas)."""
        from newsevents.frames import events_df

        return events_df([self])
