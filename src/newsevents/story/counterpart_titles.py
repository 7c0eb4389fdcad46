"""Two holders of one title named together, only one with his country's word (session 32).

"Foreign Secretary K and *Pakistani* Foreign Secretary S told reporters": the adjective is the
second secretary's, and the first one, named beside him with the same title, is his counterpart,
not his colleague. The sentence's country (here Pakistan) is then no evidence of the first one's:
the ``nearby`` rule of :mod:`newsevents.story.context` gave both secretaries Pakistan. In a story of
exactly two principal countries the first holder is of the other one (a reporter leaves his own
side's word out); with more, he is left without a country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.records import Actor, ActorMention

# The country rule of a holder whose adjective is his own ("Pakistani Foreign Secretary S").
OWN_WORDS = "modifier"


def twin_country(doc: Doc, mention: ActorMention, actors: list[Actor], mentions: list[ActorMention]) -> str | None:
    """The country of the holder of ``mention``'s title that is coordinated with it and named with
    his own country's word; ``None`` when there is none."""
    if mention.end > len(doc) or not 0 <= mention.entity < len(actors):
        return None
    role = (actors[mention.entity].role or "").lower()
    if not role:
        return None
    for tok in doc[mention.start:mention.end].root.conjuncts:
        other = next((m for m in mentions if m.start <= tok.i < m.end and m.entity != mention.entity), None)
        if other is None or other.country is None or not 0 <= other.entity < len(actors):
            continue
        twin = actors[other.entity]
        if twin.country_rule == OWN_WORDS and (twin.role or "").lower() == role:
            return other.country
    return None
