"""Very long articles, read in parts: split at paragraph breaks, extracted, joined back.

The parser takes at most :data:`PART_CHARS` characters at a time. An article longer than that is
split into parts at paragraph breaks (else line breaks, sentence ends, spaces), each part is
extracted like an article of its own, and the parts' records are shifted by the part's start, so
every span points into the whole article's text. Actors with the same name, code and kind are
joined into one; coreference ("he", "the minister") does not reach across parts.

Why parts and not one long ``Doc``: the parser's memory grows with the length of a ``Doc``
(a million characters took 3 GB), while a part bounds it whatever the article's length.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from newsevents.records import Actor, ActorRef, Article, Event, Extraction, Quote, Span

PART_CHARS = 100_000
"""The longest text given to the parser at once; longer articles are extracted in parts."""

# Where a part may end, best first: a paragraph break, a line break, a sentence end, a space.
_BREAKS = ("\n\n", "\n", ". ", " ")


def split_points(text: str, limit: int = PART_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of ``text``, each at most ``limit`` characters, ending at the
    best break found in the second half of the window (a hard cut only when none exists)."""
    parts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in _BREAKS:
            at = text.rfind(mark, start + limit // 2, end)
            if at != -1:
                end = at + len(mark)
                break
        parts.append((start, end))
        start = end
    parts.append((start, len(text)))
    return parts


def part_article(article: Article, start: int, end: int) -> Article:
    """The article whose text is ``article.text[start:end]`` (same id, date and source)."""
    return dataclasses.replace(article, text=article.text[start:end])


SpanMap = Callable[[Span], Span]


def _ref(ref: ActorRef | None, f: SpanMap) -> ActorRef | None:
    if ref is None or ref.span is None:
        return ref
    return dataclasses.replace(ref, span=f(ref.span))


def _event(event: Event, f: SpanMap) -> Event:
    trigger = None if event.trigger_span is None else f(event.trigger_span)
    return dataclasses.replace(event, span=f(event.span), trigger_span=trigger,
                               source=_ref(event.source, f), target=_ref(event.target, f))


def _quote(quote: Quote, f: SpanMap) -> Quote:
    return dataclasses.replace(quote, span=f(quote.span), speaker=_ref(quote.speaker, f))


def moved(extraction: Extraction, f: SpanMap) -> Extraction:
    """``extraction`` with every character span ``s`` replaced by ``f(s)``."""
    actors = [dataclasses.replace(a, span=f(a.span), mentions=[f(m) for m in a.mentions])
              for a in extraction.actors]
    return dataclasses.replace(
        extraction,
        actors=actors,
        events=[_event(e, f) for e in extraction.events],
        quotes=[_quote(q, f) for q in extraction.quotes],
        dates=[dataclasses.replace(d, span=f(d.span)) for d in extraction.dates],
        figures=[dataclasses.replace(x, span=f(x.span)) for x in extraction.figures],
    )


def shifted(extraction: Extraction, by: int) -> Extraction:
    """``extraction`` with every character span moved ``by`` characters to the right."""
    return moved(extraction, lambda span: (span[0] + by, span[1] + by))


def _merge_actors(actors: Iterable[Actor]) -> list[Actor]:
    """One actor per (name, code, kind), holding the mentions of all parts, first part first."""
    joined: dict[tuple[str, str | None, str], Actor] = {}
    for actor in actors:
        key = (actor.name, actor.code, actor.kind)
        if key in joined:
            joined[key].mentions.extend(actor.mentions)
        else:
            joined[key] = dataclasses.replace(actor, mentions=list(actor.mentions))
    return list(joined.values())


def joined(article: Article, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction of ``article`` from its parts' extractions (each with its start offset)."""
    moved = [shifted(ex, start) for start, ex in parts]
    warnings = [
        f"the article is {len(article.text):,} characters long, more than the {PART_CHARS:,} the parser "
        f"takes at once: it was read in {len(parts)} parts split at paragraph breaks, and mentions "
        "(\"he\", \"the minister\") are not linked across parts"
    ]
    for ex in moved:
        warnings.extend(ex.warnings)
    return Extraction(
        article=article,
        actors=_merge_actors(a for ex in moved for a in ex.actors),
        events=[e for ex in moved for e in ex.events],
        quotes=[q for ex in moved for q in ex.quotes],
        dates=[d for ex in moved for d in ex.dates],
        figures=[f for ex in moved for f in ex.figures],
        warnings=list(dict.fromkeys(warnings)),
    )
