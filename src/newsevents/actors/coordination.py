"""Coordinated country modifiers of one role noun name one actor each.

"Mexican and U.N. officials" too: the U.N.'s staff, and Mexico's officials of the title's own
sector (GOV), not the U.N.'s.

"US and British activists", "French and German troops": the role noun ("activists") is found
once, with the modifier next to it ("British activists", GBROPP); the country coordinated with
that modifier ("US") stands for the same role of its own country (USAOPP), not for the bare
country. The parser hangs such a modifier either as the head of the coordination ("US" with
"British" as its conjunct) or as a conjunct of the modifier inside the mention.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.coding import Coded
from newsevents.actors.lexicon import lexicon
from newsevents.actors.person_names import Found, PersonFinder

MODIFIER_KINDS = frozenset({"country", "adjective", "people"})
MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "conj"})


def plural_title_sector(coded: Coded) -> str | None:
    """The own sector of the plural title of an international body's staff ("U.N. officials":
    GOV), which a country coordinated with the body ("Mexican and U.N. officials") takes."""
    if coded.sector != "IGO" or not coded.role or not coded.role.endswith("s"):
        return None
    entry = next((e for e in lexicon().lookup([coded.role]) if e.kind == "title"), None)
    return entry.code or None if entry is not None else None


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
        sector = coded.sector
        if coded.country is None and coded.kind == "person" and (own_sector := plural_title_sector(coded)):
            # "Mexican and U.N. officials": the U.N.'s officials beside Mexico's own (MEXGOV)
            sector = own_sector
        elif not (coded.country and coded.sector) or coded.kind == "person":
            continue
        if not sector:
            continue
        for tok in finder.doc[found.start:found.end]:
            for partner in _partners(tok, found.start):
                m = finder.at[partner.i]
                if m is None or m.entries[0].kind not in MODIFIER_KINDS or any(finder.taken[m.start:m.end]):
                    continue
                country = m.entries[0].code
                own = Coded(country + sector, country, sector, coded.kind, "coordinated", coded.role)
                name = f"{finder.doc[m.start:m.end].text} {finder.doc[found.end - 1].text}"
                extra = Found(m.start, m.end, name, own, found.priority, titles=found.titles)
                finder._take(extra)
                out.append(extra)
    return out
