"""Mediation told by helping the sides negotiate: "Egypt helped negotiate a truce between Israel
and Hamas".

CAMEO's verb dictionary lists HELP * NEGOTIATE under mediation (045), as it lists BROKER and
MEDIATE: whoever helps two sides negotiate stands between them. "Helped broker" already codes
(``broker`` is a mediation trigger of its own), but ``negotiate`` is the sides' own act (046, with
its partner in "with"), so under "help" it coded nothing or the helper as a side.
:func:`helped_negotiation` reads the infinitive under a verb of helping as the
``consult.help_negotiate`` pattern (045 from the helper, the subject of "help", to each side named
in a "between" phrase). Without such a phrase it leaves the word to its own patterns ("helped
negotiate with the rebels" keeps the helper a side), since a mediation names both sides.

The other forms of CAMEO's ACT AS &NEGOTIATOR ("acted as mediator between", "served as a
go-between for", "played a mediating role between") are plain patterns (``consult.act_as_mediator``,
``consult.mediation_role`` in patterns.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon

HELP_NEGOTIATE_PATTERN = "_help_negotiate"
# Verbs of helping whose infinitive names the act helped ("helped negotiate", "assisted in negotiating").
HELP_VERBS = frozenset({"help", "assist"})
NEGOTIATE = "negotiate"
# How the helped infinitive hangs on its verb ("helped negotiate", "helped to negotiate").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
SIDES_PREP = "between"


@gated(Gate(pos=VERBS, deps=COMPLEMENT_DEPS, words=frozenset({NEGOTIATE})))
def helped_negotiation(tok: Token, lex: Lexicon) -> Match | None:
    """"Helped (to) negotiate X between A and B": the helper mediates between A and B."""
    if tok.lemma_.lower() != NEGOTIATE or tok.dep_ not in COMPLEMENT_DEPS \
            or tok.head.lemma_.lower() not in HELP_VERBS:
        return None
    if not any(t.lower_ == SIDES_PREP and t.dep_ == "prep" for t in tok.subtree):
        return None  # "helped negotiate with the rebels": no two sides, the word's own patterns read it
    patterns = lex.for_token("verb", HELP_NEGOTIATE_PATTERN)
    return Match(tok, patterns[0]) if patterns else None


