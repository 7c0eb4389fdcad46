"""Invisible characters out of the text the pipeline reads, offsets kept into the original.

Bidi controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), zero-width joiners and
non-joiners, word joiners, soft hyphens and byte-order marks print as nothing but split or hide
words: "Vladi\\u200dmir Putin" matches no dictionary entry, and a name keeps the marks. They are
removed before parsing; a zero-width space (U+200B), which marks a break between words, becomes a
space. Every character span of the extraction is then mapped back to the original text.
"""

from __future__ import annotations

import dataclasses
import re

from newsevents.records import Article, Extraction, Span

_REMOVED = "\u00ad\u061c\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
           "\u2066\u2067\u2068\u2069\ufeff"
INVISIBLE = re.compile(f"[\u200b{_REMOVED}]")
"""Any character this module removes or turns into a space."""

REMOVE_TABLE = {ord(ch): None for ch in _REMOVED} | {0x200B: " "}
"""For ``str.translate``: match keys (:func:`newsevents.actors.lexicon.norm`) without them."""


def visible(text: str) -> tuple[str, list[int] | None]:
    """``text`` without invisible characters, and where each of its characters was in ``text``
    (``positions[i]``; one more entry for the end), or ``None`` if nothing changed length."""
    if INVISIBLE.search(text) is None:
        return text, None
    clean: list[str] = []
    positions: list[int] = []
    for i, ch in enumerate(text):
        if ch in _REMOVED:
            continue
        clean.append(" " if ch == "\u200b" else ch)
        positions.append(i)
    positions.append(len(text))
    return "".join(clean), positions


def visible_article(article: Article) -> tuple[Article, list[int] | None]:
    """``article`` with :func:`visible` text, and the positions to map its spans back with."""
    text, positions = visible(article.text)
    if text == article.text:
        return article, None
    return dataclasses.replace(article, text=text), positions


def restored(extraction: Extraction, original: Article, positions: list[int] | None) -> Extraction:
    """``extraction`` of the visible text of ``original``, its spans moved into ``original.text``."""
    from newsevents.parts import moved

    if positions is None:
        return dataclasses.replace(extraction, article=original)

    def back(span: Span) -> Span:
        start, end = span
        return (positions[start], positions[end - 1] + 1) if end > start else (positions[start],) * 2

    return dataclasses.replace(moved(extraction, back), article=original)
