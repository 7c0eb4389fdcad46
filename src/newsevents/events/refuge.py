"""Refuge sought: a flight, or a request to a country.

"The prime minister sought refuge in a foreign embassy", "villagers took shelter in a church": people
fleeing to a building or a place, with no one asked for anything (the pattern ``appeal.seek_refuge``
codes nothing). "800,000 Kurds sought refuge in Germany": refuge in a named country is asylum asked
of that country, a request (023, ``appeal.request_aid``), as the PLOVER gold codes it. A town is
not enough: "Congolese villagers sought refuge in Goma" flee inside their own country, and a town
abroad cannot be told from one at home without the seekers' country (review 17c, finding 12).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.places.gazetteer import country_code

REFUGE_PATTERN = "appeal.seek_refuge"
# Prepositions of where refuge is sought ("in Germany", "to Kenya", "into Chad")
REFUGE_PREPS = frozenset({"in", "to", "into"})


def refuge_abroad(verb: Token) -> bool:
    """Whether the refuge ``verb`` seeks is in a named country ("in Germany"): an asylum request,
    not a flight to a building or a town."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "in Germany" on the verb or on "refuge"
    for prep in (c for h in hosts for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in REFUGE_PREPS:
            continue
        if any(o.dep_ == "pobj" and o.ent_type_ == "GPE" and _country(o) for o in prep.children):
            return True
    return False


def _country(place: Token) -> bool:
    """Whether the entity ``place`` begins names a country, not a town or a region."""
    ent = next((e for e in place.doc.ents if e.start <= place.i < e.end), None)
    return ent is not None and country_code(ent.text) is not None
