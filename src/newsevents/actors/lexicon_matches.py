"""The actor lexicon's matches over one document: the matches, and per token the one covering it;
the matches inside a span, for coding a mention; and what a match names (a role, a place, a state
body). :class:`~newsevents.actors.person_names.PersonFinder` and the mention finder built on it read
every name through these.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.elided_names import elided_country_matches
from newsevents.actors.lexicon import COUNTRY_KINDS, Lexicon, Match, lexicon
from newsevents.nlp.docview import DocView, doc_view


def match_index(doc: Doc, tokens: DocView | None = None,
                lex: Lexicon | None = None) -> tuple[list[Match], list[Match | None]]:
    """The dictionary matches over ``doc`` and, per token, the match covering it.

    ``tokens``: the document's :class:`DocView`, if the caller has it already; ``lex``: the
    lexicon to match (default: our own tables).
    """
    tokens = tokens or doc_view(doc)
    lex = lex or lexicon()
    matches = list(lex.matches(tokens.texts, tokens.normed))
    elided = elided_country_matches(tokens.texts, matches, lex)  # "*South* and North Korea"
    if elided:
        matches = sorted(matches + elided, key=lambda m: m.start)
    at: list[Match | None] = [None] * len(doc)
    for m in matches:
        for i in range(m.start, m.end):
            at[i] = m
    return matches, at


def span_matches(at: list[Match | None], start: int, end: int) -> list[Match]:
    """The matches wholly inside ``start``..``end``, with offsets made relative to ``start``."""
    out: list[Match] = []
    seen: set[int] = set()
    for i in range(start, end):
        m = at[i]
        if m is not None and id(m) not in seen and m.start >= start and m.end <= end:
            seen.add(id(m))
            out.append(Match(m.start - start, m.end - start, m.entries))
    return out


def names_role(m: Match | None) -> bool:
    """Whether a match names a role: a title, a group, a body or a former office."""
    return m is not None and m.first("title", "group", "body", "former") is not None


def names_place(m: Match | None) -> bool:
    """Whether a match names a country or a place of one (its first entry's kind)."""
    return m is not None and m.entries[0].kind in COUNTRY_KINDS


def names_institution(m: Match) -> bool:
    """Whether a match names a state body: a role of kind body or group, or a state organisation."""
    return m.first("body", "group", "metonym", "state") is not None and m.first("title") is None


def institution_sector(m: Match) -> str:
    """The sector code of the state body a match names ("GOV", "MIL", ...), or ``""``."""
    entry = m.first("body", "group", "metonym", "state")
    if entry is None:
        return ""
    return entry.code[3:6] if entry.kind in {"metonym", "state"} else entry.code
