"""One act of force told by two verbs: the toll of a firing, and coordinated acts of one code.

- **The toll of a firing is no second act.** "Police opened fire on protesters, killing three
  people": the killing participle hangs on the light verb ("opened"), not on the trigger noun
  ("fire"), so the toll rule of :mod:`newsevents.events.tolls` (which looks for the attack's own
  token) let it through as a second event (180 beside the 175 of the firing). A killing or
  wounding participle whose head verb is the light verb of an act of force coded in the same
  sentence by the same doer is that act's toll.
- **A place is no second target.** "Protesters in Andijan, Uzbekistan were fired on": an act of
  force of one trigger on a bare country beside its act on people of that country is one act.
- **Coordinated acts of one code are one act.** "Were captured and imprisoned by soldiers",
  "fired tear gas and used water cannons to disperse the crowds", "arrested and detained": two
  verbs of the same CAMEO code, coordinated, by the same doer on the same side, tell one act
  (the real-news gold codes one event). A second verb that found the target the first missed
  (the first fell back to the doer's own country, ``+domestic-target``) stands for both.
- **"Shot and killed" is one act**: a killing verb coordinated with another act of force of the
  same root on the same sides adds no event. Both readings of coordinated verbs come from one walk
  of the coordination (:mod:`newsevents.events.force_coordination`).
- **A strike told by its weapon and its verb is one act.** "An Israeli air strike hit a house in
  Gaza": the noun codes the strike (195, the doer its modifier), and the verb whose subject the
  noun is ("hit", "struck") would code it again. A verb of force whose subject is the trigger of
  another act of force of the same root by the same side is dropped; the noun's event stays, as
  its code names the weapon. Where the noun codes nothing, the verb's event is the only telling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events.force_coordination import (
    DOMESTIC_SUFFIX,
    FORCE_ROOTS,
    KILL_PATTERNS,
    coordinated_force,
    same_side,
)
from newsevents.events.implied import REPRESSION
from newsevents.records import ActorMention

if TYPE_CHECKING:  # emit imports the slot readers, which import frames: Found for the types only
    from newsevents.events.emit import Found

# Killing and wounding patterns (see events/tolls.py) whose participle may be a firing's toll.
TOLL_PATTERNS = KILL_PATTERNS
# The participle's relation to the verb it follows: "..., killing three", "... and wounding five".
TOLL_DEPS = frozenset({"advcl", "conj"})
# How the weapon noun hangs under the verb: its active subject ("an airstrike *hit* a hospital").
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# How a trigger hangs under the verb that carries it: its object, or inside a prepositional phrase.
HOSTED_DEPS = frozenset({"dobj", "obj", "pobj", "pcomp", "prep"})


def without_force_twins(found: list[Found]) -> list[Found]:
    """``found`` without the killings coordinated with another act of force on the same sides
    ("shot *and killed*"), a firing's toll told by a participle ("opened fire on X, killing three"),
    a verb whose subject is the weapon noun of the same strike ("an airstrike *hit* a hospital"),
    and the second of two coordinated verbs of one code and one pair of sides."""
    coordination = coordinated_force(found)
    found = [f for f in found if id(f) not in coordination.joint_kills]
    dropped = {id(f) for f in found
               if _firing_toll(f, found) or _place_beside_people(f, found) or _struck_by_weapon(f, found)}
    for f, twin in coordination.twins:
        if id(twin) not in dropped and id(f) not in dropped:
            dropped.add(id(_weaker(f, twin)))
    return [f for f in found if id(f) not in dropped]


def _firing_toll(found: Found, everything: list[Found]) -> bool:
    """"opened fire on protesters, killing three": a killing participle on the light verb of another
    act of force coded by the same doer."""
    tok = found.match.token
    if found.match.pattern.id not in TOLL_PATTERNS or tok.tag_ != "VBG" or tok.dep_ not in TOLL_DEPS:
        return False
    head = tok.head
    return any(g is not found and _force(g.cameo) and g.match.token.i != tok.i
               and head.i in _light_hosts(g.match.token) and same_side(g.source, found.source)
               for g in everything)


def _struck_by_weapon(found: Found, everything: list[Found]) -> bool:
    """Whether ``found`` is a verb of force whose subject is another found act of force's trigger,
    a noun of the same root, by the same side ("an airstrike *hit* a hospital")."""
    verb = found.match.token
    root = codebook.root_of(found.cameo)
    if found.match.pattern.pos != "verb" or root not in FORCE_ROOTS:
        return False
    subjects = {child.i for child in verb.children if child.dep_ in SUBJECT_DEPS}
    return bool(subjects) and any(
        g is not found and g.match.token.i in subjects and g.match.pattern.pos == "noun"
        and codebook.root_of(g.cameo) == root and same_side(g.source, found.source)
        for g in everything)


def _place_beside_people(found: Found, everything: list[Found]) -> bool:
    """"Protesters in Andijan, Uzbekistan were fired on" (the parser makes "Uzbekistan" a second
    subject): an act of force on a bare country beside the same trigger's act, by the same doer, on
    people of that country is the place they were in, not a second target (the codes may differ:
    the people's is repression, 175; the country's a firing, 193)."""
    target = found.target
    if target is None or target.kind != "country" or target.sector or not _force_root(found.cameo):
        return False
    return any(g is not found and g.match.token.i == found.match.token.i and _force_root(g.cameo)
               and _same_doer(g.source, found.source) and g.target is not None and g.target.sector
               and g.target.country == target.country for g in everything)


def _same_doer(a: ActorMention | None, b: ActorMention | None) -> bool:
    """The same doer, or the same mention given a country on one side only ("+home-foe")."""
    if a is None or b is None:
        return a is b
    return same_side(a, b) or (a.start == b.start and a.sector == b.sector and None in (a.country, b.country))


def _force_root(code: str) -> bool:
    return codebook.root_of(code) in FORCE_ROOTS or codebook.is_violence(code)


def _light_hosts(trigger: Token) -> set[int]:
    """The trigger and the verb whose object or prepositional phrase it is in ("opened *fire*",
    "launched an *attack*", "opened fire on *striking* workers" as the parser reads it)."""
    hosts = {trigger.i}
    tok = trigger
    while tok.dep_ in HOSTED_DEPS and tok.head.i != tok.i:
        tok = tok.head
        hosts.add(tok.i)
    return hosts


def _weaker(a: Found, b: Found) -> Found:
    """Of two tellings of one act, the one to drop: the one whose target is made up, else the later."""
    if a.suffix.endswith(DOMESTIC_SUFFIX) and not b.suffix.endswith(DOMESTIC_SUFFIX):
        return a
    if b.suffix.endswith(DOMESTIC_SUFFIX) and not a.suffix.endswith(DOMESTIC_SUFFIX):
        return b
    return b if b.match.token.i > a.match.token.i else a


def _force(code: str) -> bool:
    """Acts that leave victims: assault, fighting, mass violence, and violent repression (175)."""
    return codebook.is_violence(code) or code == REPRESSION
