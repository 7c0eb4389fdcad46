"""Threats of harm named by a verb that is no act of its own: "vowed to retaliate against Israel",
"threatened to punish Colombia", "will crush the rebels".

Verbs like "retaliate", "punish" or "crush" say that harm will be done without saying which
(force, sanctions, arrests), so as facts they are not coded ("the army retaliated" is too vague to
code a kind of force). Vowed, threatened, warned of or announced for the future, they are a threat
of force against their object (CAMEO 138, the ``_harm`` pattern). Negated, conditional or asked-for
they code nothing, like any other act (see :mod:`newsevents.events.modality`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.matching import VERB_POS, Match
from newsevents.events.modality import INTENT, THREAT, mood
from newsevents.events.patterns import Lexicon

HARM_PATTERN = "_harm"
HARM_WORDS = "harm_verbs"


def harm_threat(tok: Token, lex: Lexicon) -> Match | None:
    """A verb of ``harm_verbs`` that is vowed, threatened or announced: the ``_harm`` pattern."""
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, lex.word_list(HARM_WORDS)):
        return None
    if mood(tok, tok, lex).kind not in (THREAT, INTENT):
        return None
    patterns = lex.for_token("verb", HARM_PATTERN)
    return Match(tok, patterns[0]) if patterns else None
