"""Country names whose shared word is said once: "South and North Korea", "North and South Sudan".

News names the two halves of a divided country by their compass words before one shared name
("talks between vice-ministers of South and North Korea"). The dictionary matches "North Korea",
and the bare "South" before it matched nothing, so the role it qualifies ("ministers of South")
came out with no country. The first compass word is read as its own name with the shared word
("South Korea") when the dictionary holds that name as a country; otherwise nothing is added.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.actors.lexicon import Lexicon, Match

# Compass words that tell the halves of a country apart.
COMPASS_WORDS = frozenset({"north", "south", "east", "west"})
JOINING_WORDS = frozenset({"and", "or", "&"})


def elided_country_matches(texts: Sequence[str], matches: list[Match], lex: Lexicon) -> list[Match]:
    """The matches of compass words whose country name is shared with the next conjunct ("*South*
    and North Korea"), over the token ``texts`` and the dictionary's ``matches`` of them."""
    # most texts have no compass word: the matches are indexed only for those that have
    firsts = [i for i in range(len(texts) - 3) if texts[i].lower() in COMPASS_WORDS]
    if not firsts:
        return []
    by_start = {m.start: m for m in matches}
    covered = {i for m in matches for i in range(m.start, m.end)}
    found: list[Match] = []
    for i in firsts:
        first, joint, second = (t.lower() for t in texts[i:i + 3])
        if joint not in JOINING_WORDS or second not in COMPASS_WORDS or first == second or i in covered:
            continue
        named = by_start.get(i + 2)
        if named is None or named.first("country") is None:
            continue
        entries = tuple(e for e in lex.lookup([texts[i], *texts[i + 3:named.end]]) if e.kind == "country")
        if entries:
            found.append(Match(i, i + 1, entries))
    return found
