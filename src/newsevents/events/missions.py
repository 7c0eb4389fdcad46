"""Protests at a foreign state's mission: "protests erupted outside the Israeli embassy in Amman",
"hundreds rallied in front of the U.S. consulate". A crowd that gathers at another state's
embassy or consulate protests against that state, not against its own government, so the mission
is the protest's target when the frame named none (``+mission``). The mission is found only on the
protest's own clause (a preposition of place on the trigger or on the verb it is the subject of)
and the protesters are not the mission itself. Expatriates at their own country's embassy
("Turkish protesters rallied outside the Turkish embassy in Berlin") protest against their own
government, which the mission stands for.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex
from newsevents.records import ActorMention

PROTEST_ROOT = "14"
# Nouns of a state's mission abroad.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})
# Prepositions that place a crowd at a building ("outside", "at", "in front of", "near").
AT_PREPS = frozenset({"outside", "at", "near", "before", "in", "to", "toward", "towards"})


def mission_target(match: Match, code: str, sources: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The foreign mission a protest with no target is held at, if any (see the module doc)."""
    if not code.startswith(PROTEST_ROOT):
        return None
    tok = match.token
    clause = [tok] if tok.dep_ not in ("nsubj", "nsubjpass") else [tok, tok.head]
    for word in clause:
        for building in _places_at(word):
            mission = _mission_of(building, index)
            if mission is not None and not any(s.start == mission.start for s in sources):
                return mission
    return None


def _places_at(word: Token) -> list[Token]:
    """The nouns a word's prepositions of place name ("outside the embassy"; "in front of the embassy")."""
    out: list[Token] = []
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ not in AT_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ == "front":  # "in front of the embassy"
                out.extend(o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
            else:
                out.append(obj)
    return out


def _mission_of(noun: Token, index: MentionIndex) -> ActorMention | None:
    """The actor mention of a mission noun with a country ("the Israeli embassy": ISRGOV)."""
    if noun.lemma_.lower() not in MISSION_NOUNS:
        return None
    mention = index.by_token.get(noun.i)
    return mention if mention is not None and mention.country else None
