"""The library's main entry points: text or articles in, :class:`Extraction` records out."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.errors import BadDate
from newsevents.pipeline import load_pipeline
from newsevents.records import Article, Extraction

UNDATED_WARNING = "the article has no date: relative dates (\"on Friday\", \"last year\") are left unresolved"


def check_date(value: str | dt.date | None) -> str | None:
    """``value`` as an ISO date string at day or month precision, or :class:`BadDate`."""
    if value is None or isinstance(value, dt.date):
        return None if value is None else value.isoformat()
    text = value.strip()
    try:
        if len(text) == 7:
            dt.date.fromisoformat(text + "-01")
            return text
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadDate(value) from None


def article_id(text: str) -> str:
    """A stable id for an article without one: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised ``Doc`` carrying its article, ready for the rest of the pipeline."""
    doc = nlp.make_doc(article.text)
    doc._.ne_article = article
    return doc


def doc_to_extraction(doc: Doc) -> Extraction:
    """Collect what the components wrote on ``doc`` into one :class:`Extraction`."""
    article: Article = doc._.ne_article
    warnings = [] if article.date else [UNDATED_WARNING]
    return Extraction(
        article=article,
        actors=list(doc._.ne_actors or []),
        events=list(doc._.ne_events or []),
        quotes=list(doc._.ne_quotes or []),
        dates=list(doc._.ne_dates or []),
        figures=list(doc._.ne_figures or []),
        warnings=warnings,
    )


def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Extraction]:
    """Extract every article of a stream, in order, through ``nlp.pipe`` in batches.

    Streaming: articles are read from ``articles`` only as the batches need them.
    """
    nlp = nlp or load_pipeline()
    docs = (make_doc(nlp, a) for a in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc_to_extraction(doc)


def extract(
    text: str,
    date: str | dt.date | None = None,
    *,
    title: str | None = None,
    id: str | None = None,
    nlp: Language | None = None,
) -> Extraction:
    """Extract actors, events, quotes, dates and figures from one article.

    >>> ex = extract("Belarusian President Alexander Lukashenko arrived in Beijing on Tuesday.",
    ...              date="2023-03-01")  # doctest: +SKIP
    """
    article = Article(id=id or article_id(text), text=text, date=check_date(date), title=title)
    return next(extract_articles([article], nlp=nlp))
