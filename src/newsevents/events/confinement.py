"""Refusals that confine: refusing to let people leave.

"The authorities *refused to allow* the men *to leave* the slum", "declined to let the villagers leave":
refusing to let people leave a place confines them, a restriction of movement (CAMEO 191, the
``_refused_exit`` pattern, theme the confined), not a rejection of anyone's proposal; to leave
*the country* it is a travel ban (CAMEO 172, ``_refused_departure``). Refusing to let others enter
stays a refusal (entry denied, as ``reject.deny_permission`` codes it).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon

EXIT_PATTERN, DEPARTURE_PATTERN = "_refused_exit", "_refused_departure"
REFUSING = frozenset({"refuse", "decline"})
PERMITTING = frozenset({"allow", "let", "permit"})
LEAVING = frozenset({"leave", "exit"})
COUNTRY_NOUNS = frozenset({"country", "nation"})


@gated(Gate(VERBS, words=REFUSING))
def refused_exit(tok: Token, lex: Lexicon) -> Match | None:
    """"refused to allow the men to leave the slum": the ``_refused_exit`` match (theme: the men), or
    ``_refused_departure`` when what they may not leave is the country; else ``None``."""
    if tok.lemma_.lower() not in REFUSING or tok.pos_ != "VERB":
        return None
    for permit in tok.children:
        if permit.dep_ != "xcomp" or permit.lemma_.lower() not in PERMITTING:
            continue
        for leave in permit.children:
            if leave.dep_ not in ("ccomp", "xcomp") or leave.lemma_.lower() not in LEAVING:
                continue
            held = [c for c in leave.children if c.dep_ == "nsubj"] or [c for c in permit.children if c.dep_ == "dobj"]
            if not held:
                return None
            left = [o for o in leave.children if o.dep_ == "dobj"]
            name = DEPARTURE_PATTERN if any(o.lemma_.lower() in COUNTRY_NOUNS for o in left) else EXIT_PATTERN
            pattern = lex.construction(name)
            return Match(tok, pattern, held[0]) if pattern is not None else None
    return None
