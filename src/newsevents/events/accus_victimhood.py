"""Victimhood claimed (CAMEO 112): "the president said the country had become *the victim of
extremist groups from abroad*", "said he was the victim of a smear campaign by the government".

A speaker who says that it, its side or anyone is the victim of a named actor, or of an act whose
doer it names, accuses that actor (the ``_victimhood`` pattern, theme the actor or the act; the
target is the actor, or the act's "by" agent, owner or modifier). Nothing else codes the form: the
victim reports of :mod:`newsevents.events.allegations` read reported acts ("said rebels attacked
the town"), not a victim noun. A victim of something no one does ("the victim of floods", "of a
crash") names no actor and codes nothing, nor does a denied victimhood ("said it was not the victim
of anyone"). A coup or a plot with no doer named ("said he was the victim of a coup") is left: who
staged it is only inferred, and a wrong target is a false event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated
from newsevents.events.criticism_forms import REPORT_GATE
from newsevents.events.gates import gated
from newsevents.events.matching import NOUN_POS, VERDICT_COPULAS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.reproaches import reported_doer

VICTIMHOOD_PATTERN = "_victimhood"
VICTIM = "victim"
# A reported clause's verb: "was" is an auxiliary to the parser.
CLAUSE_POS = frozenset({"VERB", "AUX"})


def _victim_of(clause: Token) -> Token | None:
    """What a clause says someone is the victim of: "(was) the victim *of X*", or the "by" agent of that."""
    # "was the victim of", "has become the victim of"; the cheap test of the lemma first
    if clause.pos_ not in CLAUSE_POS or clause.lemma_.lower() not in VERDICT_COPULAS or negated(clause):
        return None
    victims = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == VICTIM and not negated(c)]
    found = [o for v in victims for o in fr.prep_objects(v, {"of"})]
    found = [t for t in found if t.pos_ in NOUN_POS]
    # "the victim of harassment by police": the parser often hangs the act's agent on "victim"
    agents = [a for v in victims for a in fr.prep_objects(v, {"by"}) if a.pos_ in NOUN_POS] if found else []
    return agents[0] if agents else found[0] if found else None


@gated(REPORT_GATE)
def victimhood(tok: Token, lex: Lexicon) -> Match | None:
    """"said the country had become the victim of extremist groups": the ``_victimhood`` match,
    theme what the victim suffers from (its actor, or its act's doer, is the target)."""
    return reported_doer(tok, lex, VICTIMHOOD_PATTERN, _victim_of)
