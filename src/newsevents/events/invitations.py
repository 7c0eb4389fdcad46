"""The host of a visit made "at the invitation of" someone.

"The Sudanese president is in Nairobi at the invitation of President Ruto", "arrived in Hanoi on a
state visit at the invitation of the Vietnamese president": whoever invited the visitor receives
them, so a coder codes the host's side of the visit (043, host to guest) beside the visit itself
(042). Only a visit that is a fact (no mood tags) and a host of another known country than the
visitor's count; "at the invitation of the organisers" names no host of a country and codes nothing.
"""

from __future__ import annotations

from copy import copy
from typing import TYPE_CHECKING

from newsevents.events import frames as fr
from newsevents.events.emit import Found
from newsevents.events.roles import actors_of
from newsevents.events.visits import placed
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.events.roles import MentionIndex

VISIT, HOST = "042", "043"
INVITATION_NOUNS = frozenset({"invitation", "invite"})
INVITATION_PREPS = {"at", "on", "upon"}


def invited_hosts(coded: list[Found], index: MentionIndex) -> list[Found]:
    """The host's reception (043) of each visitor in the visits of ``coded`` (one trigger's
    events) made at the invitation of a named actor; [] when there is none."""
    visits = [f for f in coded if f.cameo == VISIT and not f.tags and f.source is not None and f.source.country]
    if not visits:
        return []
    hosts = _inviters(visits[0], index)
    out: list[Found] = []
    for host in hosts:
        for visit in visits:
            guest = visit.source
            if guest is None or host.country == guest.country \
                    or any(o.source is host and o.target is guest for o in out):
                continue
            found = copy(visit)
            found.cameo, found.source, found.target = HOST, host, guest
            found.tags, found.suffix = list(visit.tags), visit.suffix + "+invited"
            out.append(found)
    return out


def _inviters(visit: Found, index: MentionIndex) -> list[ActorMention]:
    """Who invited the visit's maker: the "of" object of "at the invitation" hung on the trigger,
    its verb or its light verb."""
    match = visit.match
    holders = {t.i for t in (match.token, match.token.head, match.verb, match.light) if t is not None}
    tokens: list[Token] = []
    for i in holders:
        for noun in fr.prep_objects(index.doc[i], INVITATION_PREPS):
            if noun.lemma_.lower() in INVITATION_NOUNS:
                tokens += fr.prep_objects(noun, {"of"})
                tokens += [c for c in noun.children if c.dep_ == "poss"]  # "at Ruto's invitation"
    found = actors_of(tokens, index, set())
    return [m for m in found if m.kind != "place" and placed(m)]
