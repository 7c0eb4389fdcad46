"""Fights told as the setting of a casualty clause, where the parse hides the fight's sides.

Wire copy tells a fight by its toll: "three soldiers were killed in an ambush by rebels". Two
common shapes of that sentence lost the fight on fresh news (session 22's recall census, three
stories of 26), because the parser moves the phrase that names a side away from where the coder
reads it:

- **Coordinated tolls.** "Four soldiers were killed *and ten more wounded* in a clash with rebels":
  the setting ("in a clash") hangs on the last conjunct, often an adjective ("wounded") with no
  subject of its own, so the clash had no victims and was left out. The victims are those of the
  first toll verb of the coordination as well as the conjunct's own.
- **A relative clause of occurrence.** "In a gun battle *that took place between* soldiers and
  insurgents, eight insurgents were killed": the "between" phrase hangs on the relative clause
  whose subject is the fight itself ("that", "which"), not on the noun. The sides are the same.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr

# The states a toll leaves its victims in ("leaving 12 dead", "left scores wounded"); also what a
# coordinated toll conjunct may say of its victims besides a toll verb ("and ten more wounded").
TOLL_STATES = frozenset({"dead", "wounded", "injured", "hurt", "homeless", "missing"})
RELATIVES = frozenset({"that", "which"})


def first_toll(toll: Token, tolls: frozenset[str]) -> Token | None:
    """The toll verb the conjunct ``toll`` is coordinated with ("were killed and ten more wounded":
    "killed" for "wounded"); ``None`` when ``toll`` is no toll conjunct of a toll verb."""
    if toll.dep_ != "conj" or not (fr.has_lemma(toll, tolls) or toll.lower_ in TOLL_STATES):
        return None
    if fr.objects(toll) and not fr.is_passive(toll):
        return None  # "killed two soldiers and wounded five civilians": a clause of its own
    head = toll.head
    return head if head.pos_ in ("VERB", "AUX") and fr.has_lemma(head, tolls) else None


def relative_between(noun: Token) -> list[Token]:
    """The parties a relative clause of ``noun`` names with "between" when the noun is its subject
    ("a gun battle that took place between X and Y", "clashes which erupted between X and Y")."""
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES
                                          for c in clause.children):
            found += fr.prep_objects(clause, {"between"})
    return found
