"""Read articles from files, directories, gzip and stdin, one :class:`Article` at a time.

Formats, picked by file extension (``.gz`` on top of any of them):

- the seed format (``.txt``, ``.text``, no extension): ``date YYYY-MM-DD`` (or ``YYYY-MM``) as
  the first token, then the text on the same line or the lines below; without the header the
  file is plain text dated by ``date=`` (``--date``), or undated;
- JSON Lines (``.jsonl``, ``.ndjson``): one ``{"id", "date", "title", "url", "text"}`` per line;
- JSON (``.json``): one such object, or an array of them;
- HTML pages (``.html``, ``.htm``): main text, title and date found by trafilatura;
- ``-``: stdin, JSON Lines when its first non-blank character is ``{``, else the seed format.

Reading streams: directories are walked lazily in sorted order, JSON Lines a line at a time, and
no article may exceed :data:`MAX_ARTICLE_CHARS`. Nothing here raises on bad input: every input
that cannot be read becomes a :class:`ReadProblem` in the stream, saying where and what to do,
and the caller decides whether to go on.
"""

from newsevents.reading.decoding import MAX_ARTICLE_CHARS, ReadProblem
from newsevents.reading.inputs import (
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN,
    TEXT_SUFFIXES,
    iter_articles,
)

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "MAX_ARTICLE_CHARS",
    "STDIN",
    "TEXT_SUFFIXES",
    "ReadProblem",
    "iter_articles",
]
