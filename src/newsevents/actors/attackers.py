""""The attackers" are the armed men the story has just named.

Violence news names the doers once and then calls them by what they did: "Al-Shabab fighters
stormed the base at dawn. *The attackers* rammed a car bomb into the gate"; "Gunmen kidnapped seven
students ... *The assailants* also wounded two guards". Such a word (the role table codes it as
unidentified armed men, ``UAF``, as "gunmen") joins the one armed group (rebels, insurgents,
separatists or unnamed armed men) named in its sentence or the two before. With none it stays
countryless armed men; with two ("troops fought rebels ... the attackers") it stays so too: no guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver
    from newsevents.actors.person_names import Found

ATTACKER_NOUNS = frozenset({"attackers", "assailants", "raiders"})
"""Plural nouns that name armed men by their act."""
ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "SEP"})
ARMED_GROUPS = frozenset({"rebel", "insurgent", "militia", "militant", "guerrilla", "jihadist", "terrorist",
                          "paramilitary", "cartel", "gang"})
"""Common nouns of armed groups, for readers of acts told of an uncoded group: backing one, links to
one (``events.appraisals.armed``), a search for one (``events.home_coercion.hunted``)."""
UNIDENTIFIED = "UAF"


def named_attackers(resolver: Resolver, found: Found) -> int | None:
    """The entity of the one armed group "the attackers" (``found``) repeats, or ``None``."""
    coded = found.coded
    if coded.code != UNIDENTIFIED or coded.country is not None:
        return None
    doc = resolver.doc
    head = doc[found.end - 1]
    if head.lower_ not in ATTACKER_NOUNS or doc[found.start].lower_ != "the":
        return None
    armed = {resolver.mentions[n].entity for n in resolver._recent(head)
             if resolver.entities[resolver.mentions[n].entity].coded.sector in ARMED_SECTORS}
    return next(iter(armed)) if len(armed) == 1 else None
