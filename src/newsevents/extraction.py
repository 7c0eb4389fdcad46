"""The library's main entry points: text or articles in, :class:`Extraction` records out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.articles import article_id, check_date
from newsevents.nlp.pipeline import load_pipeline
from newsevents.records import Article, Extraction, StoryFrame

__all__ = ["doc_to_extraction", "extract", "extract_articles", "make_doc"]

UNDATED_WARNING = "the article has no date: relative dates (\"on Friday\", \"last year\") are left unresolved"


def make_doc(nlp: Language, article: Article, *, skip: list[tuple[int, int]] | None = None) -> Doc:
    """A tokenised ``Doc`` carrying its article and its story frame, ready for the rest of the pipeline.

    ``skip``: character spans not to parse (the pre-filter's); they are blanked, so the text
    keeps its length and every offset stays valid. The dateline and wire credits are blanked the
    same way (they are never actors); a headline line becomes a sentence of its own.
    """
    from newsevents.nlp.prefilter import mask
    from newsevents.story.structure import read_structure

    story = read_structure(article)
    spans = [*(skip or []), *story.masked]
    doc = nlp.make_doc(mask(article.text, spans) if spans else article.text)
    if story.date and not article.date:
        article = dataclasses.replace(article, date=story.date)  # the dateline's own date
    if story.headline_span is not None:
        _start_sentence_at(doc, story.headline_span[1])
    doc._.ne_article = article
    doc._.ne_story = story
    return doc


def _start_sentence_at(doc: Doc, char: int) -> None:
    """Make the first word at or after ``char`` begin a sentence (the parser keeps preset starts)."""
    for tok in doc:
        if tok.idx >= char and not tok.is_space:
            tok.is_sent_start = True
            return


def doc_to_extraction(doc: Doc) -> Extraction:
    """Collect what the components wrote on ``doc`` into one :class:`Extraction`."""
    article: Article = doc._.ne_article
    warnings = [] if article.date else [UNDATED_WARNING]
    story = doc._.ne_story
    frame = None
    if story is not None:
        warnings.extend(story.warnings)
        frame = StoryFrame(story.headline, story.place, story.country, story.date, list(story.countries))
    return Extraction(
        article=article,
        actors=list(doc._.ne_actors or []),
        events=list(doc._.ne_events or []),
        quotes=list(doc._.ne_quotes or []),
        dates=list(doc._.ne_dates or []),
        figures=list(doc._.ne_figures or []),
        warnings=warnings,
        story=frame,
    )


def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16,
    prefilter: bool | None = None,
) -> Iterator[Extraction]:
    """Extract every article of a stream, in order, through ``nlp.pipe`` in batches.

    Streaming: articles are read from ``articles`` only as the batches need them. ``prefilter``
    (default: on, unless ``$NEWSEVENTS_PREFILTER=0``) leaves unparsed the text that cannot yield
    a record (see :mod:`newsevents.nlp.prefilter`).
    """
    from newsevents.nlp import prefilter as pf

    nlp = nlp or load_pipeline()
    if not pf.enabled(prefilter):
        for doc in nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size):
            yield doc_to_extraction(doc)
        return
    skips: deque[list[tuple[int, int]]] = deque()  # nlp.pipe keeps the order of its input

    def docs() -> Iterator[Doc]:
        for a in articles:
            skips.append(pf.skipped_spans(a.text))
            yield make_doc(nlp, a, skip=skips[-1])

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield pf.restore(doc_to_extraction(doc), skips.popleft())


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
