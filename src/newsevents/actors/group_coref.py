"""A definite description of a company or a news outlet points back at the one named before it.

"A Shell spokesman denied that *the company* had polluted the delta": "the company" (or "the
firm") is of the country of the one company named in the last three sentences, not of the story's
country. "The Danish daily Jyllands-Posten printed the cartoons ... *The newspaper* apologised"
holds the same way for outlets (session 20): the newspaper is the Danish one, and its acts are
Denmark's media's. (Descriptions of armed groups, "the militant group", are read in
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
# Definite descriptions of a news outlet.
OUTLET_NOUNS = frozenset({"newspaper", "broadcaster"})
# The nouns that describe a named body of each sector, and the rule of a mention so resolved.
DESCRIBED = {"BUS": (COMPANY_NOUNS, "coref-company"), "MED": (OUTLET_NOUNS, "coref-outlet")}


def described_company(resolver: Resolver, found: Found) -> Coded | None:
    """The coding of "the company" ("the newspaper") with the country of the one company (outlet)
    named before it (see the module doc), or ``None``."""
    coded = found.coded
    if coded.sector not in DESCRIBED or coded.country is not None:
        return None
    nouns, rule = DESCRIBED[coded.sector]
    doc = resolver.doc
    head = doc[found.end - 1]
    if found.start == 0 or doc[found.start].lower_ != "the" or found.end - found.start != 2 \
            or head.lemma_.lower() not in nouns:
        return None
    countries = {country for n in resolver._recent(head)
                 if (country := resolver.mentions[n].country) and resolver.mentions[n].sector == coded.sector
                 and resolver.mentions[n].rule in COMPANY_RULES}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return Coded(country + coded.sector, country, coded.sector, coded.kind, rule, coded.role)
