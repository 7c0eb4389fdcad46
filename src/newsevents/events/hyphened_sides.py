"""Two sides joined by a hyphen before a noun of a joint act: "US-China talks", "Kenya-Uganda
talks", "the Iran-US negotiations", "Israeli-Palestinian negotiations" (session 28).

The parser hangs the first name on the second ("US" a compound of "China") and the second on the
noun, so the noun's modifier slot read one side alone, as the doer: "US-China talks resumed in
Geneva" became China's visit to Switzerland, and "welcomed the Iran-US talks" welcomed the United
States only. The pair names the act's two sides, as "talks between the US and China" does: it
fills the "between" parties of a trigger that takes them (a joint act, or one whose pattern reads
"between"), and only when both words are names or their adjectives ("Egyptian-mediated talks" name
a mediator, "Iran-backed rebels" a sponsor: no pair).
"""

from __future__ import annotations

from spacy.tokens import Token

SIDE_DEPS = frozenset({"compound", "amod", "nmod"})
SIDE_POS = frozenset({"PROPN", "ADJ"})


def hyphened_sides(noun: Token) -> list[Token]:
    """The two sides of a hyphened pair modifying ``noun`` ("*US*-*China* talks"), or none."""
    for second in noun.children:
        if second.dep_ not in SIDE_DEPS or second.pos_ not in SIDE_POS or second.i > noun.i:
            continue
        firsts = [c for c in second.children if c.dep_ in SIDE_DEPS and c.pos_ in SIDE_POS and c.i < second.i]
        if not firsts:
            continue
        first = firsts[-1]
        if any(c.dep_ == "punct" and c.text == "-" and first.i < c.i < second.i for c in second.children):
            return [first, second]
    return []
