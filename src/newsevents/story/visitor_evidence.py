"""Visitors are no evidence of where a story happens.

The story's country is counted from the dateline, the headline and the lead's actors and places
(:func:`newsevents.story.context.principal_countries`). A visiting official is introduced with
his own country ("Chinese Premier Li arrived in Kathmandu", "German Foreign Minister Visits
Kenya"), and counting that country made the visitor's the story's: the bare police, officials
and protesters of the host country then took the visitor's country. Here the doer of a trip
(arrive, visit, land, tour ...) whose destination names another country is left out of the
evidence, in the lead (by the parse) and in the headline (by the words before the verb). The
destination still counts. This is a restraint: it only removes evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.actors.lexicon import lexicon
from newsevents.records import ActorMention, Span
from newsevents.story.named_countries import text_countries

# Verbs whose subject goes to the place named: the subject is the visitor. "Leave", "return" and
# "send" are left out: their places are the subject's home as often as not; so is "reach", which
# is mostly "reached a deal in Arusha" (a venue, not a trip).
TRIP_VERBS = frozenset({"arrive", "visit", "travel", "fly", "land", "tour", "head"})
# Verbs whose direct object is the destination ("visited Nepal", "toured the region"); with such an
# object, an "in"/"at" phrase is where the visit took place within it, not a second destination.
OBJECT_DESTINATION = frozenset({"visit", "tour"})
DESTINATION_PREPS = frozenset({"in", "to", "at", "for"})
# A headline's trip: "X Visits Y", "X Arrives in Y", "X in Y Visit" is left alone (no verb).
# "Lands" and "heads" are left out: in headlines they are as often a loan ("Egypt Lands $3bn Loan")
# or a vote ("Nigeria Heads to Polls") as a trip.
_HEADLINE_TRIP = re.compile(r"\b(?:visits|visiting|arrives|arriving|tours|touring|travels|flies)\b", re.I)


def _destinations(verb: Token) -> Iterable[Token]:
    """The tokens that name where the doer of ``verb`` goes: the direct object of "visit" or "tour"
    when there is one, else the objects of "in", "to", "at", "for"."""
    if verb.lemma_.lower() in OBJECT_DESTINATION:
        objects = [child for child in verb.children if child.dep_ == "dobj"]
        if objects:
            yield from objects
            return
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in DESTINATION_PREPS:
            yield from (g for g in child.children if g.dep_ == "pobj")


def _trip_of(doc: Doc, mention: ActorMention) -> Token | None:
    """The trip verb ``mention`` is the subject of, or ``None``."""
    if mention.end <= mention.start or mention.end > len(doc):
        return None
    root = doc[mention.start:mention.end].root
    while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
        root = root.head  # "Li Wen, China's premier, arrived": the subject is the apposition's head
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_.lower() not in TRIP_VERBS:
        return None
    return root.head


def is_visitor(doc: Doc, mention: ActorMention) -> bool:
    """Whether ``mention`` travels in its sentence to a place of another country than its own."""
    if not mention.country:
        return False
    verb = _trip_of(doc, mention)
    if verb is None:
        return False
    for dest in _destinations(verb):
        phrase = doc[dest.left_edge.i:dest.right_edge.i + 1].text
        named = text_countries(phrase)
        if named and mention.country not in named:
            return True
    return False


def visitor_spans(doc: Doc, start: int, end: int, mentions: Iterable[ActorMention]) -> list[Span]:
    """Character spans of the visitors among ``mentions`` between characters ``start`` and ``end``."""
    return [(m.start_char, m.end_char) for m in mentions
            if start <= m.start_char < end and is_visitor(doc, m)]


def blank_spans(piece: str, offset: int, spans: Iterable[Span]) -> str:
    """``piece`` (which starts at character ``offset``) with ``spans`` replaced by spaces."""
    for a, b in spans:
        a, b = max(a - offset, 0), min(b - offset, len(piece))
        if a < b:
            piece = piece[:a] + " " * (b - a) + piece[b:]
    return piece


def headline_host(head: str) -> str | None:
    """The part of a headline that names where the story is when a visitor travels there ("German
    Minister Visits Kenya" -> " Kenya"), or ``None`` when the whole headline counts. The visitor must
    be named by a demonym ("German Minister", "Chinese Premier"): a country's own name before the
    verb ("Kenya Hosts ...", "Egypt Tours ...") is as often the story's own country."""
    match = _HEADLINE_TRIP.search(head)
    if match is None:
        return None
    before, after = head[:match.start()], head[match.end():]
    hosts = text_countries(after)
    if hosts and _by_demonym(before) and not set(text_countries(before)) & set(hosts):
        return after
    return None


def _by_demonym(words: str) -> bool:
    """Whether ``words`` name a country by its demonym ("German", "Chinese"), not by its name."""
    return any(m.entries[0].kind == "adjective" for m in lexicon().matches(re.findall(r"\w+", words)))
