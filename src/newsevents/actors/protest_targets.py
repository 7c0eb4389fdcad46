"""The states a crowd protests against are not its country.

A crowd with no country of its own ("protesters", "activists", "students") is given the one
country its sentence names (actors/context.py). When that country is named only as what the
crowd's act is aimed at -- "Protesters demonstrated against Putin", "students rallied outside the
Russian embassy" -- it is the target of the protest, and a crowd abroad protests against foreign
governments as often as against its own (fresh-news census of session 29: Kyrgyz activists
protesting against Putin were coded Russian). Such countries, unless the story's first side is of
that country (a crowd at home), are no guess for the crowd; it keeps the country of its own words,
its place or its story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.nlp.relatives import relative_subject_clauses

if TYPE_CHECKING:
    from newsevents.actors.mentions import Finder

#: Sectors of crowds: civilians, the opposition's supporters, students, workers, farmers.
CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR"})
#: Sectors of a state's own sides; ``None`` is the country itself.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG"})
#: Prepositions that name what a crowd's act is aimed at ("against Putin", "outside the embassy").
AIM_PREPS = frozenset({"against", "outside", "at", "toward", "towards"})


def _aim_of(root: Token, verbs: set[int]) -> bool:
    """Whether the noun ``root`` (or the first of its conjuncts) is the object of one of ``verbs``
    or of an aiming preposition hanging on one of them."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "against Putin and his government"
    if root.dep_ == "dobj":
        return root.head.i in verbs
    return root.dep_ == "pobj" and root.head.lower_ in AIM_PREPS and root.head.head.i in verbs


def _first_country(finder: Finder) -> str | None:
    """The country of the first state side (a country, its government, forces, courts or
    parliament) the text names with a country of its own: the story's, as a rule (a company or a
    university named first says less: "a report on Facebook")."""
    named = [f for f in finder.found if f.coded.country and f.coded.rule != "context-country"
             and f.coded.sector in STATE_SECTORS]
    return min(named, key=lambda f: f.start).coded.country if named else None


def protest_targets(finder: Finder, head: Token) -> set[str]:
    """The countries of the states a crowd's own verb aims at (its object, "against ...",
    "outside ..."; not other civilians: "herders attacked Nigerian farmers"), but
    for the country of the story's first side ("protesters occupied the governing party's
    headquarters" in a story of that country's politics: a crowd at home): no guess for the crowd
    ``head`` names."""
    verbs = {head.head.i} if head.dep_ == "nsubj" else set()
    verbs |= {c.i for c in relative_subject_clauses(head)}  # "activists who protested against Putin"
    if not verbs:
        return set()
    home = _first_country(finder)
    return {f.coded.country for f in finder.found
            if f.coded.country and f.coded.country != home and f.coded.sector in STATE_SECTORS
            and _aim_of(finder.doc[f.start:f.end].root, verbs)}
