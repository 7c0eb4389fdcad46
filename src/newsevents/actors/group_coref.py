"""A definite description of an armed group points back at the named group before it.

"Boko Haram seized the town on Monday. France condemned *the militant group*": news names an
armed group once and then describes it ("the militants", "the insurgent group", "the rebels").
The description has no country of its own; it is the one named armed group (rebels or
insurgents, named by the dictionaries) of the last three sentences, when there is exactly one.
With none, or two named groups, it stays as it was: no guess.

So with a company: "A Shell spokesman denied that *the company* had polluted the delta": "the
company" (or "the firm") is of the country of the one company named in the last three sentences,
not of the story's country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver
    from newsevents.actors.person_names import Found

# Sectors of armed non-state groups a description and a name may share.
ARMED_SECTORS = frozenset({"REB", "INS"})
# Rules of a mention that names its group (not a description, not a guess).
NAMING_RULES = frozenset({"org"})


def named_armed_group(resolver: Resolver, found: Found) -> int | None:
    """The entity of the one named armed group a definite description (``found``) repeats."""
    coded = found.coded
    if coded.sector not in ARMED_SECTORS or (coded.country is not None and coded.rule != "context-country"):
        return None
    doc = resolver.doc
    if found.start == 0 or doc[found.start].lower_ != "the" or found.end - found.start > 4:
        return None
    head = doc[found.end - 1]
    named = set()
    for n in resolver._recent(head):
        entity = resolver.entities[resolver.mentions[n].entity]
        if entity.coded.sector in ARMED_SECTORS and entity.coded.country and entity.coded.rule in NAMING_RULES:
            named.add(resolver.mentions[n].entity)
    return next(iter(named)) if len(named) == 1 else None


# Definite descriptions of a company, and the rules of a mention that names one (by its name).
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "conglomerate", "carrier", "airline", "miner",
                           "group"})
COMPANY_RULES = frozenset({"org", "modifier", "title", "persons-table"})


def described_company(resolver: Resolver, found: Found) -> Coded | None:
    """The coding of "the company" with the country of the one company named before it (see the
    module doc), or ``None``."""
    coded = found.coded
    if coded.sector != "BUS" or coded.country is not None:
        return None
    doc = resolver.doc
    head = doc[found.end - 1]
    if found.start == 0 or doc[found.start].lower_ != "the" or found.end - found.start != 2 \
            or head.lemma_.lower() not in COMPANY_NOUNS:
        return None
    countries = {country for n in resolver._recent(head)
                 if (country := resolver.mentions[n].country) and resolver.mentions[n].sector == "BUS"
                 and resolver.mentions[n].rule in COMPANY_RULES}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return Coded(country + "BUS", country, "BUS", coded.kind, "coref-company", coded.role)
