"""Read the two plain lists: discards (sentences or stories not to code) and issues.

Discards: one phrase a line (``WORLD CUP``). ``+`` first discards the whole story, else the
sentence; a phrase ending in ``_`` must end at a word boundary, else it is a stem. Issues:
``PHRASE [CODE]`` lines, where ``n:word`` gives the noun's singular and plural, ``v:word`` the
regular verb forms and ``a+b`` both ``a b`` and ``a-b``; ``~phrase`` (or ``~~phrase``) lines
are phrases that stop issue coding; ``<ISSUE ...>`` tags group them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsevents.dictionaries.common import phrase_problem, read_lines, regular_plural
from newsevents.errors import DictionaryProblem


@dataclass(frozen=True, slots=True)
class Discard:
    """A discard phrase (lower case, single blanks): story-wide or not, whole word or stem."""

    text: str
    story: bool
    whole_word: bool
    line: int


@dataclass(slots=True)
class DiscardFile:
    """The discards of one file and the problems met reading it."""

    path: str
    discards: list[Discard]
    problems: list[DictionaryProblem]


@dataclass(frozen=True, slots=True)
class Issue:
    """An issue phrase (one of its expanded forms, lower case) and its code."""

    text: str
    code: str
    line: int


@dataclass(slots=True)
class IssueFile:
    """The issue phrases and stop phrases of one file and the problems met reading it."""

    path: str
    issues: list[Issue]
    stops: list[str]
    problems: list[DictionaryProblem]


def read_discards(path: Path | str) -> DiscardFile:
    """Every discard phrase of a file; malformed lines become problems and are skipped."""
    lines = read_lines(path)
    out: list[Discard] = []
    for number, text in lines.lines:
        body = text.strip()
        story = body.startswith("+")
        phrase = body[1:].strip() if story else body
        reason = phrase_problem(phrase.replace("_", " ")) if phrase else "empty discard phrase"
        if "[" in phrase or "]" in phrase:
            reason = "a discard phrase takes no [code]"
        if reason:
            lines.problem(number, reason)
            continue
        whole = phrase.endswith("_")
        words = " ".join(phrase.rstrip("_").replace("_", " ").lower().split())
        out.append(Discard(words, story, whole, number))
    return DiscardFile(lines.path, out, lines.problems)


def _forms(word: str) -> list[str]:
    """The forms an issue word stands for (``n:``, ``v:``, ``a+b``)."""
    if "+" in word and not word.startswith("+") and not word.endswith("+"):
        left, right = word.split("+", 1)
        return [f"{a} {b}" for a in _forms(left) for b in _forms(right)] + \
               [f"{a}-{b}" for a in _forms(left) for b in _forms(right)]
    if word.startswith("n:"):
        base = word[2:]
        return [base, regular_plural(base.upper()).lower()]
    if word.startswith("v:"):
        base = word[2:]
        stem = base[:-1] if base.endswith("e") else base
        return [base, base + "s", stem + "ed", stem + "ing"]
    return [word]


def read_issues(path: Path | str) -> IssueFile:
    """Every issue phrase (expanded) and stop phrase of a file; bad lines become problems."""
    lines = read_lines(path)
    out = IssueFile(lines.path, [], [], lines.problems)
    for number, text in lines.lines:
        body = text.strip()
        if re.match(r"^</?ISSUE\b.*>$", body):
            continue
        if body.startswith("~"):
            out.stops.append(" ".join(body.lstrip("~").lower().split()))
            continue
        found = re.match(r"^(.*?)\s*\[([A-Z0-9_\-]+)\]$", body)
        if not found or not found.group(1).strip():
            lines.problem(number, "issue line is not PHRASE [CODE] (code in capitals, digits, _ and -)")
            continue
        phrases = [""]
        for word in found.group(1).lower().split():
            if not re.match(r"^([nv]:)?[a-z0-9'\-.]+(\+([nv]:)?[a-z0-9'\-.]+)*$", word):
                lines.problem(number, f"issue word {word!r} is not word, n:word, v:word or a+b")
                phrases = []
                break
            phrases = [f"{p} {f}".strip() for p in phrases for f in _forms(word)]
        out.issues.extend(Issue(p, found.group(2), number) for p in phrases)
    return out
