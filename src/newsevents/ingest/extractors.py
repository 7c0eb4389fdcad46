"""What the ingest driver extracts with: articles in, outcomes out, in input order.

An :class:`Extractor` turns a stream of articles into a stream of outcomes, one per article or
per shard, in the order of the input:

- an :class:`~newsevents.records.Extraction` (to be written by the driver's batch writer);
- a :class:`Failure` (an article whose extraction raised; reported, and the run goes on);
- a :class:`Shard` (extractions already staged as the store's tables by a remote worker, or
  already written where the run asked).

Three extractors exist: :class:`InProcess` (this process), :class:`~newsevents.ingest.pool.ProcessPool`
(all cores of this machine) and :class:`~newsevents.ingest.cluster.DaskCluster` (a Dask cluster).
Each takes the same ``model`` and ``prefilter`` options. "Extract the batch, then one by one if
the batch fails" is :func:`extract_chunk`, used by all three.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Protocol

from newsevents.records import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from newsevents.dictionaries.knowledge import DictionarySpec
    from newsevents.store.rows import StagedBatch

DEFAULT_CHUNK = 32
"""Articles extracted together (one ``nlp.pipe`` batch, one pool task): large enough that
pickling and scheduling cost little, small enough that the work spreads evenly over workers.
The model's matrix products are also cheaper per article in larger batches (parser and entity
recogniser about 3% less CPU at 32 than at 16 on news-length articles; the parses are the same,
compared token by token on the real-news gold and 300 generated articles)."""


@dataclass(frozen=True, slots=True)
class Failure:
    """An article whose extraction raised: where it came from and why."""

    article: Article
    message: str

    @property
    def where(self) -> str:
        """The article's file (and line), or its id."""
        where = self.article.source or self.article.id
        return f"{where}:{self.article.line}" if self.article.line is not None else where


@dataclass(frozen=True, slots=True)
class Shard:
    """Extractions of several articles handled as one unit by a remote worker: ``extracted``
    articles, staged as the store's tables in ``batch``, or already written (``batch`` None)."""

    extracted: int
    batch: StagedBatch | None = None


Outcome = Extraction | Failure | Shard
"""What an extractor gives for its input, in order."""


class Extractor(Protocol):
    """Turns articles into outcomes, in input order, reading the input only as it needs it."""

    writes_output: bool
    """True if the extractor writes its results itself (the driver then needs no store)."""

    def extract(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """The outcomes of ``articles``, in order."""
        ...


def chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` in lists of ``size`` (the last one shorter)."""
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_chunk(articles: list[Article], nlp: Language, *, prefilter: bool) -> list[Extraction | Failure]:
    """Extract ``articles`` in one ``nlp.pipe`` batch; if the batch raises, article by article,
    so that one bad article fails alone. An article the compiled modules fail on with a
    ``TypeError`` is extracted again from the sources (see :mod:`newsevents.ingest.pure_retry`)."""
    from newsevents.extraction import extract_articles
    from newsevents.ingest import pure_retry

    try:
        return list(extract_articles(articles, nlp=nlp, batch_size=len(articles), prefilter=prefilter))
    except Exception:  # retried one by one below to find the article that fails
        out: list[Extraction | Failure] = []
        retry: dict[int, str] = {}  # place in ``out`` -> the compiled error
        for article in articles:
            try:
                out.extend(extract_articles([article], nlp=nlp, prefilter=prefilter))
            except Exception as exc:  # reported in the article's place; the run goes on
                message = f"{type(exc).__name__}: {exc}"
                if pure_retry.applies(exc):
                    retry[len(out)] = message
                out.append(Failure(article, f"extraction failed ({message})"))
        if retry:
            again = pure_retry.extract_pure([out[i].article for i in retry], nlp, prefilter=prefilter,
                                            errors=list(retry.values()))
            for i, outcome in zip(retry, again, strict=True):
                out[i] = outcome if isinstance(outcome, Extraction) else Failure(out[i].article,
                                                                                f"extraction failed ({outcome})")
        return out


class InProcess:
    """Extraction in this process, ``chunk_size`` articles per ``nlp.pipe`` batch.

    The pipeline (``nlp``, or ``model`` loaded on the first article) is loaded only if there is
    something to extract. ``prefilter``: see :mod:`newsevents.nlp.prefilter` (default: on,
    unless ``$NEWSEVENTS_PREFILTER=0``).
    """

    writes_output = False

    def __init__(self, *, model: str | None = None, nlp: Language | None = None, prefilter: bool | None = None,
                 chunk_size: int = DEFAULT_CHUNK, dictionaries: DictionarySpec | None = None) -> None:
        from newsevents.nlp.prefilter import enabled

        self.model = model
        self.dictionaries = dictionaries
        self.nlp = nlp
        self.prefilter = enabled(prefilter)
        self.chunk_size = chunk_size

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction | Failure]:
        """The outcomes of ``articles``, in order."""
        for chunk in chunks(articles, self.chunk_size):
            if self.nlp is None:
                from newsevents.nlp.pipeline import load_pipeline

                self.nlp = load_pipeline(self.model, dictionaries=self.dictionaries)
            yield from extract_chunk(chunk, self.nlp, prefilter=self.prefilter)
