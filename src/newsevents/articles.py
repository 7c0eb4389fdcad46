"""Helpers about articles that need no language model (so readers import them cheaply)."""

from __future__ import annotations

import datetime as dt
import hashlib

from newsevents.errors import BadDate


def check_date(value: str | dt.date | None) -> str | None:
    """``value`` as an ISO date string at day or month precision, or :class:`BadDate`."""
    if value is None or isinstance(value, dt.date):
        return None if value is None else value.isoformat()
    text = value.strip()
    try:
        if len(text) == 7:
            dt.date.fromisoformat(text + "-01")
            return text
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadDate(value) from None


def article_id(text: str) -> str:
    """A stable id for an article without one: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
