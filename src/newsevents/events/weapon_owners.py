"""The doer a role word names on the weapon of an attack: "*rebel* artillery shells killed two
civilians", "were killed by *police* gunfire", "*army* mortars hit the market".

A violent act whose subject (or passive agent) is a weapon has no actor in its source slot, and
such an act is kept with no source (``events/unattributed.py``: "a car bomb killed six" names no
one). But a role word on the weapon names whose weapon it is, and so the doer: a CAMEO coder
codes "rebel artillery shells killed two civilians" as the rebels' shelling. The actor step leaves
a bare adjective or noun modifier alone ("rebel", "police", "army"), and an owner that is a name
("Israeli shells", "Russian artillery") is already read by the slots, so this module reads only
the role word, as :mod:`newsevents.events.act_owners` does for the act nouns of a criticism.

Only roles of the state's forces and of armed groups count, and only with a country (the story's
one principal country, or a country its sentence agrees with): a role with no country ("police"
in a story of three countries) would be a guess. A weapon that is not named as such ("police
officers", "rebel fighters") is an actor the actor step already codes, and is not read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex
from newsevents.records import ActorMention

WEAPON_LIST = "unattributed_weapons"
# Sectors of those who carry weapons into a fight: the state's forces and organised armed groups.
# Not violence_forms.ARMED_SECTORS: an unidentified armed force (UAF, "gunmen") or criminals (CRM)
# on a weapon name no side the story can hold to account (see the module doc).
ARMED_OWNERS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "SEP"})
OWNER_DEPS = frozenset({"amod", "compound", "nmod"})


def weapon_owners(match: Match, index: MentionIndex, lex: Lexicon) -> list[ActorMention]:
    """The armed body a role word names on the weapon that did ``match``'s violent act, as its one
    source; [] when the act is not violent, no weapon did it, or no such role word is on it."""
    if not codebook.is_violence(match.pattern.cameo):
        return []
    weapons = lex.word_list(WEAPON_LIST) | match.pattern.doers
    for weapon in _doer_nouns(match.token):
        if not fr.has_lemma(weapon, weapons):
            continue
        for mod in weapon.lefts:
            owner = _role_owner(mod, index)
            if owner is not None:
                return [owner]
    return []


def _doer_nouns(tok: Token) -> list[Token]:
    """The subject of the trigger, and the object of its passive "by"."""
    found = [s for s in (fr.subject(tok),) if s is not None]
    return found + [t for t in fr.prep_objects(tok, {"by"}) if t.pos_ == "NOUN"]


def _role_owner(mod: Token, index: MentionIndex) -> ActorMention | None:
    """The armed role a modifier before a weapon names ("*rebel* shells", "*police* gunfire")."""
    if mod.dep_ not in OWNER_DEPS or mod.pos_ not in ("NOUN", "ADJ"):
        return None
    owner = index.role(mod)
    return owner if owner is not None and owner.sector in ARMED_OWNERS and owner.country else None
