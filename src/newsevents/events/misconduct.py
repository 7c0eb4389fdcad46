"""Misconduct reported of a named doer: "said police used *excessive force* against protesters".

A report whose clause tells that a named actor did something the report qualifies as wrong by the
words of its object accuses that actor (CAMEO 112, the ``_wrongful`` pattern that wrong adverbs
already use, theme the act, target its doer): "used excessive force", "were using too much force",
"had carried out aggressive actions against Turkish soil", "took provocative steps", and a crime
committed ("said Russian forces were committing genocide", "had committed atrocities"). The act itself
is left uncoded (the words of a reported wrong are consumed, see ``REPORTED_WRONGS`` in the coder):
it is alleged, not established. Plain force ("used force", "used lethal force") judges nothing.

Irregularities pointed out are the same charge as irregularities said to have been ("observers
*pointed out* glaring irregularities in the vote", "the opposition *cited* massive fraud in the
election"): the ``_irregularities`` pattern of :mod:`newsevents.events.wrongdoing` (112), theme the
vote (its holder is the target), read by :func:`pointed_irregularities`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.criticism_forms import REPORT_GATE, reports_clause
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon, joined_word_lists
from newsevents.events.qualified_acts import qualified_act
from newsevents.events.wrongdoing import IRREGULARITIES, IRREGULARITIES_PATTERN, WHERE_PREPS
from newsevents.nlp.hyphenated import lemma_in
from newsevents.nlp.typed_spacy import token_conjuncts

WRONGFUL_PATTERN = "_wrongful"
# Force so qualified is an abuse: "excessive force", "disproportionate force", "too much force".
EXCESS = frozenset({"excessive", "disproportionate", "unnecessary", "indiscriminate", "brutal", "unjustified",
                    "unlawful", "illegal", "undue", "heavy-handed", "unwarranted", "unprovoked"})
# Acts named by a general noun whose qualifier makes them a wrong: "aggressive actions", "provocative steps".
ACTS = frozenset({"action", "act", "measure", "step", "move", "activity", "behavior", "behaviour", "provocation",
                  "operation", "policy", "practice"})
WRONG_QUALIFIERS = frozenset({"aggressive", "provocative", "hostile", "illegal", "unlawful", "criminal", "reckless",
                              "destabilizing", "destabilising", "irresponsible", "subversive", "inhumane", "brutal",
                              "terrorist", "belligerent", "repressive", "illegitimate", "barbaric"})
# Verbs whose object names a crime done: "committed atrocities", "perpetrated genocide".
COMMITTING = frozenset({"commit", "perpetrate"})
# Crimes named outside the lexicon's atrocity, crime and rights nouns.
WRONGS = frozenset({"violation", "aggression", "terrorism", "abuse", "murder", "cleansing"})


def _qualifiers(noun: Token) -> set[str]:
    """The adjectives on ``noun``, "much" of "too much" read as excessive."""
    out = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if any(c.lower_ == "much" and any(g.lower_ == "too" for g in c.children) for c in noun.children):
        out.add("excessive")
    return out


def wrongful_object(verb: Token, crimes: frozenset[str] = WRONGS) -> Token | None:
    """The object of ``verb`` that names a wrong by its qualifier ("used *excessive force*",
    "carried out *aggressive actions*") or is a crime committed ("committed *atrocities*"; ``crimes``:
    the crime nouns), else ``None``."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    committing = verb.lemma_.lower() in COMMITTING
    for obj in fr.objects(verb):
        lemma = obj.lemma_.lower()
        qualifiers = _qualifiers(obj)
        if (lemma == "force" and qualifiers & EXCESS) or (lemma in ACTS and qualifiers & WRONG_QUALIFIERS):
            return obj
        if committing and (lemma in crimes or lemma in WRONGS):
            return obj
    return None


def _own_act(clause: Token) -> list[Token]:
    """The clause's verb and the verbs of its infinitives ("had tried to use excessive force")."""
    acts = [clause]
    acts += [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
    return acts


@gated(REPORT_GATE)
def misconduct(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_wrongful`` match of a report whose clause tells of misconduct by a named doer, theme
    the act (see the module docstring); else ``None``."""
    if tok.pos_ not in VERB_POS or any(c.dep_ == "neg" for c in tok.children) or not reports_clause(tok, lex):
        return None
    crimes = joined_word_lists(lex, ("atrocity_nouns", "crime_nouns", "rights_nouns"))
    clauses = list(reported_clauses(tok))
    clauses += [c for clause in clauses for c in token_conjuncts(clause) if c.dep_ == "conj" and c.pos_ in VERB_POS]
    for clause in clauses:
        for act in _own_act(clause):
            if act.pos_ in VERB_POS and wrongful_object(act, crimes) is not None and fr.subject(act) is not None:
                pattern = lex.construction(WRONGFUL_PATTERN)
                return Match(tok, pattern, act) if pattern is not None else None
    for clause in clauses:  # "because of provocative actions taken by Asmara" (events/qualified_acts.py)
        named = qualified_act(clause, ACTS, WRONG_QUALIFIERS)
        if named is not None:
            pattern = lex.construction(WRONGFUL_PATTERN)
            return Match(tok, pattern, named) if pattern is not None else None
    return None


@gated(Gate(VERBS, lists=("pointing_verbs",)))
def pointed_irregularities(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_irregularities`` match of a verb whose object is irregularities or fraud in a vote
    ("pointed out glaring irregularities in the vote"), theme the vote, else the wrong; ``None`` when
    negated or when the wrongs are denied ("found no fraud")."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("pointing_verbs")) \
            or any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return None
    wrongs = [o for o in fr.objects(tok) if lemma_in(o, IRREGULARITIES)
              and not any(d.lower_ in ("no", "little", "any") for d in o.children)]
    pattern = lex.construction(IRREGULARITIES_PATTERN) if wrongs else None
    if pattern is None:
        return None
    votes = fr.prep_objects(wrongs[0], WHERE_PREPS) + fr.prep_objects(tok, WHERE_PREPS)
    return Match(tok, pattern, votes[0] if votes else wrongs[0])
