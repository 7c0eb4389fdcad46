"""Captives freed by one side from another's hands take neither side's country as a guess.

"Israel freed officers detained last week by Hamas": a bare body ("officers") takes the one
country its sentence names when the sentence names one (actors/context.py), and the captor named
in the participle on it ("detained by Hamas") was that country; the officers became Palestinian
police arrested by Hamas. Captives freed by a state other than whoever held them are no more of
the captor's country than of the freer's (a state acting on a body is already no guess for it,
:func:`newsevents.actors.place_clues.foreign_doers`): the captor's country is left out of the
guess. When the freer and the captor share a country ("the army freed hostages abducted by
Boko Haram" in Nigeria), the captives are most often of it too, and the guess stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.place_clues import acting_subjects

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder

FREEING_VERBS = frozenset({"free", "release", "liberate", "rescue"})
CAPTURE_WORDS = frozenset({"kidnapped", "kidnap", "abducted", "abduct", "captured", "capture", "detained", "detain",
                           "jailed", "jail", "imprisoned", "imprison", "seized", "seize", "held", "hold",
                           "arrested", "arrest", "incarcerated", "incarcerate"})
"""Participles and adjectives of capture on captives (also read by :mod:`newsevents.events.yielding`)."""
CAPTURE_CLAUSES = frozenset({"acl", "relcl"})
"""A participle ("officers detained by") or a relative clause ("officers who were detained by")."""


def rival_captors(finder: Finder, head: Token) -> set[str]:
    """The countries of whoever held the body ``head`` names that another country frees (see the
    module doc); empty when the body is not freed, its captor or its freer has no country, or they
    share one."""
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in FREEING_VERBS:
        return set()
    freers = _countries(finder, acting_subjects(head))
    agents = [a for c in head.children if c.dep_ in CAPTURE_CLAUSES
              and not CAPTURE_WORDS.isdisjoint((c.lower_, c.lemma_.lower()))
              for p in c.children if p.dep_ == "agent" for a in p.children if a.dep_ == "pobj"]
    captors = _countries(finder, agents)
    return captors - freers if freers else set()


def _countries(finder: Finder, tokens: list[Token]) -> set[str]:
    found = (next((f for f in finder.found if f.start <= t.i < f.end), None) for t in tokens)
    return {f.coded.country for f in found if f is not None and f.coded.country}
