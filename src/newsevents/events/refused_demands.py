"""Refusals aimed at the side that asked: "Moreno has refused to reverse the austerity measures".

A refusal rarely names whom it answers: the president "refused to step down", "ruled out early
elections", "would never give in", the government "rejected the demands". Those who asked for it
were named earlier in the story: the protesters who demanded his resignation, the rebels who
called for elections. A refusal (CAMEO root 12) with a doer and no target is aimed at the doer of
the latest earlier demand, appeal, protest or threat addressed to the refuser's side, else of the
first such act told after it (rule suffix ``+refused-demand``). Without such an act the refusal
keeps no target, as before.
"""

from __future__ import annotations

from newsevents.events import codebook
from newsevents.events.emit import Found
from newsevents.records import ActorMention

# Acts that ask something of their target: a refusal by that target answers them.
ASKING_ROOTS = frozenset({2, codebook.DEMAND, codebook.THREATEN, codebook.PROTEST})
# Pattern families whose refusal ("refused to resign", "would not give in") answers a demand.
YIELDING_FAMILIES = frozenset({"reject", "yield"})
# The sector of a bare country (no sector given); see _asker for when it stands for the authorities.
_NO_SECTOR = (None, "")


def _addressed_to(asked: ActorMention, refuser: ActorMention) -> bool:
    """Whether an act aimed at ``asked`` is aimed at the refuser's side."""
    if asked.entity >= 0 and asked.entity == refuser.entity:
        return True
    if not asked.country or asked.country != refuser.country:
        return False
    return asked.code == refuser.code or asked.sector in _NO_SECTOR or asked.sector == refuser.sector


def _asker(earlier: list[Found], refuser: ActorMention) -> ActorMention | None:
    """The doer of the latest act in ``earlier`` that asks something of the refuser's side."""
    for f in reversed(earlier):
        if codebook.root_of(f.cameo) not in ASKING_ROOTS or f.source is None or f.target is None:
            continue
        if f.source.entity >= 0 and f.source.entity == refuser.entity:
            continue
        if f.source.code == refuser.code:
            continue
        # a bare-country target names the rulers only when a home side asks
        if f.target.sector in _NO_SECTOR and f.source.country != refuser.country:
            continue
        if _addressed_to(f.target, refuser):
            return f.source
    return None


def _refusal(f: Found) -> bool:
    """Whether ``f`` refuses what was asked: a rejection, or a refusal to yield ("refused to
    resign"); a cooperative act refused ("refused to back the plan") may answer no one's demand."""
    if codebook.root_of(f.cameo) != codebook.REJECT:
        return False
    return "refuse" not in f.tags or f.match.pattern.id.split(".")[0] in YIELDING_FAMILIES


def refusal_targets(found: list[Found]) -> None:
    """Give each refusal with a doer and no target the doer of the act it refuses (in place)."""
    order = sorted(found, key=lambda g: g.match.token.i)
    for f in found:
        if f.target is not None or f.source is None or not f.source.country or not _refusal(f):
            continue
        here = f.match.token.i
        # the demand told before the refusal, else the one told after it ("refused to step
        # down" in the lead, "protesters demanding that he step down" below)
        asker = _asker([g for g in order if g.match.token.i < here], f.source) \
            or _asker([g for g in reversed(order) if g.match.token.i > here], f.source)
        if asker is not None:
            f.target, f.suffix = asker, f.suffix + "+refused-demand"
