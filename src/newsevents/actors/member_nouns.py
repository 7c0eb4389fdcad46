"""Groups named by a role word and a collective noun ("opposition groups", "the rebel movement"),
and state forces named by their craft ("navy ships").

The role tables list phrases one by one ("opposition leaders", "rebel groups", "rights groups"),
and a role word that modifies any other noun was read as a modifier of something that is no actor
("an opposition rally", "a rebel attack"). So "Ethiopian opposition groups rejected the results",
"the rebel leadership", "opposition members", "student groups" had no actor, and their acts no
doer. A collective noun says only that several people act together; what they are is said by the
role word before it. When a role word of the tables directly modifies one of the collective
nouns below, and no dictionary entry codes that noun, the two are one mention with the role's
sector ("opposition groups": OPP, "the rebel leadership": REB, "union members": LAB).

A definite description with a kind word ("the paramilitary group", "the rights group") is left
to :mod:`newsevents.actors.described_orgs`, which reads it back to the group named before.

A force's craft are the force (session 26): "Chinese coast guard ships blocked the supply boats",
"navy vessels", "military helicopters fired on the crowd". The ships and aircraft act for the
force whose word modifies them, so a state force's word (army, navy, coast guard, military, police)
before one of the craft nouns below is one mention with the force's sector; the country comes, as
for any role, from a modifier, the place or the story. Craft of any other role ("company ships",
"rebel boats") are left alone.

Left out: nouns that are as often places or acts as people ("camp", "base", "movement" of
troops for state forces), and stance nouns that name whom people back rather than what they are
("government supporters" are no government).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.actors.described_orgs import DESCRIBED_SECTORS, KIND_WORDS

# Collective nouns (lemmas) whose members the role word before them names.
MEMBER_NOUNS = frozenset({
    "group", "member", "movement", "bloc", "faction", "wing", "leadership", "rank", "candidate", "youth",
    "element", "cadre", "loyalist", "organization", "organisation", "outfit", "grouping", "body", "circle",
    "hierarchy", "command",
})
# Ships and aircraft (lemmas), which act for the force whose word names them.
CRAFT_NOUNS = frozenset({"ship", "vessel", "boat", "gunboat", "aircraft", "plane", "helicopter", "jet",
                         "drone", "cutter", "frigate"})
FORCE_SECTORS = frozenset({"MIL", "COP"})
# Collective nouns that, after a state's role word, are something else: "troop movements".
NOT_FOR_STATE = frozenset({"movement", "body", "circle"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# Words before a role word that make it a negation or a part of another word ("non-government").
NEGATORS = frozenset({"non", "-", "anti", "pro"})


def member_noun(doc: Doc, head: Token, sector: str | None, at: Sequence[object | None]) -> Token | None:
    """The collective noun right after ``head`` (the last word of a role match) that the role word
    names the members of, or the craft of the force it names, or ``None``. ``at[i]`` is the
    dictionary match covering token ``i``, if any: a noun with an entry of its own is coded by that
    entry."""
    i = head.i + 1
    if i >= len(doc) or at[i] is not None:
        return None
    noun = doc[i]
    if noun.pos_ not in {"NOUN", "PROPN"} or head.head.i != noun.i:
        return None
    if head.dep_ not in {"compound", "amod", "nmod"}:
        return None
    lemma = noun.lemma_.lower()
    if lemma in CRAFT_NOUNS:
        return noun if sector in FORCE_SECTORS else None
    if lemma not in MEMBER_NOUNS:
        return None
    if lemma in NOT_FOR_STATE and (sector is None or sector in STATE_SECTORS):
        return None
    definite = head.i > 0 and doc[head.i - 1].lower_ == "the"
    if definite and noun.lower_ in DESCRIBED_SECTORS and head.lower_ in KIND_WORDS:
        return None  # "the paramilitary group": a description of a group named before (described_orgs)
    return noun


def negated(doc: Doc, start: int) -> bool:
    """Whether the role word at ``start`` follows a negator or prefix ("non-government")."""
    return start > 0 and doc[start - 1].lower_ in NEGATORS
