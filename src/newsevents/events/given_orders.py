"""Acts told as the content of an order: "defied orders from the king to shoot the protesters",
"the commander gave instructions to fire on the crowd".

An infinitive on an order noun ("orders to shoot", "instructions to arrest", "a directive to fire"),
or hung by the parser on the verb whose object the order noun is ("gave orders | to shoot"), tells
what was ordered, not what was done: the modality reader takes it as hypothetical, as it does
"permission to help" (``modal_nouns``). Only an order that was carried out ("obeyed orders to fire
on the crowd", "followed instructions to arrest him") tells the act as done; "in order to" is a
purpose, no order at all.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a command whose infinitive is what was commanded.
ORDER_NOUNS = frozenset({"order", "instruction", "directive", "command"})
# Verbs of carrying an order out: the act ordered was done.
OBEYING = frozenset({"obey", "follow", "execute", "carry", "implement", "heed"})


def ordered_only(noun: Token) -> bool:
    """Whether ``noun`` is an order noun whose infinitive is only ordered: not "in order to", not an
    order obeyed ("obeyed orders to fire", "orders to fire were carried out")."""
    if noun.lemma_.lower() not in ORDER_NOUNS:
        return False
    head = noun.head
    if noun.lower_ == "order" and head.lower_ == "in":
        return False  # "in order to stop the march": a purpose
    # "obeyed orders to fire": carried out, the act was done
    return not (noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in OBEYING)


def given_order(infinitive: Token) -> bool:
    """Whether the infinitive ``infinitive`` is the content of an order that was only given: on the
    order noun itself ("orders to shoot"), or on the verb whose object, just before it, is one."""
    head = infinitive.head
    if infinitive.dep_ == "acl":
        return ordered_only(head)
    orders = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < infinitive.i
              and c.right_edge.i + 2 >= infinitive.i]
    return any(ordered_only(o) for o in orders)
