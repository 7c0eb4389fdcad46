"""A crowd's demand told by a participle the parser hung on the place it marched to.

"Students took to the streets demanding lower fees", "thousands poured into the square calling for
the president's resignation": the participle of demand closes the sentence, and the small model
hangs it on the nearest noun, the place ("streets demanding"), which names no one. Session 13 read
such participles on crowd nouns ("protesters demanding ...") and on rallies and placards
(``frames._demand_bearer``); a participle on a place noun that is the object of a preposition of a
verb ("took *to* the streets", "marched *through* the capital") is that verb's subject's, as the
gold codes a protest's stated demand apart from the protest.

The parser also hangs such a participle on the clause's verb when the crowd is that verb's object
("police clashed with protesters in Lima calling for the president to resign", "fired tear gas at
students outside the court demanding his release"): read as the verb's adverbial, it made the
police the demanders. A participle that follows the crowd's phrase with no comma between is the
crowd's (session 31); set off by a comma ("met the students, calling for calm") it stays the subject's.
"""

from __future__ import annotations

from spacy.tokens import Token

PLACE_NOUNS = frozenset({"street", "square", "road", "avenue", "boulevard", "highway", "capital", "city", "town",
                         "centre", "center", "downtown", "park", "campus", "plaza", "roundabout", "intersection",
                         "junction", "bridge", "gate", "gates", "steps"})
"""Places a crowd moves to or gathers in: no actor, so a participle on them is the movers'."""
VERB_POS = frozenset({"VERB", "AUX"})


def place_mover(noun: Token) -> Token | None:
    """The verb whose prepositional object ``noun`` is, when ``noun`` is a place a crowd moves to
    or gathers in ("took to the *streets*"); its subject states the participle's demand."""
    if noun.lemma_.lower() not in PLACE_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.pos_ not in VERB_POS:
        return None
    return prep.head


def object_crowd(participle: Token, crowds: frozenset[str]) -> Token | None:
    """The crowd (a noun of ``crowds``) that is the object of the verb ``participle`` hangs on, when
    the crowd's phrase runs up to the participle with no comma between ("clashed with protesters in
    Lima calling for ..."), or ends in a relative clause on the crowd and a comma ("fired on protesters,
    who had gathered outside parliament, demanding ..."); else ``None``."""
    head = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or head.pos_ not in VERB_POS:
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [o for c in head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for noun in objects:
        if noun.lemma_.lower() in crowds and noun.i < participle.i and (noun.right_edge.i == participle.i - 1
                                                                        or _relative_then_comma(noun, participle)):
            return noun
    return None


def _relative_then_comma(noun: Token, participle: Token) -> bool:
    """Whether ``noun``'s phrase ends in its own relative clause, then one comma, then ``participle``:
    the relative clause told who the crowd were, and the participle goes on telling what they did."""
    comma = participle.i - 1
    if comma <= noun.i or participle.doc[comma].text != ",":
        return False
    return any(c.dep_ == "relcl" and c.right_edge.i == comma - 1 for c in noun.children)
