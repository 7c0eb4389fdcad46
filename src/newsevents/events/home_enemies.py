"""The ground insurgents take at home.

"The rebels seized the town", "militants captured a district headquarters": ground that names
no actor, seized by rebels or insurgents of a known country, is taken from their own country (a
trained coder codes the occupation against it, as the insurgency's other acts). A state's forces
seizing unnamed ground keep no target: whose the ground is the sentence does not say.
"""

from __future__ import annotations

from newsevents.events.home_actors import home_country
from newsevents.records import ActorMention

OCCUPY = "192"
INSURGENTS = frozenset({"REB", "INS", "SEP"})


def home_ground(code: str, source: ActorMention | None) -> ActorMention | None:
    """The country rebels or insurgents seize ground in when the ground names no actor ("the
    rebels seized the town", "militants captured a district"): their own, as a coder codes an
    insurgency's acts against its state (``None`` when the rule does not apply)."""
    if code != OCCUPY or source is None or not source.country or source.sector not in INSURGENTS:
        return None
    return home_country(source)
