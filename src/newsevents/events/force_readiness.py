"""Force held ready: "North Korea is *ready to use* nuclear weapons against the United States".

Stated readiness to use force ("ready to use force against", "prepared to take military action
against Taiwan") and refusing to hesitate over it ("would not hesitate to use force against Hamas")
threaten that force (CAMEO 138, the ``_ready_force`` pattern, theme the force), aimed at whom it is
"against" or "on" (found on the using verb, carried as the match's ``light``). Readiness to help or
to talk stays an intent to cooperate (``intent.ready``, 030), which used to code these too, with no
target. :mod:`newsevents.events.modality` reads the unhesitating form as a fact (its negation makes
the threat rather than cancelling it), as it does "would not rule out force".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.patterns import Lexicon
from newsevents.events.threat_options import FORCE_NOUNS, FORCE_QUALIFIERS, QUALIFIED_NOUNS

READY_FORCE_PATTERN = "_ready_force"
# Verbs that put force to use: "use force", "take military action", "launch strikes", "resort to arms".
USING = frozenset({"use", "take", "launch", "employ", "deploy", "resort", "unleash"})
WEAPONS = frozenset({"weapon", "arm", "missile", "nuke", "bomb", "army", "troops", "military"})


def _force_object(comp: Token) -> Token | None:
    """The force a using verb takes ("use *force*", "take military *action*", "resort to *arms*")."""
    if comp.pos_ not in VERB_POS or comp.lemma_.lower() not in USING or any(c.dep_ == "neg" for c in comp.children):
        return None
    for obj in fr.objects(comp) + fr.prep_objects(comp, {"to"}):
        lemma = obj.lemma_.lower()
        if lemma in FORCE_NOUNS or lemma in WEAPONS or (lemma in QUALIFIED_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ in FORCE_QUALIFIERS for c in obj.children)):
            return obj
    return None


def _ready_use(tok: Token) -> tuple[Token, Token] | None:
    """The using verb and the force of a readiness or a refused hesitation over ``tok``."""
    for comp in tok.children:
        if comp.dep_ == "xcomp":
            force = _force_object(comp)
            if force is not None:
                return comp, force
    return None


def unhesitating_force(verb: Token) -> bool:
    """"would not hesitate to use force": a negated hesitation over using force."""
    return verb.lemma_.lower() == "hesitate" and any(c.dep_ == "neg" for c in verb.children) \
        and _ready_use(verb) is not None


@gated(Gate(frozenset({"ADJ"}), lists=("readiness_adjectives",)), Gate(VERBS, words=frozenset({"hesitate"})))
def force_readiness(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_ready_force`` match of a readiness adjective ("ready", "prepared") or a negated
    "hesitate" over using force, theme the force; else ``None``."""
    if tok.pos_ == "ADJ":
        if tok.dep_ != "acomp" or not fr.has_lemma(tok, lex.word_list("readiness_adjectives")) \
                or any(c.dep_ == "neg" for c in tok.head.children):
            return None
    elif not unhesitating_force(tok):
        return None
    found = _ready_use(tok)
    pattern = lex.construction(READY_FORCE_PATTERN) if found is not None else None
    if found is None or pattern is None:
        return None
    comp, force = found
    return Match(tok, pattern, force, light=comp)
