"""Criticism, rejection and reduced relations told in frequent forms.

Counted on scratch articles (even years) and the dev misses of roots 11, 12 and 16: each form
below recurs across outlets and topics, and each is read as a class of words, not one wording.

- **Claiming verbs report a wrong as "said" does** (:func:`reports_clause`). "Mugabe *charged* that
  Britain was plotting to re-colonise the country", "the president *complained* that Washington was
  meddling", "the opposition *alleged* that the ruling party had rigged the vote": charge, claim,
  complain, contend, protest and allege with a reported clause (and no object: "charged him with
  fraud", "claimed victory" report nothing) are read by the readers of reported wrongs (scheming,
  misconduct, blame, a victim's report) like a report verb; before, only "said", "told", "warned"
  ... were.
- **A measure decided is taken** (:func:`decided_measure`). "China decided to impose sanctions on the
  senator", "the EU agreed to suspend aid to Niger", "the junta resolved to expel the ambassador": a
  decision or an agreement to reduce relations (root 16) is the measure itself, as "agreed to stop
  fighting" is the truce; it was coded as a threat (13x). A rejection announced for the future ("said
  he would reject the results", "will reject any deal") is made by saying so: it codes 12x, where the
  future mood of a non-cooperative act used to code nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated
from newsevents.events.gates import VERBS, Gate
from newsevents.events.matching import VERB_POS
from newsevents.events.modality import FACT, INTENT, Mood
from newsevents.events.patterns import Lexicon
from newsevents.events.reproof import JUDGING_VERBS

# Verbs that allege or protest a wrong ("charged that", "complained that", "alleged that").
CLAIMING_VERBS = JUDGING_VERBS | {"allege"}

# Governors whose complement is decided rather than intended ("decided to impose sanctions").
DECISION_VERBS = frozenset({"decide", "agree", "resolve"})
REDUCE_RELATIONS = 16
REJECT = 12
# Verbs whose future is a rejection made by saying so ("will reject"); "will resist", "will defy" threaten.
# not "veto" or "dismiss": "said he would veto the bill" is a threat, "would dismiss him" a removal
REJECTING_VERBS = frozenset({"reject", "rebuff", "spurn", "repudiate", "refute"})


def claiming_report(tok: Token) -> bool:
    """A claiming verb with a reported clause and no object ("charged that X was plotting")."""
    if tok.pos_ not in VERB_POS or tok.lemma_.lower() not in CLAIMING_VERBS:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children) and not fr.objects(tok)


def reports_clause(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` reports a clause: a report verb ("said"), or a claiming verb with a clause."""
    return fr.has_lemma(tok, lex.word_list("report_verbs")) or claiming_report(tok)


# The gate of the readers of reported wrongs: report verbs and claiming verbs.
REPORT_GATE = Gate(VERBS, lists=("report_verbs",), words=CLAIMING_VERBS)


def decided_measure(state: Mood, cameo: str, verb: Token) -> Mood:
    """A measure reducing relations that was decided or agreed on ("decided to impose sanctions") is
    taken, and a rejection announced for the future ("would reject the results") is made: their
    intent mood becomes a fact; any other mood is kept."""
    governor = state.governor
    if state.kind == INTENT and governor is None and codebook.root_of(cameo) == REJECT \
            and verb.lemma_.lower() in REJECTING_VERBS:
        return Mood(FACT)  # "said he would reject the results": saying so rejects them
    if state.kind != INTENT or governor is None or codebook.root_of(cameo) != REDUCE_RELATIONS:
        return state
    if governor.lemma_.lower() not in DECISION_VERBS or negated(governor):
        return state
    return Mood(FACT, governor)
