"""Bytes to text: opening, gunzipping, sniffing binaries and encodings, limits, lines.

Internal to :mod:`newsevents.reading`. Whatever cannot be read raises :class:`Unreadable`, which
the readers turn into a :class:`ReadProblem` naming the input.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAX_ARTICLE_CHARS = 2_000_000
"""The longest article (or JSON Lines line) read; longer ones are reported, not loaded."""

SNIFF = 8192
GZIP_MAGIC = b"\x1f\x8b"
KNOWN_SUFFIXES = ".txt, .text, .jsonl, .ndjson, .json, .html, .htm (each also .gz) or no extension"
# Binary formats people hand to text tools by mistake, named so the message can say which.
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx/.odt document)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
)
ADVICE_UTF8 = ("re-save it as UTF-8, or convert it with `iconv -f WINDOWS-1252 -t UTF-8 {name}` "
                "(naming its real encoding)")


def max_bytes() -> int:
    # No character takes more than 4 bytes in UTF-8 or UTF-16, so a longer input is too long.
    return 4 * MAX_ARTICLE_CHARS


def max_line_bytes() -> int:
    # JSON escapes (\u00e9) take up to 6 bytes a character; leave room for the other fields.
    return 8 * MAX_ARTICLE_CHARS


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


Stream = io.BufferedIOBase
"""What the readers read from: a buffered binary stream (a file, gunzipped data, stdin)."""


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """An input that could not be read: where, and what to do about it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


class Unreadable(Exception):
    """Internal: this input (or line) cannot be read; becomes a ReadProblem."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied; make it readable (chmod +r) or run as a user who can read it"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory; check the path"
    if isinstance(exc, IsADirectoryError):
        return "is a directory where a file was expected"
    return f"cannot be read ({exc.strerror or exc}); check the file and the disk"


# --- opening, decoding -------------------------------------------------------------------------


@contextlib.contextmanager
def open_binary(path: Path, gz_named: bool) -> Iterator[Stream]:
    """The file's bytes, gunzipped if it is gzip data (whatever its name)."""
    with open(path, "rb") as raw:
        if raw.peek(2)[:2] == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield unzipped
        elif gz_named:
            raise Unreadable("is named .gz but is not gzip data; decompress it yourself or rename it")
        else:
            yield raw


def sniff(head: bytes, name: str) -> str:
    """The encoding of a file from its first bytes, or :class:`Unreadable` if it is not text."""
    if not head:
        raise Unreadable("is empty; there is no article to read")
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise Unreadable(f"looks like {what}, not text; give newsevents the article's text "
                             f"({KNOWN_SUFFIXES})")
    if b"\x00" in head:
        odd_nuls = head[1::2].count(0)
        if odd_nuls > len(head) // 4 and head[0::2].count(0) < odd_nuls // 4:
            raise Unreadable("looks like UTF-16 text without a byte-order mark; convert it with "
                       f"`iconv -f UTF-16LE -t UTF-8 {name}`")
        raise Unreadable(f"looks binary (it contains NUL bytes), not text; newsevents reads {KNOWN_SUFFIXES}")
    return "utf-8"


def decode(data: bytes, encoding: str, name: str, line: int | None = None) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding.startswith("utf-8"):
            before = data[: exc.start]
            at_line = line if line is not None else before.count(b"\n") + 1
            column = exc.start - (before.rfind(b"\n") + 1) + 1
            raise Unreadable(f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at column {column}); "
                       + ADVICE_UTF8.format(name=name), at_line) from None
        raise Unreadable(f"is not valid {encoding.upper()} text ({exc.reason}); "
                   + ADVICE_UTF8.format(name=name), line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_all(stream: Stream, what: str) -> bytes:
    data = stream.read(max_bytes() + 1)
    if len(data) > max_bytes():
        raise Unreadable(f"{what} is longer than {MAX_ARTICLE_CHARS:,} characters, the limit for one "
                   "article; split it into several articles (e.g. one per line as JSON Lines)")
    return data


def check_length(text: str, what: str, line: int | None = None) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise Unreadable(f"{what} is longer than {MAX_ARTICLE_CHARS:,} characters, the limit for one "
                   "article; split it into several articles", line)


def gzip_reason(exc: Exception) -> str:
    return (f"is not valid gzip data ({exc or type(exc).__name__}); the file is truncated or corrupt: "
            "download or compress it again")


GZIP_ERRORS = (gzip.BadGzipFile, zlib.error, EOFError)



def peek(stream: Stream) -> bytes:
    """The first bytes of ``stream``, left in it to be read again."""
    method = getattr(stream, "peek", None)
    if method is None:  # pragma: no cover - our streams are all buffered
        raise TypeError("stream must support peek()")
    head: bytes = method(SNIFF)[:SNIFF]
    return head


def lines(stream: Stream, encoding: str, source: str) -> Iterator[tuple[int, str | Unreadable]]:
    """(line number, text) for each line that is not blank, with over-long or undecodable lines as
    :class:`Unreadable`. Runs of blank lines are skipped in bulk, not line by line."""
    if not encoding.startswith("utf-8"):
        yield from _wide_lines(stream, encoding, source)
        return
    limit = max_line_bytes()
    number = 0
    while raw := stream.readline(limit + 1):
        number += 1
        if raw in (b"\n", b"\r\n"):
            number += _skip_newlines(stream)
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if len(raw) > limit and not raw.endswith(b"\n"):
            _skip_line(stream)
            yield number, Unreadable(f"the line is longer than {limit:,} bytes, far more than one article "
                               f"may have ({MAX_ARTICLE_CHARS:,} characters); split the record")
            continue
        try:
            yield number, decode(raw, "utf-8", source, number)
        except Unreadable as bad:
            yield number, bad


def _skip_newlines(stream: Stream) -> int:
    """Read past the newlines at the head of ``stream`` a buffer at a time; how many there were."""
    skipped = 0
    while head := peek(stream):
        run = len(head) - len(head.lstrip(b"\n"))
        if run:
            stream.read(run)
            skipped += run
        if run < len(head):
            return skipped
    return skipped


def _skip_line(stream: Stream) -> None:
    """Read past the rest of an over-long line without keeping it."""
    while chunk := stream.readline(1 << 20):
        if chunk.endswith(b"\n"):
            return


def _wide_lines(stream: Stream, encoding: str, source: str) -> Iterator[tuple[int, str | Unreadable]]:
    # UTF-16/32 cannot be split at newline bytes; let the text layer do it.
    text = io.TextIOWrapper(stream, encoding=encoding, newline=None)  # type: ignore[type-var]
    limit = MAX_ARTICLE_CHARS * 2
    number = 0
    try:
        while line := text.readline(limit + 1):
            number += 1
            if len(line) > limit and not line.endswith("\n"):
                while (rest := text.readline(1 << 20)) and not rest.endswith("\n"):
                    pass
                yield number, Unreadable(f"the line is longer than {limit:,} characters; split the record")
                continue
            yield number, line
    except UnicodeDecodeError as exc:
        yield number + 1, Unreadable(f"is not valid {encoding.upper()} text ({exc.reason}); the rest of the "
                               "file is skipped; " + ADVICE_UTF8.format(name=source))
    finally:
        text.detach()



class Replay(io.RawIOBase):
    """A stream that gives back bytes already read from ``rest``, then the rest of it."""

    def __init__(self, head: bytes, rest: Readable) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def rewound(raw: Readable) -> tuple[Stream, bytes]:
    """``raw`` as a buffered stream, and its first bytes up to the first non-blank one."""
    head = raw.read(SNIFF)
    while not head.strip(b" \t\r\n\xef\xbb\xbf") and len(head) <= max_bytes() and (more := raw.read(SNIFF)):
        head += more
    return io.BufferedReader(Replay(head, raw)), head
