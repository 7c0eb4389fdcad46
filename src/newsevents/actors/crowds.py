"""A counted people ("thousands of Sudanese", "200 Afghans") is civilians of that country.

A demonym standing as a noun ("Sudanese", "Afghans") is coded as its country by the dictionaries,
which suits "Palestinians say ..." of a people acting as one. Counted, though, it is a crowd of
persons, not the state or the nation: "thousands of Sudanese marched", "dozens of Afghans were
killed", "many Syrians fled". Such a phrase is coded as the country's civilians (CVL), the code a
crowd of "protesters" or "residents" of that country gets.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.coding import Coded

#: Nouns that count a crowd before "of" ("thousands of", "dozens of").
CROWD_NOUNS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens", "hundred",
                         "thousand", "million", "dozen", "number", "group", "crowd", "crowds",
                         "groups", "hundreds-of-thousands"})
#: Determiners and adjectives that count a crowd ("many Syrians", "some Afghans").
CROWD_WORDS = frozenset({"many", "some", "several", "few", "numerous", "countless", "more", "most"})


def _count_word(tok: Token) -> bool:
    """Whether ``tok`` is a number that counts the noun it hangs on: "eleven", "200"; a capitalised
    number word opening a sentence ("Eleven Palestinians") is often parsed as a piece of a name
    (a compound), which counts as well."""
    return tok.lower_ != "one" and (tok.dep_ == "nummod" or (tok.dep_ == "compound" and tok.like_num))


def counted(head: Token) -> bool:
    """Whether the head of a demonym is counted: by a number or quantity word before it, by an
    indefinite article ("detained a Palestinian": one person, not the nation), or as the object
    of "of" after a crowd noun or a number ("thousands of", "10,000 of")."""
    if any(c.i < head.i and (_count_word(c) or c.lower_ in CROWD_WORDS or c.lower_ in {"a", "an"})
           for c in head.children):
        return True
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.i != head.i - 1:
        return False
    counter = prep.head
    return counter.i < prep.i and (counter.lower_ in CROWD_NOUNS or counter.like_num)


def crowd_of_people(head: Token, coded: Coded) -> Coded | None:
    """The civilians' code of a counted people ("thousands of Sudanese"), else ``None``."""
    if coded.rule != "demonym" or coded.kind != "group" or coded.sector or not coded.country:
        return None
    if not counted(head):
        return None
    return Coded(coded.country + "CVL", coded.country, "CVL", "group", "demonym-crowd", coded.role)
