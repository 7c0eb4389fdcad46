"""A state's coercion of an institution named bare is of its own institutions.

"The Malian junta dissolved parliament", "the Guinean junta announced the dissolution of the
government", "the army shut down the state broadcaster": the target is named by its role alone
("parliament", "the government", "the state broadcaster"), which gives a sector and no country, and
an event with a bare side is a false event at the level of countries. A state coerces (CAMEO 17)
the institutions of its own country unless the text names another, so the bare institution takes
the doer's country. Only coercion: in a fight (19) "troops attacked the army headquarters" may be
the enemy's, and arrests of the governed are :func:`newsevents.events.custody.held_by_state`'s.
"""

from __future__ import annotations

import dataclasses

from newsevents.events import codebook
from newsevents.events.home_coercion import STATE_SECTORS
from newsevents.records import ActorMention

COERCION_ROOT = 17
STATE_DOERS = STATE_SECTORS
"""The organs of a state that coerce: its government, army, police, courts and intelligence."""
INSTITUTIONS = frozenset({"LEG", "GOV", "JUD", "MIL", "COP", "MED", "PTY", "OPP", "ELI"})
"""Bare institutions a state coerces at home: parliament, a government, courts, forces, the press,
parties and the opposition, a former leadership."""


def home_institution(code: str, source: ActorMention | None, target: ActorMention | None) -> ActorMention | None:
    """``target`` given ``source``'s country when a state coerces an institution named by role alone
    ("dissolved parliament"); ``None`` when the rule does not apply (another act, a target with a
    country or a name of its own, a doer that is no state)."""
    if codebook.root_of(code) != COERCION_ROOT or source is None or target is None or not source.country:
        return None
    if source.sector not in STATE_DOERS and not (source.sector is None and source.kind == "country"):
        return None
    if target.country or target.sector not in INSTITUTIONS or target.code != target.sector:
        return None
    country = source.country
    return dataclasses.replace(target, code=country + target.sector, country=country)
