"""Delegations: a body abroad by nature, of the country that sends it.

A delegation travels, so the places around it are mostly where it goes: "China sent a delegation
to Nairobi" (a Chinese delegation, not a Kenyan one), "the delegation arrived in Kampala". The
sentence-country and place rules of :mod:`newsevents.actors.context`, which make "police in
Kampala" Ugandan, would give it its destination. Instead a delegation takes:

- the country of whoever sends it ("China sent a delegation", "a delegation sent by Kenya");
- the country it comes "from" or is "of" ("a delegation from Ethiopia");
- else none from its sentence (the leader rule, "a delegation led by Wang Yi", comes earlier, and
  coreference with an earlier "Chinese delegation" later); nor is the story's country, when the
  delegation is first told of as travelling (see :func:`travelling_body`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.actors.place_clues import _country_of_place_phrase
from newsevents.actors.served_bodies import found_at, prep_objects
from newsevents.nlp.sentences import sentence_of

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found
    from newsevents.records import Actor

DELEGATION_ROLES = frozenset({"delegation", "delegations"})
SEND_VERBS = frozenset({"send", "dispatch", "despatch"})
# "a delegation from Ethiopia", "a delegation of Sudan": where it comes from, not where it goes
ORIGIN_PREPS = frozenset({"from", "of"})
# Verbs of travel: a delegation told of with one is going somewhere, and its sentence's places
# (and so the dateline's) are as likely its hosts'.
MOTION_VERBS = frozenset({"arrive", "visit", "travel", "fly", "go", "come", "head", "land", "reach", "leave",
                          "send", "dispatch", "despatch", "return", "tour"})


def is_delegation(role: str | None) -> bool:
    """Whether an actor's role names a delegation ("delegation", "government delegation")."""
    words = (role or "").lower().split()
    return bool(words) and words[-1] in DELEGATION_ROLES


def delegation_country(finder: Finder, found: Found) -> str | None:
    """The country of a delegation without one of its own: its sender's, or its origin's."""
    head = finder.doc[found.start:found.end].root
    return _sender(finder, head) or _origin(finder, head)


def _country_at(finder: Finder, tok: Token) -> str | None:
    actor = found_at(finder, tok)
    return actor.coded.country if actor is not None else None


def _sender(finder: Finder, head: Token) -> str | None:
    """"China sent a delegation": the subject of a sending verb whose object is the delegation;
    "a delegation sent by Kenya": the agent of the passive that describes it."""
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in SEND_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _country_at(finder, subj) if subj is not None else None
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in SEND_VERBS):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _country_at(finder, pobj)
    return None


def _origin(finder: Finder, head: Token) -> str | None:
    for pobj in prep_objects(head, ORIGIN_PREPS, after=True):
        country = _country_of_place_phrase(finder, pobj)
        if country:
            return country
    return None


def travelling_body(actor: Actor, doc: Doc, start: int) -> bool:
    """Whether an unnamed body without a country is a delegation on the move where it is first
    named ("a delegation arrived in Nairobi", "the delegation will fly to Juba"): as likely a
    visitor's as the host's, so the story's country is no guess for it. A delegation that only
    acts ("The government delegation to the talks said ...") is left to the story rule."""
    if not is_delegation(actor.role) or start >= len(doc):
        return False
    return any(tok.lemma_.lower() in MOTION_VERBS for tok in sentence_of(doc[start]))
