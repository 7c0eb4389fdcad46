"""Helpers shared by the event-coder test modules (imported by them; not a test module itself)."""

from __future__ import annotations

from spacy.language import Language

from newsevents.events.coder import code_doc
from newsevents.extraction import extract, make_doc
from newsevents.records import Article, Event

DATE = "2023-03-01"  # a Wednesday


def code(nlp: Language, text: str, date: str | None = DATE) -> list[Event]:
    """The events coded in ``text``, published on ``date``."""
    return extract(text, date=date, nlp=nlp).events


def coded(nlp: Language, text: str, date: str | None = DATE) -> list[Event]:
    """The coder's events in ``text``, before the acts with no identified doer are left out of
    the extraction (see :mod:`newsevents.events.unattributed`)."""
    return code_doc(nlp(make_doc(nlp, Article("t", text, date=date))))


def country_triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    """(source country or code, target country or code, CAMEO code) of each event."""
    def key(ref: object) -> str | None:
        if ref is None:
            return None
        return getattr(ref, "country", None) or getattr(ref, "code", None)
    return {(key(e.source), key(e.target), e.cameo) for e in events}


def code_dyads(nlp: Language, text: str, date: str | None = DATE) -> list[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO root) of each event coded in ``text``."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in code(nlp, text, date)]


def code_roots(nlp: Language, text: str, date: str | None = DATE) -> set[str]:
    """The CAMEO roots of the events coded in ``text``."""
    return {root for _, _, root in code_dyads(nlp, text, date)}
