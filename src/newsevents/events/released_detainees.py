"""A release told beside the arrest it ends: "was arrested and later released", "were detained
overnight and freed on Monday".

A release in the passive names no doer, and an act with no doer is left out: it was lost. Told
beside an arrest that names no doer either, it is made by whoever made the arrest, the police the
arrest implies (:func:`newsevents.events.implied_actors.implied_police`), as a beating told beside
an arrest is (:func:`newsevents.events.hostilities.beside_arrest`). A release with a "by" agent, or
beside an arrest by a named doer, keeps its own reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.hostilities import ARREST
from newsevents.events.matching import Match, best_match
from newsevents.events.patterns import Lexicon

# Releases from custody (CAMEO 0841: return, release persons).
RELEASE_CODES = ("0841",)


def _no_agent(verb: Token) -> bool:
    """A passive with no "by" agent: "were released", not "were released by the rebels"."""
    return (fr.is_passive(verb) or fr.passive_participle(verb)) and not any(c.dep_ == "agent" for c in verb.children)


def released_after_arrest(match: Match, lex: Lexicon) -> bool:
    """Whether ``match`` is a release with no doer joined to an arrest with none either."""
    tok = match.token
    if match.pattern.pos != "verb" or not match.pattern.cameo.startswith(RELEASE_CODES) or not _no_agent(tok):
        return False
    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    for verb in (p for p in partners if p.pos_ == "VERB"):
        found = best_match(verb, lex)
        if found is not None and found.pattern.cameo == ARREST and _no_agent(verb):
            return True
    return False
