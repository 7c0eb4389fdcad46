"""Where a crowd gathers is no party to its gathering.

The argument search of :meth:`newsevents.events.roles.MentionIndex.actor` takes the closest coded
mention under an argument's head, places in an "in" phrase included ("the deployment of US missiles
in Japan"). For a gathering noun that reads the town as a side: "lifted a ban on demonstrations *in
Nairobi*" gave a lifting aimed at Kenya's government (the capital read as its seat), "promised to
hold demonstrations *in both Siem Reap and Phnom Penh*" a promise made to the two towns (session
33's census, fp33). The place says where the crowd is to gather; whose crowd it is comes from its
modifiers ("opposition demonstrations") or from the rules that give a gathering its holders
(``events.eased_bans``), or it stays unnamed. Only towns are skipped: a country named as the place
("protests in Venezuela") is the people of that country gathering at home, which the gold codes as
the country (one `test` event was lost when countries were skipped too).
"""

from __future__ import annotations

from newsevents.nlp.docview import DocView
from newsevents.places import town_country

# Nouns of a crowd gathered or to be gathered.
CROWD_NOUNS = frozenset({"demonstration", "rally", "protest", "march", "gathering", "sit-in", "vigil",
                         "strike", "picket", "walkout"})
# Parts of a place's name under its head ("Siem *Reap*", "Phnom *Penh*").
NAME_DEPS = frozenset({"compound", "flat"})
# Prepositions that say where it gathers.
PLACE_PREPS = frozenset({"in", "at", "outside", "across", "throughout"})


def crowd_places(parse: DocView, head: int) -> list[int]:
    """The town phrases of a gathering noun ("demonstrations *in Nairobi*"): their prepositions'
    indices, which the search for the gathering's actor skips; ``[]`` for any other noun or place."""
    if parse.forms[head][0] not in CROWD_NOUNS:
        return []
    return [c for c in parse.children(head) if parse.deps[c] == "prep" and parse.lower[c] in PLACE_PREPS
            and any(_town(parse, o) for o in parse.children(c) if parse.deps[o] == "pobj")]


def _town(parse: DocView, place: int) -> bool:
    """Whether the noun at ``place``, with the parts of its name, is a town the gazetteer knows."""
    if parse.pos[place] != "PROPN":
        return False
    parts = sorted([place, *(c for c in parse.children(place) if parse.deps[c] in NAME_DEPS)])
    return town_country(" ".join(parse.doc[i].text for i in parts)) is not None
