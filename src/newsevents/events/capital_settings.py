"""A capital named as where violence happens is its country, not its government.

A capital stands for its government where it acts or is acted on as a state ("Kabul said",
"rebels captured Kabul": :mod:`newsevents.events.combat`). Named as the setting of an attack
("Syrian forces renewed their attacks in the capital, Damascus", "Taliban fighters launched
attacks in Kabul") it says where the violence happened, as any other town does: the place-target
convention gives the act the country (``+place-target``), as "attacks in Aleppo" gets Syria. Read
as the government, a state's own forces attacking in their capital would be fighting their own
government.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events.groups import LOCATIVE_PREPS
from newsevents.records import ActorMention

CAPITAL_SETTING = "place-target"
"""The rule of the country a capital set as a scene stands for."""
SETTLEMENT_NOUNS = frozenset({"capital", "city", "town"})
"""Nouns a capital's name may stand beside as an apposition ("in the capital, Damascus")."""


def capital_setting_target(code: str, target: ActorMention | None, doc: Doc) -> ActorMention | None:
    """The country of a capital read as its government but named as where the violent act
    ``code`` happened ("attacks in Kabul"), else ``None`` (see the module doc)."""
    if target is None or not codebook.is_violence(code) or target.sector != "GOV" or not target.country \
            or target.code != target.country + "GOV" or target.end - target.start < 1:
        return None
    head = doc[target.start:target.end].root
    if not _set_in_place(head):
        return None
    return dataclasses.replace(target, code=target.country, sector=None, kind="place", rule=CAPITAL_SETTING)


def _set_in_place(tok: Token) -> bool:
    """Whether ``tok`` (a place's name) is the object of a locative preposition, directly ("in
    Kabul") or beside a settlement noun that is ("in the capital, Damascus")."""
    if tok.pos_ != "PROPN":
        return False
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in SETTLEMENT_NOUNS:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
