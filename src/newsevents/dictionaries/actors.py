"""Read a CAMEO actors dictionary (PETRARCH/TABARI ``.actors`` format).

A record is a primary phrase (``BILL_CLINTON_  [USAELI]``, the code optional), synonym lines
starting with ``+``, and date restrictions on indented lines::

    BILL_CLINTON_  # a comment
    +PRESIDENT_CLINTON
        [USAELI 640101-930120]
        [USAGOV 930120-010120]
        [USAELI]

A restriction is ``[CODE]`` (the default), ``[CODE >DATE]`` (after), ``[CODE <DATE]`` (before)
or ``[CODE DATE-DATE]`` (between, both ends included); dates are ``YYMMDD`` or ``YYYYMMDD``.
A phrase may carry plurals in ``{...}`` (``{}``: none). Phrases ending in ``_`` are whole words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.actors.persons import existed_on, iso_code
from newsevents.dictionaries.common import (
    CODE,
    Lines,
    iter_braces,
    parse_date,
    phrase_problem,
    phrase_words,
    read_lines,
)
from newsevents.errors import DictionaryProblem


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code that holds from ``start`` to ``end`` (either open), as a restriction line gives it."""

    code: str
    start: dt.date | None
    end: dt.date | None
    line: int

    def holds_on(self, day: dt.date) -> bool:
        """Whether the code applies on ``day`` (limits included)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class ActorRecord:
    """One actor: its phrases (primary first), dated codes and default code, with line numbers."""

    phrases: list[tuple[str, ...]]
    line: int
    default: str | None = None
    dated: list[DatedCode] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The primary phrase as words joined by blanks, in title case."""
        return " ".join(self.phrases[0]).title()

    def code_on(self, day: dt.date | None) -> str | None:
        """The code on ``day``: the latest-starting dated code that holds, else the default; never
        a code of a state that did not exist yet on ``day`` (an undated [SSDELI] in 2006)."""
        if day is not None:
            held = [d for d in self.dated if d.holds_on(day) and existed_on(d.code[:3], day)]
            if held:
                return max(held, key=lambda d: d.start or dt.date.min).code
            if self.default and not existed_on(self.default[:3], day):
                return None
        return self.default


@dataclass(slots=True)
class ActorFile:
    """The records of one actors file and the problems met reading it."""

    path: str
    records: list[ActorRecord]
    problems: list[DictionaryProblem]


def parse_restriction(body: str) -> tuple[str, dt.date | None, dt.date | None]:
    """``CODE``, ``CODE >DATE``, ``CODE <DATE`` or ``CODE DATE-DATE`` as (code, start, end).

    Raises ``ValueError`` with the reason when the text is none of these.
    """
    parts = body.split()
    if not parts or len(parts) > 2:
        raise ValueError(f"restriction [{body}] is not [CODE], [CODE >DATE], [CODE <DATE] or [CODE DATE-DATE]")
    code = parts[0]
    if not CODE.match(code):
        raise ValueError(f"code {code!r} is not a CAMEO code (capital letters and digits)")
    code = iso_code(code)  # the Phoenix tables still code East Timor TMP and Kosovo KSV
    if len(parts) == 1:
        return code, None, None
    limit = parts[1]
    if limit.startswith(">"):
        return code, parse_date(limit[1:]), None
    if limit.startswith("<"):
        return code, None, parse_date(limit[1:])
    if limit.count("-") == 1:
        first, last = limit.split("-")
        start, end = parse_date(first), parse_date(last)
        if end < start:
            raise ValueError(f"date range {limit} ends before it starts")
        return code, start, end
    raise ValueError(f"date limit {limit!r} is not >DATE, <DATE or DATE-DATE")


def inline_codes(text: str) -> tuple[str, list[tuple[str, dt.date | None, dt.date | None]]]:
    """A phrase line's phrase and the ``[...]`` codes after it (TABARI allows several).

    Raises ``ValueError`` when brackets are unbalanced, nested or followed by other text.
    """
    phrase, _, rest = text.partition("[")
    codes = []
    rest = "[" + rest if rest or text.endswith("[") else ""
    for found in re.finditer(r"\[([^\[\]]*)\]|(\S)", rest):
        if found.group(2) is not None:
            raise ValueError(f"unbalanced [ ] or text after the code: {rest.strip()!r}")
        codes.append(parse_restriction(found.group(1).strip()))
    if "]" in phrase:
        raise ValueError("']' before any '['")
    return phrase, codes


def _phrases(text: str, lines: Lines, number: int) -> list[tuple[str, ...]]:
    """The phrase on a line and its plurals in braces (an empty ``{}`` adds none)."""
    head = text.split("{", 1)[0]
    reason = phrase_problem(head)
    if reason:
        lines.problem(number, reason)
        return []
    out = [phrase_words(head)]
    if text.count("{") != text.count("}"):
        lines.problem(number, "unbalanced { } around the plurals")
        return out
    for group in iter_braces(text):
        out.extend(phrase_words(p) for p in group.split() if phrase_words(p))
    return out


def read_actors(path: Path | str) -> ActorFile:
    """Every record of an actors file; malformed lines become problems and are skipped."""
    lines = read_lines(path, semicolon_comments=True)
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    for number, text in lines.lines:
        restriction = text[:1].isspace() or text.lstrip().startswith("[")
        body = text.strip()
        if restriction:
            if current is None:
                lines.problem(number, "date restriction before any actor phrase")
                continue
            if not (body.startswith("[") and body.endswith("]")) or body.count("[") != 1:
                lines.problem(number, f"restriction {body!r} is not one [CODE ...] in brackets")
                continue
            try:
                code, start, end = parse_restriction(body[1:-1].strip())
            except ValueError as exc:
                lines.problem(number, str(exc))
                continue
            if start is None and end is None:
                current.default = code
            else:
                current.dated.append(DatedCode(code, start, end, number))
            continue
        synonym = body.startswith("+")
        try:
            phrase_text, codes = inline_codes(body[1:] if synonym else body)
        except ValueError as exc:
            lines.problem(number, str(exc))
            continue
        phrases = _phrases(phrase_text, lines, number)
        if not phrases:
            continue
        if synonym and current is not None:
            current.phrases.extend(phrases)
        elif synonym:
            lines.problem(number, "synonym line (+) before any actor phrase")
            continue
        else:
            current = ActorRecord(phrases, number)
            records.append(current)
        for code, start, end in codes:
            if start is None and end is None:
                current.default = current.default or code
            else:
                current.dated.append(DatedCode(code, start, end, number))
    return ActorFile(lines.path, records, lines.problems)
