"""The sides of a meeting named by "of": "a meeting of the foreign ministers of Peru and Chile".

A meeting noun names its sides by "with" ("talks with Chile") or "between" ("talks between Peru
and Chile"), which the pattern's slots read. News also names them as the members of the meeting,
by "of": "a meeting of the defence ministers of Greece and Turkey took place in Athens", "Kenya
hosted a summit of the leaders of Uganda, Tanzania and Rwanda". Those are the sides, as with
"between", when they belong to two countries or more; one body alone ("a meeting of the Security
Council", "a session of parliament") is no pair and is left to the slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import frames as fr
from newsevents.events.roles import actors_of

if TYPE_CHECKING:
    from newsevents.events.matching import Match
    from newsevents.events.roles import MentionIndex
    from newsevents.records import ActorMention

CONSULT_ROOT = "04"
MEMBER_PREPS = {"of"}


def meeting_members(match: Match, index: MentionIndex) -> list[ActorMention]:
    """The actors a two-sided meeting noun names by "of", when they are of two countries or more;
    [] otherwise."""
    pattern = match.pattern
    if pattern.pos != "noun" or not pattern.mutual or not pattern.cameo.startswith(CONSULT_ROOT):
        return []
    found = actors_of(fr.prep_objects(match.token, MEMBER_PREPS), index, set())
    return found if len({m.country for m in found if m.country}) > 1 else []
