"""What to read: paths, directories (walked lazily), stdin; which reader each file needs.

Internal to :mod:`newsevents.reading`, whose :func:`iter_articles` lives here.
"""

from __future__ import annotations

import datetime as dt
import gzip
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.articles import check_date
from newsevents.reading.decoding import (
    GZIP_ERRORS,
    GZIP_MAGIC,
    KNOWN_SUFFIXES,
    Readable,
    ReadProblem,
    Stream,
    Unreadable,
    decode,
    gzip_reason,
    open_binary,
    os_reason,
    peek,
    read_all,
    rewound,
    sniff,
)
from newsevents.reading.formats import html_article, read_json, read_jsonl, text_article
from newsevents.records import Article

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
STDIN = "-"

_STDIN_NAME = "<stdin>"

@dataclass(frozen=True, slots=True)
class _Input:
    """One file (or stdin) to read, with the reader its name calls for."""

    path: Path
    source: str
    kind: str  # "text" | "jsonl" | "json" | "html"
    gz_named: bool
    stem: str


@dataclass(slots=True)
class _Ids:
    """Hands out article ids from file names, unique within one call of :func:`iter_articles`."""

    seen: set[str] = field(default_factory=set)

    def claim(self, *candidates: str) -> str:
        for candidate in candidates:
            if candidate not in self.seen:
                self.seen.add(candidate)
                return candidate
        n = 2
        while f"{candidates[-1]}~{n}" in self.seen:
            n += 1
        self.seen.add(f"{candidates[-1]}~{n}")
        return f"{candidates[-1]}~{n}"


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: str | dt.date | None = None,
    stdin: Readable | None = None,
) -> Iterator[Article | ReadProblem]:
    """Read every article of ``paths`` (files, directories, ``-`` for stdin), in order, lazily.

    ``date`` dates the inputs that carry no date of their own (raises
    :class:`~newsevents.errors.BadDate` if it is not an ISO date). Inputs that cannot be read
    are yielded as :class:`ReadProblem` and reading goes on. ``stdin`` replaces ``sys.stdin``.
    """
    default_date = check_date(date)
    ids = _Ids()
    for given in paths:
        name = os.fspath(given)
        if name == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, default_date, ids)
            continue
        path = Path(name)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            yield ReadProblem(name, os_reason(exc))
            continue
        if not exists:
            yield ReadProblem(name, "no such file or directory; check the path (or give - for stdin)")
        elif is_dir:
            yield from _read_directory(path, name, default_date, ids)
        else:
            inp = _input(path, name, explicit=True)
            assert inp is not None
            yield from _read_file(inp, default_date, ids)


# --- choosing inputs ---------------------------------------------------------------------------


def _kind(name: str, *, explicit: bool) -> tuple[str | None, bool, str]:
    """The reader for a file name, whether it ends in .gz, and the name without those suffixes."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    base = name[:-3] if gz else name
    suffix = Path(base).suffix
    stripped = base[: -len(suffix)] if suffix else base
    suffix = suffix.lower()
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("jsonl", JSONL_SUFFIXES),
                           ("json", JSON_SUFFIXES), ("html", HTML_SUFFIXES)):
        if suffix in suffixes:
            return kind, gz, stripped
    # A file named on the command line is tried as text whatever its name; in a directory,
    # files of other kinds (images, PDFs, notes) are left alone.
    return ("text" if explicit else None), gz, stripped


def _input(path: Path, source: str, *, explicit: bool, relative: str | None = None) -> _Input | None:
    kind, gz, stripped = _kind(relative or path.name, explicit=explicit)
    if kind is None:
        return None
    return _Input(path, source, kind, gz, stripped)


def _read_directory(
    root: Path, source: str, date: str | None, ids: _Ids
) -> Iterator[Article | ReadProblem]:
    found = 0
    other: list[str] = []
    for item in _walk(root, root, other, frozenset()):
        if isinstance(item, ReadProblem):
            yield item
            continue
        found += 1
        rel = item.relative_to(root).as_posix()
        inp = _input(item, str(item), explicit=False, relative=rel)
        assert inp is not None
        yield from _read_file(inp, date, ids)
    if not found:
        skipped = ""
        if other:
            kinds = ", ".join(sorted({Path(n).suffix or n for n in other})[:5])
            skipped = f" ({len(other)} other file{'s' if len(other) != 1 else ''} skipped: {kinds})"
        yield ReadProblem(source, f"directory has no files newsevents can read{skipped}; it reads "
                                  f"{KNOWN_SUFFIXES}")


def _walk(directory: Path, root: Path, other: list[str], ancestors: frozenset[tuple[int, int]]
          ) -> Iterator[Path | ReadProblem]:
    """Readable files under ``directory``, depth first in name order, hidden ones left out."""
    try:
        stat = directory.stat()
        if (stat.st_dev, stat.st_ino) in ancestors:
            return  # a symlink back up the tree: following it would never end
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadProblem(str(directory), os_reason(exc))
        return
    here = ancestors | {(stat.st_dev, stat.st_ino)}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield ReadProblem(str(path), os_reason(exc))
            continue
        if is_dir:
            yield from _walk(path, root, other, here)
        elif _kind(entry.name, explicit=False)[0] is not None:
            yield path
        elif len(other) < 1000:  # enough to name a few kinds in the message; bounded memory
            other.append(entry.name)


# --- one file ----------------------------------------------------------------------------------


def _read_file(inp: _Input, date: str | None, ids: _Ids) -> Iterator[Article | ReadProblem]:
    """Every article of one file; anything wrong with it becomes a ReadProblem naming it."""
    # The name without its extension; for a second file of that name, its path as given.
    stem = ids.claim(inp.stem, _kind(inp.source, explicit=True)[2])
    try:
        with open_binary(inp.path, inp.gz_named) as stream:
            yield from _read_stream(stream, inp, date, stem)
    except Unreadable as bad:
        yield ReadProblem(inp.source, bad.message, bad.line)
    except GZIP_ERRORS as exc:
        yield ReadProblem(inp.source, gzip_reason(exc))
    except OSError as exc:
        yield ReadProblem(inp.source, os_reason(exc))


def _read_stream(stream: Stream, inp: _Input, date: str | None, stem: str
                 ) -> Iterator[Article | ReadProblem]:
    head = peek(stream)
    encoding = sniff(head, inp.source)
    if inp.kind == "jsonl":
        yield from read_jsonl(stream, encoding, inp.source, date, stem)
        return
    data = read_all(stream, "the page" if inp.kind == "html" else "the file")
    if inp.kind == "html":
        yield html_article(data, encoding, inp.source, date, stem)
        return
    text = decode(data, encoding, inp.source)
    if inp.kind == "json":
        yield from read_json(text, inp.source, date, stem)
    else:
        yield text_article(text, inp.source, date, stem)


def _read_stdin(raw: Readable, date: str | None, ids: _Ids) -> Iterator[Article | ReadProblem]:
    """Stdin as JSON Lines if its first non-blank character is ``{``, else as seed/plain text."""
    stem = ids.claim("stdin")
    try:
        stream, head = rewound(raw)
        if head[:2] == GZIP_MAGIC:
            stream, head = rewound(gzip.GzipFile(fileobj=stream, mode="rb"))
        encoding = sniff(head, _STDIN_NAME)
        lead = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
        if lead.startswith("{"):
            yield from read_jsonl(stream, encoding, _STDIN_NAME, date, stem)
        else:
            text = decode(read_all(stream, "the input"), encoding, _STDIN_NAME)
            yield text_article(text, _STDIN_NAME, date, stem)
    except Unreadable as bad:
        yield ReadProblem(_STDIN_NAME, bad.message, bad.line)
    except GZIP_ERRORS as exc:
        yield ReadProblem(_STDIN_NAME, gzip_reason(exc))
    except OSError as exc:
        yield ReadProblem(_STDIN_NAME, os_reason(exc))
