"""Whole-text regular-expression scans that turn most positions away with one test.

Python's regular-expression engine tries a pattern at every position of the text. A pattern that
opens with zero-width tests (lookbehinds for a clause start, ``(?<!\\w)``) and then a long
alternation runs all of them wherever the text allows, although a match can only start on a few
characters. :func:`first_char_guard` names those characters in one lookahead: put after the
pattern's cheapest opening test (or first), it turns every other position away at once. The
matches stay the same, since every match starts with one of those characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_char_guard(starts: Iterable[str], digits: bool = False) -> str:
    """A lookahead that holds only before the first character of one of ``starts`` (texts matched
    as written, case and all), or before a digit (``\\d``) if ``digits``."""
    chars = "".join(re.escape(c) for c in sorted({s[0] for s in starts if s}))
    if digits:
        chars += r"\d"
    return rf"(?=[{chars}])" if chars else "(?!)"
