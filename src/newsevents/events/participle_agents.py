"""A noun trigger whose doer a light-verb participle on it names: "the threat *made by* North Korea
against Seoul", "sanctions *imposed by* the EU on Minsk", "a warning *issued by* China to
Taiwan". Such a participle tells the act as the passive of its light verb does ("a threat was
made by X"), which licensing.py already reads: the noun codes, the participle is its verb (for mood
and date) and hosts its prepositions ("against", "on", "to"), and its "by" agent is the doer.

A "by" object that is a time or an amount ("imposed by Friday", "by 20 votes") names no doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.anchors import governing_verb
from newsevents.events.matching import Match

# Entity types of a "by" object that is a time, amount or rate, not a doer (as agent_nouns.NOT_DOERS).
NOT_DOERS = frozenset({"DATE", "TIME", "PERCENT", "CARDINAL", "MONEY", "QUANTITY", "ORDINAL"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Prepositions that name whom the act is aimed at or done with; a noun with none of them ("the
# investigation carried out by the UN") may name no one acted on, and is left alone.
SIDE_PREPS = frozenset({"on", "against", "to", "into", "of", "with", "between", "at"})


def light_participle(match: Match, tok: Token, light_verbs: frozenset[str]) -> Token | None:
    """The participle of a light verb (``light_verbs``) on the noun trigger of ``match`` whose "by"
    agent names a doer ("a threat *made* by Iran"), else ``None`` (``tok`` heads the noun's phrase).
    Not for a protest, whose organisers anchors.py reads ("protests *organised by* the opposition"),
    nor under a verb that denies the act or makes it only possible ("there would be investigations
    carried out by X")."""
    if codebook.root_of(match.pattern.cameo) == codebook.PROTEST:
        return None
    verb = governing_verb(tok)
    if verb is not None and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None
    for acl in match.token.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and fr.has_lemma(acl, light_verbs) and (agents := _agents(acl)) \
                and any(fr.prep_objects(host, set(SIDE_PREPS)) for host in (match.token, acl, *agents)):
            return acl
    return None


def _agents(participle: Token) -> list[Token]:
    """The participle's own "by" agents that may be doers: nouns or names, not times or amounts."""
    return [o for a in participle.children if a.dep_ == "agent" for o in a.children
            if o.dep_ == "pobj" and o.pos_ in NOUN_POS and o.ent_type_ not in NOT_DOERS]


VICTIM_SLOTS = frozenset({"on", "against"})
"""Victim slots a passive's misattached phrase may fill ("imposed by the EU *on Minsk*")."""


def agent_victim_hosts(verb: Token | None, slot: str) -> list[Token]:
    """"sanctions imposed by the US *on Venezuela*", parsed with "on" on the agent "US": the "by"
    agents of a passive ``verb`` with no "on" or "against" phrase of its own host its victim slot
    (as act_agents.misplaced_victim_hosts does for "an assault by X against Y")."""
    if verb is None or slot not in VICTIM_SLOTS or verb.tag_ != "VBN" or fr.prep_objects(verb, {slot}):
        return []
    return _agents(verb)
