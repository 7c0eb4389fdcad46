"""Acts of force told by two coordinated verbs, found in one walk of the coordination.

Two readings look at the same thing, an act of force whose verb is coordinated with the verb of
another act by the same doer ("shot and killed three protesters", "were captured and imprisoned by
soldiers"), and before this module each walked the coordination on its own:

- **"Shot and killed" is one act** (a *joint kill*): a killing verb coordinated with another act
  of violence of the same root, on the same pair of sides, adds no event.
- **Coordinated acts of one code are one act** (a *twin*): two verbs of one CAMEO code (roots
  17-19) by the same doer on the same target, or where one of them only fell back to the doer's
  own country (``+domestic-target``), tell one act; which one stays is
  :func:`newsevents.events.force_acts.without_force_twins`' choice.

A joint kill is dropped before twins are paired, so a twin is never a joint kill.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsevents.events import codebook
from newsevents.records import ActorMention

if TYPE_CHECKING:  # emit imports the slot readers, which import frames: Found for the types only
    from newsevents.events.emit import Found

# Killing patterns (see events/tolls.py): a toll told beside another act of force by the same doer.
KILL_PATTERNS = frozenset({"assault.kill", "massviolence.mass_killing", "fight.air_kill", "fight.shell_kill"})
# Roots of force whose coordinated verbs of one code are one act: coercion, assault, fighting.
FORCE_ROOTS = frozenset({17, 18, 19})
DOMESTIC_SUFFIX = "+domestic-target"


@dataclass(slots=True)
class Coordination:
    """What one walk of the coordinated verbs found: the joint kills (by ``id``) and, in the order
    of the events, each remaining act paired with the earlier-coordinated act it repeats."""

    joint_kills: set[int] = field(default_factory=set)
    twins: list[tuple[Found, Found]] = field(default_factory=list)


def coordinated_force(found: list[Found]) -> Coordination:
    """Walk the coordinated verbs of ``found`` once: its joint kills and its twins."""
    by_token: dict[int, list[Found]] = {}
    for f in found:
        by_token.setdefault(f.match.token.i, []).append(f)
    joint: dict[int, bool] = {}

    def is_joint(f: Found) -> bool:
        if id(f) not in joint:
            joint[id(f)] = _joint_kill(f, by_token.get(f.match.token.head.i, []))
        return joint[id(f)]

    out = Coordination()
    for f in found:
        tok = f.match.token
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            continue
        if is_joint(f):
            out.joint_kills.add(id(f))
            continue
        twin = _twin(f, [g for g in by_token.get(tok.head.i, []) if not is_joint(g)])
        if twin is not None:
            out.twins.append((f, twin))
    return out


def _joint_kill(found: Found, heads: list[Found]) -> bool:
    """"shot *and killed*": a killing verb whose head verb codes violence of the same root on the
    same sides."""
    tok = found.match.token
    if found.match.pattern.id not in KILL_PATTERNS or tok.dep_ != "conj" or tok.head.i == tok.i:
        return False
    root = codebook.root_of(found.cameo)
    return any(codebook.is_violence(g.match.pattern.cameo) and codebook.root_of(g.cameo) == root
               and same_side(g.source, found.source) and same_side(g.target, found.target) for g in heads)


def _twin(found: Found, heads: list[Found]) -> Found | None:
    """The first of ``heads`` (the acts of the verb ``found``'s verb is coordinated with) with the
    same code and doer and the same target, or one of the two targets only its doer's country."""
    if found.match.pattern.pos != "verb" or codebook.root_of(found.cameo) not in FORCE_ROOTS:
        return None
    for g in heads:
        if g is found or g.cameo != found.cameo or not same_side(g.source, found.source):
            continue
        if same_side(g.target, found.target) or _home_fallback(g, found) or _home_fallback(found, g):
            return g
    return None


def _home_fallback(vague: Found, named: Found) -> bool:
    """Whether ``vague``'s target is only the doer's country, made up where the verb named none, and
    ``named``'s target is of that country."""
    return vague.suffix.endswith(DOMESTIC_SUFFIX) and vague.target is not None and named.target is not None \
        and not named.suffix.endswith(DOMESTIC_SUFFIX) and vague.target.country == named.target.country


def same_side(a: ActorMention | None, b: ActorMention | None) -> bool:
    """The same actor (by code, else text) of the same country, or both missing."""
    if a is None or b is None:
        return a is b
    return (a.code or a.text) == (b.code or b.text) and a.country == b.country
