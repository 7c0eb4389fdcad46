"""The country of aid's recipients named by where they are: "aid to people affected by the earthquake
*in Afghanistan*", "relief supplies to victims of the floods *in Pakistan*", "10 million euros to help
refugees fleeing the fighting *in Sudan*".

Aid (root 07, and a pledge of aid, 033x) to civilians or refugees with no country of their own was
aimed at a bare ``CVL`` or ``REF``: an actor no gold codes, so a false event and a missed one. The
recipients' own phrase says where they are: the first "in" phrase within it (on the noun, or nested in
a participle or "of" phrase on it: "victims *of the floods in Pakistan*") that names a place of a known
country gives them that country, as "aid to flood victims in Pakistan" already had it. Only a place
inside the recipients' phrase counts (never the story's setting), and only private recipients
(civilians, refugees) take it: a place says where the people are, not whom a body serves.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events.attributes import place_actor
from newsevents.events.emit import Found
from newsevents.events.roles import MentionIndex

AID_ROOT = 7
AID_PLEDGE = "033"
PRIVATE_RECIPIENTS = frozenset({"CVL", "REF"})
# How the recipients' phrase may reach its place: "people [affected [by [the earthquake [in X]]]]".
PHRASE_DEPS = frozenset({"prep", "pobj", "acl", "relcl", "dobj", "agent", "amod"})
MAX_DEPTH = 5
PLACE_SUFFIX = "+recipients-place"


def recipients_placed(found: list[Found], index: MentionIndex) -> list[Found]:
    """``found`` with aid to private recipients of no country given the country of the place their
    own phrase names (see the module)."""
    for f in found:
        target = f.target
        if target is None or target.country is not None or target.sector not in PRIVATE_RECIPIENTS:
            continue
        if codebook.root_of(f.cameo) != AID_ROOT and not f.cameo.startswith(AID_PLEDGE):
            continue
        doc = f.match.token.doc
        places = _in_places(doc[target.start:target.end].root)
        place = place_actor(doc, places, index) if places else None
        if place is None or place.country is None:
            continue
        f.target = dataclasses.replace(target, country=place.country, code=place.country + target.sector)
        f.suffix += PLACE_SUFFIX
    return found


def _in_places(head: Token) -> list[int]:
    """The objects of "in" phrases within ``head``'s phrase, nearest first."""
    found: list[int] = []
    frontier, depth = [head], 0
    while frontier and depth < MAX_DEPTH:
        nxt: list[Token] = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ not in PHRASE_DEPS:
                    continue
                if child.dep_ == "pobj" and tok.lower_ == "in" and child.ent_type_ in ("GPE", "LOC"):
                    found.append(child.i)
                nxt.append(child)
        frontier, depth = nxt, depth + 1
    return found
