"""Consultations and cooperation told by forms the light verbs do not cover.

**Engaged in talks** (:func:`engaged_in`). "Is engaged in talks with the Taliban", "entered into
negotiations with India", "is involved in a dialogue with the rebels", "remain locked in talks",
"embarked on negotiations": a consultation or cooperation noun (roots 03-06) in the "in"/"into"/"on"
phrase of a verb of engagement is the act of that verb's subject, as "held talks with" is. The
parser reads the passive "is engaged/involved in" as a passive, whose grammatical subject
:func:`~newsevents.events.frames.subject` leaves out (a patient); here it is the party. The
phrase is no setting: "took part in talks" was licensed as an adjunct, these were not licensed at
all, as "in"/"into"/"on" on these verbs names the act, not where or when.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.matching import Match

# Roots of the acts one can be engaged in with a partner: intents (03), consultation (04),
# diplomatic (05) and material (06) cooperation, and fighting (19: "engaged in clashes with").
ENGAGED_ROOTS = ("03", "04", "05", "06", "19")
# Verbs of engagement, each with the prepositions that name what one is engaged in.
ENGAGE_PREPS: dict[str, frozenset[str]] = {
    "engage": frozenset({"in"}),
    "involve": frozenset({"in"}),
    "enter": frozenset({"into"}),
    "embark": frozenset({"on", "upon"}),
    "lock": frozenset({"in"}),
    "immerse": frozenset({"in"}),
    "embroil": frozenset({"in"}),
}
# Grammatical subjects: the party of an active ("entered into") and of a passive ("is engaged in").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def engaged_in(match: Match, tok: Token) -> bool:
    """"Is engaged in talks with Y", "entered into negotiations with Y": license the noun trigger
    (``tok`` heads its phrase) as the act of the engaged verb's subject; the verb and subject are
    recorded on ``match``."""
    if tok.dep_ != "pobj" or not match.pattern.cameo.startswith(ENGAGED_ROOTS):
        return False
    prep, verb = tok.head, tok.head.head
    preps = ENGAGE_PREPS.get(verb.lemma_.lower())
    if preps is None or prep.lower_ not in preps or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    subject = _party(verb)
    if subject is None:
        return False
    match.verb, match.subject = verb, subject
    return True


def _party(verb: Token) -> Token | None:
    """The engaged party: the verb's own subject, active or passive, else the inherited one
    ("agreed to enter into talks": who agreed)."""
    own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if own is not None:
        return own
    if verb.dep_ == "acomp" or (fr.is_passive(verb) and verb.dep_ != "ROOT"):
        return None  # "found engaged in talks": no party of its own
    return fr.subject(verb)
