"""Helpers shared by the tests of coded events and actors: an article's events as plain tuples to
compare, and one of its actors by its words."""

from __future__ import annotations

from spacy.language import Language

from newsevents.extraction import extract
from newsevents.records import Actor

Coded = tuple[str | None, str | None, str, str]
"""An event as (source code, target code, CAMEO code, trigger)."""
Dyad = tuple[str | None, str | None, str]
"""An event as (source code, target code, CAMEO code or its two-digit root)."""
Ruled = tuple[str | None, str | None, str, str]
"""An event as (source code, target code, CAMEO code, the coder's rule)."""


def event_codes(text: str, nlp: Language, date: str, title: str | None = None) -> list[Coded]:
    """The events ``text`` gives, as (source code, target code, CAMEO code, trigger)."""
    ex = extract(text, date=date, nlp=nlp, title=title)
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.trigger)
            for e in ex.events]


def event_dyads(text: str, nlp: Language, date: str, root: bool = False) -> list[Dyad]:
    """The events ``text`` gives, as (source code, target code, CAMEO code), or its two-digit root
    with ``root``: what the real-news scorer compares."""
    return [(source, target, cameo[:2] if root else cameo) for source, target, cameo, _ in event_codes(text, nlp, date)]


def event_rules(text: str, nlp: Language, date: str) -> list[Ruled]:
    """The events ``text`` gives, as (source code, target code, CAMEO code, the coder's rule)."""
    ex = extract(text, date=date, nlp=nlp)
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.rule)
            for e in ex.events]


def named_actor(nlp: Language, text: str, words: str, date: str, title: str | None = None) -> Actor:
    """The actor of ``text`` written ``words``; the assertion lists the actors found when none is."""
    actors = extract(text, date=date, nlp=nlp, title=title).actors
    found = [a for a in actors if a.text == words]
    assert found, [a.text for a in actors]
    return found[0]
