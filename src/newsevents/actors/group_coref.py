"""A definite description of an armed group points back at the named group before it.

"Boko Haram seized the town on Monday. France condemned *the militant group*": news names an
armed group once and then describes it ("the militants", "the insurgent group", "the rebels").
The description has no country of its own; it is the one named armed group (rebels or
insurgents, named by the dictionaries) of the last three sentences, when there is exactly one.
With none, or two named groups, it stays as it was: no guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver
    from newsevents.actors.person_names import Found

# Sectors of armed non-state groups a description and a name may share.
ARMED_SECTORS = frozenset({"REB", "INS"})
# Rules of a mention that names its group (not a description, not a guess).
NAMING_RULES = frozenset({"org"})


def named_armed_group(resolver: Resolver, found: Found) -> int | None:
    """The entity of the one named armed group a definite description (``found``) repeats."""
    coded = found.coded
    if coded.sector not in ARMED_SECTORS or (coded.country is not None and coded.rule != "context-country"):
        return None
    doc = resolver.doc
    if found.start == 0 or doc[found.start].lower_ != "the" or found.end - found.start > 4:
        return None
    head = doc[found.end - 1]
    named = set()
    for n in resolver._recent(head):
        entity = resolver.entities[resolver.mentions[n].entity]
        if entity.coded.sector in ARMED_SECTORS and entity.coded.country and entity.coded.rule in NAMING_RULES:
            named.add(resolver.mentions[n].entity)
    return next(iter(named)) if len(named) == 1 else None
