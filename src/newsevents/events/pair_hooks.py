"""The hooks that settle one source-target pair of a trigger (called in order by
``coder._pair_events``): who the sides really are and what code their act takes
(:func:`sided_code`), then the target a sentence leaves implied (:func:`implied_target`).

Each hook lives in the module of its rule and returns ``None`` (or an empty suffix) where it does
not apply; the order here is the order they have always run in, and it matters: the first hook
that applies wins.
"""

from __future__ import annotations

from newsevents.events.capital_settings import capital_setting_target
from newsevents.events.combat import armed_code
from newsevents.events.custody import held_by_state
from newsevents.events.event_forms import health_strike_target
from newsevents.events.expelled import departure_code, membership_code
from newsevents.events.force_sides import border_foe, mutual_home_sides, street_force
from newsevents.events.home_coercion import (
    held_person_target,
    home_posture_target,
    home_restriction_target,
    political_strike_target,
)
from newsevents.events.home_enemies import home_ground
from newsevents.events.home_institutions import home_institution
from newsevents.events.hostilities import home_sides, hostile_code
from newsevents.events.implied import (
    domestic_demand_target,
    domestic_target,
    emergency_target,
    insurgency_target,
)
from newsevents.events.matching import Match
from newsevents.events.pairing import doer_code
from newsevents.events.pleas import domestic_appeal_target
from newsevents.events.private_demands import SUFFIX as PRIVATE_SUFFIX
from newsevents.events.private_demands import private_demand_target
from newsevents.events.protest_calls import embassy_crowd, home_cordon_target, nation_addressed, state_blockade
from newsevents.events.protest_doers import party_protest_target
from newsevents.events.protest_forms import governed_strike_target
from newsevents.events.restrictions import home_sanction_target
from newsevents.events.unaimed_riots import unaimed_riot
from newsevents.events.yielding import rescued_captives, surrender_target
from newsevents.records import ActorMention

Sided = tuple[ActorMention | None, ActorMention | None, str, str]
"""A pair's source and target, its code and its rule suffix."""


def sided_code(code: str, match: Match, source: ActorMention | None, target: ActorMention | None, suffix: str,
               crowd_doer: bool, story_countries: list[str]) -> Sided:
    """The pair's sides and code, refined by who does the act to whom ("clashed with rebels",
    "police blocked the route", "the AU suspended Mali"); the suffix is ``suffix`` followed by
    those of the hooks that applied."""
    source = embassy_crowd(code, source, target, match.token.doc) or source  # events/protest_calls.py
    source, target, home_suffix = home_sides(code, source, target, story_countries)  # "clashed with rebels"
    if not home_suffix:  # "clashes between the army and rebels": the rebels' side too (events/force_sides.py)
        source, home_suffix = mutual_home_sides(code, match, source, target, story_countries)
    source, target, found_code, found_suffix = street_force(code, match, source, target)  # "police clashed
    if not found_suffix:  # with protesters": the crowd rioted (events/force_sides.py)
        found_code, found_suffix = hostile_code(code, match, source, target)  # "rebels killed soldiers": a fight
    if not found_suffix:
        found_code, found_suffix = armed_code(code, match, source, target)  # before captors: "captured Bunia"
    if not found_suffix:
        found_code, found_suffix = doer_code(code, source, target, crowd_doer, match.token.doc)
    if (blockade := state_blockade(found_code, match, source)) is not None:  # events/protest_calls.py
        found_code, found_suffix = blockade, found_suffix + "+state-blockade"  # "police blocked the route"
    if (member := membership_code(found_code, source, target)) is not None:
        found_code, found_suffix = member, found_suffix + "+membership"  # "the AU suspended Mali"
    elif (left := departure_code(found_code, match, source, target)) is not None:
        found_code, found_suffix = left, found_suffix + "+membership"  # "Mali withdrew from ECOWAS"
    return source, target, found_code, suffix + home_suffix + found_suffix


def implied_target(found_code: str, match: Match, source: ActorMention | None, target: ActorMention | None,
                   found_suffix: str, needs_target: bool,
                   story_countries: list[str]) -> tuple[ActorMention | None, str]:
    """The pair's target and suffix once a target the sentence leaves implied is filled in (the
    country's own people, a border foe) or a named one is read as the state's own (a detainee,
    an institution, a posture at home)."""
    if target is None and not unaimed_riot(found_suffix) \
            and (home := domestic_target(found_code, source)  # "fighting between supporters" (unaimed_riots)
                           or domestic_demand_target(found_code, source)
                           or party_protest_target(found_code, source)  # events/protest_doers.py
                           or nation_addressed(match, found_code, source)  # events/protest_calls.py
                           or domestic_appeal_target(match, found_code, source)
                           or surrender_target(found_code, source)
                           or emergency_target(found_code, source)
                           or insurgency_target(found_code, source)
                           or (None if needs_target else home_ground(found_code, source)
                               or home_sanction_target(found_code, source))
                           or home_restriction_target(found_code, source, match.token.lemma_)
                           or political_strike_target(found_code, source)
                           or health_strike_target(found_code, source)
                           or governed_strike_target(found_code, source)  # events/protest_forms.py
                           or home_cordon_target(found_code, source)) is not None:
        # before the target test: an implied target is a target ("the opposition says the protests will go on")
        target, found_suffix = home, found_suffix + "+domestic-target"
    if target is None and (home := private_demand_target(match, found_code, source, story_countries)) is not None:
        target, found_suffix = home, found_suffix + PRIVATE_SUFFIX  # "the runner-up called for a recount"
    if target is None and (foe := border_foe(found_code, match, source, story_countries)) is not None:
        target, found_suffix = foe, found_suffix + "+border-foe"  # "ordered troops to the border"
    rescued = rescued_captives(match.token.doc, target)  # "freed officers detained by Eritrean soldiers"
    if not rescued and (held := held_person_target(found_code, source, target)
                        or held_by_state(found_code, source, target)) is not None:
        # "arrested blogger Nguyen Van Dai", "Egyptian police detained the opposition leader"
        target, found_suffix = held, found_suffix + "+held-at-home"
    if not rescued and (institution := home_institution(found_code, source, target)) is not None:
        target, found_suffix = institution, found_suffix + "+home-institution"  # "dissolved parliament"
    if (home_force := home_posture_target(found_code, source, target, match.token.doc,
                                          match.token.i)) is not None:
        target, found_suffix = home_force, found_suffix + "+home-posture"  # "troops were deployed in Lusaka"
    if (scene := capital_setting_target(found_code, target, match.token.doc)) is not None:
        target, found_suffix = scene, found_suffix + "+place-target"  # "attacks in Kabul" (events/capital_settings.py)
    return target, found_suffix
