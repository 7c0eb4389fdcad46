"""One resolver for names of several places ("Congo", "Georgia", "Niger"), driven by ``ambiguous.tsv``.

The table lists each name's candidates and, for each, the cues that name it alone and the dates
it is the default (see the table's header). A name is decided by the article's context countries
(:func:`by_context`, what the geocoder knows of a mention), else by its text and date
(:func:`by_story`, what a whole article says). Whatever neither decides stays undecided.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from newsevents.geo import countries as cn

FEATURE = "feature"
"""A candidate that is a river or other natural feature (never geocoded)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place an ambiguous name may stand for."""

    code: str
    cues: tuple[str, ...] = ()
    default: tuple[dt.date, dt.date] | None = None  # the span of dates it is the default
    fallback: bool = False  # the default outside every other candidate's span


def _key(name: str) -> str:
    return " ".join(name.strip().lower().removeprefix("the ").split()).strip(" .,")


def _span(cell: str) -> tuple[dt.date, dt.date] | None:
    if ".." not in cell:
        return None
    first, last = cell.split("..")
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


@functools.cache
def table() -> dict[str, tuple[Candidate, ...]]:
    """The candidates of each ambiguous name (by key), in the table's order."""
    path = Path(__file__).with_name("ambiguous.tsv")
    out: dict[str, tuple[Candidate, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, code, cues, default = [*line.split("\t"), "", ""][:4]
        candidate = Candidate(code, tuple(c for c in cues.split("|") if c), _span(default), default == "else")
        out[_key(name)] = (*out.get(_key(name), ()), candidate)
    return out


def candidates(name: str) -> tuple[str, ...]:
    """The candidate codes of an ambiguous name (empty for any other name)."""
    return tuple(c.code for c in table().get(_key(name), ()))


@functools.cache
def _cue_pattern(name: str) -> re.Pattern[str] | None:
    """One pattern of every cue of ``name``'s candidates, longest first, each a named group."""
    cues = sorted(((cue, i) for i, c in enumerate(table()[name]) for cue in c.cues), key=lambda x: -len(x[0]))
    if not cues:
        return None
    edges = [(r"\b" if cue[0].isalnum() else "", r"\b" if cue[-1].isalnum() else "") for cue, _ in cues]
    return re.compile("|".join(f"{left}(?P<c{i}_{n}>{re.escape(cue)}){right}"
                               for n, ((cue, i), (left, right)) in enumerate(zip(cues, edges, strict=True))))


def by_context(codes: tuple[str, ...], context: Collection[str]) -> list[str]:
    """The candidates (ISO3 codes, ``US-`` states) the context countries point to: named
    outright, else through a neighbour that is none of the candidates' countries."""
    def country_of(candidate: str) -> str:
        return "USA" if candidate.startswith("US-") else candidate

    direct = [c for c in codes if country_of(c) in context]
    if direct:
        return direct
    rivals = {country_of(c) for c in codes}
    near = []
    for c in codes:
        record = cn.by_iso3().get(country_of(c))
        neighbours = {cn.countries()[n]["iso3"] for n in str((record or {}).get("neighbours") or "").split(",")
                      if n in cn.countries()}
        if (neighbours - rivals) & set(context):
            near.append(c)
    return near


def cue_counts(name: str, text: str) -> Counter[str]:
    """How often the text names each candidate of ``name`` by one of its cues."""
    pattern = _cue_pattern(_key(name))
    counts: Counter[str] = Counter()
    if pattern is None:
        return counts
    options = table()[_key(name)]
    for match in pattern.finditer(text):
        group = match.lastgroup or ""
        counts[options[int(group[1:].split("_")[0])].code] += 1
    return counts


def by_story(name: str, text: str, day: dt.date | None) -> str | None:
    """The candidate an article's cues point to, else the one its date makes the default."""
    options = table().get(_key(name), ())
    counts = cue_counts(name, text)
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    if day is not None:
        dated = [c.code for c in options if c.default is not None and c.default[0] <= day < c.default[1]]
        if dated:
            return dated[0]
    return next((c.code for c in options if c.fallback), None)


def named_by_cue(name: str, text: str, code: str) -> bool:
    """Whether ``text`` (a mention) names candidate ``code`` by one of its own cues."""
    return cue_counts(name, text)[code] > 0
