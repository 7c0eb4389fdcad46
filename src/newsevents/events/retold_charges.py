"""A country's accusation told again in its official's words is one event.

A lead tells an accusation as the country's ("Russia on Tuesday accused Georgia of preparing
provocations", "Ethiopia and Eritrea traded accusations") and the body tells it again as the words
of the official who made it ("... Karasin said, accusing Georgia of an information war"; "'Eritrea
has repeatedly violated the cease-fire,' the spokesman said"). The second telling codes the same
act (CAMEO root 11) between the same two countries on the same day, with the speaker's sector
(RUS, RUSGOV) and often another word, code or pattern (112, 1123), so
:func:`~newsevents.story.structure.drop_repeated_events` keeps both. A trained coder codes the
accusation once (CONVENTIONS 5.1).

Only a first telling that names the country bare (the country as a whole accuses, or is accused)
takes the later one in: an official's charge after another official's ("the minister accused ...
the president accused ...") may be a second act. The same date is needed (undated tellings are not
compared), and the later telling must be in another sentence. Measured on ``dev`` (one false
event, a victim's report told again, taken away; none right). Called from
:func:`~newsevents.events.retellings.one_telling_each` after ``drop_repeated_events``.
"""

from __future__ import annotations

from newsevents.events.later_mentions import fold_retellings
from newsevents.records import ActorRef, Event

ACCUSE_ROOT = "11"
"""CAMEO's root of disapproval: criticism, accusations, complaints."""


def without_retold_charges(events: list[Event]) -> list[Event]:
    """``events`` with a country's accusation kept once where another sentence tells it again in
    the words of one of its officials (the same two countries, root and date)."""
    return fold_retellings(events, _retells)


def _retells(earlier: Event, later: Event) -> bool:
    """Whether ``later`` (an accusation) tells ``earlier``'s, made by or aimed at a bare country, again."""
    if not (later.cameo.startswith(ACCUSE_ROOT) and earlier.cameo.startswith(ACCUSE_ROOT)):
        return False
    if later.date is None or later.date != earlier.date:
        return False
    pairs = ((earlier.source, later.source), (earlier.target, later.target))
    if not all(_country(one) is not None and _country(one) == _country(other) for one, other in pairs):
        return False
    return _bare(earlier.source) or _bare(earlier.target)


def _country(actor: ActorRef | None) -> str | None:
    return actor.country if actor is not None and actor.code else None


def _bare(actor: ActorRef | None) -> bool:
    """Whether a side is only a country (no body, group or person of it named)."""
    return actor is not None and actor.code is not None and actor.code == actor.country
