"""Acts told as the content of an order: "defied orders from the king to shoot the protesters",
"the commander gave instructions to fire on the crowd".

An infinitive on an order noun ("orders to shoot", "instructions to arrest", "a directive to fire"),
or hung by the parser on the verb whose object the order noun is ("gave orders | to shoot"), tells
what was ordered, not what was done: the modality reader takes it as hypothetical, as it does
"permission to help" (``modal_nouns``). Only an order that was carried out ("obeyed orders to fire
on the crowd", "followed instructions to arrest him") tells the act as done, by whoever obeyed it
(:func:`obeying_verb` gives :func:`~newsevents.events.frames.subject` the obeyer); "in order to" is
a purpose, no order at all. The order nouns are this module's alone (not the lexicon's
``modal_nouns``), so that an obeyed order is not read as only asked for there.
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
              and _next_to(c, infinitive)]
    return any(ordered_only(o) for o in orders)


def _next_to(noun: Token, infinitive: Token) -> bool:
    """Whether only punctuation or the verb's prepositional phrases stand between the order noun and
    the infinitive ("defied orders *from the king* to shoot")."""
    phrases = {t.i for p in noun.head.children if p.dep_ == "prep" and noun.i < p.i < infinitive.i
               for t in p.subtree}
    return all(t.is_punct or t.i in phrases for t in noun.doc[noun.right_edge.i + 1:infinitive.left_edge.i])


def obeying_verb(infinitive: Token) -> Token | None:
    """The verb of carrying out an order whose infinitive ``infinitive`` is ("*obeyed* orders to
    arrest them": the police who obeyed made the arrests), else ``None``."""
    noun = infinitive.head
    if infinitive.dep_ != "acl" or noun.lemma_.lower() not in ORDER_NOUNS or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.lemma_.lower() in OBEYING else None
