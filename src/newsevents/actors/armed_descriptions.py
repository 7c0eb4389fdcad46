"""A description of an armed group points back at the armed group named before it.

News names an armed group once and then describes it: "Boko Haram seized the town. France
condemned *the militant group*"; "Al-Shabaab fighters attacked a Kenyan army base. *The armed
group* killed 20 soldiers"; "The M23 rebel movement seized Bunagana. *The group* later attacked
army positions". Two readings, both at coreference:

- :func:`named_armed_group`: a definite description the roles code as rebels or insurgents ("the
  militants", "the insurgent group", "the rebels"), with no country of its own, is the one armed
  group the dictionaries name in the last three sentences, when there is exactly one; with none,
  or two, it stays as it was.
- :func:`armed_description`, for what that and :mod:`~newsevents.actors.described_orgs` (which
  reads "the group" back to the one organisation named in the last three sentences) leave open:
  "the armed group" (which the role table codes as a countryless militia, ``UAF``), "the
  movement", "the outfit", which no dictionary codes; an armed group named by another rule than the
  organisation dictionary (a title, a role); a rights group or a party named earlier than the armed
  group, but not nearer. The description joins the armed group (rebels, insurgents, militias,
  separatists, with a country) last named in its sentence or the two before, when that is the
  nearest organisation named there and no other armed group is named there. A rights group or a
  company named nearer leaves it alone ("Boko Haram attacked ... Amnesty International said ... the
  group said"): no guess.

:func:`described_armed_group` tries the first, then the second for a countryless ``UAF``
description. A third reader, :mod:`newsevents.events.described_groups`, works at the event stage
and looks further back (a criticism of "the group" aimed at the one armed group among the
article's earlier events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.actors.attackers import ARMED_SECTORS, named_attackers

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver
    from newsevents.actors.person_names import Found

GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "outfit"})
"""Head nouns of a description of a group, which no dictionary codes by itself."""
ARMED_WORDS = frozenset({"the", "armed", "rebel", "militant", "insurgent", "jihadist", "islamist", "extremist",
                         "terrorist", "terror", "separatist", "guerrilla", "guerilla"})
"""Words that may stand before the noun and still describe the armed group ("the armed group")."""
ORGANISATION_KIND = "organization"
SENTENCES = 3
"""The description's sentence and the two before it."""


def armed_description(resolver: Resolver, start: int, noun: Token) -> int | None:
    """The entity of the armed group a description (``start``: its "the"; ``noun``: its head)
    repeats, or ``None`` (see the module doc)."""
    doc = resolver.doc
    if noun.lemma_.lower() not in GROUP_NOUNS or noun.tag_ != "NN" or start >= noun.i:
        return None
    if doc[start].lower_ != "the" or any(w.lower_ not in ARMED_WORDS for w in doc[start:noun.i]):
        return None
    named = _named_before(resolver, noun)
    if not named:
        return None
    nearest = resolver.mentions[named[0]]
    if nearest.sector not in ARMED_SECTORS or not nearest.country:
        return None
    armed = {resolver.mentions[n].code for n in named
             if resolver.mentions[n].sector in ARMED_SECTORS and resolver.mentions[n].country}
    if len(armed) > 1:
        return None  # "Al-Shabab fighters and Boko Haram gunmen ... the militant group": no guess
    return nearest.entity


def _named_before(resolver: Resolver, noun: Token) -> list[int]:
    """The organisations and armed groups named (not by coreference) in ``noun``'s sentence or the
    two before, most recent first."""
    return [n for n in resolver._recent(noun, sentences=SENTENCES)
            if (resolver.mentions[n].kind == ORGANISATION_KIND or resolver.mentions[n].sector in ARMED_SECTORS)
            and not resolver.mentions[n].rule.startswith("coref")]


# Sectors of armed non-state groups a description and a name may share.
NAMED_ARMED_SECTORS = frozenset({"REB", "INS"})
# Rules of a mention that names its group (not a description, not a guess).
NAMING_RULES = frozenset({"org"})


def named_armed_group(resolver: Resolver, found: Found) -> int | None:
    """The entity of the one named armed group a definite description (``found``) repeats."""
    coded = found.coded
    if coded.sector not in NAMED_ARMED_SECTORS or (coded.country is not None and coded.rule != "context-country"):
        return None
    doc = resolver.doc
    if found.start == 0 or doc[found.start].lower_ != "the" or found.end - found.start > 4:
        return None
    head = doc[found.end - 1]
    named = set()
    for n in resolver._recent(head):
        entity = resolver.entities[resolver.mentions[n].entity]
        if entity.coded.sector in NAMED_ARMED_SECTORS and entity.coded.country and entity.coded.rule in NAMING_RULES:
            named.add(resolver.mentions[n].entity)
    return next(iter(named)) if len(named) == 1 else None


def described_armed_group(resolver: Resolver, found: Found) -> int | None:
    """The entity of the armed group a description (``found``) repeats, or ``None``: a coded
    rebel or insurgent description first, then a countryless "armed group" or "movement"."""
    idx = named_armed_group(resolver, found)
    coded = found.coded
    if idx is None and coded.sector == "UAF" and coded.country is None:  # "... the armed group", "the attackers"
        idx = armed_description(resolver, found.start, resolver.doc[found.end - 1])
        if idx is None:
            idx = named_attackers(resolver, found)  # "Gunmen ... the attackers" (actors/attackers.py)
    return idx
