"""An outcome not accepted is rejected: "said it would not accept the results".

"The opposition said it would not accept the results", "will never accept the court's ruling", "does
not recognise the outcome of the vote": a negated stance verb (accept, recognise, acknowledge) whose
object is an outcome (results, an outcome, a verdict, a ruling, a decision, a victory, an election
...) rejects it (CAMEO 120, pattern ``reject.refuse_outcome``), aimed at whoever holds the vote or
made the decision (the usual vote-holder and domestic targets). The negation makes the rejection, so
:mod:`newsevents.events.modality` reads the match as a fact (:func:`refused_object`), in the past too
("did not accept the results" is a stance, not a silence). Accepting an outcome codes nothing here;
"refused to accept the results" stays ``reject.refuse``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon

REFUSED_OUTCOME_PATTERN = "_refused_outcome"
# Verbs of a stance held toward an outcome: negated, they reject it.
STANCE_VERBS = frozenset({"accept", "recognise", "recognize", "acknowledge"})
# What is decided or counted: a vote's outcome, a court's or a body's decision.
OUTCOME_NOUNS = frozenset({"result", "outcome", "tally", "count", "verdict", "ruling", "judgment", "judgement",
                           "decision", "victory", "win", "election", "vote", "poll", "referendum", "runoff",
                           "decree"})
# Pronouns a reported refusal names its object by ("we will not accept it").
REFERRING_PRONOUNS = frozenset({"it", "this", "that"})


def refused_object(verb: Token) -> Token | None:
    """The outcome a negated stance verb refuses ("would not accept *the results*"), else ``None``.
    In a reported clause a pronoun does too ('"We will not accept *it*," the minister said of the
    plan', '"We will not accept *this*," he said' after another side's act): the report's "of"
    phrase or the act just told says what it is (``spoken_rejections``, ``referents.aim_rejection``),
    and with neither the refusal has no target and codes nothing."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in STANCE_VERBS or not negated(verb):
        return None
    objects = fr.objects(verb)
    found = next((o for o in objects if o.lemma_.lower() in OUTCOME_NOUNS), None)
    if found is None and verb.dep_ == "ccomp" and verb.head.pos_ in VERB_POS:
        found = next((o for o in objects if o.pos_ == "PRON" and o.lower_ in REFERRING_PRONOUNS), None)
    return found


@gated(Gate(VERBS, words=STANCE_VERBS))
def refused_outcome(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_refused_outcome`` match of a negated "accept" of an outcome, theme the outcome."""
    outcome = refused_object(tok)
    pattern = lex.construction(REFUSED_OUTCOME_PATTERN) if outcome is not None else None
    return Match(tok, pattern, outcome) if pattern is not None and outcome is not None else None
