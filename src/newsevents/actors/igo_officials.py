"""Officials of an international body are that body: "ministers of SADC", "officials of the AU".

"Regional ministers of the Southern African Development Community urged Lesotho's leaders ...",
"Envoys from the European Union met ...", "the defence ministers of NATO": a state title with
no country of its own whose noun names, after "of" or "from", an international body (the UN,
the EU, NATO, ECOWAS) is coded as that body, as CAMEO codes "UN officials" or "EU foreign
ministers" (IGO, the body's own code). Without this the title stayed a bare, countryless
``GOV`` and the act coded no one; "officials of the AU" kept only the sector (``IGO``).

A title with a country ("Kenya's envoy to the AU", "the French minister of the EU presidency")
keeps it: only the countryless title takes the body. A plain "of" that says whose state office
it is ("the minister of Kenya") names a country, not a body, and is read elsewhere
(:mod:`newsevents.actors.mentions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

BODY_PREPS = frozenset({"of", "from"})
"""The prepositions that name whose official a title is ("ministers *of* SADC", "envoys *from* the EU")."""
TITLE_SECTORS = frozenset({"GOV", "IGO"})
"""Sectors of a countryless title an international body's officials carry: the state's (a minister,
an envoy) or an international one already (officials of the AU, found with the sector only)."""
INTERNATIONAL = "IGO"
RULE = "igo-official"


def igo_official(finder: Finder, found: Found) -> Coded | None:
    """The international body a countryless state title serves (see the module doc), as the
    title's new coding; ``None`` when the title has a country, names no body, or is no title."""
    coded = found.coded
    if coded.kind != "person" or coded.country is not None or coded.sector not in TITLE_SECTORS:
        return None
    if coded.code not in TITLE_SECTORS:
        return None  # a named person or a body's own code: only a bare title ("ministers") is read
    head = finder.doc[found.end - 1]
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in BODY_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            body = next((f for f in finder.found if f.start <= pobj.i < f.end), None)
            if body is not None and body.coded.sector == INTERNATIONAL and body.coded.country is None \
                    and body.coded.code and len(body.coded.code) > len(INTERNATIONAL):
                return Coded(body.coded.code, None, INTERNATIONAL, coded.kind, RULE, coded.role)
    return None
