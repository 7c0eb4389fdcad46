"""A crowd's fight with no one named to fight is aimed at no one.

Two conventions meet in "fighting between supporters of the two rival presidents left four
dead": a crowd's use of force is a riot (145, ``+riot``, :func:`~newsevents.events.implied.riot_code`),
and a crowd's protest with no target named is aimed at its own country's authorities
(``+domestic-target``, :func:`~newsevents.events.implied.domestic_target`). The second was written
for marches and rallies, which are made *at* the authorities. A fight is made at whoever the other
side is; when the sentence names none ("fighting between supporters", "protesters clashed in the
streets") the sides may be rival crowds, the police or passers-by, and the country is no target:
the real-news gold never codes such a riot at the crowd's own country (rulep on all: 0 right,
2 false before this rule), and codes crowds fighting each other 190 or 180 between them.

So a riot that a pattern of force became takes no implied home target; it keeps a target only
where the sentence names one ("clashed with police", "attacked the governor's office").
"""

from __future__ import annotations

RIOT_TAG = "riot"
"""The rule suffix part (``+riot``) :func:`~newsevents.events.pairing.doer_code` adds when a crowd's
force becomes a riot."""


def unaimed_riot(found_suffix: str) -> bool:
    """Whether the pair's act is a riot recoded from a pattern of force (its suffix has ``+riot``),
    which takes no target the sentence leaves implied."""
    return RIOT_TAG in found_suffix.split("+")
