"""Trips that are no visits: who travels, and what for.

"Flew to", "arrived in" and "returned to" (the ``consult.travel`` pattern) code a visit (042) when
an official travels abroad. Two kinds of trip look the same and are not visits, whoever makes them:

- trips of units and of resident diplomats: "Russian troops arrived in Syria" is a deployment,
  "a warship arrived in Busan" a movement of forces, and "the ambassador returned to Canberra"
  takes up a post: none of them is a meeting of two sides;
- trips made for a private end: "flew to London for medical treatment", "went to Dubai on holiday".

A trip made "on a state visit" or "for a two-day visit" is a visit, but one: the visit noun codes it
(``consult.visit_noun``, for the verbs :func:`newsevents.events.visits.on_trip` reads), and the trip
verb adds no second one.

:func:`no_visit` says whether a trip is one of them; the coder then codes nothing for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.visits import TRAVELLING_VERBS
from newsevents.nlp.hyphenated import lemma_in
from newsevents.records import ActorMention

# Heads of a traveller that is a unit or a craft, whose arrival is a movement of forces.
UNITS = frozenset({
    "troop", "soldier", "force", "unit", "battalion", "brigade", "contingent", "peacekeeper", "marine",
    "paratrooper", "reinforcement", "convoy", "warship", "ship", "vessel", "carrier", "fleet", "submarine",
    "destroyer", "frigate", "aircraft", "jet", "plane", "bomber", "helicopter", "tank", "militant",
    "fighter", "rebel", "refugee", "migrant",
})
# Heads of a diplomat posted abroad, whose trips to the post are no visits.
RESIDENTS = frozenset({"ambassador", "embassy", "consul", "envoy-designate", "chargé", "charge", "attaché"})
# Ends of a private trip ("for medical treatment", "on holiday").
PRIVATE_ENDS = frozenset({
    "treatment", "care", "checkup", "check-up", "surgery", "operation", "holiday", "vacation", "exile",
    "asylum", "rest", "study", "studies", "pilgrimage", "honeymoon",
})
END_PREPS = {"for", "on", "into"}
# Nouns of a visit a trip is made "for" or "on": the noun codes the visit (events/visits.py), once.
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stopover"})


# Verbs of a departure ("left Tokyo for Washington", consult.depart) and the prepositions that make one
# the time of the sentence's own act ("Before leaving for Beijing, the president gave a speech").
DEPARTING_VERBS = frozenset({"leave", "depart"})
TIME_PREPS = frozenset({"before", "after", "upon", "on", "since"})
# What one leaves for another when one changes sides or jobs, not places: "left the ruling party for
# the opposition", "left the cabinet for a seat in parliament" is a defection or a career move.
SIDES = frozenset({
    "party", "opposition", "government", "cabinet", "coalition", "alliance", "movement", "camp", "bloc",
    "job", "post", "position", "office", "team", "club", "company", "firm", "network", "newspaper",
    "ministry", "parliament", "group", "faction", "union",
})


def no_visit(verb: Token, source: ActorMention | None) -> bool:
    """Whether the trip told by ``verb`` is made by a unit or a resident diplomat, or for a
    private end (see the module), or is a departure that only dates another act; such a trip
    codes no visit."""
    if verb.lemma_.lower() in DEPARTING_VERBS and verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS:
        return True  # "before leaving for Beijing": when the act told next happened, the visit told elsewhere
    if verb.lemma_.lower() in DEPARTING_VERBS and _changes_sides(verb):
        return True
    if source is not None:
        head = verb.doc[source.start:source.end].root
        if lemma_in(head, UNITS | RESIDENTS):
            return True
    # "arrived in Hanoi on a state visit": one visit, which its noun codes where it can (visits.on_trip)
    ends = PRIVATE_ENDS | VISIT_NOUNS if verb.lemma_.lower() in TRAVELLING_VERBS else PRIVATE_ENDS
    return any(lemma_in(o, ends) for o in fr.prep_objects(verb, END_PREPS))


def _changes_sides(verb: Token) -> bool:
    """Whether "left X for Y" leaves a party, post or team (``SIDES``) or goes over to one."""
    left = [c for c in verb.children if c.dep_ == "dobj"]
    for_objects = fr.prep_objects(verb, {"for"})
    return any(o.lemma_.lower() in SIDES for o in [*left, *for_objects])
