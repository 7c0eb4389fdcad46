"""The recipient of an amount given "in aid": "pledged $650 million in humanitarian aid *for Syrians*".

A pledge or a gift of money names its recipient after "to" or "for". When the amount is the verb's
object and the kind of money follows it ("$2.5 billion in humanitarian aid for Syria"), the parser
often hangs the recipient's phrase on the aid noun, two levels below the verb, where the frame's
target slots never looked: the pledge kept no target (session 21, rn-s-005 and fresh aid news).
The aid noun inside an amount object is read as one more host of the trigger's "to"/"for" slot.
Only aid and pledges of aid (roots 03 and 07) and only an aid noun after "in" or "of" count: "$5
million for the dam in Kenya" names no recipient of its own, and is read as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.matching import Match
from newsevents.figures.money import currencies
from newsevents.figures.numbers import SCALES

AID_ROOTS = frozenset({codebook.INTEND, codebook.GIVE_AID})
"""Pledges of aid (an intent to cooperate, 03) and aid given (07)."""
RECIPIENT_SLOTS = frozenset({"to", "for"})
AMOUNT_PREPS = frozenset({"in", "of"})
AID_NOUNS = frozenset({"aid", "assistance", "relief", "help", "funding", "fund", "loan", "grant", "support"})
"""The kinds of money given: "$5 million *in aid*", "2 billion euros *of assistance*"."""


def amount_aid_hosts(match: Match, slot: str) -> list[Token]:
    """The aid nouns that qualify an amount object of an aid or pledge trigger ("pledged *$650
    million* in *aid*"), as hosts of its recipient slot ``slot``; ``[]`` for any other slot, code
    or object."""
    pattern = match.pattern
    if slot not in RECIPIENT_SLOTS or pattern.pos != "verb" or codebook.root_of(pattern.cameo) not in AID_ROOTS:
        return []
    amounts = [o for o in fr.objects(match.token) if _amount(o)]
    return [n for a in amounts for n in fr.prep_objects(a, set(AMOUNT_PREPS)) if n.lemma_.lower() in AID_NOUNS]


def _amount(noun: Token) -> bool:
    """Whether ``noun`` is a sum of money ("$650 million", "2.3 billion euros", "5bn shillings"): the
    recogniser's money, or a scale or currency of the figures' own tables."""
    if noun.ent_type_ == "MONEY" or noun.text in currencies().symbols:
        return True
    table = currencies().names
    return any(w in SCALES or w in table for w in (noun.lemma_.lower(), noun.lower_))
