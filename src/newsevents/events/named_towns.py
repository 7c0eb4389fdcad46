"""Towns named after a settlement noun: "seized the city of Timbuktu", "shelled the town of Kidal".

A town the gazetteer knows stands for its country when it fills an event's slot
(:meth:`newsevents.events.roles.MentionIndex.at`). A bare name in object position ("seized
Timbuktu") was read so; the same town named through its settlement noun ("the city of
Timbuktu") was not: the slot's head is "city", the name hangs from its "of", and the parser
often tags such a name as a nationality (NORP) or not at all. :func:`settlement_name` says when a
proper noun is that name, so the index reads it as a town whatever the recogniser made of it.

Where the settlement noun is itself a setting ("fighting in the town of Kidal") the name is where
an act happens, not whom it is aimed at; that stays the place-target convention's
(:data:`newsevents.events.targets.PLACE_TARGET_ROOTS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.place_clues import named_after
from newsevents.events.groups import LOCATIVE_PREPS

# Common nouns a town is named after; "area", "state" or "country" name no town.
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "hamlet", "township", "district",
                              "province", "region"})


def settlement_name(token: Token) -> bool:
    """Whether ``token`` is the proper name of "the (border) town of <name>", with the settlement
    noun in an argument slot rather than in a locative setting ("in the town of X")."""
    noun = named_after(token)  # the shape actors.place_clues reads for a place's country
    if noun is None or noun.lemma_.lower() not in SETTLEMENT_NOUNS:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS)
