"""A crowd that burns or wrecks what the state owns riots (145); it does not destroy property as an
army or a government does (1712).

"people burned government offices", "rioters set fire to parliament", "demonstrators set fire to a
police station": the real-news gold codes a crowd's arson and destruction in unrest as the violent
protest it is (145), aimed at whoever owns what burns, as it codes a crowd's ransacking
(``protest.ransack``) or overrunning of buildings (``combat.crowd_seizure_code``). The same verbs
done by forces, rebels or militants ("troops burned homes", "militants destroyed mausoleums") and
done to other civilians, clerics or minorities (communal violence) keep 1712.

Read by :func:`newsevents.events.pairing.doer_code` after the crowd's use of force
(:func:`newsevents.events.implied.riot_code`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.implied import CROWD_SECTORS, RIOT
from newsevents.events.place_lists import PLACE_KINDS
from newsevents.records import ActorMention

PROPERTY_DESTRUCTION = "1712"
"""Destroying property: what a crowd's burning or wrecking is coded as when its doer is not a crowd."""
STATE_OWNERS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "PTY"})
"""Owners of what a crowd in unrest burns: the state's seats, its forces' posts and the parties
(a foreign state's too: "a Russian building demolished by a Ukrainian protester" is 145 in PETR-2)."""
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
"""How a country names the owner of what burns: a modifier of the burnt noun, not "in Jos, Nigeria"."""


def crowd_damage_code(code: str, source: ActorMention | None, target: ActorMention | None, doc: Doc) -> str:
    """145 when a crowd (civilians, opposition supporters, students, workers, farmers) destroys
    property (1712) that a state, its forces or a party own, or that a country named on it owns
    ("protesters burned the Russian embassy"); else ``code`` unchanged. Homes burnt "in Jos,
    Nigeria" by villagers stay 1712: the place is where, not whose (communal violence)."""
    if code != PROPERTY_DESTRUCTION or source is None or source.sector not in CROWD_SECTORS:
        return code
    if target is None:
        return code  # "set fire to a barricade of tires": no owner named, the gold codes no riot
    if target.sector in STATE_OWNERS or (target.sector is None and target.kind in PLACE_KINDS
                                         and doc[target.end - 1].dep_ in OWNER_DEPS):
        return RIOT  # "burned government offices", "demolished the Russian building"
    return code
