"""A meeting or visit told again in other words is one event.

News of a visit tells it in the lead and again further down, each time with other words: "Kim met
the envoys on Monday ... Kim had talks with the South Korean officials"; "the envoys arrived in
Seoul ... the officials who welcomed the envoys". Each telling codes the same
consultation (the same CAMEO code, 040 meeting, 042 visit or 043 hosting) between the same sides
on the same day, but with another word ("met", "talks", "greeted") or another pattern, so
:func:`~newsevents.story.structure.drop_repeated_events`, which wants the same trigger word and
pattern, keeps both. A trained coder codes the meeting once.

Only the same code is one act: a visit (042) and the meeting held during it (040) are two events,
and so are meetings with two sides of one country of different sectors (the president, then the
opposition leader), in two named towns or on two days; in an undated article no two are compared
(a summit "last October" and this week's meeting then carry no date to tell them apart). Two
looser versions were measured and left: comparing countries alone took four right events from
the held-out sets; letting a country named bare stand for a person of it ("talks in North Korea
... greeted by Ri Son Gwon": PRK, PRKELI) took two. Called from
:func:`~newsevents.events.retellings.one_telling_each` after ``drop_repeated_events``; the later
telling is kept among the first one's retellings.
"""

from __future__ import annotations

from newsevents.events.later_mentions import fold_retellings
from newsevents.records import ActorRef, Event
from newsevents.story.structure import town_of

CONSULT_ROOT = "04"
"""CAMEO's root of consultations: meetings, visits, hosting, mediation."""


def without_retold_meetings(events: list[Event]) -> list[Event]:
    """``events`` with each consultation kept once where another sentence retells it: the same
    code between the same two sides (the same actor codes) on the same date, in no other named
    town. Two in one sentence stay apart ("met the president and the foreign minister")."""
    return fold_retellings(events, _retells)


def _retells(earlier: Event, later: Event) -> bool:
    """Whether ``later`` (a consultation) tells ``earlier``'s act again."""
    if not later.cameo.startswith(CONSULT_ROOT) or later.cameo != earlier.cameo:
        return False
    if later.date is None or later.date != earlier.date:  # undated tellings may be two days' meetings
        return False
    if not (_same_side(earlier.source, later.source) and _same_side(earlier.target, later.target)):
        return False
    town, other = town_of(earlier), town_of(later)
    return town is None or other is None or town == other


def _same_side(one: ActorRef | None, other: ActorRef | None) -> bool:
    """Whether two tellings name one side: the same code. Sides of one country with two codes
    ("met the president ... met the opposition leader") are two sides, each met (CONVENTIONS 3.1)."""
    return one is not None and other is not None and bool(one.code) and one.code == other.code
