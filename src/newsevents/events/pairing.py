"""Who acts on whom once a trigger's parties are found: the doer an act implies when none is
named, the pairs of a mutual or joint act, and the code a pair's doer makes of the act (a crowd's
attack is a riot). Split from :mod:`~newsevents.events.coder`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.accepted_proposals import accepted_proposal
from newsevents.events.arguments import same_actor
from newsevents.events.coercion_forms import coup_makers
from newsevents.events.combat import armed_reverse, two_sided_fight
from newsevents.events.crowd_damage import crowd_damage_code
from newsevents.events.expelled import expelling_state
from newsevents.events.hostilities import beside_arrest
from newsevents.events.implied import (
    captor_code,
    domestic_sanction_code,
    press_ban_code,
    repression_code,
    riot_code,
    street_protest,
)
from newsevents.events.implied_actors import (
    IMPLIED_AUTHORITY_CODES,
    IMPLIED_COURT_CODES,
    IMPLIED_POLICE_CODES,
    implied_authorities,
    implied_court,
    implied_crowd,
    implied_police,
    story_attacker_doer,
    story_force_doer,
)
from newsevents.events.match_context import crowd_participle
from newsevents.events.matching import Match
from newsevents.events.modality import FACT, Mood
from newsevents.events.multilateral import multilateral_pairs
from newsevents.events.partners import agreed_together
from newsevents.events.patterns import Lexicon
from newsevents.events.released_detainees import released_after_arrest
from newsevents.events.reporting_doers import reporting_doer
from newsevents.events.roles import MentionIndex
from newsevents.events.state_releases import STATE_RELEASE_SUFFIX, state_release
from newsevents.events.trials import TRIAL_SUFFIX, trial_court
from newsevents.events.visits import partner_pairs
from newsevents.records import ActorMention

# Acts two parties do together, whichever is named as the subject: negotiations, signed
# agreements, ceasefires ("held peace talks with the rebels" codes both ways; so does a meeting:
# :mod:`~newsevents.events.visits`).
JOINT_CODES = ("046", "057", "087")
FIGHT_ROOT = 19

Pair = tuple[ActorMention | None, ActorMention | None]


def implied_sources(match: Match, code: str, sources: list[ActorMention], targets: list[ActorMention],
                     index: MentionIndex, lex: Lexicon, suffix: str) -> tuple[list[ActorMention], str]:
    """A doer the act implies when none is named: the police of an arrest, the crowd of a protest."""
    if not sources and targets and (army := coup_makers(match, targets)) is not None:
        sources, suffix = [army], suffix + "+coup-makers"  # "was ousted in a coup" (events/coercion_forms.py)
    if not sources and targets and (court := trial_court(match, targets, index)) is not None:
        sources, suffix = [court], suffix + TRIAL_SUFFIX  # "went on trial in Nairobi" (events/trials.py)
    if not sources and targets and (code in IMPLIED_POLICE_CODES or beside_arrest(match, lex)
                                    or released_after_arrest(match, lex)):  # "arrested and later released"
        reading = story_force_doer(match, targets, index)  # "troops raided the camp; ten were held"
        if reading.force is not None:
            return [reading.force], suffix + "+story-force"
        if reading.blocked:
            return sources, suffix  # two forces, or another country's: no doer guessed
        police = implied_police(match, targets, index)
        if police is not None:
            sources, suffix = [police], suffix + "+implied-police"
    if not sources and targets and (attacker := story_attacker_doer(match, code, targets, index)) is not None:
        sources, suffix = [attacker], suffix + "+story-attacker"  # "forces shelled the town after skirmishes"
    if not sources and targets and state_release(match):  # "was freed from house arrest" (events/state_releases.py)
        state = implied_authorities(match, targets, index)
        if state is not None:
            sources, suffix = [state], suffix + STATE_RELEASE_SUFFIX
    if not sources and (hosts := expelling_state(match, code, targets, index)):
        sources, suffix = hosts, suffix + "+expelled-from"  # "were expelled from the United States"
    if not sources and targets and code in IMPLIED_COURT_CODES:
        court = implied_court(match, targets, index)  # "was sentenced to ten years": a court's verdict
        if court is not None:
            sources, suffix = [court], suffix + "+implied-court"
    if not sources and code in IMPLIED_AUTHORITY_CODES:
        state = implied_authorities(match, targets, index)  # "a curfew was imposed in Kisumu"
        if state is not None:
            sources, suffix = [state], suffix + "+implied-authorities"
    if not sources and targets and (reporter := reporting_doer(match, code, targets, index)) is not None:
        sources, suffix = [reporter], suffix + "+reporting-state"  # "the ministry said the envoy was summoned"
    if not sources and (street_protest(code) or crowd_participle(match, lex)):
        crowd = implied_crowd(match, index)  # "three weeks of protests": the country's civilians
        if crowd is not None and not any(same_actor(crowd, t) and t.kind != "place" for t in targets):
            sources, suffix = [crowd], suffix + "+implied-civilians"
    return sources, suffix


def pairs_of(match: Match, state: Mood, code: str, sources: list[ActorMention], targets: list[ActorMention],
           between: list[ActorMention]) -> list[Pair]:
    """Who acts on whom: each source on each target, each side of a mutual act on the others."""
    pattern = match.pattern
    pairs: list[Pair]
    if not sources:
        # An unnamed doer ("were killed by a roadside bomb") stays null; the target is political.
        pairs = [(None, t) for t in targets if t.country or (t.code is not None and len(t.code) > 3)]
    elif targets:
        pairs = [(s, t) for s in sources for t in targets]
    elif (pattern.mutual or fr.reciprocal(match.token) or agreed_together(match, code)) and len(sources) > 1:
        # "met", "accused each other": each doer acts on each other one; but "A and B agreed to
        # the resolution" accept a third party's text (events/accepted_proposals.py)
        accepted = accepted_proposal(match.verb or match.token)
        summit = multilateral_pairs(code, match, sources)  # events/multilateral.py
        pairs = [] if accepted else summit if summit is not None \
            else [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, None) for s in sources]
    if between[1:] and (pattern.mutual or codebook.root_of(code) == FIGHT_ROOT):
        # "talks among A, B and C": every side acts on every other one; so do the sides of
        # "fighting between A and B", whatever noun names the fighting
        pairs += [(t, s) for t in between[1:] for s in between if s is not t and (t, s) not in pairs]
    elif sources and targets and pattern.mutual and pattern.pos == "noun" and state.kind == FACT \
            and code.startswith(JOINT_CODES):
        # "peace talks with the rebels", "a truce with Kyiv": a joint act, each side its source
        pairs += [(t, s) for s in sources for t in targets]
    if pattern.mutual:
        pairs += partner_pairs(code, state.kind == FACT, pairs)  # "A met B": B met A too (events.visits)
    if pattern.mutual or two_sided_fight(match):
        pairs += armed_reverse(code, state.kind == FACT, pairs)  # "troops clashed with rebels": both fought
    return pairs


def doer_code(code: str, source: ActorMention | None, target: ActorMention | None,
               crowd_doer: bool, doc: Doc) -> tuple[str, str]:
    """The code as its doer and target make it (a crowd's attack is a riot, a state's on its own
    people repression, ...) and the rule suffix that says so ("" when unchanged)."""
    found_code = riot_code(code, source, crowd_doer)
    if found_code != code:
        return found_code, "+riot"
    if (found_code := crowd_damage_code(code, source, target, doc)) != code:
        return found_code, "+riot"  # "people burned government offices" (events/crowd_damage.py)
    if (found_code := repression_code(code, source, target)) != code:
        return found_code, "+repression"
    if (found_code := captor_code(code, source)) != code:
        return found_code, "+captors"
    if (found_code := domestic_sanction_code(code, source, target)) != code:
        return found_code, "+domestic"
    if (found_code := press_ban_code(code, target)) != code:
        return found_code, "+press"
    return code, ""
