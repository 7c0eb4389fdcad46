"""A ban on gatherings lifted: the freedom eased is its holders'.

"The government lifted the ban on opposition rallies", "lifted its ban on political rallies":
the lifting pattern (``yield.lift_sanctions``) looks for its target in the "on" phrase, and
rallies are no actor, so these coded nothing. CAMEO codes the easing of restrictions on political
freedoms as 0811. :func:`gathering_ban_target` gives its target: whoever holds the gatherings
("opposition rallies", "rallies by the opposition"), or else, the lifter's own country (a ban on
rallies at home binds its people). A ban lifted abroad ("on Russian imports") is not read here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events.home_actors import home_country
from newsevents.events.matching import Match
from newsevents.events.roles import actors_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.roles import MentionIndex

LIFT_PATTERN = "yield.lift_sanctions"
EASE_FREEDOMS = "0811"
BAN_NOUNS = frozenset({"ban", "restriction", "prohibition", "embargo"})
GATHERING_NOUNS = frozenset({
    "rally", "demonstration", "protest", "march", "gathering", "assembly", "meeting", "strike", "sit-in",
    "campaign", "campaigning",
})


def gathering_ban_target(match: Match, sources: list[ActorMention],
                         index: MentionIndex) -> tuple[str, ActorMention] | None:
    """The code (0811) and target of a lifted ban on gatherings with no target found: the
    gatherings' holders, or the lifter's own country; None for any other lifting."""
    if match.pattern.id != LIFT_PATTERN or len(sources) != 1 or not sources[0].country:
        return None
    bans = _ban_objects(match.token)
    # "lifted the ban on rallies": the "on" phrase hangs from the ban or, as parsed, from the verb
    gatherings = [g for w in ([*bans, match.token] if bans else []) for g in _on_objects(w)
                  if g.lemma_.lower() in GATHERING_NOUNS]
    if not gatherings:
        return None
    holders = [t for g in gatherings for t in _holder_tokens(g)]
    # an owner with no country of its own ("the opposition") is left to the lifter's country
    owners = [m for m in actors_of(holders, index, {sources[0].start}) if m.code and m.country] if holders else []
    if owners:
        return EASE_FREEDOMS, owners[0]
    return EASE_FREEDOMS, home_country(sources[0])


def _ban_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BAN_NOUNS]


def _on_objects(noun: Token) -> list[Token]:
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children if o.dep_ == "pobj"]


def _holder_tokens(gathering: Token) -> list[Token]:
    """Who holds the gatherings: "*opposition* rallies", "the *party's* rallies", "rallies *by the opposition*"."""
    out = [c for c in gathering.children if c.dep_ in ("compound", "poss", "nmod")]
    out += [o for p in gathering.children if p.dep_ == "prep" and p.lower_ in ("by", "of")
            for o in p.children if o.dep_ == "pobj"]
    return out
