"""A country modifier shared by coordinated heads: "Philippine coast guard and diplomatic officials".

English lets one premodifier stand over two coordinated nouns: "Chinese warplanes and warships" are
China's warships too, "the Syrian government and opposition factions" Syria's opposition. The
finder codes the second head alone ("diplomatic officials", GOV) and, in a story of several
countries, the story rules rightly leave it without a country, so its events are lost or given a
wrong side.

The second head takes the modifier's country when the syntax shares it and the kind of body makes
the reading certain:

- the second head is a conjunct (``conj``) of a noun with a country modifier of its own before it
  (a country, an adjective or a people's name: "Philippine", "Syrian", "Chinese");
- nothing of its own sets it apart: no determiner, possessive or number between "and" and it
  ("the Chinese navy and the coast guard", "Burundian soldiers and 40 Somali civilians" are left),
  no country word and no outsider's word ("foreign", "Western");
- it is a body of the state (government, officials, army, police, courts, parliament,
  intelligence) -- a state's organs are named together -- or a body of domestic politics
  (opposition, parties) beside a government, parliament or party: "the Syrian government and
  opposition". Armed groups, crowds, reporters and the rest are left alone: "Ethiopian troops and
  insurgents", "Russian officials and reporters" coordinate adversaries or bystanders as often as
  compatriots.

The mention's rule is ``shared-modifier``, which the actor's ``country_rule`` repeats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.actors.mentions import Finder
    from newsevents.actors.person_names import Found

RULE = "shared-modifier"
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Bodies of a country's own politics, shared only with a partner of its politics ("government and
# opposition"), never with its army ("Syrian troops and opposition fighters" are foes).
POLITICAL_BODIES = frozenset({"OPP", "PTY"})
POLITICAL_PARTNERS = frozenset({"GOV", "LEG", "OPP", "PTY"})
MODIFIER_KINDS = frozenset({"country", "adjective", "people"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Words between "and" and the second head that give it a modifier of its own ("and the police").
OWN_DEPS = frozenset({"det", "poss", "nummod", "predet"})
OUTSIDER_WORDS = frozenset({"foreign", "western", "international", "overseas", "other", "allied", "rival"})


def shared_modifier(finder: Finder, found: Found) -> Coded | None:
    """The coded mention ``found`` with the country of the modifier its coordinated partner
    carries, or ``None`` when the syntax or its kind does not make that certain."""
    coded = found.coded
    if coded.country is not None or not coded.sector:
        return None
    doc = finder.doc
    words = doc[found.start:found.end]
    joint = next((t for t in words if t.dep_ == "conj" and t.head.i < found.start), None)
    if joint is None or any(t.lower_ in OUTSIDER_WORDS or t.dep_ in OWN_DEPS for t in words):
        return None
    partner = joint.head
    between = doc[partner.i + 1:found.start]
    if not between or between[0].dep_ != "cc" or any(t.dep_ in OWN_DEPS or t.lower_ in OUTSIDER_WORDS
                                                     for t in between):
        return None
    country = _modifier_country(finder, partner)
    if country is None:
        return None
    if coded.sector in POLITICAL_BODIES:
        if _partner_sector(finder, partner) not in POLITICAL_PARTNERS:
            return None
    elif coded.sector not in STATE_BODIES:
        return None
    return Coded(country + coded.sector, country, coded.sector, coded.kind, RULE, coded.role)


def _modifier_country(finder: Finder, head: Token) -> str | None:
    """The one country the modifiers before ``head`` name ("Philippine coast guard": PHL)."""
    countries = set()
    for child in head.children:
        if child.i >= head.i or child.dep_ not in MODIFIER_DEPS:
            continue
        match = finder.at[child.i]
        entry = match.first(*MODIFIER_KINDS) if match is not None else None
        if entry is not None:
            countries.add(entry.code)
    return next(iter(countries)) if len(countries) == 1 else None


def _partner_sector(finder: Finder, head: Token) -> str | None:
    """The sector of the noun the second head is coordinated with: its found mention's, or the
    role the lexicon gives the word ("government": GOV)."""
    found = next((f for f in finder.found if f.start <= head.i < f.end and f.end - 1 == head.i), None)
    if found is not None and found.coded.sector:
        return found.coded.sector
    match = finder.at[head.i]
    entry = match.first("title", "group", "body") if match is not None else None
    return entry.code if entry is not None else None
