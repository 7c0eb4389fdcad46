"""Coordinated country modifiers of one role noun name one actor each.

"US and British activists", "French and German troops": the role noun ("activists") is found
once, with the modifier next to it ("British activists", GBROPP); the country coordinated with
that modifier ("US") stands for the same role of its own country (USAOPP), not for the bare
country. The parser hangs such a modifier either as the head of the coordination ("US" with
"British" as its conjunct) or as a conjunct of the modifier inside the mention.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.coding import Coded
from newsevents.actors.person_names import Found, PersonFinder

MODIFIER_KINDS = frozenset({"country", "adjective", "people"})
MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "conj"})


def _partners(tok: Token, start: int) -> list[Token]:
    """The tokens before ``start`` coordinated with the modifier ``tok`` of the mention."""
    out = [c for c in tok.conjuncts if c.i < start]
    return [t for t in out if t.dep_ in MODIFIER_DEPS]


def split_coordinated(finder: PersonFinder) -> list[Found]:
    """The role mentions implied by coordinated country modifiers of mentions already found
    (``finder``: the mention finder, whose ``found`` so far this extends)."""
    out: list[Found] = []
    for found in list(finder.found):
        coded = found.coded
        if not (coded.country and coded.sector) or coded.kind == "person":
            continue
        for tok in finder.doc[found.start:found.end]:
            for partner in _partners(tok, found.start):
                m = finder.at[partner.i]
                if m is None or m.entries[0].kind not in MODIFIER_KINDS or any(finder.taken[m.start:m.end]):
                    continue
                country = m.entries[0].code
                own = Coded(country + coded.sector, country, coded.sector, coded.kind, "coordinated", coded.role)
                name = f"{finder.doc[m.start:m.end].text} {finder.doc[found.end - 1].text}"
                extra = Found(m.start, m.end, name, own, found.priority, titles=found.titles)
                finder._take(extra)
                out.append(extra)
    return out
