"""Both sides of a meeting: the dyads a consultation gives its partner.

A meeting, a round of talks or a telephone call is one act with two sides. CAMEO coders record it
once from each side ("Kishida met Chinh": Japan consults Vietnam *and* Vietnam consults Japan), as
the project's gold does, while the pattern frame finds only the grammatical direction (the doer
meets the object). :func:`partner_pairs` adds the partner's side of a consultation whose doer and
partner are both named.

Only consultations that take two willing sides are returned: a visit (042) is the visitor's act and
its host's part is coded only when the text says the host received the visitor (043); mediation
(045) goes from the mediator to each side, never back; a planned meeting ("will meet") is the
doer's intent, not yet the partner's.
"""

from __future__ import annotations

from newsevents.records import ActorMention

# Codes of an act that has two sides: consult (040), a phone call (041), negotiations (046).
# ``coder`` already gives joint nouns ("peace talks with the rebels") both sides; this extends it
# to the verbs ("met", "held talks with", "spoke by phone with", "negotiated with").
TWO_SIDED = frozenset({"040", "041", "046"})

Pair = tuple["ActorMention | None", "ActorMention | None"]


def partner_pairs(code: str, fact: bool, pairs: list[Pair]) -> list[Pair]:
    """The partner's side of each (doer, partner) pair of a two-sided consultation that is a fact.

    A pair gives its reverse when both ends are named actors with a code, are not the same actor
    (``same`` by entity or code-and-text) and the partner is not a place ("met in Geneva" is a
    venue, never a party); reverses already in ``pairs`` are not repeated.
    """
    if not fact or code not in TWO_SIDED:
        return []
    out: list[Pair] = []
    for source, target in pairs:
        if source is None or target is None or not source.code or not target.code:
            continue
        if target.kind == "place" or _same(source, target):
            continue
        reverse = (target, source)
        if not any(_same_pair(reverse, p) for p in (*pairs, *out)):
            out.append(reverse)
    return out


def _same(a: ActorMention, b: ActorMention) -> bool:
    return (a.entity >= 0 and a.entity == b.entity) or (a.start == b.start and a.end == b.end)


def _same_pair(a: Pair, b: Pair) -> bool:
    return all(x is not None and y is not None and _same(x, y) for x, y in zip(a, b, strict=True))
