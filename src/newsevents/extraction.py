"""The library's main entry points: text or articles in, :class:`Extraction` records out."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.articles import article_id, check_date, in_supported_years, years_warning
from newsevents.dates.resolve import OUT_OF_RANGE
from newsevents.hygiene import restored, visible_article
from newsevents.nlp.docview import TEXT_KEY
from newsevents.nlp.extensions import WARNINGS_KEY
from newsevents.nlp.pipeline import load_pipeline
from newsevents.nlp.text_sentences import closed_line_starts
from newsevents.parts import PART_CHARS, joined, part_article, split_points
from newsevents.records import Article, DateMention, Extraction, StoryFrame

__all__ = ["doc_to_extraction", "extract", "extract_articles", "make_doc"]

UNDATED_WARNING = "the article has no date: relative dates (\"on Friday\", \"last year\") are left unresolved"


def make_doc(nlp: Language, article: Article, *, skip: list[tuple[int, int]] | None = None) -> Doc:
    """A tokenised ``Doc`` carrying its article and its story frame, ready for the rest of the pipeline.

    ``skip``: character spans not to parse (the pre-filter's); they are blanked, so the text
    keeps its length and every offset stays valid. The dateline and wire credits are blanked the
    same way (they are never actors); a headline line becomes a sentence of its own.
    """
    from newsevents.nlp.apostrophes import straight_possessives
    from newsevents.nlp.prefilter import mask
    from newsevents.story.structure import read_structure
    from newsevents.story.subheadings import subheading_spans

    story = read_structure(article)
    spans = [*(skip or []), *story.masked]
    # "the lawmakers’ inaction" parses as a possessive only with a straight apostrophe (same length)
    text = straight_possessives(mask(article.text, spans) if spans else article.text)
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text  # its doc.text, which spaCy joins anew on every call (nlp/docview.py)
    if story.date and not article.date:
        article = dataclasses.replace(article, date=story.date)  # the dateline's own date
    story.subheadings = subheading_spans(text, story.body_start)  # found once, read by the restraints
    # the headline line, and each title line inside (briefs pages, section heads), is a sentence of its
    # own; so is a line after one that ends a sentence (nlp/text_sentences.closed_line_starts)
    heads = [story.headline_span[1]] if story.headline_span is not None else []
    _start_sentences_at(doc, [*heads, *(c for span in story.subheadings for c in span), *closed_line_starts(text)])
    doc._.ne_article = article
    doc._.ne_story = story
    return doc


def _start_sentences_at(doc: Doc, chars: list[int]) -> None:
    """Make the first word at or after each of ``chars`` begin a sentence (before parsing: the
    parser keeps preset starts), found on the tokens' offsets (a ``Token`` is made only for the
    words it changes).

    The word after each such start is kept inside that sentence: after a headline line the parser
    otherwise at times closes a sentence on the lead's first word ("Chad" | "and Niger agreed ...",
    when the headline is "Chad and Niger agree ..."), losing the lead's first side."""
    idx: list[int] = doc.to_array(IDX).tolist()
    spaces: list[int] = doc.to_array(IS_SPACE).tolist()
    held: list[int] = []
    for start in sorted(set(chars)):
        if held and start <= idx[held[-1]]:
            continue  # the word already started covers it
        i = bisect.bisect_left(idx, start, held[-1] + 1 if held else 0)
        while i < len(idx) and spaces[i]:
            i += 1
        if i == len(idx):
            break
        held.append(i)
    for i in held:
        doc[i].is_sent_start = True
    started = set(held)
    for i in held:
        after = i + 1
        if after < len(doc) and after not in started and not spaces[after]:
            doc[after].is_sent_start = False


def doc_to_extraction(doc: Doc) -> Extraction:
    """Collect what the components wrote on ``doc`` into one :class:`Extraction`."""
    article: Article = doc._.ne_article
    dates: list[DateMention] = list(doc._.ne_dates or [])
    warnings = date_warnings(article, dates)
    story = doc._.ne_story
    frame = None
    if story is not None:
        warnings.extend(story.warnings)
        frame = StoryFrame(story.headline, story.place, story.country, story.date, list(story.countries))
    warnings.extend(doc.user_data.get(WARNINGS_KEY, []))  # left by the components
    return Extraction(
        article=article,
        actors=list(doc._.ne_actors or []),
        events=list(doc._.ne_events or []),
        quotes=list(doc._.ne_quotes or []),
        dates=dates,
        figures=list(doc._.ne_figures or []),
        warnings=warnings,
        story=frame,
    )


def date_warnings(article: Article, dates: list[DateMention]) -> list[str]:
    """Warnings about the article's date (missing, out of range) and dates left unresolved because
    they would fall outside the supported years."""
    if not article.date:
        warnings = [UNDATED_WARNING]
    elif not in_supported_years(article.date):
        warnings = [years_warning(f"the article date {article.date}")
                    + ": relative dates (\"on Friday\", \"last year\") are left unresolved"]
    else:
        warnings = []
    warnings += [years_warning(f"the date \"{d.text}\"") + ": its value is left empty"
                 for d in dates if d.rule.endswith(OUT_OF_RANGE)]
    return warnings


def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16,
    prefilter: bool | None = None,
) -> Iterator[Extraction]:
    """Extract every article of a stream, in order, through ``nlp.pipe`` in batches.

    Streaming: articles are read from ``articles`` only as the batches need them. ``prefilter``
    (default: on, unless ``$NEWSEVENTS_PREFILTER=0``) leaves unparsed the text that cannot yield
    a record (see :mod:`newsevents.nlp.prefilter`). An article longer than
    :data:`~newsevents.parts.PART_CHARS` is extracted alone, in parts (see :mod:`newsevents.parts`),
    and a batch is cut short before it would pass that many characters: the parser never holds
    more than :data:`~newsevents.parts.PART_CHARS` characters at once.
    """
    from newsevents.nlp import prefilter as pf

    nlp = nlp or load_pipeline()
    use_prefilter = pf.enabled(prefilter)
    rest = iter(articles)
    held: list[Article] = []
    while True:
        yield from _pipe(nlp, _segment(itertools.chain(held.copy(), rest), held, batch_size), batch_size, use_prefilter)
        if not held:
            return
        if len(held[0].text) > PART_CHARS:
            yield _extract_long(nlp, held.pop(), use_prefilter)


def _segment(articles: Iterator[Article], held: list[Article], batch_size: int) -> Iterator[Article]:
    """The articles of ``articles`` as long as each batch of ``batch_size`` holds at most
    :data:`~newsevents.parts.PART_CHARS` characters. The article that would break the bound
    (a long one, or one that does not fit in the batch) goes to ``held`` and the segment ends:
    ``nlp.pipe`` then parses the short batch it has, and the next segment starts afresh."""
    held.clear()  # its article, if any, was put first in ``articles``
    total = 0
    for count, article in enumerate(articles):
        size = len(article.text)
        if count % batch_size == 0:
            total = 0
        if size > PART_CHARS or (total and total + size > PART_CHARS):
            held.append(article)
            return
        total += size
        yield article


def _extract_long(nlp: Language, article: Article, prefilter: bool) -> Extraction:
    """A long article extracted part by part, one part in the parser at a time."""
    found = []
    for start, end in split_points(article.text):
        part = next(_pipe(nlp, iter([part_article(article, start, end)]), 1, prefilter))
        found.append((start, part))
    return joined(article, found)


def _pipe(nlp: Language, articles: Iterator[Article], batch_size: int, prefilter: bool) -> Iterator[Extraction]:
    """The extractions of ``articles``, parsed without their invisible characters (see
    :mod:`newsevents.hygiene`), every span pointing into the original text."""
    from newsevents.nlp.truecase import restore_case, truecased_article

    originals: deque[tuple[Article, list[int] | None, str | None]] = deque()

    def visible() -> Iterator[Article]:
        for article in articles:
            clean, positions = visible_article(article)
            cased = truecased_article(clean, nlp)  # text set in capitals: the parse sees ordinary case
            originals.append((article, positions, None if cased is clean else clean.text))
            yield cased

    for ex in _pipe_visible(nlp, visible(), batch_size, prefilter):
        original, positions, capitals = originals.popleft()
        if capitals is not None:
            ex = restore_case(ex, capitals)
        yield ex if positions is None else restored(ex, original, positions)


def _pipe_visible(nlp: Language, articles: Iterator[Article], batch_size: int,
                  prefilter: bool) -> Iterator[Extraction]:
    from newsevents.nlp import prefilter as pf

    if not prefilter:
        for doc in _parsed(nlp, (make_doc(nlp, a) for a in articles), batch_size):
            yield _collected(doc)
        return
    skips: deque[list[tuple[int, int]]] = deque()  # nlp.pipe keeps the order of its input

    def docs() -> Iterator[Doc]:
        for a in articles:
            skips.append(pf.skipped_spans(a.text))
            yield make_doc(nlp, a, skip=skips[-1])

    for doc in _parsed(nlp, docs(), batch_size):
        yield pf.restore(_collected(doc), skips.popleft())


def _collected(doc: Doc) -> Extraction:
    """:func:`doc_to_extraction` of a ``Doc`` nobody else holds, which is then emptied of what our
    steps kept on it (``doc.user_data``: its view, its article, the steps' results).

    The view refers to its ``Doc`` and the ``Doc`` to its view (as do the actors' spans), so a
    parsed ``Doc`` is left in reference cycles that only the cyclic garbage collector frees: with a
    pool worker's collector settings (:func:`newsevents.ingest.worker.settle_garbage_collector`)
    some hundred parsed articles waited for each collection, which then had to walk all of them.
    Emptied, the ``Doc`` and its arrays go back at once, and the collections are fewer and cheaper
    (docs/design.md, session 30)."""
    try:
        return doc_to_extraction(doc)
    finally:
        doc.user_data.clear()


def _parsed(nlp: Language, docs: Iterator[Doc], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe(docs)``, each step with numpy's BLAS on one thread (see
    :mod:`newsevents.nlp.blas`); the caller's setting holds again while it has the ``Doc``."""
    from newsevents.nlp.blas import one_blas_thread

    stream = nlp.pipe(docs, batch_size=batch_size)
    while True:
        with one_blas_thread():
            doc = next(stream, None)
        if doc is None:
            return
        yield doc


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
