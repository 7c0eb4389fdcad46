"""A fight told again in a speaker's own words is the fight already coded.

Wire copy tells an attack in the lead, then lets a witness tell it again in a quote: "Rebels
attacked a military base, killing ten soldiers, officials said. ... 'Al Shabaab attacked our
forces at 3 a.m.,' an officer told Reuters"; "Israeli airstrikes targeted Hamas ... 'The army
has struck Hamas with the hardest blow,' Netanyahu warned". The quote is the lead's act in other
words, and a trained coder codes the act once. The quoted telling often differs from the lead in
code (190 and 195), date ("on Saturday" against the day of the quote) or pattern, so the
article-wide repeat filter (``story.structure.drop_repeated_events``) and the next-sentence twins
(``emit``) leave it.

The rule is narrow: only violence (CAMEO roots 18-20), only inside quotation marks, only when an
earlier sentence of the article holds an act of the same root between the same two sides
(country and sector, ``events.dyads``), and not when the quote marks a new act ("attacked us
again", "another attack") or names another town than the first telling. Census (session 21):
two fresh stories and one `dev` article (rn-d-018, "'As I speak the Russian tanks are attacking
the town of Gori'") had such a retelling, each false; no `dev` event of these roots in a quote
repeats an earlier key and is right.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events import codebook
from newsevents.events.dyads import same_sides
from newsevents.nlp.sentences import doc_text
from newsevents.quotes.marks import QuotedSpan, find_quoted_spans
from newsevents.records import Event
from newsevents.story.structure import COUNTRY_LEVEL

VIOLENT_ROOTS = frozenset({codebook.ASSAULT, codebook.FIGHT, codebook.MASS_VIOLENCE})
"""Roots of the acts a witness retells in a quote: assault (18), fighting (19), mass violence (20)."""
NEW_ACT_WORDS = frozenset({"again", "another", "new", "fresh", "second", "renewed"})
"""Words of the quote's sentence (the quote and its attribution) that tell a further act, not the
one already coded ("they attacked us again")."""


def without_quoted_retellings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less each act of violence told inside a quote that an earlier sentence of the
    article already told between the same two sides (see the module docstring)."""
    quotes = find_quoted_spans(doc_text(doc))
    if not quotes:
        return events
    kept: list[Event] = []
    for event in events:
        if not any(_retells(event, earlier) for earlier in kept) or not _quoted(event, quotes):
            kept.append(event)
    return kept


def _retells(event: Event, earlier: Event) -> bool:
    """Whether ``event`` may be ``earlier`` told again: a violent act of the same root between the
    same two sides, from a later sentence, with no word of a further act and no other town."""
    root = codebook.root_of(event.cameo)
    if root not in VIOLENT_ROOTS or codebook.root_of(earlier.cameo) != root or earlier.span[0] >= event.span[0]:
        return False
    if not same_sides(event, earlier):
        return False
    words = {w.strip(".,;:!?\"'“”‘’").lower() for w in event.sentence.split()}
    town, first_town = _town(event), _town(earlier)
    return not words & NEW_ACT_WORDS and (town is None or first_town is None or town == first_town)


def _town(event: Event) -> str | None:
    """The place below country level where ``event`` happened, if the coder placed it there."""
    place = event.location
    return place.name if place is not None and place.geo_type != COUNTRY_LEVEL else None


def _quoted(event: Event, quotes: list[QuotedSpan]) -> bool:
    """Whether the act's trigger lies inside quotation marks."""
    start, end = event.trigger_span or event.span
    return any(q.start <= start and end <= q.end for q in quotes)
