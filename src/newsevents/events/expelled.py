"""The state that expels, when an expulsion is told in the passive with no one named as doing it.

"Two Russian diplomats were expelled from the United States", "hundreds of migrants were deported
from Libya": the country (or the capital standing for its government) that people are sent away
*from* is the one that sends them away, as CAMEO coders code it (166 expel diplomats, 174 deport).
Only a state or a capital counts: "expelled from the party", "evicted from their homes" name no
expelling state, and an agent ("were expelled by the junta") is the doer already.
"""

from __future__ import annotations

from newsevents.events import frames as fr
from newsevents.events.arguments import same_actor
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

EXPULSION_CODES = ("166", "174")
"""Expelling diplomats, monitors or agencies (166 and its sub-codes) and deporting people (174)."""
HOST_SECTORS = frozenset({"GOV"})
"""A capital standing for its government ("from Moscow"); a bare country ("from Libya") is a state too."""


def expelling_state(match: Match, code: str, targets: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """The state that sent the ``targets`` away, read from the "from" phrase of a passive expulsion with no
    agent ("were expelled from the United States"); empty for any other act, voice or phrase."""
    tok = match.token
    if not code.startswith(EXPULSION_CODES) or match.pattern.pos != "verb" or not targets:
        return []
    if not fr.is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return []
    hosts = actors_of(fr.prep_objects(tok, {"from"}), index, {t.start for t in targets})
    return [h for h in hosts if h.country and (h.code == h.country or h.sector in HOST_SECTORS)
            and not any(same_actor(h, t) for t in targets)]
