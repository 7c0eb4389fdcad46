"""Who made an arrest told in the passive with no "by" agent, when the operation it was made in names
its doer: "two Palestinians were arrested *in a raid by Israeli troops*", "were detained *during
raids carried out by the army*", "were captured *in an operation by Turkish troops*". The arrests
are the operation's; without this the doer was left to the police the arrest implies, of the
arrested people's own country ("PSECOP" for an Israeli raid).

Only arrests and captures (:data:`CUSTODY_VERBS`), only in an operation (:data:`OPERATION_NOUNS`,
not a clash, whose two sides could each have made it), and only a doer the operation's own phrase
names: a "by" object, the agent of a participle on it ("a raid *conducted by* X"), a possessor
("the army's raid"). A killing told so ("were killed in a raid by X") is the raid's toll
(events/combat.py), not read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.obliques import prep_objects
from newsevents.events.voice import is_passive, passive_participle

CUSTODY_VERBS = frozenset({"arrest", "detain", "capture", "seize", "abduct", "kidnap", "apprehend", "jail",
                           "imprison", "round"})
OPERATION_NOUNS = frozenset({"raid", "operation", "crackdown", "sweep", "swoop", "roundup", "round-up",
                             "incursion", "offensive", "search"})
SETTING_PREPS = frozenset({"in", "during"})
# Entity types of a "by" object that is a time or an amount, not a doer.
NOT_DOERS = frozenset({"DATE", "TIME", "PERCENT", "CARDINAL", "MONEY", "QUANTITY", "ORDINAL"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def raid_doer(verb: Token) -> Token | None:
    """The doer of the operation an agentless passive arrest was made in, else ``None``."""
    if verb.lemma_.lower() not in CUSTODY_VERBS or not (is_passive(verb) or passive_participle(verb)) \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    for noun in prep_objects(verb, set(SETTING_PREPS)):
        if noun.lemma_.lower() in OPERATION_NOUNS and (doers := _operation_doers(noun)):
            return doers[0]
    return None


def _operation_doers(noun: Token) -> list[Token]:
    """Who the operation ``noun`` names as its doer: its "by" object, the agent of a participle on it,
    or its possessor (not a pronoun, which may name the arrested: "their arrest")."""
    found = [o for o in prep_objects(noun, {"by"})]
    found += [o for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
              for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    found += [c for c in noun.children if c.dep_ == "poss" and c.pos_ in NOUN_POS]
    return [o for o in found if o.pos_ in NOUN_POS and o.ent_type_ not in NOT_DOERS]
