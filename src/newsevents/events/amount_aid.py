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

from newsevents.events import frames as fr
from newsevents.events.matching import Match

AID_ROOTS = ("03", "07")
RECIPIENT_SLOTS = frozenset({"to", "for"})
AMOUNT_PREPS = frozenset({"in", "of"})
AID_NOUNS = frozenset({"aid", "assistance", "relief", "help", "funding", "fund", "loan", "grant", "support"})
"""The kinds of money given: "$5 million *in aid*", "2 billion euros *of assistance*"."""
AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "thousand", "dollar", "euro", "pound", "yen", "yuan",
                          "franc", "rupee", "$", "€", "£"})


def amount_aid_hosts(match: Match, slot: str) -> list[Token]:
    """The aid nouns that qualify an amount object of an aid or pledge trigger ("pledged *$650
    million* in *aid*"), as hosts of its recipient slot ``slot``; ``[]`` for any other slot, code
    or object."""
    if slot not in RECIPIENT_SLOTS or match.pattern.pos != "verb" or not match.pattern.cameo.startswith(AID_ROOTS):
        return []
    amounts = [o for o in fr.objects(match.token) if _amount(o)]
    return [n for a in amounts for n in fr.prep_objects(a, set(AMOUNT_PREPS)) if n.lemma_.lower() in AID_NOUNS]


def _amount(noun: Token) -> bool:
    """Whether ``noun`` is a sum of money ("$650 million", "2.3 billion euros")."""
    return noun.lemma_.lower() in AMOUNT_WORDS or noun.lower_ in AMOUNT_WORDS
