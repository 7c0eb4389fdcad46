"""Batches of inputs: read, report what could not be read, extract the rest.

Shared by ``newsevents extract`` and ``newsevents ingest``: bad input never stops a batch
silently; each problem is kept in a :class:`BatchReport` (or raised at once with ``strict``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from newsevents.errors import ReadError
from newsevents.extraction import extract_articles
from newsevents.reading import ReadProblem, iter_articles
from newsevents.records import Article, Extraction


@dataclass(slots=True)
class BatchReport:
    """What happened to a batch: articles read, undated, and inputs skipped with the reason."""

    read: int = 0
    undated: int = 0
    skipped: list[ReadProblem] = field(default_factory=list)

    def summary(self, names: int = 5) -> str:
        """One line for stderr at the end of a run, naming the first ``names`` inputs skipped."""
        parts = [f"{self.read} article{'s' if self.read != 1 else ''} read"]
        if self.undated:
            parts.append(f"{self.undated} undated (relative dates left unresolved; give --date)")
        parts.append(f"{len(self.skipped)} input{'s' if len(self.skipped) != 1 else ''} skipped")
        line = ", ".join(parts)
        if self.skipped:
            shown = [_where(p) for p in self.skipped[:names]]
            more = len(self.skipped) - len(shown)
            line += ": " + ", ".join(shown) + (f" and {more} more" if more else "")
        return line


def _where(problem: ReadProblem) -> str:
    return f"{problem.source}:{problem.line}" if problem.line is not None else problem.source


def good_articles(
    items: Iterable[Article | ReadProblem],
    report: BatchReport,
    *,
    strict: bool = False,
    on_problem: Callable[[ReadProblem], None] | None = None,
    on_undated: Callable[[Article], None] | None = None,
) -> Iterator[Article]:
    """The articles of ``items``; problems go to ``report`` (and ``on_problem``), or raise if strict.

    Undated articles are kept (their relative dates stay unresolved) and passed to ``on_undated``.
    """
    for item in items:
        if isinstance(item, ReadProblem):
            if strict:
                raise ReadError(item.source, item.message, item.line)
            report.skipped.append(item)
            if on_problem is not None:
                on_problem(item)
            continue
        report.read += 1
        if item.date is None:
            report.undated += 1
            if on_undated is not None:
                on_undated(item)
        yield item


def extract_paths(
    paths: Sequence[str],
    report: BatchReport,
    *,
    date: str | None = None,
    strict: bool = False,
    nlp: Language | None = None,
    on_problem: Callable[[ReadProblem], None] | None = None,
    on_undated: Callable[[Article], None] | None = None,
    batch_size: int = 16,
) -> Iterator[Extraction]:
    """Read ``paths`` (files, directories, ``-``) and extract every article, streaming, in order."""
    articles = good_articles(iter_articles(paths, date=date), report, strict=strict,
                             on_problem=on_problem, on_undated=on_undated)
    yield from extract_articles(articles, nlp=nlp, batch_size=batch_size)
