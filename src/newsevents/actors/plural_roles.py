"""The noun of a group phrase that "they" can stand for.

A group mention often ends in its place ("demonstrators in Bamako", "soldiers from the north").
Its root is the group's noun when the parser hangs the place on that noun, but not when it hangs
it on a word outside the phrase ("Thousands of demonstrators in Bamako", where "in Bamako" goes
with "Thousands"): then the preposition is as near the top of the tree as the noun, and spaCy's
``Span.root`` may give the preposition. The first plural noun before any preposition is the group's
own word either way.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def plural_role_noun(span: Span) -> Token:
    """The plural noun that names a group mention ("demonstrators" in "demonstrators in
    Bamako"), else the span's root."""
    root = span.root
    if root.tag_ in PLURAL_TAGS:
        return root
    for tok in span:
        if tok.pos_ == "ADP":
            break  # past the group's own words: "in Bamako", "from Kano"
        if tok.tag_ in PLURAL_TAGS:
            return tok
    return root
