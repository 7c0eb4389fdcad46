"""Demands and protests of a private person, aimed at the government of the person's country.

A trained coder takes the target of "the runner-up has called for a recount", "the lawyer demanded
immediate hearings" or "the dissident went on a hunger strike to protest his detention" from the
story: the person's own government, as for a crowd's march or an opposition party's demand
(:func:`~newsevents.events.implied.domestic_target`, :func:`~newsevents.events.implied.own_government`).
Those rules read the doer's sector (civilians, the opposition, parties, rebels); a person named
with no sector or as an elite (``ELI``: a candidate, a lawyer, a rebel spokesman coded by name)
fell through, and the act, with no target, was left out of a story (:mod:`~newsevents.events.aimless`).

Counted in session 30 on the ``dev`` gold and 398 fresh stories of the earlier censuses: of the
untargeted demands, protests and rejections left out, those by such a person of the story's own
country were right toward that government 3 times on ``dev`` (a demanded recount, land reform,
court hearings) and 4 times on fresh news (two hunger strikes in prison, the demand one was made
for, a road blockade); none was false. The rule is kept to those acts:

- demands (10), and appeals for a political change that the gold codes as demands ("called for a
  recount", "for new elections": :func:`~newsevents.events.protest_calls.asks_change`);
- demonstrations (141), hunger strikes (142) and sit-ins or blockades (144).

Strikes and boycotts (143) are aimed at employers or events as often as at a government; riots
(145) have their target in the clause ("throwing rocks at them"); rejections, threats and
criticism by a person name whom they answer, and a person's act toward a foreign state is told
with that state named. A person of another country than the story's (a foreign activist, an
expatriate) gets no target: whose government he asks is not implied.
"""

from __future__ import annotations

from newsevents.events.home_actors import government_of
from newsevents.events.matching import Match
from newsevents.events.protest_calls import asks_change
from newsevents.records import ActorMention

PRIVATE_SECTORS = frozenset({"", "ELI"})
"""Sectors of a person who holds no office and speaks for no crowd or party: none, or an elite."""
DEMAND = "10"
APPEAL = "02"
PERSONAL_PROTESTS = ("141", "142", "144")
"""Demonstrations, hunger strikes and sit-ins or blockades (with their sub-codes)."""
HUNGER_STRIKE = "142"
PERSON_KINDS = frozenset({"person"})
HUNGER_STRIKER_KINDS = frozenset({"person", "entity"})
"""Who goes on hunger strike is a person, even when the coder kept only the demonym ("a jailed
Angolan rapper": an entity coded as the bare country)."""
SUFFIX = "+domestic-target+private-demand"
"""The rule suffix of such an event: an implied target at home, found for a private person."""


def private_demand_target(match: Match, code: str, source: ActorMention | None,
                          story_countries: list[str]) -> ActorMention | None:
    """The government an untargeted demand, call for change or protest by a private person of the
    story's country is aimed at: that country's (see the module docstring); else ``None``."""
    kinds = HUNGER_STRIKER_KINDS if code.startswith(HUNGER_STRIKE) else PERSON_KINDS
    if source is None or not _private(source, kinds, story_countries):
        return None
    if code.startswith((DEMAND, *PERSONAL_PROTESTS)) or (code.startswith(APPEAL) and asks_change(match.token)):
        return government_of(source)
    return None


def _private(source: ActorMention, kinds: frozenset[str], story_countries: list[str]) -> bool:
    """A doer of one of ``kinds`` with no sector or an elite's ("Raila Odinga"), of the story's one
    country: in a story of several, whose government a person asks is not plain ("a French activist
    on hunger strike for the Sahrawis")."""
    return (source.kind in kinds and (source.sector or "") in PRIVATE_SECTORS and bool(source.country)
            and story_countries == [source.country])
