"""Sentences whose subject is cut off by an aside: "Senegal, for its part, called on Gambia to
reopen the border". The parser reads the commas as closing a noun phrase and hangs "called" on
"Senegal" as a reduced relative clause, leaving the noun as the sentence's root: the coder then
found no subject for the act. When the root of a sentence is a noun and the only verb hung on it
is a past form set off from it by an aside between commas, the verb is the sentence's verb and
the noun its subject ("Senegal's president, for his part, called ...", "Mali, in turn, accused ...").
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = frozenset({"NOUN", "PROPN"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def interrupted_root_verb(verb: Token) -> bool:
    """Whether ``verb`` is the sentence's own verb, misread as a clause on its subject because an
    aside between commas stands between them (see the module)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in PAST_TAGS or head.dep_ != "ROOT" or head.pos_ not in NOUN_POS:
        return False
    if any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children):
        return False  # "the soldiers, killed by gunmen": a passive participle describes them
    between = verb.doc[head.i + 1:verb.i]
    commas = [t for t in between if t.text == ","]
    # "X , for its part ," : the aside opens right after the noun and closes right before the verb
    return len(between) >= 3 and len(commas) == 2 and between[0].text == "," and between[-1].text == ","


def aside(pobj: Token) -> bool:
    """Whether ``pobj`` is the noun of a discourse aside, never an argument: "for its part", "for
    their part" ("Senegal, for its part, called on ..." is no call *for* anything)."""
    return pobj.lower_ == "part" and pobj.head.lower_ == "for" and any(c.dep_ == "poss" for c in pobj.children)


def aside_prep(prep: Token) -> bool:
    """Whether the preposition ``prep`` opens a discourse aside ("*for* its part"): no particle of its verb."""
    return prep.lower_ == "for" and any(c.dep_ == "pobj" and aside(c) for c in prep.children)
