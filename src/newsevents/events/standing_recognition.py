"""Recognition told as a standing description of a person or state is no act of the day.

"Gbagbo refused to cede power to Ouattara, *who is recognized by the United Nations and the
African Union as the winner* of the election"; "Kosovo, *which is recognized by more than 100
countries*"; "Ouattara, *recognized by the UN as the winner*, spoke on Monday". The relative clause
tells who the person is, background the story leans on, not a recognition it reports: the
real-news gold leaves it out (rn-m-018's note: "background in a relative clause, not coded"), and
the recognition rule had no right event on all 262 articles (rulep: 0 right, 2 false).

A recognition of the day is told by an active verb ("Honduras recognized Kosovo on Monday"), or in
a relative clause in the past or dated ("which was recognized by Honduras last week"). So only a
present passive relative clause (``is``/``are`` + participle) or a bare participle after the
name, with no date, is standing.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_DEPS = frozenset({"relcl", "acl"})
"""How a participle describes the noun it follows: "X, who is recognized by Y", "X, recognized by Y"."""
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""Present "is"/"are": a state that holds, not a step told in the past ("was recognized")."""
DATE_ENTS = frozenset({"DATE", "TIME"})


def standing_recognition(pattern_id: str, trigger: Token, recognition_patterns: frozenset[str]) -> bool:
    """Whether ``trigger`` (of a recognition pattern) describes a standing recognition: a present
    passive relative clause or a bare participle after a noun, with no date of its own."""
    if pattern_id not in recognition_patterns or trigger.tag_ != "VBN" or trigger.dep_ not in RELATIVE_DEPS:
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ not in PRESENT_TAGS for a in auxiliaries):
        return False  # "which was recognized", "has been recognized": told as a step
    if trigger.dep_ == "relcl" and not auxiliaries:
        return False  # "the states Kosovo recognized": an active relative clause
    return not _dated(trigger)


def _dated(trigger: Token) -> bool:
    """Whether the participle carries a date of its own: "last week", "on Monday" (not a date
    inside what it recognizes someone as: "as the winner of November's election")."""
    for child in trigger.children:
        if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in DATE_ENTS:
            return True
        if child.dep_ == "prep" and child.lower_ != "as" \
                and any(g.dep_ == "pobj" and g.ent_type_ in DATE_ENTS for g in child.children):
            return True
    return False
