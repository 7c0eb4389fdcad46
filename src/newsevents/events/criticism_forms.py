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
  fighting" is the truce; it was coded as a threat (13x). A decision (decide, resolve; not "agreed
  to", which stays a promise) to give, yield, recognise or coerce is the act too ("decided to lift
  the sanctions", "resolved to free the detainees", "decided to ban the rallies": roots 05, 07, 08,
  17), as CONVENTIONS 1.1 codes an act "decided in the story's time"; a decision to meet, protest or
  fight stays an intent ("decided to hold talks" is 036 in `dev`), and so does a decision still to
  come ("will decide to"). A rejection announced for the future ("said
  he would reject the results", "will reject any deal") is made by saying so: it codes 12x, where the
  future mood of a non-cooperative act used to code nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.clause_marks import modal_of, negated
from newsevents.events.gates import VERBS, Gate
from newsevents.events.matching import VERB_POS
from newsevents.events.modality import FACT, INTENT, Mood
from newsevents.events.patterns import Lexicon
from newsevents.events.reproof import JUDGING_VERBS

# Verbs that allege or protest a wrong ("charged that", "complained that", "alleged that").
CLAIMING_VERBS = JUDGING_VERBS | {"allege"}

# Governors whose complement is decided rather than intended ("decided to impose sanctions").
DECISION_VERBS = frozenset({"decide", "agree", "resolve"})
# Verbs of deciding alone, without "agree": "agreed to release the prisoners" promises (03x).
DECIDING_VERBS = frozenset({"decide", "resolve"})
# Roots whose act a decision takes: recognise (05), give aid (07), yield (08), coerce (17). Not a
# meeting (04: "decided to hold talks" is the intent 036), a protest (14) or force (15, 18-20).
DECIDED_ROOTS = frozenset({5, 7, 8, 17})
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
    if state.kind != INTENT or governor is None or negated(governor):
        return state
    root, lemma = codebook.root_of(cameo), governor.lemma_.lower()
    if root == codebook.REDUCE_RELATIONS and lemma in DECISION_VERBS:
        return Mood(FACT, governor)
    if root in DECIDED_ROOTS and lemma in DECIDING_VERBS and governor.pos_ in VERB_POS \
            and governor.tag_ in ("VBD", "VBN", "VBZ") and modal_of(governor) is None:
        return Mood(FACT, governor)  # "decided to lift the sanctions": lifted
    return state
