"""When and where an event happened: the clause's own date and place.

The date is the first resolved temporal expression in the trigger's clause; a participle or a
complement without one takes its governing clause's ("Kenya issued a statement on Friday,
urging talks": the appeal was on Friday); failing that, the article date. The place is
a country or city introduced by "in" or "at" in the clause, geocoded with :mod:`newsevents.places`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.events.frames import clause_tokens
from newsevents.events.roles import MentionIndex
from newsevents.places import geocode
from newsevents.records import ActorMention, DateMention, Location

INHERITING_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep", "pobj", "dobj"}
PLACE_PREPS = {"in", "at", "through", "across", "throughout", "around", "outside", "near", "inside"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _dates_in(tokens: list[Token], dates: list[DateMention]) -> DateMention | None:
    starts = {t.idx for t in tokens}
    for date in dates:
        if date.value and date.span[0] in starts:
            return date
    return None


def event_date(verb: Token, doc: Doc) -> str | None:
    """The date of the event whose clause verb is ``verb``."""
    dates: list[DateMention] = list(doc._.ne_dates or [])
    current = verb
    for _ in range(8):
        found = _dates_in(clause_tokens(current), dates)
        if found is not None:
            return found.value
        if current.head is current or current.dep_ not in INHERITING_DEPS:
            break
        current = current.head
    article = doc._.ne_article
    return article.date if article is not None else None


def _entity(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _places(tokens: list[Token]) -> list[tuple[Token, Location]]:
    out = []
    for tok in tokens:
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS and tok.ent_type_ in PLACE_LABELS:
            ent = _entity(tok)
            name = ent.text if ent is not None else tok.text
            location = geocode(name)
            if location is not None:
                out.append((tok, location))
    return out


def event_place(tokens: list[Token]) -> Location | None:
    """The first place in ``tokens`` introduced by "in"/"at", geocoded; ``None`` if none."""
    found = _places(tokens)
    return found[0][1] if found else None


def place_actor(tokens: list[Token], index: MentionIndex) -> ActorMention | None:
    """The country of the event's place as an actor ("shelling in Gaza" -> PSE), for events
    whose target is, by CAMEO convention, the place they happen in; ``None`` without one."""
    for tok, location in _places(tokens):
        if not location.country:
            continue
        ent = _entity(tok)
        start, end = (ent.start, ent.end) if ent is not None else (tok.i, tok.i + 1)
        span = tok.doc[start:end]
        return ActorMention(start, end, span.start_char, span.end_char, span.text, location.name,
                            location.country, location.country, None, "place", "events-place")
    return None
