"""Where a curfew, a state of emergency or martial law is imposed: on the people of a place.

"Martial law was imposed in Bangkok", "the government declared a curfew in Kathmandu": the capital
named after "in" is where the restriction holds, and its people are whom it restricts. The coder
reads a capital as its government (metonymy: "Bangkok said ..."), which would make the
government restrict itself, and the event would be dropped as an actor acting on itself. For the
restrictions of CAMEO 172 told by place, the capital stands for its country (the bare country),
as a city that is no capital already does ("a curfew in Kisumu" is aimed at Kenya).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from newsevents.events.home_coercion import _place_name
from newsevents.records import ActorMention

PLACE_RESTRICTIONS = frozenset({"1721", "1723", "1724"})
"""Restrictions told by the place they hold in: on speech (an internet shutdown), curfews, emergencies."""
GOVERNMENT = "GOV"
PLACE_RULE = "+restricted-place"


def restricted_place(code: str, target: ActorMention | None, doc: Doc) -> ActorMention | None:
    """The bare country of a capital a place restriction names as its target ("a curfew in Bangkok"):
    the people of the place, not its government; ``None`` for any other act or target (a government
    named as such, "the Thai government", stays one)."""
    if code not in PLACE_RESTRICTIONS or target is None or target.sector != GOVERNMENT or not target.country:
        return None
    if not _place_name([t.text for t in doc[target.start:target.end]]):
        return None
    country = target.country
    return dataclasses.replace(target, code=country, sector=None, kind="country", rule=target.rule + PLACE_RULE)
