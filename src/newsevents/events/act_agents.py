"""The doer of an act named by a noun, when the parser hangs its "by" on the one acted on.

"Kenya condemned the arrest of the opposition leader *by Ugandan police*": the parser often
attaches the agent's "by" phrase to the nearest noun ("leader"), not to the act noun
("arrest") whose doer it names. A criticism of an act is aimed at its doer, so the target was
lost, and the act's undergoer (a countryless "opposition leader") took its place. A "by" phrase
on the object of the act noun's "of" or "on" ("the attack on the base by militants") names the
act's doer as well as one on the act noun itself does.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr

UNDERGOER_PREPS = frozenset({"of", "on", "against"})
"""Prepositions that name whom an act noun is done to ("the arrest *of* X", "the attack *on* X")."""
AGENT = "by"
VICTIM_SLOTS = frozenset({"on", "against"})
"""Victim slots an act noun's misattached phrase may fill ("an assault by X against Y")."""


def undergoer_hosts(theme: Token | None, slot: str) -> list[Token]:
    """The nouns an act noun ``theme`` is done to, as hosts of its misattached "by" phrase, for
    the ``by`` slot only; ``[]`` when ``theme`` is no noun, has its own "by" phrase, or ``slot`` is
    another slot."""
    if slot != AGENT or theme is None or theme.pos_ != "NOUN" or fr.prep_objects(theme, {AGENT}):
        return []
    return [o for o in fr.prep_objects(theme, set(UNDERGOER_PREPS)) if fr.prep_objects(o, {AGENT})]


def misplaced_victim_hosts(noun: Token, slot: str) -> list[Token]:
    """"an assault by X *against Y*", parsed with "against" on the agent X: the agents of an act
    noun that has no "against" or "on" phrase of its own host its victim slot (session 17)."""
    if slot not in VICTIM_SLOTS or noun.pos_ != "NOUN" or fr.prep_objects(noun, {slot}):
        return []
    return fr.prep_objects(noun, {AGENT})
