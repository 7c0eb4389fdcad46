"""The words of plurals that point back at the sides named before ("both sides", "the rivals",
"the warring parties"), in one place for the two readers that need them.

:mod:`newsevents.events.groups` resolves such a plural to the countries it stands for, over the
parse; :mod:`newsevents.nlp.prefilter`, before any parse, keeps a sentence that holds one after a
kept sentence, since the coder may give its act sides from the sentences before. The prefilter
reads word forms, so :data:`BACK_POINTING_FORMS` inflects the lemmas here once. This module
imports nothing of spaCy: the prefilter must not load it.
"""

from __future__ import annotations

GROUP_NOUNS = frozenset({"leader", "side", "country", "nation", "government", "president", "minister", "party",
                         "state", "delegation", "capital", "neighbour", "neighbor", "counterpart", "head",
                         "premier", "envoy", "diplomat", "negotiator", "faction"})
"""Nouns (lemmas) of a counted plural that points back at the last-named countries ("the two
leaders", "both sides"); the relational nouns below are among them."""
RELATIONAL_NOUNS = frozenset({"rival", "neighbour", "neighbor", "foe", "adversary", "enemy", "archrival"})
"""Plurals named by how their members stand to each other ("the rivals", "the neighbours"): a
definite one with no owner points back at a pair even without "two"."""
WARRING_ADJECTIVES = frozenset({"warring", "rival", "opposing", "feuding", "belligerent"})
"""Adjectives of sides named by their fight ("the warring parties", "the rival factions")."""
SIDE_NOUNS = frozenset({"party", "side", "faction"})
"""Nouns of the sides a warring adjective qualifies."""
PAIR_NOUNS = frozenset({"leader", "side", "country", "nation", "government", "party", "delegation"})
"""Nouns whose bare definite plural points back at the pair just named even without "two": "Mitsotakis
met Erdogan ... *the leaders* agreed", "I commend *the parties*", "talks between *the countries'*
ministers" (session 22)."""
ALL_GROUP_NOUNS = GROUP_NOUNS | RELATIONAL_NOUNS
COUPLE_NOUNS = frozenset({"pair", "duo"})
"""Singular nouns that count two by themselves: "Fidan met Gerapetritis. *The pair* signed a deal"
stands for the two named before, as "the two" does (session 29)."""


def _plural(noun: str) -> str:
    """The regular plural of a noun of the lists above ("adversary" -> "adversaries")."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


BACK_POINTING_FORMS = frozenset(
    {"both", "side", "counterparts"} | COUPLE_NOUNS
    | {_plural(n) for n in RELATIONAL_NOUNS | SIDE_NOUNS | PAIR_NOUNS}
    | WARRING_ADJECTIVES)
"""Word forms (lower case) that point back without a number: "both", "on either side", "their
counterparts", "the pair", the plural of a relational, side or pair noun ("the rivals", "the leaders"), and a
warring adjective ("the warring ..."). A counted plural ("the two leaders") needs no entry: its
number word keeps the sentence already."""
