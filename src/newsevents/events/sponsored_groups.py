"""A reduced relative of backing only says who a group is.

"Armed groups backed by Eritrea", "a militia supported by local politicians", "rebels armed and
funded by the neighbour": the participle names the group by its sponsor, as "forces loyal to X"
does; it reports no act of support at the time of the story, so it is no praise or support event
(051) by the sponsor. Backing by troops, read as military cooperation (062), stays: the gold codes
"Somali forces backed by African Union troops" so. The fight or seizure the group is told of is
coded as before (the backers of a fighting doer are read by
:mod:`newsevents.events.participation`). A main verb ("Eritrea backs the rebels") or a full
relative ("rebels that Eritrea backs") is left alone.
"""

from __future__ import annotations

from newsevents.actors.sponsors import reduced_backing
from newsevents.events.matching import Match

# Codes a description of backing would otherwise give: support (05) and aid (07). Military
# cooperation (06) stays: "Somali forces backed by African Union troops" drove the insurgents out
# together, and the gold codes that backing 062 (cooperate.military_backing).
BACKING_ROOTS = ("05", "07")


def identifying_backing(match: Match) -> bool:
    """Whether ``match`` is a backing verb as a past participle modifying a noun ("groups
    *backed by* Eritrea"), so that it only identifies the noun."""
    if match.pattern.pos != "verb" or not match.pattern.cameo.startswith(BACKING_ROOTS):
        return False
    return reduced_backing(match.token)
