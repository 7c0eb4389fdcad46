"""Consultations told with no partner: who met whom is the event.

A meeting, talks, a visit or a mediation (CAMEO root 04) is an act between two sides. When the
coder finds only one of them ("negotiators are due to meet in the coming days", "the rebels plan
to hold a conference", "X refused to negotiate"), the event has no dyad to report: a coder of
news leaves it out, and so the real-news gold never codes a consultation without a target. This
holds for the consultation's other moods too: an intent to meet (036) or a refusal to talk (125)
coded from a consultation pattern needs the partner as much as the meeting itself.

:func:`needs_partner` says whether a pattern's events need a target for that reason; the coder
then drops those without one, as it does for a pattern marked ``needs_target``.
"""

from __future__ import annotations

from newsevents.events import codebook

CONSULT_ROOT = 4
"""CAMEO root of consultations: meetings, talks, visits, hosting, mediation."""
MEDIATE = "045"
"""Mediation finds its parties later ("the talks were brokered by Z": the talks' sides, in
events/anaphora.py), so it is left to that step."""


def needs_partner(pattern_cameo: str) -> bool:
    """Whether events of a pattern coding ``pattern_cameo`` need a target: consultations (root 04)
    do, in every mood (the pattern's code, not the event's: an intent to meet is 036)."""
    return pattern_cameo[:1].isdigit() and codebook.root_of(pattern_cameo) == CONSULT_ROOT \
        and not pattern_cameo.startswith(MEDIATE)
