"""The host of talks between two other sides (and of a visit made at someone's invitation,
:mod:`newsevents.events.invitations`): "Qatar hosted talks between the US and the Taliban",
"talks between Sudan and South Sudan, hosted by Ethiopia", "Kenyan-hosted talks between ...".

Talks a third party hosts are coded three ways, as a coder reads them: the sides consult each
other (the talks noun's own event), the host receives each side (043), and each side visits the
host (042) when it comes from abroad. The host verb on its own codes nothing when its object is
talks ("hosted talks"), since its targets are the talks' sides (see the ``consult.host_talks``
pattern). Only talks reported as having happened are hosted: a planned or offered round is not.
"""

from __future__ import annotations

from copy import copy
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events.coordination import conjuncts
from newsevents.events.emit import Found
from newsevents.events.invitations import invited_hosts
from newsevents.events.roles import actors_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.roles import MentionIndex

HOST, VISIT = "043", "042"
# Verbs whose subject hosts the talks that are their object ("hosted", "convened").
HOST_VERBS = frozenset({"host", "convene"})
# Roots of the talks' own events that a host can receive: consult (04) only.
TALKS_ROOT = 4


def host_events(coded: list[Found], index: MentionIndex) -> list[Found]:
    """The host's reception of each side (043) and each side's visit to the host (042) for the
    talks events in ``coded`` (one trigger's events); [] when the talks name no host."""
    facts = [f for f in coded if codebook.root_of(f.cameo) == TALKS_ROOT and not f.tags and f.source is not None]
    if not facts:
        return []
    invited = invited_hosts(coded, index)  # "a visit at the invitation of President Ruto": 043 from him
    if invited:
        return invited
    hosts = _hosts(facts[0].match.token, index)
    sides: list[ActorMention] = []
    for f in facts:
        for side in (f.source, f.target):
            if side is not None and side.country and not any(side.same_entity_or_span(s) for s in sides):
                sides.append(side)
    out: list[Found] = []
    for host in hosts:
        for side in sides:
            if not host.country or side.country == host.country:
                continue  # a host receives its guests; its own side is at home
            out.append(_found(facts[0], HOST, host, side))
            out.append(_found(facts[0], VISIT, side, host))
    return out


def _hosts(talks: Token, index: MentionIndex) -> list[ActorMention]:
    """Who hosts ``talks``: the subject of a host verb it is the object of, the agent of a
    "hosted by" participle on it, or a "-hosted" modifier ("Kenyan-hosted talks")."""
    tokens: list[Token] = []
    verb = talks.head
    if talks.dep_ == "dobj" and verb.lemma_.lower() in HOST_VERBS:
        tokens += [c for c in verb.children if c.dep_ == "nsubj"]
    for child in talks.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in HOST_VERBS:
            tokens += [o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif child.dep_ in ("amod", "compound") and child.lemma_.lower() in HOST_VERBS:
            # "Kenyan-hosted talks": the modifier of "hosted" names the host
            tokens += [c for c in child.children if c.dep_ in ("npadvmod", "amod", "compound", "nmod")]
        elif child.dep_ in ("amod", "compound") and _hyphen_host(child):
            tokens.append(child)
    found = actors_of([t for tok in tokens for t in conjuncts(tok)], index, set())
    return [m for m in found if m.kind != "place"]


def _hyphen_host(modifier: Token) -> bool:
    """"Kenyan-hosted", parsed as "Kenyan" "-" "hosted" with the name a loose modifier: a word
    followed by "-hosted"."""
    doc = modifier.doc
    i = modifier.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lemma_.lower() in HOST_VERBS


def _found(model: Found, cameo: str, source: ActorMention, target: ActorMention) -> Found:
    """A copy of ``model`` (the talks' event) coding ``cameo`` from ``source`` to ``target``."""
    out = copy(model)
    out.cameo, out.source, out.target = cameo, source, target
    out.tags = list(model.tags)
    out.suffix = model.suffix + "+hosted-talks"
    return out
