"""Acts done at a meeting are aimed at the partner met.

"The Chinese president met the Kenyan president and offered a loan", "the Japanese prime minister
visited Vietnam and promised aid", "during his talks with the Kenyan president, the foreign
secretary pledged support", "at a meeting with X, Y agreed to boost trade": a pledge, an offer, an
agreement, praise or aid (roots 03, 05, 06, 07) that names no one it is aimed at, told as part of a
consultation (root 04) by the same doer, is aimed at whom that consultation is with, as a CAMEO
coder reads it. Before, such acts were coded with no target (an event the gold never matches) or
left out.

Only where the grammar ties the act to the meeting: the two verbs are conjoined ("met X and
pledged ..."), or the meeting noun is in a "during"/"at"/"in"/"after"/"following" phrase of the
act's verb ("during his talks with X, Y pledged ..."), or the meeting verb is an adverbial clause
of it ("after meeting X, Y offered ..."). A meeting told in another clause or sentence is not
used, and a partner of the doer's own actor code is none.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events.emit import Found
from newsevents.records import ActorMention

CONSULT_ROOT = 4
# Acts a meeting's doer aims at the partner met: intents, diplomatic and material cooperation, aid.
PARTNER_ROOTS = frozenset({3, 5, 6, 7})
# Prepositions that set an act at a meeting ("during talks with", "at a meeting with").
SETTING_PREPS = frozenset({"during", "at", "in", "after", "following"})
MEETING_PARTNER_SUFFIX = "+meeting-partner"


def meeting_partner_targets(found: list[Found]) -> list[Found]:
    """``found`` with each untargeted act of a meeting's doer aimed at the partners of that meeting."""
    meetings = [g for g in found if codebook.root_of(g.cameo) == CONSULT_ROOT and g.source is not None
                and g.target is not None]
    if not meetings:
        return found
    out: list[Found] = []
    for f in found:
        if f.target is not None or f.source is None or codebook.root_of(f.cameo) not in PARTNER_ROOTS:
            out.append(f)
            continue
        partners = _partners(f, meetings)
        if not partners:
            out.append(f)
            continue
        out += [dataclasses.replace(f, target=p, suffix=f.suffix + MEETING_PARTNER_SUFFIX, tags=list(f.tags))
                for p in partners]
    return out


def _partners(act: Found, meetings: list[Found]) -> list[ActorMention]:
    """The targets of the meetings of ``act``'s doer that the grammar ties to it (distinct codes)."""
    assert act.source is not None
    verb = _verb(act)
    seen: dict[str | None, ActorMention] = {}
    for g in meetings:
        assert g.source is not None and g.target is not None
        if g.source.code != act.source.code or g.target.code == act.source.code or g.target.code in seen:
            continue
        if _tied(verb, g):
            seen[g.target.code] = g.target
    return list(seen.values())


def _verb(f: Found) -> Token:
    """The verb that tells ``f``'s act: its trigger, or the verb a noun trigger hangs from."""
    return f.match.verb if f.match.verb is not None else f.match.token


def _tied(verb: Token, meeting: Found) -> bool:
    """Whether the grammar makes ``verb``'s act part of ``meeting``."""
    noun, mverb = meeting.match.token, _verb(meeting)
    if noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.i == verb.i:
        return True  # "during his talks with X, Y pledged ..."
    if mverb.i == verb.i:
        return False
    if _conjoined(verb, mverb):
        return True  # "met X and pledged ..."
    return mverb.dep_ in ("advcl", "prep", "pcomp") and _clause_head(mverb).i == verb.i  # "after meeting X, Y offered"


def _conjoined(a: Token, b: Token) -> bool:
    """Whether two verbs are conjuncts of one another (one coordination, either way round)."""
    def root(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t
    return root(a).i == root(b).i and (a.dep_ == "conj" or b.dep_ == "conj")


def _clause_head(verb: Token) -> Token:
    """The verb an adverbial clause hangs from ("after meeting X" -> "after" -> "offered")."""
    head = verb.head
    while head.dep_ in ("prep", "pcomp") and head.head.i != head.i:
        head = head.head
    return head.head if head.pos_ == "ADP" else head
