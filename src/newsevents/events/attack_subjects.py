"""An attack told by its noun and again by the verb the noun is the subject of.

"A United States airstrike hit a hospital in Kunduz", "the Syrian shelling struck a school", "a
rocket attack on the base killed two soldiers": the noun ("airstrike", "shelling", "attack") is the
act, and the verb it is the subject of tells what that act did. When the noun has coded an act of
force of its own, the verb's event is the same act told a second time (the real-news gold codes
one event), so it is left out. A verb whose subject noun coded nothing ("the shelling targeted the
area", with no doer named on the noun) keeps its event: it is then the only telling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import codebook
from newsevents.events.force_coordination import FORCE_ROOTS

if TYPE_CHECKING:  # emit imports the slot readers, which import frames: Found for the types only
    from newsevents.events.emit import Found

# The subject relations of a verb: "an airstrike hit", "the attack was followed by".
SUBJECT_DEPS = frozenset({"nsubj"})


def without_subject_twins(found: list[Found]) -> list[Found]:
    """``found`` without the verb events of force whose subject is an attack noun that coded an act
    of force of its own ("an airstrike hit a hospital": the airstrike is the act)."""
    nouns = {f.match.token.i for f in found if f.match.pattern.pos == "noun" and _force(f.cameo)}
    if not nouns:
        return found
    return [f for f in found if not _told_by_subject(f, nouns)]


def _told_by_subject(found: Found, nouns: set[int]) -> bool:
    """Whether ``found`` is a verb's act of force whose subject is one of the coded attack ``nouns``."""
    if found.match.pattern.pos != "verb" or not _force(found.cameo):
        return False
    verb = found.match.token
    return any(c.dep_ in SUBJECT_DEPS and c.i in nouns for c in verb.children)


def _force(code: str) -> bool:
    """Acts of force: coercion, assault, fighting and mass violence."""
    return codebook.root_of(code) in FORCE_ROOTS or codebook.is_violence(code)
