"""Pair quotation marks in raw text: which stretches of an article are quoted.

This step looks only at characters, never at the parse, so it is fast and cannot be misled by a
sentence splitter that cuts a quote in two. Double marks (straight ``"``, curly “ ”, guillemets)
delimit quotes; single marks inside a double quote are nested quotes and stay part of its text.
Single marks (‘ ’ or ``'``) delimit a quote of their own only outside double quotes, and only when
they cannot be apostrophes ("China’s", "don't").

Quotes never cross a line break, except the newspaper convention for a quote running over
several paragraphs: a paragraph that opens a quote without closing it, followed by a paragraph
that starts with an opening mark. Any other unbalanced mark is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚‹")
SINGLE_CLOSE = frozenset("’›")
STRAIGHT = frozenset("\"'")

# Characters after which a mark still "opens" (a quote may follow a bracket or a dash).
_OPENING_CONTEXT = frozenset("([{—–-/:")
# Characters a closing mark may be followed by besides white space.
_CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-…/")

_PARAGRAPH = re.compile(r"[^\n]+")
# The marks each pass looks at: the regex finds them without a Python step per character.
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_OPEN | DOUBLE_CLOSE)) + '"') + "]")
_SINGLE_MARK = re.compile("[" + re.escape("".join(sorted(SINGLE_OPEN | SINGLE_CLOSE)) + "'") + "]")


class Side(Enum):
    """Which way a quotation mark faces, judged from the characters around it."""

    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quoted stretch of text.

    ``start``/``end`` delimit the quoted words (marks and surrounding blanks excluded);
    ``open_mark`` and ``close_mark`` are the offsets of the marks (``close_mark`` is ``None`` for
    a quote left open at the end of a paragraph because the next paragraph continues it).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None


def _side(text: str, i: int) -> Side:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSING_CONTEXT)
    if opens and not closes:
        return Side.OPEN
    if closes and not opens:
        return Side.CLOSE
    return Side.EITHER


def _double_side(text: str, i: int) -> Side:
    """Curly marks say which way they face, unless the context clearly says otherwise."""
    side = _side(text, i)
    if text[i] in DOUBLE_OPEN:
        return Side.CLOSE if side is Side.CLOSE else Side.OPEN
    if text[i] in DOUBLE_CLOSE:
        return Side.OPEN if side is Side.OPEN else Side.CLOSE
    return side


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop blanks at both ends, and the comma American style puts inside a closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _make(text: str, open_mark: int, close_mark: int | None, end: int) -> QuotedSpan | None:
    start, end = _strip(text, open_mark + 1, end)
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return QuotedSpan(start, end, open_mark, close_mark)


def _starts_with_open_mark(text: str, pos: int) -> bool:
    """Whether the paragraph starting at ``pos`` (after blank lines) opens with a double mark."""
    rest = text[pos:].lstrip()
    if not rest:
        return False
    return rest[0] in DOUBLE_OPEN or (rest[0] == '"' and len(rest) > 1 and not rest[1].isspace())


def _pair_doubles(text: str, first: int, last: int) -> tuple[list[QuotedSpan], int | None]:
    """Double-quoted spans in the paragraph ``text[first:last]`` and a mark left open, if any."""
    spans: list[QuotedSpan] = []
    opened: int | None = None
    for mark in _DOUBLE_MARK.finditer(text, first, last):
        i = mark.start()
        side = _double_side(text, i)
        if opened is None:
            if side is not Side.CLOSE:  # a stray closing mark is ignored
                opened = i
        elif side is Side.OPEN:
            opened = i  # two openers in a row: the first was never closed
        else:
            span = _make(text, opened, i, i)
            if span is not None:
                spans.append(span)
            opened = None
    return spans, opened


def _single_closer(text: str, i: int) -> bool:
    """A right single mark closes a quote unless it is an apostrophe inside a word."""
    return (text[i] in SINGLE_CLOSE or text[i] == "'") and _side(text, i) is Side.CLOSE


def _pair_singles(text: str, first: int, last: int, taken: list[QuotedSpan]) -> list[QuotedSpan]:
    """Single-quoted spans of the paragraph that lie outside every double-quoted span."""
    inside = [(s.open_mark, (s.close_mark if s.close_mark is not None else s.end)) for s in taken]
    marks = [mark.start() for mark in _SINGLE_MARK.finditer(text, first, last)]
    spans: list[QuotedSpan] = []
    resume = first  # marks before this lie inside the quote just found
    for n, i in enumerate(marks):
        ch = text[i]
        if i < resume or not ((ch in SINGLE_OPEN or ch == "'") and _side(text, i) is Side.OPEN) \
                or any(a <= i <= b for a, b in inside):
            continue
        close = next(
            (j for j in marks[n + 1 :]
             if _single_closer(text, j) and not any(a <= j <= b for a, b in inside)),
            None,
        )
        if close is None or any(i < a < close for a, _ in inside):
            continue
        span = _make(text, i, close, close)
        if span is not None:
            spans.append(span)
        resume = close + 1
    return spans


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted stretch of ``text``, in text order (see the module docstring for the rules)."""
    spans: list[QuotedSpan] = []
    for para in _PARAGRAPH.finditer(text):
        doubles, left_open = _pair_doubles(text, para.start(), para.end())
        if left_open is not None and _starts_with_open_mark(text, para.end()):
            span = _make(text, left_open, None, para.end())
            if span is not None:
                doubles.append(span)
        spans.extend(doubles)
        spans.extend(_pair_singles(text, para.start(), para.end(), doubles))
    return sorted(spans, key=lambda s: s.start)

