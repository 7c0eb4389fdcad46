"""Events one of whose sides is a country's own body that the story could not place.

An army, a police force, a court, a party, an opposition or a crowd belongs to one country: the
coder codes it with that country ("SDNMIL"), and when neither its words, its sentence nor the
story says which ("the army delegation" in a story of three countries, "authorities" in a town the
gazetteer does not know, "troops" between two warring states), the side is left without a country
(``story/context.py`` warns so). Such a side is a guess a CAMEO coder would not make: "MIL"
alone is not a side of any dyad, and an event with it is wrong whatever its root. The event is
left out of ``events`` and reported in a warning rather than kept with half a side. This holds
in a story, a text of several sentences, whose rules had the whole text to place the body; a text of
one sentence keeps its bare sides, as the sentence is all there is to read.

A government side without a country stays when its words make it no one country's ("negotiators",
"leaders from twenty countries", "an international delegation"): only the words of one state's own
administration ("authorities", "the government", "the army delegation") mark a bare ``GOV`` as one
country's. Armed men nobody names (``UAF``), transnational groups (``INS``), international bodies
and outlets keep their uncountried codes, which are what a coder codes them with.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.events.unattributed import left_out_warning
from newsevents.records import ActorRef, Event
from newsevents.story.foreign_bodies import several_sentences
from newsevents.story.venue_guests import VISITORS_KEY

# Sectors of bodies that belong to one country (refugees, outlets and unknown armed men are no such).
HOME_SECTORS = frozenset({"MIL", "COP", "JUD", "LEG", "OPP", "PTY", "PRM", "REB", "SEP", "CVL", "LAB",
                          "EDU", "HLH", "AGR", "BUS", "CRM", "SPY", "REL", "ELI"})
GOVERNMENT_SECTOR = "GOV"
# Words of one state's own administration or forces, which make a bare government side one country's.
_HOME_GOVERNMENT = re.compile(r"\b(?:authorit(?:y|ies)|government|administration|army|military|police|"
                              r"ministry|prosecutors?|governor)\b", re.I)


def split_homeless_sides(doc: Doc, events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less those with a side that is one country's body but has no country, and a
    warning for each event left out. Only in a story (a text of several sentences): there the
    story rules had the dateline, the headline, the lead and the sentences around to place the body
    and found nothing sure; in a text of one sentence the sentence alone decides, and a bare side
    stays what the sentence makes it ("The army signed a truce with the rebels")."""
    if not several_sentences(doc):
        return events, []
    kept: list[Event] = []
    warnings: list[str] = []
    visitors = doc.user_data.get(VISITORS_KEY, set())  # visitors whose guessed country was their host's
    for event in events:
        side = next((ref for ref in (event.source, event.target) if ref is not None
                     and (homeless(ref) or (ref.country is None and ref.span in visitors))), None)
        if side is None:
            kept.append(event)
            continue
        what = "one country's body" if homeless(side) else "a visitor whose host's country it was given"
        warnings.append(left_out_warning(f"{side.text or side.name!r} is {what}, and which "
                                         f"country is not known", event))
    return kept, warnings


def homeless(ref: ActorRef) -> bool:
    """Whether ``ref`` is coded as a body of one country, without the country."""
    if ref.country is not None or ref.code is None or ref.code != (ref.sector or ""):
        return False
    if ref.sector in HOME_SECTORS:
        return True
    return ref.sector == GOVERNMENT_SECTOR and bool(_HOME_GOVERNMENT.search(ref.text or ref.name))
