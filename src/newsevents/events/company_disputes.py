"""Events between two companies: a business dispute is no political event.

A CAMEO coder codes acts between political actors. When both sides of an event are firms (the
``BUS`` sector of a country, or a multinational's ``MNC`` code), the act is one of markets and
courts: "Apple sued Samsung", "Motorola accused Apple of infringing 18 patents", "Qualcomm said
Apple had launched a global attack on it". The conventions keep such stories out of the events
as they keep sport and markets (``tests/data/realnews/CONVENTIONS.md`` 1.3), and the verbs of a
patent war ("fired back", "battle", "attack") read as force otherwise. The event is left out of
``events`` and reported in a warning.

Only both sides: a firm and a state, a court, a union or a crowd ("the government fined the
company", "workers protested against the mine's owner", "pirates seized a Greek-owned vessel")
keep their events, as does an act of a firm with no coded target.
"""

from __future__ import annotations

from newsevents.events.unattributed import left_out_warning
from newsevents.records import ActorRef, Event

# Sectors of firms: a country's businesses and the multinationals.
COMPANY_SECTORS = frozenset({"BUS", "MNC"})


def split_company_disputes(events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less those whose source and target are both firms, and a warning for each."""
    kept: list[Event] = []
    warnings: list[str] = []
    for event in events:
        if company(event.source) and company(event.target):
            warnings.append(left_out_warning("both sides are companies, a business dispute", event))
        else:
            kept.append(event)
    return kept, warnings


def company(ref: ActorRef | None) -> bool:
    """Whether ``ref`` is coded as a firm (``USABUS``, ``MNCUSAMED``)."""
    return ref is not None and ref.sector in COMPANY_SECTORS
