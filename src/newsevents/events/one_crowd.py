"""One act of one country's crowd, told with several coordinated doers.

"Teachers, nurses, farmers and shopkeepers marched against the new tax": the coder gives each
coordinated doer its own event (four protests by one country's people), where a coder of the dyad
codes the act of the people of that country once. Events of one trigger with the same code and
target whose doers are of one country and all among the governed (civilians, students, workers,
farmers, health and religious groups, the opposition, media, business and NGOs) are kept once: the
first doer named.
"""

from __future__ import annotations

from newsevents.records import Event

GOVERNED_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "HLH", "REL", "OPP", "MED", "BUS", "NGO"})
"""Sectors of the governed whose coordinated telling is one crowd."""


def one_crowd(events: list[Event]) -> list[Event]:
    """``events`` less each event that repeats an earlier one's trigger, code and target with a
    doer of the same country from another sector of the governed (see the module docstring)."""
    seen: set[tuple[object, ...]] = set()
    kept: list[Event] = []
    for event in events:
        key = _key(event)
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        kept.append(event)
    return kept


def _key(event: Event) -> tuple[object, ...] | None:
    source = event.source
    if source is None or not source.country or source.sector not in GOVERNED_SECTORS:
        return None
    target = event.target.code if event.target is not None else None
    return (event.span, event.trigger, event.cameo, target, source.country)
