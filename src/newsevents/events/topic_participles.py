"""A target named after a topic participle on the act's object.

"imposed sanctions *related to weapons* on North Korea", "sanctions linked to the nuclear programme
on Iran": the parser hangs the "on" phrase on the topic ("weapons", "programme"), the last noun
before it, so the slot filling (:func:`newsevents.events.arguments.slot_tokens`) reading "on" on
the trigger and its object does not see it. The topic phrase of such a participle is read as part of
the object for the aiming prepositions only; the topic itself is never a target.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr

# Participles that name what a thing is about ("related to", "linked to", "tied to").
TOPIC_PARTICIPLES = frozenset({"relate", "link", "tie", "connect", "pertain"})
# Prepositions naming whom a measure is aimed at.
AIMING_SLOTS = frozenset({"on", "upon", "against"})


def topic_hosts(objects: list[Token], slot: str) -> list[Token]:
    """The participle and its "to" objects, for a topic participle on one of ``objects``, where
    an aiming ``slot`` phrase may hang ("sanctions related to *weapons* on North Korea")."""
    if slot not in AIMING_SLOTS:
        return []
    out: list[Token] = []
    for obj in objects:
        for acl in obj.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in TOPIC_PARTICIPLES:
                out += [acl, *fr.prep_objects(acl, {"to"})]
    return out
