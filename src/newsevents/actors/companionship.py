"""Company as companionship: "the ministers in his company", "arrived in the company of two
aides" name no business.

roles.tsv makes "company" a business (BUS), which is right for "an oil company" and "the company
said". But "in one's company" and "in the company of X" say who was with whom: the noun names no
actor, and coding it made a business the target of a coup's detentions (session 19). "Worked in
his company" (a verb's place, no "of") stays a business.
"""

from __future__ import annotations

from spacy.tokens import Token

COMPANY = "company"


def companionship(head: Token) -> bool:
    """Whether the noun ``head`` ("company") means being with someone, not a firm: "in the company
    of" a party, or "in <possessive> company" after a noun ("the ministers in his company")."""
    if head.lemma_.lower() != COMPANY or head.dep_ != "pobj" or head.head.lower_ != "in":
        return False
    if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return True  # "arrived in the company of two ministers"
    owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
    return owner and head.head.head.pos_ in {"NOUN", "PROPN", "PRON"}  # "the ministers in his company"
