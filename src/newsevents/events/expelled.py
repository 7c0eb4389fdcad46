"""The state that expels, when an expulsion is told in the passive with no one named as doing it.

"Two Russian diplomats were expelled from the United States", "hundreds of migrants were deported
from Libya": the country (or the capital standing for its government) that people are sent away
*from* is the one that sends them away, as CAMEO coders code it (166 expel diplomats, 174 deport).
Only a state or a capital counts: "expelled from the party", "evicted from their homes" name no
expelling state, and an agent ("were expelled by the junta") is the doer already.

A state suspended or expelled by an international organisation ("the Commonwealth suspended Fiji",
"Russia was expelled from the Council of Europe") loses its membership: the organisation reduces
relations with it (CAMEO 160, :func:`membership_code`), it bans no party (1722) and deports no one (174).
The organisation named after "from" in the passive is its doer, as a state is.

A member state that leaves an organisation ("Mali withdrew from ECOWAS", "Niger quit the African
Union") reduces relations with it in turn (160, :func:`departure_code`): it retreats from no ground
(0874) and resigns no office (0831), whatever its verb's other senses are.
"""

from __future__ import annotations

from newsevents.events import frames as fr
from newsevents.events.arguments import same_actor
from newsevents.events.matching import Match
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

EXPULSION_CODES = ("166", "174", "1722")
"""Expelling diplomats, monitors or agencies (166 and its sub-codes), deporting people (174), and suspending
or expelling a member ("was suspended from the African Union": 1722 until :func:`membership_code`)."""
BAN = "1722"
"""A suspension is an expulsion only from an organisation: "was suspended from the party" names no state."""
ORGANISATION = "IGO"
"""The code prefix of international organisations."""
MEMBERSHIP_CODES = frozenset({"1722", "174", "166", "172"})
"""Codes a suspension or expulsion of a member state gets from its verb (ban, deport, expel, sanction)."""
REDUCE_RELATIONS = "160"
HOST_SECTORS = frozenset({"GOV"})
"""A capital standing for its government ("from Moscow"); a bare country ("from Libya") is a state too."""


def expelling_state(match: Match, code: str, targets: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
    """The state that sent the ``targets`` away, read from the "from" phrase of a passive expulsion with no
    agent ("were expelled from the United States"); empty for any other act, voice or phrase."""
    tok = match.token
    if not code.startswith(EXPULSION_CODES) or match.pattern.pos != "verb" or not targets:
        return []
    if not fr.is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return []
    hosts = actors_of(fr.prep_objects(tok, {"from"}), index, {t.start for t in targets})
    return [h for h in hosts if (_organisation(h) or (code != BAN and _state(h)))
            and not any(same_actor(h, t) for t in targets)]


def membership_code(code: str, source: ActorMention | None, target: ActorMention | None) -> str | None:
    """160 for an international organisation's suspension or expulsion of a member state ("the African
    Union suspended Mali"), else ``None``."""
    if code not in MEMBERSHIP_CODES or source is None or target is None or not _organisation(source):
        return None
    return REDUCE_RELATIONS if _state(target) else None


LEAVING_CODES = frozenset({"0874", "0831"})
"""Codes a state's leaving gets from its verb: a retreat ("withdrew from", "pulled out of") or a
resignation ("quit")."""


def departure_code(code: str, match: Match, source: ActorMention | None, target: ActorMention | None) -> str | None:
    """160 for a state leaving an international organisation ("Mali withdrew from ECOWAS"), else
    ``None``. Only the state itself leaves: "withdrew its troops from the UN mission" (a pattern
    naming what is moved) is a movement of forces, and a person quitting a body leaves a post."""
    if code not in LEAVING_CODES or match.pattern.objects or source is None or target is None:
        return None
    return REDUCE_RELATIONS if source.kind != "person" and _state(source) and _organisation(target) else None


def _organisation(actor: ActorMention) -> bool:
    return actor.code is not None and actor.code.startswith(ORGANISATION)


def _state(actor: ActorMention) -> bool:
    """A country or a capital standing for its government ("Libya", "Moscow")."""
    return bool(actor.country) and (actor.code == actor.country or actor.sector in HOST_SECTORS)
