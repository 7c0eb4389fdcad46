"""A strike told by its weapon and by the verb the weapon is the subject of is one act.

"A United States airstrike hit a hospital", "an Israeli air strike hit a house in Gaza": the noun
("airstrike", "air strike") codes the strike (195, with the doer its modifier names), and the verb
whose subject the noun is ("hit", "struck", "pounded") codes the same strike again (190 or 195).
A trained coder codes one event. So a verb's act of force is dropped where its grammatical subject
is the trigger of another act of force of the same CAMEO root coded in the sentence by the same
side; the noun's event stays, because its code names the weapon.

Where the noun codes nothing ("a Saudi-led coalition airstrike struck a market": no noun pattern
took it), the verb's event is the only telling and stays. A verb of another root keeps its own
event: "the bombing killed twelve civilians" tells the toll (18) beside the bombing (19), which
the toll rules of :mod:`newsevents.events.tolls` settle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import codebook
from newsevents.events.force_coordination import FORCE_ROOTS, same_side

if TYPE_CHECKING:  # emit imports the slot readers, which import frames: Found for the types only
    from newsevents.events.emit import Found

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
"""How the weapon noun hangs under the verb: its active subject ("an airstrike *hit* a hospital")."""


def without_weapon_strikes(found: list[Found]) -> list[Found]:
    """``found`` without the verb events whose subject is the trigger of another act of force of
    the same root by the same side ("an airstrike *hit* a hospital": the airstrike is the act)."""
    if len(found) < 2:
        return found
    return [f for f in found if not _struck_by_weapon(f, found)]


def _struck_by_weapon(found: Found, everything: list[Found]) -> bool:
    """Whether ``found`` is a verb of force whose subject is another found act of force's trigger,
    of the same root, by the same side."""
    verb = found.match.token
    root = codebook.root_of(found.cameo)
    if found.match.pattern.pos != "verb" or root not in FORCE_ROOTS:
        return False
    subjects = {child.i for child in verb.children if child.dep_ in SUBJECT_DEPS}
    return bool(subjects) and any(
        g is not found and g.match.token.i in subjects and g.match.pattern.pos == "noun"
        and codebook.root_of(g.cameo) == root and same_side(g.source, found.source)
        for g in everything)
