"""Delegates: "representatives of X" are X's agents, not members of a parliament.

The Phoenix agents dictionary codes REPRESENTATIVES as legislators ([~LEG]), as in a US story's
"Representatives voted ...". In world news the plural common noun with an "of" or "from" phrase
names someone's agents at a table: "representatives from 16 ethnic rebel groups signed",
"representatives of the military leaders who staged the coup", "representatives of the five
permanent Security Council members were meeting with Iran's negotiator", "representatives of
Kenya met ...". Coded as legislators they make false sources (a legislature negotiating) and
borrow a country from the story (a country-level evaluation sees the country, the full code sees
the sector). A representative or delegate coded as a legislator who serves a
national body named after "of"/"from" takes that body's sector and country (a country
alone makes them its government's, GOV; a people named by its demonym, "the Karabakh Armenians",
is no state, so its representatives keep their code); when that body cannot be read, or is an international one
("representatives of the Security Council members"), the mention is kept as it was: an
international delegate made a new partner in the events around it, and this restraint adds none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.served_bodies import found_at, prep_objects

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

DELEGATE_LEMMAS = frozenset({"representative", "delegate"})
LEGISLATOR = "LEG"
STATE = "GOV"
SENDER_PREPS = ("of", "from")
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})


def _delegate_word(finder: Finder, found: Found) -> Token | None:
    """The "representatives" or "delegates" word of a mention coded as legislators, if any."""
    if found.coded.sector != LEGISLATOR:
        return None
    return next((t for t in finder.doc[found.start:found.end]
                 if t.lemma_.lower() in DELEGATE_LEMMAS and t.pos_ == "NOUN"), None)


def delegate_body(finder: Finder, found: Found) -> tuple[str, str | None] | None:
    """The ``(sector, country)`` of the body whose representatives ``found`` names (see the
    module), or ``None`` to leave the mention as it is."""
    word = _delegate_word(finder, found)
    if word is None:
        return None
    for pobj in prep_objects(word, SENDER_PREPS):
        if found.start <= pobj.i < found.end:  # "Representatives of Kenya", one mention
            return (STATE, found.coded.country) if found.coded.country else None
        for noun in (pobj, *(c for c in pobj.children if c.dep_ == "compound")):
            body = found_at(finder, noun)
            if body is None or body is found:
                continue
            if body.coded.sector in INTERNATIONAL_SECTORS:
                return None
            if body.coded.sector:  # "16 ethnic rebel groups" (REB), "the military leaders" (MIL)
                return body.coded.sector, body.coded.country
            if body.coded.country and noun.ent_type_ == "GPE":  # "representatives from Kenya"
                return STATE, body.coded.country  # a state: "of the Karabakh Armenians" names a people
    return None
