"""Criticism told as harm done by another's act: "said the tariffs would hurt workers" (session 15).

"Canada's prime minister said the American tariffs would hurt workers", "Beijing said the sanctions
would damage relations", "the minister said the Israeli strikes threatened regional peace", "warned
that the move would escalate tensions": a report whose clause says that an act, a measure or a
policy (the subject: an act noun, a step, a tariff, a law ...) harms something (hurt, damage, harm,
threaten, undermine, endanger, destabilise ...) or worsens a trouble (escalate, inflame, fuel
tensions, violence, a crisis) criticises whoever took that act (CAMEO 111, pattern
``accuse.harmful_effect``): the act's owner named on it ("the American tariffs", "Israel's
decision"), else the doer of the act told earlier (the usual look-back of a criticised act,
:func:`newsevents.events.anaphora.resolve_acts`). With no owner found nothing is coded. Harm done
by an actor itself ("said the government had ruined the economy") is a charge read by
:mod:`newsevents.events.wrongdoing`; harm by no one's act ("the drought would hurt farmers") is no
criticism, and a denied or negated harm ("would not hurt anyone") none either.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negated
from newsevents.events.criticism_forms import REPORT_GATE, reports_clause
from newsevents.events.gates import gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon

HARMFUL_PATTERN = "_harmful_effect"
# Verbs of harm done to anything named as their object.
HARM_VERBS = frozenset({"hurt", "harm", "damage", "destroy", "ruin", "undermine", "threaten", "jeopardize",
                        "jeopardise", "endanger", "imperil", "destabilize", "destabilise", "wreck", "sabotage",
                        "erode", "weaken", "derail", "poison", "hamper", "hinder", "obstruct", "cripple",
                        "devastate", "violate", "embolden"})
# Verbs that worsen a trouble ("escalate tensions", "fuel violence"): harm only with such an object.
WORSEN_VERBS = frozenset({"escalate", "inflame", "aggravate", "exacerbate", "fuel", "heighten", "stoke",
                          "worsen", "deepen", "prolong", "provoke", "increase", "raise"})
# Harm done to things: said of a violent act it reports the attack itself ("said the raids destroyed
# a naval base"), which is coded as such, not a criticism.
PHYSICAL_HARM = frozenset({"destroy", "damage", "devastate", "wreck", "cripple", "ruin", "hit"})
VIOLENT_ACTS = frozenset({"raid", "attack", "assault", "strike", "airstrike", "shelling", "bombing", "bombardment",
                          "offensive", "incursion", "invasion", "operation", "blast", "explosion", "fire", "missile",
                          "rocket", "drone", "shell", "mortar"})
TROUBLES = frozenset({"tension", "conflict", "violence", "crisis", "instability", "hostility", "war", "unrest",
                      "insecurity", "bloodshed", "suffering", "confrontation", "terrorism", "extremism"})
# Acts, measures and policies whose harm criticises whoever took them (beside ``act_nouns`` and steps).
MEASURES = frozenset({"tariff", "sanction", "levy", "duty", "embargo", "policy", "law", "legislation", "bill",
                      "decree", "program", "programme", "project", "presence", "involvement", "interference",
                      "intervention", "support", "deployment", "expansion", "withdrawal", "insurgency", "campaign",
                      "operation", "rhetoric", "behaviour", "behavior", "conduct", "action", "activity", "dam",
                      "settlement", "buildup", "build-up", "exercise", "drill", "provocation"})


def _harms(act: Token) -> bool:
    """Whether the verb ``act`` does harm to its object ("would hurt workers", "escalate tensions")."""
    lemma = act.lemma_.lower()
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if not objects:
        return False
    if lemma in HARM_VERBS:
        return True
    return lemma in WORSEN_VERBS and any(o.lemma_.lower() in TROUBLES for o in objects)


def _doer_noun(act: Token) -> Token | None:
    """The subject of ``act``, or of the verb it is joined to ("were unjustified and would hurt")."""
    subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if subject is None and act.dep_ == "conj":
        subject = next((c for c in act.head.children if c.dep_ == "nsubj"), None)
    return subject


def harmful_thing(clause: Token, lex: Lexicon) -> Token | None:
    """The act or measure a reported clause says does harm ("the tariffs" of "the tariffs would hurt
    workers"), else ``None``."""
    measures = MEASURES | lex.word_list("act_nouns") | lex.word_list("step_nouns")
    for act in [clause, *(c for c in clause.children if c.dep_ == "conj")]:
        if act.pos_ not in VERB_POS or negated(act) or fr.is_passive(act) or not _harms(act):
            continue
        thing = _doer_noun(act)
        if thing is not None and act.lemma_.lower() in PHYSICAL_HARM and fr.has_lemma(thing, VIOLENT_ACTS):
            continue  # "said the raids destroyed the base": the attack, told as such
        if thing is not None and fr.has_lemma(thing, measures):
            return thing
    return None


@gated(REPORT_GATE)
def harmful_effect(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_harmful_effect`` match of a report whose clause tells harm done by an act or measure,
    theme that act (its owner is criticised); else ``None``."""
    if tok.pos_ not in VERB_POS or negated(tok) or not reports_clause(tok, lex):
        return None
    pattern = lex.construction(HARMFUL_PATTERN)
    if pattern is None:
        return None
    for clause in reported_clauses(tok):
        thing = harmful_thing(clause, lex)
        if thing is not None:
            return Match(tok, pattern, thing)
    return None
