"""Intents to cooperate told with words the mood step reads otherwise.

- "Vow" is a threat verb for acts of conflict ("vowed to strike back", 138) and a promise for acts of
cooperation: "Brazil and Argentina vowed to strengthen cooperation", "the donors vowed to send more
aid", "the army vowed to pull out of the town" are intents to cooperate, to give aid or to yield
(CAMEO 03), never threats (130). The modality step reads the mood from the governing verb alone;
  :func:`vowed_cooperation` corrects it once the act's code is known.
- "Be to" schedules an act: "the president is to visit Kenya next week", "the rebels are to hand
  over their weapons": a plan announced (036, 035x), not a visit or a handover made
  (:func:`scheduled`).
- A meeting a verb of planning sets ("scheduled talks with Seoul", "meetings are planned for Monday")
  is an intent to meet (036), not a meeting held (:func:`planned`, session 20).
- A visit or talks the noun's own adjective puts ahead ("during his upcoming visit to Moscow", "the
  proposed talks") are announced, not made (:func:`coming`, session 28): the clause verb may be any
  ("said ... held in Oman during his upcoming visit").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.modality import FACT, INTENT, THREAT, Mood
from newsevents.events.schedules import PLANNING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives that put an act ahead of the story's time: "his upcoming visit", "the proposed talks"
# ("planned", "scheduled" are left out: "the planned talks took place" were held.)
COMING_ADJECTIVES = frozenset({"upcoming", "forthcoming", "impending", "proposed", "prospective"})
# "ahead of talks", "in advance of the meeting": what the clause is told before (:func:`awaited`)
AHEAD_WORDS = frozenset({"ahead"})
ADVANCE_WORDS = frozenset({"advance"})
# Verbs of threat that promise when what they govern is cooperation ("vowed to help").
PROMISING_THREAT_VERBS = frozenset({"vow"})


def vowed_cooperation(state: Mood, cameo: str) -> Mood:
    """``state``, or an intent when a vow governs an act of cooperation, aid or yielding
    (roots 01-08): "vowed to deepen ties" is an intent to cooperate (03), not a threat."""
    if state.kind != THREAT or state.governor is None or not codebook.is_cooperation(cameo):
        return state
    if not fr.has_lemma(state.governor, PROMISING_THREAT_VERBS):
        return state  # "threatened to withdraw from the talks" stays a threat
    return Mood(INTENT, state.governor)


def scheduled(state: Mood, cameo: str, verb: Token) -> Mood:
    """``state``, or an intent when a cooperative act (roots 01-08) is the complement of "be to":
    "is to visit Kenya", "are to hand over their weapons"."""
    if state.kind != FACT or not codebook.is_cooperation(cameo) or verb.dep_ != "xcomp":
        return state
    be = verb.head
    if be.lemma_ != "be" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return state
    if any(c.dep_ in ("attr", "acomp", "neg") for c in be.children):
        return state  # "the aim is to visit", "was not to sign": no plan of the subject's
    return Mood(INTENT, be)


def planned(state: Mood, light: Token | None) -> Mood:
    """``state``, or an intent when the trigger is a noun whose light verb is one of planning
    (:data:`~newsevents.events.schedules.PLANNING_VERBS`): "scheduled talks with Seoul" (036)."""
    if state.kind != FACT or light is None or not fr.has_lemma(light, PLANNING_VERBS):
        return state
    return Mood(INTENT, light)


def coming(state: Mood, trigger: Token, cameo: str) -> Mood:
    """``state``, or an intent when a noun trigger of cooperation (roots 01-08) has an adjective that
    puts it ahead (:data:`COMING_ADJECTIVES`): "during his upcoming visit to Moscow" (036), or is
    what the clause is told ahead of (:func:`awaited`): "ahead of talks between Moscow and Minsk"."""
    if state.kind != FACT or trigger.pos_ not in ("NOUN", "PROPN") or not codebook.is_cooperation(cameo):
        return state
    ahead = next((c for c in trigger.children if c.dep_ == "amod" and c.lower_ in COMING_ADJECTIVES), None)
    ahead = ahead if ahead is not None else awaited(trigger)
    return state if ahead is None else Mood(INTENT, ahead)


def awaited(noun: Token) -> Token | None:
    """The word that puts ``noun`` after its clause's time: "ahead" in "ahead of talks between A and
    B", "advance" in "in advance of a meeting with X"; the talks have not been held yet."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    word = noun.head.head
    if word.lower_ in AHEAD_WORDS and word.dep_ == "advmod":
        return word
    if word.lower_ in ADVANCE_WORDS and word.dep_ == "pobj" and word.head.lower_ == "in":
        return word
    return None
