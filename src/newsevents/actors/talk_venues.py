"""Venues of talks told by a clause or a trip, not by the talks' own phrase.

"Talks in Geneva" and "the talks opened in Geneva" name a venue, which says nothing of whose the
parties are (:func:`newsevents.actors.place_clues.venue`). Talks are often held in a third
country (Doha, Jeddah, Libreville, Oslo), and the story tells of the venue in two more ways:

- a clause on the talks ("the talks opened in Libreville", "talks held in Doha"), or a relative
  clause on the party the talks are "with" whose verb tells of the talks going on: "peace talks
  with the government that are underway in Gabon" (the parser hangs the clause on "the government");
- a trip whose purpose is talks: "returned to Jeddah to resume negotiations with the rebels",
  "arrived in Doha for talks". Its destination is the venue; the travellers are visitors there;
- a clause whose verb starts or holds the talks as its object, with the place as its own adjunct:
  "began peace talks on Thursday in Oslo", "started a peace process in Norway" (the parser hangs
  the place on the verb, not on the talks; session 29).

The questions are asked of the parse only; the caller passes the meeting nouns it knows.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

# Verbs of a trip: its destination, when the trip is made for talks, is their venue.
TRIP_VERBS = frozenset({"arrive", "return", "travel", "fly", "go", "come", "head", "land"})
# The prepositions of a trip's destination ("returned to Jeddah", "arrived in Doha").
DESTINATION_PREPS = frozenset({"to", "in", "at"})
# Relative pronouns that stand for a thing (the talks), never for people ("rebels who are in Congo").
THING_RELATIVES = frozenset({"that", "which"})
# What a relative clause on the talks says when it tells of them going on somewhere.
GOING_ON = frozenset({"underway", "ongoing", "held", "hosted", "taking"})
GOING_ON_VERBS = frozenset({"hold", "host", "take", "open", "resume", "continue", "begin", "start", "convene"})
# A process that is talks when it is one of peace ("started a peace process in Norway").
PEACE_PROCESS = ("peace", "process")
# Verbs of a trip's purpose that take the talks as object ("to resume negotiations", "to attend talks").
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def _talks_noun(tok: Token, meetings: Set[str]) -> bool:
    return tok.lemma_.lower() in meetings or tok.lower_ in meetings


def talks_noun(tok: Token, meetings: Set[str]) -> bool:
    """Whether ``tok`` names talks, or a part of them ("the last round *of talks*", "a day of talks")."""
    return _talks_noun(tok, meetings) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(c.dep_ == "pobj" and _talks_noun(c, meetings) for c in p.children)
        for p in tok.children)


def talks_clause(verb: Token, meetings: Set[str]) -> bool:
    """Whether ``verb`` heads a clause on talks ("the talks *opened* in Libreville", "talks *held* in
    Doha"), or a relative clause on the party of talks ("talks with the government *that are
    underway*") whose subject is "that"/"which" and which tells of the talks going on."""
    if verb.dep_ == "acl" and _talks_noun(verb.head, meetings):
        return True
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in THING_RELATIVES
                                       for c in verb.children):
        return False
    noun = verb.head
    if _talks_noun(noun, meetings):
        return True
    party = noun.dep_ == "pobj" and noun.head.lower_ == "with" and _talks_noun(noun.head.head, meetings)
    going_on = verb.lemma_.lower() in GOING_ON_VERBS or any(c.lower_ in GOING_ON for c in verb.children)
    return party and going_on


def talks_object(verb: Token, meetings: Set[str]) -> bool:
    """Whether ``verb`` starts or holds talks named as its object ("*began* peace talks in Oslo",
    "*started* a peace process in Norway"), so that a place it carries is where they are held."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GOING_ON_VERBS:
        return False
    return any(c.dep_ == "dobj" and (_talks_noun(c, meetings) or _peace_process(c)) for c in verb.children)


def _peace_process(tok: Token) -> bool:
    return tok.lemma_.lower() == PEACE_PROCESS[1] and any(
        c.dep_ in ("compound", "amod") and c.lower_ == PEACE_PROCESS[0] for c in tok.children)


def talks_trip(verb: Token, meetings: Set[str]) -> bool:
    """Whether ``verb`` is a trip made for talks: "returned to Jeddah *to resume negotiations*",
    "arrived in Doha *for talks*", "flew to Oslo *to attend the talks*"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TRIP_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                c.dep_ == "pobj" and _talks_noun(c, meetings) for c in child.children):
            return True  # "arrived for talks"
        if child.dep_ in PURPOSE_DEPS and any(
                c.dep_ in ("dobj", "pobj") and _talks_noun(c, meetings) for c in child.children):
            return True  # "returned to resume negotiations"
    return False
