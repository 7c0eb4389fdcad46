"""A country named again as another's neighbour: "its North African neighbour", "the neighbouring country".

"Algeria cut ties with Morocco, accusing *its North African neighbour* of hostile acts": the
description had no mention, so the accusation had no target (session 32's census). A neighbour
is a country seen from another, its owner: the country whose "its" it is (the subject of the
clause the noun hangs from), or for "the neighbouring country" with no such subject the one
principal country of the story. Here such a noun becomes a mention of the one country, other
than the owner, named in its sentence before it or in the two sentences before (else among the
story's principal countries), kept to the region its adjectives name ("North African": the
table of :mod:`newsevents.actors.epithets`).

Two countries that fit, or none, or no owner, leave the noun without a mention: a wrong
neighbour would be a false event. Plural neighbours ("its neighbours") are several states and
are left; so is a neighbour whose name follows ("its neighbour Morocco": the name is the mention).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.actors.epithets import (
    SENTENCES_BACK,
    country_entity,
    country_mention,
    place_epithets,
    region_members,
)
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import window_start
from newsevents.records import Actor, ActorMention

NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
STATE_NOUNS = frozenset({"country", "nation", "state"})
OWNER_WORDS = frozenset({"its", "their"})
RULE = "coref-neighbour"


def place_country_descriptions(doc: Doc, mentions: list[ActorMention], actors: list[Actor],
                               principal: list[str]) -> None:
    """Countries named again by a description: a regional epithet ("the Central American nation",
    :mod:`newsevents.actors.epithets`), then a neighbour ("its North African neighbour")."""
    place_epithets(doc, mentions, actors, principal)
    place_neighbours(doc, mentions, actors, principal)


def place_neighbours(doc: Doc, mentions: list[ActorMention], actors: list[Actor], principal: list[str]) -> None:
    """Add a mention for each "its neighbour" or "the neighbouring country" whose country the text
    before it tells (module doc); ``principal`` are the story's principal countries."""
    parse = doc_view(doc)
    nouns = [i for i, lemma in enumerate(parse.lemmas)
             if parse.tags[i] == "NN" and (lemma.lower() in NEIGHBOUR_NOUNS or lemma.lower() in STATE_NOUNS)]
    if not nouns:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = False
    for noun in (doc[i] for i in nouns):
        start = _opening(noun)
        if start is None or any(i in taken for i in range(start + 1, noun.i + 1)) or _named_after(noun, taken):
            continue
        country = _neighbour(doc, noun, start, mentions, principal)
        if country is None:
            continue
        # "its" alone is no actor of the act: the owner's pronoun, now inside the neighbour's words
        _drop_pronoun(mentions, actors, start)
        entity = country_entity(doc, start, noun.i + 1, country, actors, RULE)
        mentions.append(country_mention(doc, start, noun.i + 1, country, entity, RULE))
        taken.update(range(start, noun.i + 1))
        added = True
    if added:
        mentions.sort(key=lambda m: (m.start, m.end))


def _drop_pronoun(mentions: list[ActorMention], actors: list[Actor], index: int) -> None:
    """Remove the mention of the pronoun at ``index`` ("its"), and its span from its actor."""
    for m in [m for m in mentions if m.start == index and m.end == index + 1]:
        mentions.remove(m)
        if 0 <= m.entity < len(actors):
            spans = actors[m.entity].mentions
            if (m.start_char, m.end_char) in spans:
                spans.remove((m.start_char, m.end_char))


def _opening(noun: Token) -> int | None:
    """Where the description opens: "its" before "neighbour", or "the"/"its" before "neighbouring
    country"; ``None`` when the noun is no such description."""
    opener = next((c for c in noun.children if c.dep_ in ("poss", "det") and c.i < noun.i), None)
    if opener is None:
        return None
    if noun.lemma_.lower() in NEIGHBOUR_NOUNS:
        return opener.i if opener.lower_ in OWNER_WORDS else None
    if not any(c.dep_ == "amod" and c.lower_ in NEIGHBOURING for c in noun.children):
        return None
    return opener.i if opener.lower_ in OWNER_WORDS or opener.lower_ == "the" else None


def _named_after(noun: Token, taken: set[int]) -> bool:
    """"its neighbour *Morocco*", "the neighbouring country *of Chad*": the name says which ("its
    neighbour of hostile acts" is the accusation's, no name)."""
    named = [c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i]
    named += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj"]
    return any(t.i in taken for t in named)


def _neighbour(doc: Doc, noun: Token, start: int, mentions: list[ActorMention], principal: list[str]) -> str | None:
    """The one country other than the owner named before the noun (module doc), else ``None``."""
    owner = _owner(noun, mentions)
    if owner is None and doc[start].lower_ == "the" and len(principal) == 1:
        owner = principal[0]  # "the neighbouring country" in a story of one country: its neighbour
    if owner is None:
        return None
    members = region_members(doc, start, noun)
    first = window_start(noun, SENTENCES_BACK)
    named = {m.country for m in mentions if first <= m.start < start and m.country and m.country != "---"}
    named.discard(owner)
    if not named:
        named = set(principal) - {owner}
    if members is not None:
        named &= members
    return named.pop() if len(named) == 1 else None


def _owner(noun: Token, mentions: list[ActorMention]) -> str | None:
    """The country of the nearest subject up the noun's clauses: "Algeria ..., accusing its
    neighbour" (the participle has no subject, so its head verb's, Algeria, owns "its")."""
    token = noun
    while token.head.i != token.i:
        token = token.head
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i), None)
        if subject is not None and not noun.is_ancestor(subject) and subject not in noun.subtree:
            country = next((m.country for m in mentions if m.start <= subject.i < m.end and m.country), None)
            return country if country != "---" else None
    return None
