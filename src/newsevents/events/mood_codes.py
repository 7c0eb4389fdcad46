"""From a trigger's mood to the CAMEO code it codes: :func:`recode` maps a pattern's code by the
mood :func:`~newsevents.events.modality.mood` finds (an intent, a threat, a refusal, a demand ...),
and :func:`conflict_mood` gives two constructions of material conflict a mood of their own.

Split from :mod:`~newsevents.events.modality`, which finds the mood.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events.clause_marks import modal_of, negated
from newsevents.events.frames import has_lemma
from newsevents.events.modality import ATTEMPT, FACT, FUTURE_MODALS, INTENT, OBLIGED, REFUSE, THREAT, Mood
from newsevents.events.patterns import Lexicon

# A consultation only tried ("tried to attend", "attempted to visit", "tried to negotiate") is
# neither a consultation nor an intent to meet: it may have failed, and no plan is announced.
# Mediation tried ("tried to mediate") is still an offer to mediate (039).
TRIED_CONSULT, MEDIATION = "04", "045"

SANCTIONS = "163"
# Verbs that announce new measures ("will impose tariffs"); "will tighten the blockade" stays a threat.
IMPOSE_VERBS = frozenset({"impose", "slap", "levy", "introduce", "reimpose", "re-impose", "enact"})


def conflict_mood(state: Mood, cameo: str, verb: Token, lex: Lexicon) -> Mood:
    """The mood of a material conflict act (roots 14-20) in two constructions of its own:

    - "the strike will not end until the minister resigns", "will not stop until ...": keeping up an act
      until a condition is met threatens the act (not a refusal of it);
    - "Canada would impose tariffs on US goods", "will impose sanctions": new measures announced
      for the future by the one imposing them are the decision to sanction (163), not a threat;
      "threatened to impose" stays a threat, "plans to impose" an intent, "will impose sanctions if
      ..." a threat on that condition, and "will tighten the blockade" (pressure on an existing
      measure) a threat.
    """
    if not codebook.is_material_conflict(cameo):
        return state
    if state.kind == REFUSE and _holds_out(verb, lex):
        return Mood(THREAT, verb)
    if state.kind == INTENT and state.governor is None and cameo.startswith(SANCTIONS) \
            and has_lemma(verb, IMPOSE_VERBS) and not _on_condition(verb):
        return Mood(FACT)
    return state


def _on_condition(verb: Token) -> bool:
    """"will reimpose sanctions if the junta blocks the transition": a measure announced on a
    condition of the other's conduct threatens it (1312), it is no decision yet."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def _holds_out(verb: Token, lex: Lexicon) -> bool:
    return negated(verb) and modal_of(verb) in FUTURE_MODALS and has_lemma(verb, lex.word_list("cease_verbs")) \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
                for c in verb.children)


def recode(code: str, kind: str, lex: Lexicon) -> str | None:
    """The CAMEO code a trigger of ``code`` gets in this mood, or ``None`` for no event."""
    root = codebook.root_of(code)
    if kind == FACT:
        return code
    if kind == ATTEMPT:
        if code.startswith(TRIED_CONSULT) and not code.startswith(MEDIATION):
            return None  # "tried to attend the summit", "attempted to visit": no visit, and no plan to meet
        return lex.map_code("intent", code) if root <= 8 else lex.map_code("attempt", code)
    if kind == INTENT:
        if codebook.is_cooperation(code):
            return lex.map_code("intent", code)
        if root == codebook.THREATEN:
            return code
        return lex.map_code("threat", code) if codebook.is_material_conflict(code) else None
    if kind == THREAT:
        return lex.map_code("threat", code) if root >= codebook.REJECT else "130"
    if kind == REFUSE:
        return lex.map_code("refuse", code) if codebook.is_cooperation(code) else None
    if kind == OBLIGED:
        return code if root == codebook.DEMAND else lex.map_code("demand", code)
    return None
