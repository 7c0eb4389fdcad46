"""Blasts and the places they go off in.

A blast is told by where it happened: "a bomb blast *in Kabul* killed eight civilians", "an
explosion *at a market in Baghdad*". The place is no doer of the blast: a capital there is not
its government (a metonym), and a town is not its country. The blast's doer is left unknown
(the act stays in the events as an attack by a weapon of unknown owners, see
:mod:`newsevents.events.unattributed`); whom it hit is told by its toll or its place.
"""

from __future__ import annotations

from newsevents.nlp.docview import DocView
from newsevents.nlp.hyphenated import lemma_in

# Nouns for an explosion or a device that goes off (subjects of "killed", "wounded", "hit").
BLAST_NOUNS = frozenset({"blast", "explosion", "bomb", "bombing", "car-bomb", "carbomb", "device", "ied",
                         "detonation", "mine", "landmine", "grenade", "shell", "mortar", "rocket"})
# Where a blast stands as the doer of what it did ("a blast in Kabul *killed* eight").
DOER_DEPS = frozenset({"nsubj", "csubj"})
# Prepositions that say where a blast went off.
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})


def blast_places(parse: DocView, head: int) -> list[int]:
    """The place phrases of a blast noun that is its clause's subject ("a blast *in Kabul* killed"):
    their prepositions' indices, which the search for the blast's doer skips; ``[]`` for any other
    noun or role."""
    if not lemma_in(parse.doc[head], BLAST_NOUNS) and parse.lower[head] not in BLAST_NOUNS:
        return []
    if parse.deps[head] not in DOER_DEPS:
        return []  # "condemned the bombing in Kabul": the place a blast is told by may be a target
    return [c for c in parse.children(head) if parse.deps[c] == "prep" and parse.lower[c] in PLACE_PREPS]
