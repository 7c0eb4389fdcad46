"""Batches of inputs: read, report what could not be read, extract the rest.

Shared by ``newsevents extract`` and ``newsevents ingest`` (whose driver reads through
:func:`guarded`): bad input never stops a batch silently; each problem is kept in a
:class:`BatchReport` (or raised at once with ``strict``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.errors import NewsEventsError, ReadError
from newsevents.reading import ReadProblem, iter_articles
from newsevents.records import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language


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


def guarded(paths: Sequence[str], date: str | None) -> Iterator[Article | ReadProblem]:
    """The reader's output path by path: an input that makes the reader fail is one problem, and
    the paths after it are still read."""
    for path in paths:
        try:
            yield from iter_articles([path], date=date)
        except NewsEventsError as exc:
            yield ReadProblem(path, str(exc))
        except (OSError, UnicodeError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            yield ReadProblem(path, f"cannot read this input ({reason}); check that it is a readable "
                                    "article file")


def count_inputs(paths: Sequence[str]) -> int:
    """How many files ``paths`` name (directories walked): the progress bar's first estimate."""
    total = 0
    for p in paths:
        path = Path(p)
        total += sum(1 for f in path.rglob("*") if f.is_file()) if path.is_dir() else 1
    return total


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
    """Read ``paths`` (files, directories, ``-``) and extract every article, streaming, in order.

    An article whose extraction raises is a skip in ``report`` (and ``on_problem``), named by its
    file and line (or id) with the reason; the articles around it are still extracted.
    """
    from newsevents.ingest.extractors import Failure, InProcess

    articles = good_articles(iter_articles(paths, date=date), report, strict=strict,
                             on_problem=on_problem, on_undated=on_undated)
    for outcome in InProcess(nlp=nlp, chunk_size=batch_size).extract(articles):
        if isinstance(outcome, Failure):
            article = outcome.article
            problem = ReadProblem(article.source or article.id, f"article {article.id}: {outcome.message}",
                                  article.line)
            report.skipped.append(problem)
            if on_problem is not None:
                on_problem(problem)
        else:
            yield outcome
