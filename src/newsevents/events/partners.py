"""Sides of joint acts that the slots miss: a meeting's members named by "of", and the partners of
an act agreed on together.

"a meeting of the foreign ministers of Peru and Chile":

A meeting noun names its sides by "with" ("talks with Chile") or "between" ("talks between Peru
and Chile"), which the pattern's slots read. News also names them as the members of the meeting,
by "of": "a meeting of the defence ministers of Greece and Turkey took place in Athens", "Kenya
hosted a summit of the leaders of Uganda, Tanzania and Rwanda". Those are the sides, as with
"between", when they belong to two countries or more; one body alone ("a meeting of the Security
Council", "a session of parliament") is no pair and is left to the slots.

"India and Bangladesh agreed to share river data", "Peru and Chile pledged to cooperate on
fishing": when coordinated actors agree or pledge together to cooperate, and the act names no one
else, each does it with the other (:func:`agreed_together`). Acts of conflict are left alone
("agreed to fight terrorism" is no fight between them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.roles import actors_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.events.matching import Match
    from newsevents.events.roles import MentionIndex
    from newsevents.records import ActorMention

CONSULT_ROOT = "04"
MEMBER_PREPS = {"of"}
# Verbs whose coordinated subjects commit to a joint act: "A and B agreed to ...".
JOINT_COMMIT_VERBS = frozenset({"agree", "pledge", "vow", "decide", "promise", "resolve", "consent"})


def meeting_members(match: Match, index: MentionIndex) -> list[ActorMention]:
    """The actors a two-sided meeting noun names by "of", when they are of two countries or more;
    [] otherwise."""
    pattern = match.pattern
    if pattern.pos != "noun" or not pattern.mutual or not pattern.cameo.startswith(CONSULT_ROOT):
        return []
    found = actors_of(fr.prep_objects(match.token, MEMBER_PREPS), index, set())
    return found if len({m.country for m in found if m.country}) > 1 else []


def agreed_together(match: Match, code: str) -> bool:
    """Whether a cooperative act is the complement of a verb of agreeing or pledging whose subject is
    coordinated ("India and Bangladesh agreed to share river data"): its doers do it with each other."""
    if not codebook.is_cooperation(code):
        return False
    verb: Token = match.verb or match.token
    if verb.dep_ != "xcomp" or not fr.has_lemma(verb.head, JOINT_COMMIT_VERBS):
        return False
    doer = fr.subject(verb.head)
    return doer is not None and any(c.dep_ == "conj" for c in doer.children)
