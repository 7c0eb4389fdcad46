"""A role owned by a non-state body is that body's: "the rebels' spokesman", "its leader".

A bare title ("spokesman", "leader", "chairman") is coded as a state office (GOV) by default,
and a bare group of fighters ("fighters", "militants") as an armed group with no country; the
story then gives them its country. When a possessor names whose they are, and that possessor
is a non-state body (rebels, insurgents, the opposition, a party, a union, an NGO, a company,
the media), they are that body's, with its country: "The opposition said *its leader* had been
arrested" (OPP, not GOV), "Al-Shabaab said *its fighters* had killed ten soldiers" (SOMINS, not
the rebels named two sentences before), "*the union's leaders* called a strike" (LAB).

The possessor is a mention resolved before the role: a name, a role ("the rebels'"), or a
pronoun coreference has already joined to one ("its", "their"). State possessors are left to
:meth:`newsevents.actors.coref.Resolver._possessed` ("his government", "the country's army").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded
from newsevents.nlp.hyphenated import lemma_in

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver
    from newsevents.actors.person_names import Found

# Sectors of the non-state bodies whose roles are their own.
OWNER_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "PTY", "LAB", "NGO", "BUS", "MED", "EDU"})
# Head words of the roles that serve whoever owns them: a title ("spokesman", "leader") or the
# body's own members ("fighters", "members").
SERVING_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "leader", "leadership", "chairman",
                           "chairwoman", "chairperson", "chair", "head", "chief", "commander", "official",
                           "representative", "founder", "secretary-general", "negotiator", "envoy",
                           "fighter", "militant", "member", "gunman", "supporter", "activist"})
# Sectors a serving role takes by default, which an owner's sector replaces.
DEFAULT_SECTORS = frozenset({"GOV", "REB", "INS", "CVL", "OPP"})


def owned_role(resolver: Resolver, found: Found) -> Coded | None:
    """The coding of a role whose possessor is a non-state body resolved before it (see the
    module doc), or ``None``."""
    coded = found.coded
    if found.person_key or coded.sector not in DEFAULT_SECTORS:
        return None
    head = resolver.doc[found.end - 1]
    if not lemma_in(head, SERVING_HEADS):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
    if owner is None:
        return None
    mention = next((m for m in reversed(resolver.mentions) if m.start <= owner.i < m.end), None)
    if mention is None or mention.sector not in OWNER_SECTORS or (mention.code or "") == (coded.code or ""):
        return None
    return Coded(mention.code, mention.country, mention.sector, coded.kind, "possessor", coded.role)
