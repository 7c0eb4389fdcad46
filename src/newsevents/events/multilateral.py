"""A meeting or agreement of three or more named countries pairs each with the host, not all with all.

"The foreign ministers of Russia, Ukraine, Germany and France met in Berlin", "Erdogan, Qatar's
emir and Morsi were holding a meeting in Cairo", "the six world powers - Russia, China, France,
Britain, the US and Germany - agreed to ...": a mutual act paired every named side with every
other one, twelve events for four sides and thirty for six. The real-news conventions (rule 3.5,
multilateral meetings) pair each participant with the convener or host, both ways, and never the
participants among themselves: a CAMEO meeting is dyadic and the host is the one side every
participant met.

So when the doers of a mutual consultation or cooperation (roots 03 to 06) hold three or more
countries, the side whose country holds the place the act happened in ("in Berlin", "in Cairo",
read as the event's own place is: :func:`newsevents.events.attributes.event_place`) is the host
and is paired with each other side. With no host among them, three countries are a three-way
meeting where each met each, and are paired all with all as before (the PETRARCH-2
gold codes "The US, Russia, and Switzerland met" so: six events); four or more with no host are
a bloc acting together ("the six world powers agreed"), and no pair is coded (a dropped guess
rather than n(n-1) false ones). Two sides ("A and B met") are paired as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.arguments import place_tokens
from newsevents.events.attributes import event_place
from newsevents.events.matching import Match
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.events.emit import Found

MIN_COUNTRIES = 3
"""Fewest countries among the doers for the host rule: two sides simply meet each other."""
MIN_BLOC = 4
"""Fewest countries with no host among them that are a bloc, not paired: three meet each other."""
COOPERATION_ROOTS = frozenset({3, 4, 5, 6})
"""Intent to cooperate, consult, diplomatic and material cooperation: the acts a summit holds."""

Pair = tuple[ActorMention | None, ActorMention | None]


def multilateral_pairs(code: str, match: Match, sources: list[ActorMention]) -> list[Pair] | None:
    """The pairs of a mutual act of three or more countries' doers (each with the host, both
    ways; none for a bloc of four or more without a host), or ``None`` when the act is not such
    a one and its sides pair as usual."""
    countries = {s.country for s in sources if s.country}
    if len(countries) < MIN_COUNTRIES or codebook.root_of(code) not in COOPERATION_ROOTS:
        return None
    place = event_place(match.token.doc, place_tokens(match))
    host = place.country if place is not None else None
    if host not in countries and len(countries) < MIN_BLOC:
        return None  # a three-way meeting with no host: each met each
    hosts = [s for s in sources if host is not None and s.country == host]
    guests = [s for s in sources if s.country != host]
    pairs: list[Pair] = [(h, g) for h in hosts for g in guests]
    return pairs + [(g, h) for g in guests for h in hosts]


# Verbs whose subject attends a meeting that is their object ("attended the talks", "joined the
# meeting"), and those that take it by "in" ("participated in the conference", "took part in").
ATTEND_VERBS = frozenset({"attend", "join"})
PARTAKE_VERBS = frozenset({"participate"})
HOSTED_SUFFIX = "+hosted-talks"
CONSULT_ROOT = 4
CALL = "041"
"""A telephone or video call: its participants are its ends, so they stay each other's partners."""


def attendees_unpaired(coded: list[Found]) -> list[Found]:
    """``coded`` (one trigger's events) without the meetings of a gathering's attendees with each
    other: "officials from Japan, Korea and the World Bank attended the talks", "the UN and the World
    Bank also attended the meetings" name who took part, not who met whom (rule 3.5: participants
    are paired with the host, never among themselves). The host's reception of each
    (:mod:`newsevents.events.hosted_talks`), sides the noun names itself ("attended talks with the
    rebels") and the ends of a call ("took part in a video call") stay."""
    if not coded:
        return coded
    attending = _attending(coded[0].match.token)
    if attending is None:
        return coded
    first, last = attending
    return [f for f in coded if not (
        codebook.root_of(f.cameo) == CONSULT_ROOT and f.cameo != CALL and HOSTED_SUFFIX not in f.suffix
        and f.source is not None and f.target is not None
        and first <= f.source.start <= last and first <= f.target.start <= last)]


def _attending(meeting: Token) -> tuple[int, int] | None:
    """The token span of the subject of the verb that attends ``meeting`` (a noun), or None."""
    verb = meeting.head
    if meeting.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if not (verb.lemma_.lower() in PARTAKE_VERBS or _took_part(verb)):
            return None
    elif meeting.dep_ != "dobj" or verb.lemma_.lower() not in ATTEND_VERBS:
        return None
    doer = fr.subject(verb)
    return None if doer is None else (doer.left_edge.i, doer.right_edge.i)


def _took_part(verb: Token) -> bool:
    """"took part in": the verb "take" with "part" as its object."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
