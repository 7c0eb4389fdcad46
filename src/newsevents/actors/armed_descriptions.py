"""A bare description of an armed group points back at the armed group named just before it.

"Al-Shabaab fighters attacked a Kenyan army base. *The armed group* killed 20 soldiers"; "The M23
rebel movement seized Bunagana. *The group* later attacked army positions": news names an armed
group once and then describes it. :mod:`~newsevents.actors.described_orgs` reads "the group" back
to the one organisation the dictionaries name in the last three sentences; this module covers
what that leaves open for armed groups:

- "the armed group" (which the role table codes as a countryless militia, ``UAF``) and "the
  movement", "the outfit", which no dictionary codes;
- an armed group named by another rule than the organisation dictionary (a title, a role);
- a rights group or a party named earlier than the armed group, but not nearer.

The description joins the armed group (rebels, insurgents, militias, separatists, with a country)
last named in its sentence or the two before, when that is the nearest organisation named there
and no other armed group is named there. A rights group or a company named nearer leaves it
alone ("Boko Haram attacked ... Amnesty International said ... the group said"): no guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsevents.actors.coref import Resolver

GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "outfit"})
"""Head nouns of a description of a group, which no dictionary codes by itself."""
ARMED_WORDS = frozenset({"the", "armed", "rebel", "militant", "insurgent", "jihadist", "islamist", "extremist",
                         "terrorist", "terror", "separatist", "guerrilla", "guerilla"})
"""Words that may stand before the noun and still describe the armed group ("the armed group")."""
ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "SEP"})
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
