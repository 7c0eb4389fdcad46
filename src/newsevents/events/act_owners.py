"""Acts aimed at another's act: "journalists lashed out against a *government* crackdown",
"students protested the *police* raid", "condemned a *military* offensive".

Praise (05), a criticism (11), a rejection (12) or a protest (14) whose frame names no actor but an act noun
is aimed at that act's doer. Names on the noun ("the army's offensive", "a NATO offensive",
"Pakistani government crackdown") are actor mentions the slots already read; this module reads a
bare role word modifying the act noun, which the actor step leaves alone ("government",
"military", "police"). Only roles of the state and of armed groups count: they are the doers of
these acts, while other roles on such a noun are often the act's object ("a press crackdown",
"an opposition ban").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.arguments import same_actor, slot_tokens
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex
from newsevents.records import ActorMention

# Roots of acts that answer another's act: praise, criticism, rejection, protest.
ANSWER_ROOTS = frozenset({"05", "11", "12", "14"})
# Sectors of the doers of crackdowns, offensives and sanctions.
DOER_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS"})
OWNER_DEPS = frozenset({"compound", "amod", "nmod"})
ACT_LIST = "owned_acts"


def act_owners(match: Match, code: str, sources: list[ActorMention], index: MentionIndex,
               lex: Lexicon) -> list[ActorMention]:
    """The doers a role word names on the act noun of ``match``'s target slots, for an answering
    act (see the module doc); [] when none, or when that doer is one of the sources ("the
    government defended its crackdown" is no criticism of itself)."""
    if code[:2] not in ANSWER_ROOTS:
        return []
    acts = lex.word_list(ACT_LIST)
    out: list[ActorMention] = []
    for noun in _act_nouns(match, acts):
        for mod in noun.children:
            owner = _role_owner(mod, index)
            if owner is not None and owner not in out and not any(same_actor(owner, s) for s in sources):
                out.append(owner)
    return out


def _act_nouns(match: Match, acts: frozenset[str]) -> list[Token]:
    """The act nouns in the pattern's target slots, in slot order."""
    found: list[Token] = []
    for slot in match.pattern.target:
        found += [t for t in slot_tokens(match, slot) if t.pos_ == "NOUN" and fr.has_lemma(t, acts) and t not in found]
    return found


def _role_owner(mod: Token, index: MentionIndex) -> ActorMention | None:
    """The state or armed role a modifier of an act noun names ("*government* crackdown",
    "*military* offensive"), else None."""
    if mod.dep_ not in OWNER_DEPS or mod.pos_ not in ("NOUN", "ADJ") or mod.i > mod.head.i:
        return None
    owner = index.role(mod)
    # a role with no country ("the government" in a story of two countries) would be a guess
    return owner if owner is not None and owner.sector in DOER_SECTORS and owner.country else None
