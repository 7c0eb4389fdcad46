"""Grouping a batch of event reports into events, in numpy over integer codes.

The bulk write path hands over the reports that matched no stored event; this module says which
of them are one event and counts what the ``events`` table keeps about each (mentions, articles,
sources, first and last publication day). Strings are turned into dictionary codes once, so the
grouping is a sort of one integer per report and a few ``reduceat`` passes over the sorted runs,
never a Python loop over reports.

Deduplication follows GDELT: reports with the same event key (source code, target code, CAMEO
code) whose days lie within ``window`` days are one event, grouped greedily in day order (a
group starts at its earliest day and takes reports up to ``window`` days later). Reports
without a day are never merged. ``window=0`` merges same-day reports only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

_LIMIT = 1 << 62  # mixed-radix keys stay below this, so int64 arithmetic cannot overflow


@dataclass(frozen=True, slots=True)
class Groups:
    """New events made from ``n`` reports, numbered in the order of their first report.

    ``of_report[i]`` is the event (0-based) of report ``i``; ``first[k]`` is the report that
    stands for event ``k`` (its lowest-numbered report). ``first_seen``/``last_seen`` are the
    earliest and latest publication days (days since 1970-01-01; ``seen`` says whether any
    report of the event had one).
    """

    of_report: np.ndarray
    first: np.ndarray
    mentions: np.ndarray
    articles: np.ndarray
    sources: np.ndarray
    first_seen: np.ndarray
    last_seen: np.ndarray
    seen: np.ndarray

    def __len__(self) -> int:
        return len(self.first)

    def with_mentions(self, more: np.ndarray) -> Groups:
        """These groups with ``more[k]`` further mentions of event ``k`` (retellings in the same
        article, so no further article, source or day)."""
        return Groups(self.of_report, self.first, self.mentions + more, self.articles, self.sources,
                      self.first_seen, self.last_seen, self.seen)


def codes(column: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Dictionary codes of a column (equal values, equal codes); ``-1`` for nulls."""
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    encoded = pc.dictionary_encode(array)
    return np.asarray(pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False), dtype=np.int64)


def days(column: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """A ``date32`` column as days since the epoch (0 where null) and its validity mask."""
    as_int = pc.cast(column, pa.int32())
    valid = np.asarray(pc.is_valid(as_int).to_numpy(zero_copy_only=False), dtype=bool)
    values = np.asarray(pc.fill_null(as_int, 0).to_numpy(zero_copy_only=False), dtype=np.int64)
    return values, valid


def _combine(digits: list[tuple[np.ndarray, int]]) -> np.ndarray:
    """One int64 per row that sorts like the tuple of ``digits`` (``(values, radix)`` pairs,
    every value in ``range(radix)``)."""
    key = np.zeros(len(digits[0][0]), dtype=np.int64)
    size = 1
    for digit, radix in digits:
        if size * radix >= _LIMIT:  # renumber the key densely first: it then fits again
            uniq, key = np.unique(key, return_inverse=True)
            size = len(uniq)
        key = key * radix + digit
        size *= radix
    return key


def _radix(values: np.ndarray) -> int:
    return int(values.max(initial=0)) + 1


def group_reports(source: np.ndarray, target: np.ndarray, cameo: np.ndarray, day: np.ndarray,
                  dated: np.ndarray, article: np.ndarray, site: np.ndarray, published: np.ndarray,
                  has_published: np.ndarray, window: int) -> Groups:
    """Group reports given as codes (see :func:`codes`, :func:`days`): the event key
    (``source``, ``target``, ``cameo``), the event ``day`` (``dated`` where known), the
    ``article`` and ``site`` (source key) reporting it, and the article's ``published`` day."""
    n = len(day)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Groups(empty, empty, empty, empty, empty, empty, empty, np.zeros(0, dtype=bool))
    low = int(day[dated].min()) if dated.any() else 0
    day_digit = np.where(dated, day - low + 1, 0)  # undated reports sort first within their key
    event_key = _combine([(c + 1, _radix(c + 1)) for c in (source, target, cameo)])
    # Room above every day for ``day + window``, so a jump of a window never reaches the next key.
    sort_key = _combine([(event_key, _radix(event_key)), (day_digit, _radix(day_digit) + window + 1)])
    order = np.argsort(sort_key, kind="stable")  # stable: report order breaks ties
    starts = _starts(sort_key[order], event_key[order], dated[order], window)
    return _summarise(order, starts, article, site, published, has_published)


def _starts(sort_key: np.ndarray, event_key: np.ndarray, dated: np.ndarray, window: int) -> np.ndarray:
    """Which sorted reports open a new event."""
    n = len(sort_key)
    new_key = np.ones(n, dtype=bool)
    new_key[1:] = event_key[1:] != event_key[:-1]
    if window == 0:
        starts = ~dated | new_key
        starts[1:] |= sort_key[1:] != sort_key[:-1]
        return starts
    # The first dated report of a key opens a group; the group then ends ``window`` days later,
    # and the first report after it opens the next one. Following these jumps from every
    # opening at once takes as many rounds as the longest chain of groups, not of reports.
    after_undated = np.zeros(n, dtype=bool)
    after_undated[1:] = ~dated[:-1]
    starts = ~dated | (dated & (new_key | after_undated))
    frontier = np.flatnonzero(dated & starts)
    while len(frontier):
        nxt = np.searchsorted(sort_key, sort_key[frontier] + window, side="right")
        nxt = nxt[nxt < n]
        nxt = nxt[~starts[nxt]]
        starts[nxt] = True
        frontier = nxt
    return starts


def _summarise(order: np.ndarray, starts: np.ndarray, article: np.ndarray, site: np.ndarray,
               published: np.ndarray, has_published: np.ndarray) -> Groups:
    """Number the sorted runs in report order and count what each holds."""
    n = len(order)
    bounds = np.flatnonzero(starts)
    sizes = np.diff(np.append(bounds, n))
    first = np.minimum.reduceat(order, bounds)  # the lowest report of each run
    # Runs ranked by their first report, without a sort: mark the first reports, count along.
    opens = np.zeros(n, dtype=bool)
    opens[first] = True
    rank = np.cumsum(opens)[first] - 1
    by_rank = np.empty_like(rank)
    by_rank[rank] = np.arange(len(rank))
    of_report = np.empty(n, dtype=np.int64)
    of_report[order] = np.repeat(rank, sizes)
    big = np.iinfo(np.int64).max
    has = has_published[order]
    pub = published[order]
    seen = np.logical_or.reduceat(has, bounds)
    lo = np.where(seen, np.minimum.reduceat(np.where(has, pub, big), bounds), 0)
    hi = np.where(seen, np.maximum.reduceat(np.where(has, pub, -big), bounds), 0)
    return Groups(
        of_report=of_report, first=first[by_rank], mentions=sizes[by_rank],
        articles=_distinct(article[order], bounds, sizes)[by_rank],
        sources=_distinct(site[order], bounds, sizes)[by_rank],
        first_seen=lo[by_rank], last_seen=hi[by_rank], seen=seen[by_rank],
    )


def _distinct(value: np.ndarray, bounds: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """How many distinct non-null values (codes >= 0) each run of sorted reports holds.

    A run of one report (most of them) holds one value or none; only longer runs are sorted.
    """
    count: np.ndarray = (value[bounds] >= 0).astype(np.int64)
    long = np.flatnonzero(sizes > 1)
    if not len(long):
        return count
    lengths = sizes[long]
    run = np.repeat(long, lengths)
    # Positions of the long runs' reports: each run's start, then counting up within the run.
    rows = np.repeat(bounds[long] - (np.cumsum(lengths) - lengths), lengths) + np.arange(len(run))
    radix = int(value.max(initial=0)) + 2
    pairs = np.sort(run * radix + value[rows] + 1)  # + 1: null (-1) becomes 0, below every value
    fresh = np.ones(len(pairs), dtype=bool)
    fresh[1:] = pairs[1:] != pairs[:-1]
    fresh &= pairs % radix > 0
    count[long] = np.bincount(pairs[fresh] // radix, minlength=len(sizes))[long]
    return count
