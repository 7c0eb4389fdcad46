"""Settling a trigger before its parties are sought: whether one named only as a setting ("during
the summit", "after the attack") can code, and the mood and CAMEO code it codes with once wishes,
requests, agreements and offers around it are read. :mod:`~newsevents.events.coder` calls these
for every match.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.criticism_forms import decided_measure
from newsevents.events.home_pledges import agreed_concession
from newsevents.events.hostilities import fought_through
from newsevents.events.intents import coming, planned, scheduled, vowed_cooperation
from newsevents.events.match_context import mediation, polite_wish, refine_request, vetoed, violent_means
from newsevents.events.matching import Match
from newsevents.events.modality import (
    FACT,
    HYPOTHETICAL,
    INTENT,
    NEGATED,
    REFUSE,
    REQUESTED,
    Mood,
    mood,
)
from newsevents.events.mood_codes import conflict_mood, recode
from newsevents.events.patterns import Lexicon
from newsevents.events.street_scenes import street_scene

# The ceasefire codes (087x): a ceasefire agreed to is declared, not only intended.
TRUCE = "087"


def setting_holds(match: Match, verb: Token, lex: Lexicon) -> bool:
    """Whether a trigger named as a setting ("during the summit", "after the attack") can code;
    a violent setting that is not its clause's means loses the clause's subject as its doer."""
    if mood(verb, verb, lex).kind in (NEGATED, REFUSE, HYPOTHETICAL):
        return False  # "did not meet during the summit"
    if codebook.is_conflict(match.pattern.cameo) and not (violent_means(match, lex) or fought_through(match, lex)):
        match.subject = None  # "police stepped up security after the attack": not the attackers
    # "mediated by X and Y during talks": the mediators are not the talks' sides
    return not (match.pattern.mutual and mediation(verb, lex))


def settle_code(match: Match, state: Mood, verb: Token, lex: Lexicon, consumed: set[int],
                vetoes: dict[int, bool]) -> tuple[Mood, str] | None:
    """The trigger's mood and CAMEO code once wishes, requests, agreements and offers are read;
    None when the trigger codes nothing."""
    pattern = match.pattern
    if state.kind == HYPOTHETICAL and pattern.lemma == "_want":
        if not polite_wish(match.token):
            # "might want X to resign": neither the wish nor the wished act is a fact
            consumed.update(c.i for c in match.token.children if c.dep_ in ("xcomp", "ccomp"))
            return None
        state = Mood(FACT)  # "would like X to": a polite wish, not a condition
    if state.kind == REQUESTED:
        return None
    if state.kind == INTENT and pattern.cameo.startswith(TRUCE) and state.governor is not None \
            and fr.has_lemma(state.governor, lex.word_list("accord_verbs")):
        state = Mood(FACT, state.governor)  # "agreed to stop fighting": the agreement is the truce
    state = agreed_concession(state, pattern.cameo)  # "agreed to step down" (events/home_pledges.py)
    if state.kind == INTENT and codebook.is_material_conflict(pattern.cameo) and state.governor is not None \
            and fr.has_lemma(state.governor, lex.word_list("cooperative_intent")):
        return None  # "offered to send police": the offer codes, not a threat of force
    state = scheduled(vowed_cooperation(state, pattern.cameo), pattern.cameo, verb)  # "vowed to help", "is to visit"
    state = planned(state, match.light)  # "scheduled talks with Seoul" (events/schedules.py)
    state = coming(state, match.token, pattern.cameo)  # "during his upcoming visit to Moscow" (events/intents.py)
    state = conflict_mood(decided_measure(state, pattern.cameo, verb), pattern.cameo, verb, lex)
    code = recode(pattern.cameo, state.kind, lex)
    if code is None or (vetoed(match, lex, vetoes) and not street_scene(match.token, code, lex)):
        return None  # "fans clashed with riot police after the match" is a riot (events/street_scenes.py)
    return state, refine_request(match, code, lex, consumed)
