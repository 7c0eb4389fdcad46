"""What every PETRARCH/TABARI dictionary format shares: lines, comments, phrases, plurals, dates.

The formats are described in PETRARCH's ``dictionaries.rst`` (and docs/dictionaries.md here):
flat text, ``#`` starts a comment (``;`` too, after a phrase, in TABARI-made actor files), and
a phrase is words joined by ``_`` or spaces. Readers never raise on a bad line: they collect a
:class:`~newsevents.errors.DictionaryProblem` (file, line, reason) and go on with the next.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.errors import DictionaryProblem

# A CAMEO code: letters and digits, no blanks (actor codes USAGOV, IGOUNO; event codes 042, ---).
CODE = re.compile(r"^[A-Z0-9]{1,15}$|^---$")
# Characters a phrase may hold besides letters and digits ("U.S.", "AL-QAEDA", "O'NEIL", "(AAIA)").
PHRASE_CHARS = re.compile(r"^[\w.'&/()\-,’+]+$")
# Two-digit years up to this one are 20YY, later ones 19YY (Phoenix writes 930120 and 070723).
PIVOT_YEAR = 30


@dataclass(slots=True)
class Lines:
    """The meaningful lines of one file: ``(number, text)`` with comments and blanks dropped."""

    path: str
    lines: list[tuple[int, str]]
    problems: list[DictionaryProblem] = field(default_factory=list)

    def problem(self, number: int | None, reason: str) -> None:
        """Record a malformed line."""
        self.problems.append(DictionaryProblem(self.path, number, reason))


def read_lines(path: Path | str, *, semicolon_comments: bool = False) -> Lines:
    """The lines of ``path`` with ``#`` comments (and ``<!-- -->`` ones) cut and blank lines dropped.

    Leading whitespace is kept: actor files mark date restrictions by it. A file that is not
    UTF-8 is read as Latin-1 (old TABARI files are), and one that cannot be read at all gives a
    single problem.
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        out = Lines(name, [])
        out.problem(None, f"cannot be read ({exc.strerror})")
        return out
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    kept: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = strip_comment(line, semicolon=semicolon_comments)
        if line.strip():
            kept.append((number, line.rstrip()))
    return Lines(name, kept)


def strip_comment(line: str, *, semicolon: bool = False) -> str:
    """``line`` without its comment: ``#`` (or ``;`` with ``semicolon``) to the end, ``<!-- -->``."""
    if "<!--" in line:
        line = re.sub(r"<!--.*?(-->|$)", "", line)
    cut = line.find("#")
    if cut >= 0:
        line = line[:cut]
    if semicolon:
        cut = line.find(";")
        if cut >= 0:
            line = line[:cut]
    return line


def phrase_words(text: str) -> tuple[str, ...]:
    """The words of a dictionary phrase: split at ``_`` and blanks, upper-cased, empties dropped."""
    return tuple(w for w in re.split(r"[_\s]+", text.strip().upper()) if w)


def phrase_problem(text: str) -> str | None:
    """Why ``text`` cannot be a phrase, or ``None`` if it can."""
    words = phrase_words(text)
    if not words:
        return "empty phrase"
    for word in words:
        if not PHRASE_CHARS.match(word):
            return f"phrase {text.strip()!r} holds a character a phrase cannot ({word!r})"
    return None


def regular_plural(word: str) -> str:
    """The regular English plural of a dictionary word (the rule PETRARCH documents)."""
    if word.endswith("SS") or word.endswith(("SH", "CH", "X")):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith("S"):
        return word
    return word + "S"


def parse_date(text: str) -> dt.date:
    """A dictionary date, ``YYMMDD`` or ``YYYYMMDD``; raises ``ValueError`` on anything else."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= PIVOT_YEAR else 1900
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not a real date ({exc})") from exc


def bracketed(text: str) -> tuple[str, str | None, str]:
    """Split ``PHRASE {PLURAL} [CODE] rest`` into (before the brackets, the code text, an error).

    The code text is what is inside ``[...]`` (``None`` if there is none); the error is empty
    unless the brackets are unbalanced or there are two codes.
    """
    opens, closes = text.count("["), text.count("]")
    if opens != closes or opens > 1:
        return text, None, "unbalanced or repeated [ ] around the code"
    if opens == 0:
        return text, None, ""
    start, end = text.index("["), text.index("]")
    if end < start:
        return text, None, "']' before '['"
    if text[end + 1:].strip():
        return text, None, f"text after the code: {text[end + 1:].strip()!r}"
    return text[:start], text[start + 1:end].strip(), ""


def iter_braces(text: str) -> Iterator[str]:
    """The contents of each ``{...}`` group in ``text``."""
    for found in re.finditer(r"\{([^{}]*)\}", text):
        yield found.group(1)
