"""A definite side told late in a story of several countries is the side of that kind told before.

"South Sudan government and rebel delegations began direct talks ... Uganda wanted to send
observers, but *the rebels* have refused": a bare body ("the rebels", "the militias", "the
opposition") in a story whose lead names several countries gets no story country
(:mod:`~newsevents.story.context`), and coreference joins it only to a recent group with the same
head noun ("rebel delegations" has another head, and may be paragraphs back). News names a side
once with its country and then goes on with "the" and its kind.

A definite group or organisation ("the" + its words) with no country joins the country of the
mentions of its sector in the sentences before it (REB, OPP, MIL ...) when all of them that have a country have the
same one. Earlier sides of two countries ("Ethiopian troops ... Eritrean soldiers ... the troops"),
or none, leave it without a country: no guess. Persons ("the minister") are left alone: a title
alone is as often the other country's. A mention in the same sentence is no antecedent: "nurses held
a sit-in at the health ministry" names two bodies of one sector, not one twice.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.records import Actor, ActorMention

SIDE_KINDS = frozenset({"group", "organization"})
# A mention's country that is itself only a guess from its sentence, no evidence of the side's.
GUESSED_RULES = frozenset({"context-country"})


def earlier_side_country(doc: Doc, actor: Actor, first: ActorMention, mentions: list[ActorMention]) -> str | None:
    """The one country of the earlier mentions of ``actor``'s sector, for a definite description
    (``first`` is its first mention) with no country; ``None`` when it is no such description or
    the earlier sides have none or several."""
    if actor.kind not in SIDE_KINDS or not actor.sector or first.start >= len(doc):
        return None
    if doc[first.start].lower_ != "the":
        return None
    opening = doc[first.start].sent.start  # told before: in an earlier sentence, not beside it
    countries = {m.country for m in mentions
                 if m.start < opening and m.sector == actor.sector and m.country and m.country != "---"
                 and m.rule not in GUESSED_RULES}
    return next(iter(countries)) if len(countries) == 1 else None
