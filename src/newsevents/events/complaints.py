"""Complaints by states: protests ("Japan protested China's incursion", "the foreign ministry
protested the visit") and regret voiced over another's step ("expressed regret over Berlin's decision").

"protest" by crowds, students or workers is a demonstration (CAMEO 141); by a country or a
government it is a formal complaint (114), aimed at whoever did what it protests (the ``_state_protest``
pattern). Only a subject whose every actor is a country or a government body counts: a people
named by its demonym ("Kenyans protested the tax") still demonstrates.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.coordination import conjuncts
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.roles import MentionIndex, actors_of

STATE_PROTEST_PATTERN = "_state_protest"
PROTEST_VERBS = frozenset({"protest"})
STATE_SECTORS = frozenset({"GOV"})


@gated(Gate(VERBS, words=PROTEST_VERBS))
def state_protest(tok: Token, lex: Lexicon, index: MentionIndex) -> Match | None:
    """A verb "protest" whose doers are all countries or government bodies: the ``_state_protest`` pattern."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, PROTEST_VERBS):
        return None
    doer = fr.subject(tok)
    doers = actors_of(conjuncts(doer), index, set()) if doer is not None else []
    if not doers or not all(m.kind == "country" or m.sector in STATE_SECTORS for m in doers):
        return None
    themes = fr.objects(tok) + fr.prep_objects(tok, {"against", "over"})
    patterns = lex.for_token("verb", STATE_PROTEST_PATTERN)
    return Match(tok, patterns[0], themes[0] if themes else None) if patterns else None


REGRET_PATTERN = "_regret"
FEELING_PREPS = {"over", "at", "about"}


@gated(Gate(VERBS, lists=("voice_verbs",)))
def regret(tok: Token, lex: Lexicon) -> Match | None:
    """"expressed regret over Berlin's decision", "voiced disappointment at Tokyo's move": a feeling
    voiced over another's step (``step_nouns``) disapproves of it (the ``_regret`` pattern, aimed
    at whoever took the step). Voiced over a loss ("regret over the deaths") it stays sympathy."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list("voice_verbs")):
        return None
    feelings = [o for o in fr.objects(tok) if fr.has_lemma(o, lex.word_list("regret_nouns"))]
    if not feelings:
        return None
    steps = [o for host in (tok, feelings[0]) for o in fr.prep_objects(host, FEELING_PREPS)
             if fr.has_lemma(o, lex.word_list("step_nouns"))]
    patterns = lex.for_token("verb", REGRET_PATTERN)
    return Match(tok, patterns[0], steps[0]) if steps and patterns else None
