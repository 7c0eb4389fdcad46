"""A wrongful aim imputed to another's act in what a speaker says: "said the raids were designed to
intimidate opposition leaders", "said the arrests were aimed at scaring people".

A reported clause that says a named act or thing was designed, aimed, intended or meant to do a
wrong (intimidate, silence, punish, harass ...: the lexicon's ``wrongful_aims``) judges it as "said
the charges were politically motivated" does: criticism (111, the ``_verdict_bad`` pattern, theme
the act) of its owner or doer, or, for a state's act with no doer named, of the speaker's own
government (:func:`~newsevents.events.appraisals.state_act_target`). A neutral aim ("designed to
increase trust", "aimed at ending the war"), a negated one ("were not meant to intimidate anyone")
and the speaker's own acts as the pattern's usual slots find them are left as they were.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated
from newsevents.events.disapproval import VERDICT_PATTERN
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.unreal import infinitive

# Passives that give an act its aim: "was designed / aimed / intended / meant / calculated to".
AIMING = frozenset({"design", "aim", "intend", "mean", "calculate", "engineer", "orchestrate"})


def _aims(clause: Token) -> list[Token]:
    """The verbs of the aim a passive of aiming gives: "designed *to intimidate*", "aimed *at
    scaring*" (the gerund of "at")."""
    aims = [c for c in clause.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in VERB_POS
            and infinitive(c)]
    aims += [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "at"
             for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
    return aims


def aimed_wrong(clause: Token, lex: Lexicon) -> Token | None:
    """The named subject of a reported passive of aiming whose aim is a wrong ("the raids were
    designed to intimidate ..."), else ``None``."""
    if clause.lemma_.lower() not in AIMING or clause.tag_ != "VBN" or negated(clause) \
            or not any(c.dep_ == "auxpass" for c in clause.children):
        return None
    wrongs = lex.word_list("wrongful_aims")
    if not any(fr.has_lemma(aim, wrongs) and not negated(aim) for aim in _aims(clause)):
        return None
    named = [c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ in NOUN_POS]
    return named[0] if named else None


@gated(Gate(VERBS, lists=("report_verbs",)))
def wrongful_aim(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_verdict_bad`` match of a report verb whose clause imputes a wrongful aim to a named
    act, theme the act (see the module docstring); else ``None``."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("report_verbs")) or negated(tok):
        return None
    for clause in reported_clauses(tok):
        named = aimed_wrong(clause, lex)
        if named is not None:
            pattern = lex.construction(VERDICT_PATTERN)
            return Match(tok, pattern, named) if pattern is not None else None
    return None
