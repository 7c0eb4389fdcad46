"""Outsider addressees: an appeal made to the world is not made to the story's country.

When an appeal names no coded addressee, the coder takes the story's one country as the one
appealed to ("the OAS recommended a new election" in a Bolivian story; ``targets.story_place``).
An appeal that does name its addressee, as the wider world rather than the story's parties ("urged
*the international community* to help Afghan refugees", "called on *donors* to fund the plan",
"appealed to *world leaders*", "asked *member states* for troops"), is made to those outsiders: they
have no single country, and the story's country is the one to be helped, not the one asked. The
target is left empty rather than guessed. "Called on all sides to protect civilians" keeps the
story's country: the sides are its parties.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns that name the outside world as addressee, in any form.
OUTSIDER_NOUNS = frozenset({"donor", "world", "west"})
# Nouns that do so in the plural: "countries", "nations", "governments", "member states".
OUTSIDER_PLURALS = frozenset({"country", "nation", "government", "state", "leader", "power"})
# "the international community", "the global community"
COMMUNITY = "community"
COMMUNITY_MODIFIERS = frozenset({"international", "global", "world"})
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _outsider(noun: Token) -> bool:
    """Whether ``noun`` names the wider world (see the module)."""
    lemma = noun.lemma_.lower()
    if lemma in OUTSIDER_NOUNS:
        return True
    if lemma == COMMUNITY:
        return any(c.lower_ in COMMUNITY_MODIFIERS for c in noun.children)
    return lemma in OUTSIDER_PLURALS and noun.tag_ in PLURAL_TAGS


def outsider_addressee(trigger: Token) -> bool:
    """Whether the appeal ``trigger`` names the wider world as its addressee: its object, or the
    object of its "on", "upon" or "to" ("called on donors", "appealed to the world")."""
    for child in trigger.children:
        if child.dep_ in ADDRESSEE_DEPS and _outsider(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ADDRESSEE_PREPS \
                and any(o.dep_ == "pobj" and _outsider(o) for o in child.children):
            return True
    return False
