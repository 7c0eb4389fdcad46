"""The two sides of an event, as rules that ask "is this the same fight told again?" compare them.

A side is its country (or, for a body with none, the organisation kind: IGO, NGO, MNC) together
with its sector ("REB", "MIL", "REL" ...). Domestic news has one country on both sides of most
events, so a key of countries alone would take "rebels attacked an army base" and "the rebels
attacked a church" for one act; the sector tells them apart. A side the coder left without a
sector (a bare country, "Uganda") matches any sector of that country: the text did not say who.

The repeat keys of ``emit`` (``_key``, ``_sector_key``) differ on purpose: they compare mentions
for exact equality to merge mentions of one event, and have no wildcard.
"""

from __future__ import annotations

from newsevents.records import ActorRef, Event

ORGANISATION_PREFIXES = ("IGO", "NGO", "MNC")
"""Codes of sides that stand for themselves without a country (the UN, an aid group, a firm)."""

Side = tuple[str, str | None]
"""A side's country (or organisation kind) and its sector, ``None`` when the coder gave none."""


def side(ref: ActorRef | None) -> Side | None:
    """The country (or organisation kind) and sector of a side; ``None`` when it has no country."""
    if ref is None:
        return None
    code = ref.code or ""
    owner = ref.country or (code[:3] if code.startswith(ORGANISATION_PREFIXES) else None)
    if owner is None:
        return None
    return owner, code[3:6] or None


def same_side(a: Side | None, b: Side | None) -> bool:
    """Whether two sides are one: the same owner, and the same sector unless one has none."""
    if a is None or b is None or a[0] != b[0]:
        return False
    return a[1] is None or b[1] is None or a[1] == b[1]


def same_sides(event: Event, other: Event) -> bool:
    """Whether two events are between the same two sides, source with source and target with target."""
    return same_side(side(event.source), side(other.source)) and same_side(side(event.target), side(other.target))
