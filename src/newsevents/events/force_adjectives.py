"""A criticised act named by the force that did it: "condemned the military action".

"Fiji's military has taken control of the country ... Australia also condemned *the military
action*": the criticism names its target only by the adjective of the act's noun. The reaction
readers of :mod:`~newsevents.events.anaphora` look for a coded earlier act (the takeover was not
coded) or the same word told before, so the condemnation had no target and was dropped.

"Military" or "police" as the modifier of an act noun (an action, operation, crackdown, violence
...) that names no country itself names the armed force or the police that did it: the one force of that
kind (MIL, COP) the article names before, when all its earlier mentions of that sector are of one
country. Forces of two countries named before ("Ethiopian troops ... Eritrean soldiers ... the
military action"), none, or the critic itself leave the target empty: no guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.arguments import same_actor
from newsevents.events.roles import MentionIndex
from newsevents.records import ActorMention

# The modifiers that name the force behind an act, and its sector.
FORCE_ADJECTIVES = {"military": "MIL", "army": "MIL", "police": "COP"}
# Act nouns a force's adjective may name beyond the coder's criticised acts ("act_nouns").
FORCE_ACTS = frozenset({"action", "intervention", "operation", "brutality", "intimidation", "harassment",
                        "move", "campaign"})


def force_doer(theme: Token | None, trigger: Token, source: ActorMention, act_nouns: frozenset[str],
               index: MentionIndex) -> ActorMention | None:
    """The force a criticised act's adjective names (see the module doc), or ``None``."""
    if theme is None or theme.pos_ != "NOUN" or theme.lemma_.lower() not in act_nouns | FORCE_ACTS:
        return None
    sectors = {FORCE_ADJECTIVES[c.lower_] for c in theme.children
               if c.dep_ in ("amod", "compound") and c.lower_ in FORCE_ADJECTIVES and not _placed(index.at(c))}
    if len(sectors) != 1:
        return None
    sector = sectors.pop()
    earlier = [m for m in index.mentions if m.end <= trigger.i and m.sector == sector and m.country
               and m.country != "---"]
    if len({m.country for m in earlier}) != 1 or same_actor(earlier[-1], source):
        return None
    return earlier[-1]


def _placed(mention: ActorMention | None) -> bool:
    """Whether the modifier is itself an actor with a country ("the Fijian military's action"): then
    the coder's own readers aim at it."""
    return mention is not None and bool(mention.country)
