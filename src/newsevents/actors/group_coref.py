"""A definite description of a company points back at the company named before it.

"A Shell spokesman denied that *the company* had polluted the delta": "the company" (or "the
firm") is of the country of the one company named in the last three sentences, not of the story's
country. (Descriptions of armed groups, "the militant group", are read in
:mod:`newsevents.actors.armed_descriptions`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.actors.coding import Coded

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver
    from newsevents.actors.person_names import Found

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
