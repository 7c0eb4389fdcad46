"""A gathering dispersed by force with no doer named (CAMEO 175, violent repression).

"The opposition rally was broken up with tear gas", "the protest was dispersed", "a march by
students was crushed": news often tells the dispersal with the gathering, not the crowd, as the
passive subject, and names no force. The verb patterns (``coerce.crack_down``,
``coerce.break_up_crowd``) find no actor in the gathering, so no target, and the police an
agentless arrest or dispersal implies (:func:`~newsevents.events.implied_actors.implied_police`)
need one. :func:`dispersed_gathering` (called from ``targets.untargeted``) names the gathering's
holders, or the civilians of its place, as the target; the implied police of the place then do it.
Crowds named as persons ("the protesters were dispersed") were already read.
"""

from __future__ import annotations

from newsevents.events import frames as fr
from newsevents.events.implied_actors import implied_crowd
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

REPRESSION = "175"
GATHERINGS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "gathering", "vigil", "procession",
                        "demo", "picket", "strike", "encampment"})
"""Gatherings a force may disperse: "the rally was dispersed", "the march was broken up"."""
HOLDER_DEPS = frozenset({"compound", "amod", "poss"})


def dispersed_gathering(match: Match, code: str, sources: list[ActorMention],
                        index: MentionIndex) -> list[ActorMention]:
    """Whom a gathering dispersed by force with no doer named was held by: "the opposition rally was
    broken up", "the protest was dispersed with tear gas", "a march by students was crushed". The
    holders its phrase names (a modifier, a possessor, a "by" object), else the civilians of the
    place or of the story's one country (as a protest with no protesters named is theirs); empty
    for any other act or where a doer is named (the police that dispersed it code as before)."""
    if code != REPRESSION or sources or match.pattern.pos != "verb":
        return []
    tok = match.token
    if not (fr.is_passive(tok) or fr.passive_participle(tok)) or any(c.dep_ == "agent" for c in tok.children):
        return []
    gathering = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if gathering is None and tok.dep_ == "acl":
        gathering = tok.head  # "a rally dispersed with tear gas"
    if gathering is None or not fr.has_lemma(gathering, GATHERINGS):
        return []
    holders = [c for c in gathering.children if c.dep_ in HOLDER_DEPS] + fr.prep_objects(gathering, {"by", "of"})
    named = [m for m in actors_of(holders, index, set()) if m.code]
    if named:
        return named
    crowd = implied_crowd(match, index)
    return [crowd] if crowd is not None else []
