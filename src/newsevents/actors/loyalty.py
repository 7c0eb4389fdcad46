"""Armed men "loyal to" someone take that someone's side.

"Fighters loyal to the government", "troops loyal to President Kiir", "militiamen loyal to the
rebel leader": the group is defined by whom it serves, so it takes that actor's country, and
its sector follows the side: a sitting government's or army's men are its military (MIL), a rebel
or insurgent leader's are rebels or insurgents, anyone else's (a former president, an opposition
figure, a country) keep the sector of their own word ("fighters": REB, "troops": MIL). When the
one they serve has no country, the rule gives them none: the sentence's other countries are no clue to
whose they are ("militiamen loyal to the former president attacked Ivorian soldiers"), and the
group keeps what its own sentence gave it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

# Groups of armed men whose loyalty names their side.
ARMED_GROUP_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "COP"})
LOYAL_WORDS = frozenset({"loyal", "faithful", "allied"})
# Participles that say whom a group serves as "loyal to" does: "troops backing Machar".
BACKING_VERBS = frozenset({"back", "support"})
STATE_SIDES = frozenset({"GOV", "MIL"})
ARMED_SIDES = frozenset({"REB", "INS"})


def loyal_side(finder: Finder, found: Found) -> Coded | None:
    """The code of an armed group "loyal to" a coded actor, or ``None`` when it says no loyalty."""
    coded = found.coded
    if coded.kind != "group" or coded.sector not in ARMED_GROUP_SECTORS:
        return None
    master = _master(finder, finder.doc[found.start:found.end].root)
    if master is None:
        return None
    side = master.coded
    if side.sector in STATE_SIDES:
        sector = "MIL"
    elif side.sector in ARMED_SIDES:
        sector = side.sector
    else:
        sector = coded.sector or "UAF"
    # a master with no country yet (given one later by the story) leaves the group's own guess
    country = side.country or coded.country
    # the rule of a country it had already is kept: only a new country comes from the master
    rule = coded.rule if country == coded.country or not country else "role-place"
    return Coded((country or "") + sector, country, sector, coded.kind, rule, coded.role)


def _master(finder: Finder, head: Token) -> Found | None:
    """The actor after "loyal to" on a group's noun ("fighters loyal to X"), or the object of a
    participle of backing on it ("troops backing X"), if one is coded."""
    for adj in head.children:
        if adj.dep_ == "acl" and adj.tag_ == "VBG" and adj.lemma_.lower() in BACKING_VERBS:
            served = [c for c in adj.children if c.dep_ == "dobj"]
        elif adj.dep_ in ("amod", "acl", "relcl") and adj.lower_ in LOYAL_WORDS:
            served = [o for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                      for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        for pobj in served:
            actor = next((f for f in finder.found if f.start <= pobj.i < f.end and f.coded.code), None)
            if actor is not None:
                return actor
    return None


#: The words that join a faction's own name to its master's in :func:`faction_name`.
LOYAL_JOIN = " loyal to "


def faction_name(finder: Finder, found: Found) -> str | None:
    """The name of an armed group "loyal to" a person ("forces loyal to Khalifa Haftar"), or
    ``None``. Naming the person they serve sets the group apart from the state's other forces,
    which share its code: "forces loyal to Haftar attacked government troops" is one side against
    another, not the army acting on itself (:func:`distinct_factions`)."""
    if found.coded.kind != "group" or found.coded.sector not in ARMED_GROUP_SECTORS:
        return None
    master = _master(finder, finder.doc[found.start:found.end].root)
    if master is None or master.coded.kind != "person":
        return None
    return f"{found.name}{LOYAL_JOIN}{master.name}"


def distinct_factions(a_name: str, b_name: str) -> bool:
    """Whether two group names of one code are two sides: one serves a person the other does not."""
    return a_name != b_name and (LOYAL_JOIN in a_name or LOYAL_JOIN in b_name)


def faction_key(name: str) -> str:
    """The part of a group's coreference key that keeps two factions of one code apart: the master
    its name serves ("soldiers loyal to Kiir" and "troops loyal to Machar" are two sides)."""
    return f":{name.split(LOYAL_JOIN, 1)[1].lower()}" if LOYAL_JOIN in name else ""
