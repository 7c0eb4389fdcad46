"""An agreement sought is no agreement reached (session 25).

"Egypt led efforts to reach a ceasefire between the two armies", "the envoy arranged the meeting in
a bid to keep the truce between the neighbours", "the minister's plan ... the project to reach a
peace deal with the rebels", "the capital is trying to mediate a truce between the militia and the
army": the ceasefire or the deal is what an effort aims at, and nobody has agreed to anything. The
sides named in "between" or "with" neither made a truce (0871, 057) nor said they want one (03x):
the one who acts is the one making the effort or the mediation, whose own act (045/039, a meeting)
is coded by its own word. On fresh news (sixth census, session 25) this form made false ceasefires
and agreements in four stories of two sets.

Two shapes, read from the parse alone:

- the agreement is the object of a to-infinitive that hangs on a noun of effort ("efforts to
  reach", "a bid to maintain", "the project to conclude"), or is that noun's "for" object ("a push
  for a truce");
- the agreement is the object of a to-infinitive of mediating under a word of striving, offering
  or planning ("is attempting to mediate a truce", "offered to broker a deal"): a mediation told
  only as tried, offered or planned reaches nothing ("was able to broker a truce" reached one);
- the agreement is the object of a to-infinitive of purpose hung on a verb of mediating ("are
  mediating between Israel and Hamas to reach a ceasefire", session 28): what the mediation is for.

A mediation told as done ("Qatar brokered a truce between ...") and a side's own attempt told
with a verb ("the rebels tried to reach a deal": an intent, :mod:`newsevents.events.modality`) are
left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.purpose_clauses import AGREEMENT_NOUNS
from newsevents.events.unreal import infinitive
from newsevents.nlp.hyphenated import lemma_in

SOUGHT = AGREEMENT_NOUNS | {"armistice"}
# Nouns of striving whose infinitive or "for" phrase names what is striven for, not what is done.
EFFORT_NOUNS = frozenset({"effort", "bid", "attempt", "push", "drive", "project", "initiative", "quest",
                          "endeavour", "endeavor", "campaign"})
# Verbs of standing between two sides: their object is the sides' agreement.
MEDIATING = frozenset({"mediate", "broker"})
# Words under which a mediation is only striven for, offered or planned ("tried to broker", "offered
# to mediate"); "was able to broker", "managed to mediate" tell it done.
STRIVING = frozenset({"try", "attempt", "seek", "strive", "struggle", "endeavour", "endeavor", "offer", "propose",
                      "plan", "hope", "want", "aim", "work", "push", "volunteer", "pledge", "promise", "vow"})
AIM_DEPS = frozenset({"acl", "relcl", "xcomp", "advcl"})  # "the project, ..., to reach a deal": relcl


def _agreement(trigger: Token) -> Token | None:
    """The agreement noun a trigger names: the trigger itself, or the direct object of a verb trigger
    ("reach a deal"); a mediating verb names its own act, not the agreement."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return trigger if lemma_in(trigger, SOUGHT) else None
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() in MEDIATING:
        return None
    return next((c for c in trigger.children if c.dep_ == "dobj" and lemma_in(c, SOUGHT)), None)


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a run of conjoined verbs ("to ease tensions and maintain a truce": "ease")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def sought_agreement(trigger: Token) -> Token | None:
    """The word of effort or mediation whose aim is the agreement ``trigger`` names, if any: the
    agreement is sought, not reached, and codes nothing between its sides."""
    noun = _agreement(trigger)
    if noun is None:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and lemma_in(noun.head.head, EFFORT_NOUNS):
        return noun.head.head  # "a push for a ceasefire between ..."
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    first = _first_conjunct(verb)
    if not infinitive(first):
        return None
    if first.dep_ in AIM_DEPS and first.head.pos_ == "NOUN" and lemma_in(first.head, EFFORT_NOUNS):
        return first.head  # "efforts to reach a ceasefire", "in a bid to ease tensions and maintain a truce"
    if verb.lemma_.lower() in MEDIATING and first.dep_ in AIM_DEPS and lemma_in(first.head, STRIVING):
        return verb  # "is attempting to mediate a truce between ...", "offered to broker a deal"
    if first.dep_ in AIM_DEPS and first.head.pos_ == "VERB" and lemma_in(first.head, MEDIATING):
        return first.head  # "are mediating between Israel and Hamas to reach a ceasefire": the mediation's aim
    return None
