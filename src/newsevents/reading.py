"""STUB (seed format only), to be replaced by the full reader."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsevents.extract import article_id
from newsevents.records import Article


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """An input that could not be read: where, and what to do about it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


_SEED = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+", re.S)


def iter_articles(paths: Sequence[str], *, date: str | None = None) -> Iterator[Article | ReadProblem]:
    for p in paths:
        text = Path(p).read_text(encoding="utf-8")
        m = _SEED.match(text)
        d = m.group(1) if m else date
        body = text[m.end():] if m else text
        yield Article(id=Path(p).stem or article_id(body), text=body.strip(), date=d, source=p)
