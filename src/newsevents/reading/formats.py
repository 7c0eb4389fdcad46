"""The article formats: the seed format and plain text, JSON Lines and JSON, HTML pages.

Internal to :mod:`newsevents.reading`: each reader turns decoded input into :class:`Article`
records and raises (or, line by line, yields) what is wrong with it.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from newsevents.reading.decoding import ReadProblem, Stream, Unreadable, check_length, decode, lines
from newsevents.records import Article

# --- the seed format and plain text ------------------------------------------------------------

_HEADER = re.compile(r"\A(\s*)date:?[ \t\r\n]+(\S+)", re.I)
_DATEISH = re.compile(r"\d{4}(?:[-/.]\d{1,2}){0,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def text_article(text: str, source: str, date: str | None, stem: str) -> Article:
    """A seed-format or plain-text article (``source`` names it in messages)."""
    if not text.strip():
        raise Unreadable("is empty (only blank space); there is no article to read")
    header = _HEADER.match(text)
    token = header.group(2).rstrip(",.;:") if header else ""
    if header and _DATEISH.fullmatch(token):
        line = header.group(1).count("\n") + 1
        date = _header_date(token, line)
        text = text[header.end():]
        if not text.strip():
            raise Unreadable(f"has a date header (date {token}) but no text after it; add the "
                       "article's text after the date", line)
    check_length(text, "the article")
    return Article(id=stem, text=text.strip(), date=date, source=source)


def _header_date(value: str, line: int) -> str:
    try:
        return _iso_date(value)
    except ValueError as exc:
        raise Unreadable(f"the date header 'date {value}' {exc}; write it as date YYYY-MM-DD "
                   "(or date YYYY-MM), e.g. date 2023-03-01", line) from None


def _iso_date(value: str) -> str:
    """``value`` as an ISO date at day or month precision; ValueError says what is wrong."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError as exc:
            raise ValueError(f"is not a real date ({exc})") from None
    if re.fullmatch(r"\d{4}-\d{2}", value):
        if not 1 <= int(value[5:]) <= 12:
            raise ValueError(f"is not a real date (month {value[5:]} does not exist)")
        return value
    if re.fullmatch(r"\d{4}", value):
        raise ValueError("gives only a year; newsevents needs at least the month")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].+", value):
        try:
            return dt.datetime.fromisoformat(value).date().isoformat()
        except ValueError as exc:
            raise ValueError(f"is not a real date and time ({exc})") from None
    raise ValueError("is not an ISO date")


# --- JSON Lines and JSON -----------------------------------------------------------------------

_FIELDS = "{\"id\", \"date\", \"title\", \"url\", \"text\"}"


def read_jsonl(stream: Stream, encoding: str, source: str, date: str | None, stem: str
                ) -> Iterator[Article | ReadProblem]:
    records = 0
    for number, line in lines(stream, encoding, source):
        if isinstance(line, Unreadable):
            yield ReadProblem(source, line.message, number)
            continue
        if not line.strip():
            continue
        records += 1
        try:
            obj = json.loads(line.rstrip("\n"))
        except json.JSONDecodeError as exc:
            yield ReadProblem(source, f"is not valid JSON ({exc.msg} at column {exc.colno}); write one "
                                      f"JSON object per line, like {_FIELDS}", number)
            continue
        except (ValueError, RecursionError) as exc:  # a 5000-digit number, [[[[...]]]] nested too deep
            yield ReadProblem(source, f"is JSON that cannot be read ({exc}); write one "
                                      f"JSON object per line, like {_FIELDS}", number)
            continue
        try:
            yield _record_article(obj, source, date, f"{stem}:{number}", number)
        except Unreadable as bad:
            yield ReadProblem(source, bad.message, number)
    if not records:
        raise Unreadable("has no JSON Lines records (only blank lines); there is no article to read")


def read_json(text: str, source: str, date: str | None, stem: str) -> Iterator[Article | ReadProblem]:
    if not text.strip():
        raise Unreadable("is empty (only blank space); there is no article to read")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"is not valid JSON ({exc.msg} at column {exc.colno}); write one object {_FIELDS} "
                   "or an array of them", exc.lineno) from None
    except (ValueError, RecursionError) as exc:
        raise Unreadable(f"is JSON that cannot be read ({exc}); write one object {_FIELDS} "
                   "or an array of them") from None
    if isinstance(data, dict):
        yield _record_article(data, source, date, stem, None)
        return
    if not isinstance(data, list) or not data:
        raise Unreadable(f"holds {_json_type(data)}; write one object {_FIELDS} or a non-empty array of them")
    for index, obj in enumerate(data, start=1):
        try:
            yield _record_article(obj, source, date, f"{stem}:{index}", None)
        except Unreadable as bad:
            yield ReadProblem(source, f"item {index} of the array: {bad.message}")


def _record_article(obj: Any, source: str, date: str | None, default_id: str, line: int | None) -> Article:
    """A JSON record as an Article; :class:`Unreadable` says which field is wrong and how."""
    if not isinstance(obj, dict):
        raise Unreadable(f"holds {_json_type(obj)}, not an object; write {_FIELDS}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        found = "has no \"text\"" if text is None else f"has a \"text\" that is {_json_type(text)}"
        raise Unreadable(f"{found}; every record needs a non-empty \"text\" string")
    check_length(text, "the \"text\"")
    record_date = obj.get("date")
    if record_date is not None and record_date != "":
        if not isinstance(record_date, str):
            raise Unreadable(f"has a \"date\" that is {_json_type(record_date)}; write it as a string "
                       "\"YYYY-MM-DD\" (or \"YYYY-MM\"), or leave it out")
        try:
            date = _iso_date(record_date.strip())
        except ValueError as exc:
            raise Unreadable(f"has \"date\": {record_date!r}, which {exc}; write \"YYYY-MM-DD\" "
                       "(or \"YYYY-MM\"), or leave the date out") from None
    ident = obj.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int | type(None)):
        raise Unreadable(f"has an \"id\" that is {_json_type(ident)}; use a string or a number")
    return Article(
        id=str(ident) if ident is not None and str(ident).strip() else default_id,
        text=text.replace("\r\n", "\n").strip(),
        date=date,
        title=_optional_string(obj, "title"),
        url=_optional_string(obj, "url"),
        source=source,
        line=line,
    )


def _optional_string(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise Unreadable(f"has a \"{key}\" that is {_json_type(value)}; use a string, or leave it out")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string"
    if isinstance(value, list):
        return "an empty array" if not value else "an array"
    return "an object"


# --- HTML --------------------------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def html_article(data: bytes, encoding: str, source: str, date: str | None, stem: str) -> Article:
    """The main text, title and date of an HTML page, found by trafilatura."""
    html = decode(data, _html_encoding(data, encoding), source)
    import trafilatura  # imported here: only HTML input needs it

    try:
        # Only dates the page states (markup, metadata); not guesses from "Copyright 2024".
        doc = trafilatura.bare_extraction(html, with_metadata=True,
                                          date_extraction_params={"extensive_search": False})
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise Unreadable(f"could not be parsed as HTML ({type(exc).__name__}: {exc}); check that it is "
                   "an HTML page, or save the article's text as .txt") from None
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        raise Unreadable("has no main text that could be found (trafilatura extracted nothing); check that "
                   "it is an article page, or save the article's text as .txt")
    check_length(text, "the page's text")
    page_date = getattr(doc, "date", None)
    # A page's own date that makes no sense is no date at all: keep the default.
    with contextlib.suppress(ValueError):
        date = _iso_date(page_date[:10]) if isinstance(page_date, str) and page_date else date
    return Article(id=stem, text=text, date=date, title=getattr(doc, "title", None) or None,
                   url=getattr(doc, "url", None) or None, source=source)


def _html_encoding(data: bytes, sniffed: str) -> str:
    """A page's byte-order mark wins; else the charset its <meta> declares; else UTF-8."""
    if sniffed != "utf-8":
        return sniffed
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            name = "utf-8"  # an unknown charset name: read it as UTF-8 and report if that fails
        # A <meta> readable as ASCII cannot be in UTF-16/32 (without a byte-order mark).
        return "utf-8" if name.startswith(("utf-16", "utf-32")) else name
    return "utf-8"
