"""Co-agents named by "join": in "France joined Britain in calling for a ceasefire" both France and
Britain call for it. The coder finds France, the subject of the clause; the object of "joined" is
a second doer of the same act, whatever its code ("joined the US in condemning", "joined Japan in
imposing sanctions", "joined Afghan forces in attacking").

Read once the acts are coded: each act whose trigger is the gerund of "join ... in" gets a copy
for every actor the object of "join" names, with the act's own code, target and mood.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.events.arguments import same_actor
from newsevents.events.coordination import conjuncts
from newsevents.events.emit import Found
from newsevents.events.roles import MentionIndex, actors_of

JOIN_VERBS = frozenset({"join"})
SUFFIX = "+co-agent"


def join_partners(trigger: Token) -> list[Token]:
    """The heads of the object of "join" when ``trigger`` is the gerund of its "in" phrase
    ("joined *Britain* in calling for"), else nothing."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or trigger.tag_ != "VBG" or prep.lower_ != "in" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.lemma_.lower() not in JOIN_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [t for o in objects for t in conjuncts(o)]


def co_agents(found: list[Found], index: MentionIndex) -> list[Found]:
    """``found`` with one more event per co-agent of each "joined X in V-ing" act (see the module)."""
    out: list[Found] = []
    for f in found:
        out.append(f)
        heads = join_partners(f.match.token)
        if not heads or f.source is None or f.target is None:
            continue  # the act needs a doer and an aim of its own before a second doer shares them
        exclude = {f.source.start, f.target.start}
        for partner in actors_of(heads, index, exclude):
            if same_actor(partner, f.source) or same_actor(partner, f.target):
                continue  # "joined its allies in ...": the same side again adds no event
            if not partner.code:
                continue
            out.append(replace(f, source=partner, tags=list(f.tags), suffix=f.suffix + SUFFIX))
    return out
