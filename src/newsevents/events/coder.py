"""The event coder: take the triggers :mod:`~newsevents.events.matching` finds, fill their frames
with actors, apply the construction rules, and build :class:`Event` records with their evidence.
Filling a frame's slots lives in :mod:`~newsevents.events.arguments`; the hooks that settle each
source-target pair in :mod:`~newsevents.events.pair_hooks`; building the records, and leaving out a
second mention of one act, in :mod:`~newsevents.events.emit`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.accompanying import without_retold
from newsevents.events.accus_failings import failing
from newsevents.events.accus_links import armed_link
from newsevents.events.accus_rallies import rally_call
from newsevents.events.accus_victimhood import victimhood
from newsevents.events.agent_nouns import answered_offer
from newsevents.events.agentless_reports import WATCHDOG_PATTERN, code_watchdog_report
from newsevents.events.agreed_opinions import agreed_opinion
from newsevents.events.agreement_parties import PENDING, agreement_theme, aim_at_parties
from newsevents.events.aid_recipients import recipients_placed
from newsevents.events.aims import captives_government, held_at_home, released_own
from newsevents.events.allegations import (
    ALLEGE_PATTERN,
    VICTIM_PATTERN,
    allegation,
    code_allegation,
    unproven_acts,
    victim_report,
)
from newsevents.events.anaphora import resolve_acts
from newsevents.events.answered_acts import answerers
from newsevents.events.answered_charges import apposed_charges, charge_denials
from newsevents.events.appraisals import BACKING_PATTERN, appraisal
from newsevents.events.arguments import fill_slots, same_actor, venue_only
from newsevents.events.blame import BLAME_PATTERN, CLAIM_PATTERN, blame, claim, disputed
from newsevents.events.called_away import called_away
from newsevents.events.calls_to_act import call_to_act
from newsevents.events.censure import spoken_of
from newsevents.events.ceremony_guests import ceremony_guests
from newsevents.events.charged_defiance import charged_defiance
from newsevents.events.claimed_acts import claimed_words, denied_charge_words
from newsevents.events.co_agents import co_agents
from newsevents.events.coercion_forms import coup_ouster, listed_held
from newsevents.events.combat import toll_leave, toll_victims
from newsevents.events.commentary import RECOGNITION_PATTERNS, honoured, interview
from newsevents.events.complaints import regret, state_protest
from newsevents.events.confinement import refused_exit
from newsevents.events.constructions import (
    concern,
    desire,
    dissent_threat,
    failure_report,
    obligation,
    phone_call,
    readiness,
    wrongful_act,
)
from newsevents.events.coordination import conjuncts
from newsevents.events.crowd_charges import CROWD_PATTERN, code_crowd_charge, crowd_charge
from newsevents.events.custody import in_custody
from newsevents.events.denied_gatherings import denied_gathering
from newsevents.events.disapproval import credited, disapproval
from newsevents.events.election_rounds import round_of_other
from newsevents.events.emit import Found, emit, without_retellings
from newsevents.events.event_forms import without_place_twins
from newsevents.events.expulsions import expulsion_order
from newsevents.events.failed_duties import neglect
from newsevents.events.force_acts import without_force_twins
from newsevents.events.force_readiness import force_readiness
from newsevents.events.force_sides import clash_repression, own_people
from newsevents.events.frame_senses import (
    approving_welcome,
    defence_plea,
    held_place,
    planned_trip,
    safety_warning,
    third_country_venue,
)
from newsevents.events.gates import gated, readers_of, union
from newsevents.events.harmful_effects import harmful_effect
from newsevents.events.held_places import held_place_targets
from newsevents.events.home_coercion import home_posture
from newsevents.events.home_pledges import unaimed_agreement
from newsevents.events.hosted_talks import host_events
from newsevents.events.hostilities import owners_only
from newsevents.events.implied import REPRESSION, domestic_visit, home_protest, private_trip
from newsevents.events.implied_actors import installation_owner, outside_party
from newsevents.events.jailbreaks import jailbreak
from newsevents.events.joint_we import joint_we, we_partners
from newsevents.events.labelled_wrongs import labelled_wrong
from newsevents.events.late_reading import NAMING_PATTERNS, carriers, late_targets
from newsevents.events.licensing import license_noun
from newsevents.events.match_context import MEDIATE, among, between_parties, foreign_guest, purposeful_trip, refers_back
from newsevents.events.matching import Match, best_match, characterization, doer_words, naming_predicates
from newsevents.events.mediation import helped_negotiation, prefixed_mediation
from newsevents.events.meeting_acts import meeting_partner_targets
from newsevents.events.meeting_sides import meeting_sides
from newsevents.events.meetings_abroad import received_visit, without_redundant_hosts
from newsevents.events.misconduct import misconduct, pointed_irregularities
from newsevents.events.modality import FACT, INTENT, OBLIGED, Mood, mood
from newsevents.events.multilateral import attendees_unpaired
from newsevents.events.obligations import own_country, semi_obligation, spoken_of_others
from newsevents.events.ordered_truces import ordered_truces
from newsevents.events.outlet_reports import outlet_trade
from newsevents.events.outlook import outlook
from newsevents.events.pair_hooks import implied_target, sided_code
from newsevents.events.pairing import Pair, implied_sources, pairs_of
from newsevents.events.participation import (
    contention_parties,
    crowd_saying,
    fallen_sides,
    held_state,
    repressed_protest,
)
from newsevents.events.partnerless import (
    STAY_ID,
    met_in_final,
    met_with_means,
    needs_partner,
    no_partner,
    public_side,
    stay_visit,
    unknown_visitor,
)
from newsevents.events.partners import meeting_members
from newsevents.events.patterns import Lexicon, lexicon
from newsevents.events.pleas import APPEAL_NOUN_ID, bare_call
from newsevents.events.protest_calls import stated_demand
from newsevents.events.purpose_clauses import stated_aim
from newsevents.events.refused_outcomes import refused_outcome
from newsevents.events.released_documents import released_document
from newsevents.events.reported_attacks import charged_acts
from newsevents.events.requests import (
    APPEAL_NOUN_PATTERN,
    DEMAND_NOUN_PATTERN,
    asserted,
    necessity,
    pressing,
    request_noun,
)
from newsevents.events.responses import forceful_response
from newsevents.events.restrictions import restricted_place, stripped_of
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.safety_advice import safety_advice
from newsevents.events.schedules import building_trip
from newsevents.events.settle import setting_holds, settle_code
from newsevents.events.shown_facts import shown_fact
from newsevents.events.speaker_acts import reported_words
from newsevents.events.sponsored_groups import identifying_backing
from newsevents.events.standing_recognition import standing_recognition
from newsevents.events.standing_support import standing_support
from newsevents.events.state_releases import without_repeated_releases
from newsevents.events.statements import statement
from newsevents.events.street_protests import camped_crowd
from newsevents.events.summits import hosting_left_out
from newsevents.events.target_senses import unforced_targeting
from newsevents.events.targets import purpose_targets, untargeted
from newsevents.events.threat_options import unruled_force
from newsevents.events.threats import deadline, harm_threat, penalty_threat
from newsevents.events.tolls import accident, victims
from newsevents.events.trials import trial_to_come
from newsevents.events.triggers import may_trigger, triggers_of
from newsevents.events.trips import no_visit
from newsevents.events.veiled_threats import provoked_response, regret_threat, unanswered_act
from newsevents.events.venue_talks import venue_talks, without_attended_visits
from newsevents.events.venue_visits import venue_only_visit
from newsevents.events.verdicts import REBUKE_PATTERN, verdict
from newsevents.events.violence_forms import places_only, unarmed_battle
from newsevents.events.visiting_partners import visitor_participle
from newsevents.events.weapon_owners import weapon_owners
from newsevents.events.wrongdoing import agent_wrongdoing
from newsevents.events.wrongful_aims import wrongful_aim
from newsevents.events.yielding import captive_return, rescued
from newsevents.nlp.docview import doc_view
from newsevents.nlp.extensions import doc_attribute
from newsevents.records import ActorMention, Event

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import Knowledge

# Constructions of what someone says: with no speaker found there is no event.
FAILURE_PATTERN = "_failure"
# A reported failure or wrongful act: the report is the accusation; the act is not coded again.
REPORTED_WRONGS = {FAILURE_PATTERN, "_wrongful", BLAME_PATTERN, CLAIM_PATTERN, BACKING_PATTERN}
SPEECH_PATTERNS = NAMING_PATTERNS | REPORTED_WRONGS | {"_concern", "_dissent_threat"}
# Claims and requests named as nouns: their maker's acts, whatever the verb they are the object of
# does with them ("rejected Kyiv's claim that ...", "turned down the demand that ...").
NOMINAL_SPEECH = {CLAIM_PATTERN, DEMAND_NOUN_PATTERN, APPEAL_NOUN_PATTERN}
TRIP_PATTERNS = {"consult.travel", "consult.depart", STAY_ID}
"""Trips ("flew to", "returned to") that are visits only when made in office or to meet."""
HOST, VISIT = "043", "042"
# Adjunct prepositions whose event came before the one they are attached to ("after talks").
PRIOR_PREPS = frozenset({"after", "following", "since"})
# Disapproval, rejection and threats are said by someone: one named only as a setting, with no
# speaker found ("amid concerns over Beijing's role"), is background, not an event.
SPOKEN_CONFLICT_ROOTS = {"11", "12", "13"}

# An event's confidence is its pattern's, times one weight for each reason to doubt it.
NOUN_TRIGGER = 0.85
"""A noun ("the talks") reports an event less surely than a verb."""
NOT_A_FACT = 0.85
"""Any mood but a plain fact: an intent, a threat, a refusal, an obligation."""
UNTARGETED = 0.7
"""Coded by an untargeted rule (the rule name gets a suffix): no target was named."""
GUESSED_SOURCE = 0.9
"""The source actor came from coreference or the article's country, not from the sentence."""
NO_SOURCE = 0.8
"""No source actor at all."""


def _code_match(match: Match, index: MentionIndex, lex: Lexicon, consumed: set[int],
                vetoes: dict[int, bool]) -> list[Found]:
    """The events one trigger codes: its mood and code, its parties, then one event per pair."""
    pattern = match.pattern
    verb = match.verb or match.token
    if refers_back(match) or accident(match, lex) or toll_leave(match.token) or held_state(match.token) \
            or (pattern.id == APPEAL_NOUN_ID and bare_call(match.token)) \
            or (asserted(match.token) and match.pattern.cameo[:2] == "10") \
            or met_with_means(match) or shown_fact(match.token) or (pattern.pos == "verb" and stated_aim(verb)) \
            or (pattern.pos == "noun" and round_of_other(match.token)) or identifying_backing(match) \
            or agreed_opinion(pattern.id, verb) or safety_advice(pattern.cameo, verb) or approving_welcome(match) \
            or called_away(match) or defence_plea(match) or held_place(match, lex) or met_in_final(match):
        # "insisted the vote was fair": no demand; "were met with tear gas"; "demonstrated why peace
        # is hard": no protest (events/shown_facts.py); "signed a deal to end the war" (events/purpose_clauses.py);
        # "the second round of the presidential election" (events/election_rounds.py); "groups
        # backed by X" (events/sponsored_groups.py); "agreed that recovery is far off" (events/agreed_opinions.py);
        # "urged residents to stay indoors" (events/safety_advice.py); "welcomed the troops for bringing
        # security" (events/frame_senses.py); "canceled a trip to Russia to go to the stricken region"
        # (events/called_away.py); "pleaded not guilty", "holds much of Somalia" (events/frame_senses.py)
        return []
    if match.adjunct and not setting_holds(match, verb, lex):
        return []
    state = mood(match.token, verb, lex)
    if trial_to_come(match, state):
        return []  # "will go on trial next month": no act yet (events/trials.py)
    if match.adjunct and state.kind == INTENT and match.token.head.lower_ in PRIOR_PREPS and not planned_trip(match):
        state = Mood(FACT)  # "will cut back after talks with Kyiv": the talks came first, they happened
    if pattern.lemma in (ALLEGE_PATTERN, VICTIM_PATTERN, WATCHDOG_PATTERN, CROWD_PATTERN):
        if state.kind != FACT:
            return []  # "did not allege", "may claim"
        charge = code_crowd_charge if pattern.lemma == CROWD_PATTERN \
            else code_watchdog_report if pattern.lemma == WATCHDOG_PATTERN else code_allegation
        return [Found(match, code, source, target, None, pattern.confidence)
                for code, source, target in charge(match, index, lex)]
    settled = settle_code(match, state, verb, lex, consumed, vetoes)
    if settled is None:
        return []
    state, code = settled
    parties = _parties(match, state, code, verb, index, lex, consumed)
    if parties is None:
        return []
    sources, targets, between = parties
    if outlet_trade(match, sources):
        return []  # "the media refused to report on it" (events/outlet_reports.py)
    if unarmed_battle(match, [*sources, *targets], lex):
        return []  # "the battle between the president and parliament" (events/violence_forms.py)
    if unforced_targeting(match, sources, lex):
        return []  # "imposed sanctions, targeting six officials" (events/target_senses.py)
    code, targets, suffix = untargeted(match, code, state.kind, sources, targets, index, lex)
    if not code:
        return []
    sources, suffix = implied_sources(match, code, sources, targets, index, lex, suffix)
    if jailbreak(verb, code, sources) or released_document(code, targets, match.token.doc):
        return []  # a breakout, "the budget was released" (events/jailbreaks.py, events/released_documents.py)
    if not sources and (match.spanned or not any(t.code for t in targets) or codebook.is_cooperation(code)
                        or (match.adjunct and code[:2] in SPOKEN_CONFLICT_ROOTS) or pattern.lemma in SPEECH_PATTERNS):
        return []  # cooperation needs a known actor to cooperate; "amid concerns over X", a speaker
    pairs = pairs_of(match, state, code, sources, targets, between)
    return _pair_events(match, state, code, suffix, pairs, lex)


Parties = tuple[list[ActorMention], list[ActorMention], list[ActorMention]]


def _parties(match: Match, state: Mood, code: str, verb: Token, index: MentionIndex, lex: Lexicon,
             consumed: set[int]) -> Parties | None:
    """The trigger's sources, targets and the parties named "between" or "among" it; None when an
    obligation names no one who must act."""
    pattern = match.pattern
    between = actors_of(between_parties(match), index, set()) \
        or among(actors_of(fr.prep_objects(match.token, {"among", "amongst"}), index, set())) \
        or meeting_members(match, index)  # "a meeting of the ministers of Peru and Chile"
    if state.kind == OBLIGED and state.governor is not None:
        # The speaker demands that the complement's subject act: source speaker, target that subject.
        speaker, doer = fr.subject(state.governor), fr.subject(verb)
        sources = actors_of(conjuncts(speaker), index, set()) if speaker is not None else []
        targets = actors_of(conjuncts(doer), index, {m.start for m in sources}) if doer is not None else []
        if not targets and doer is not None:  # '"They must withdraw," he said of the Russian troops'
            targets = spoken_of_others(sources, actors_of(spoken_of(state.governor, verb), index,
                                                          {m.start for m in sources}))
        targets = own_country(sources, targets)  # "the Kenyan minister said Kenya must ...": no one else
        if not targets:
            return None  # "said everything must be done": a demand needs an actor who must act
        between = []
    elif between and not pattern.mutual and "between" in pattern.target \
            and (mediators := fill_slots(pattern.source, match, index, set())):
        # "Egypt mediated between Israel and Hamas": the mediator acts on each party.
        sources, targets, between = mediators, between, []
    else:
        sources = between[:1] or ([] if venue_only(match, lex) else fill_slots(pattern.source, match, index, set()))
        sources = sources or weapon_owners(match, index, lex)  # "rebel artillery shells killed two civilians"
        targets = between[1:] or fill_slots(pattern.target, match, index, {m.start for m in sources})
        held = None if between[1:] else held_place_targets(match, code, sources, index)
        targets = targets if held is None else held  # "air strikes on rebel positions" (events/held_places.py)
        sources, targets = contention_parties(match, index, lex, sources, targets)  # "claimed by X"
        sources, targets = meeting_sides(match, code, sources, targets, index)  # "they held talks"
    if code.startswith(MEDIATE):
        sources = [outside_party(m, [*targets, *between], index) for m in sources]
    aimed = purpose_targets(match, code, sources, index, lex, consumed)
    targets = targets or aimed
    if not targets and sources:  # "Israel struck Gaza in response to Hamas rocket attacks": on Israel
        starts = {m.start for m in sources}
        targets = [m for m in actors_of(answerers(match), index, starts) if not any(same_actor(m, s) for s in sources)]
    if not targets or owners_only(match, targets):  # "attacked a village, killing 12 people": the toll
        # names whom the attack hit (and "stormed the ambassador's residence, killing 14 guerrillas")
        targets = [t for t in actors_of(toll_victims(match, lex), index, {m.start for m in sources})
                   if not any(same_actor(t, m) for m in sources)] or targets
    elif places_only(match, targets):  # "an ambush in Kunduz", "an outpost in Chad": where, not whom (violence_forms)
        owner = installation_owner(match, code, sources, index)
        targets = [t for t in actors_of(victims(match, lex), index, {m.start for m in sources})
                   if not any(same_actor(t, m) for m in sources)] or ([owner] if owner is not None else targets)
    return sources, targets, between


def _pair_events(match: Match, state: Mood, code: str, suffix: str, pairs: list[Pair],
                 lex: Lexicon) -> list[Found]:
    """One event per pair that holds, with its code refined by who does it to whom."""
    pattern = match.pattern
    if hosting_left_out(match, state.kind):
        return []  # "will host a summit of African leaders": not yet an event (events/summits.py)
    confidence = pattern.confidence * (NOUN_TRIGGER if pattern.pos == "noun" else 1.0)
    confidence *= 1.0 if state.kind == FACT else NOT_A_FACT
    confidence *= UNTARGETED if suffix else 1.0
    needs_target = pattern.needs_target or match.adjunct or needs_partner(pattern.cameo)  # "due to meet"
    tags = [] if state.kind == FACT else [state.kind]
    governor = state.governor.i if state.governor is not None else None
    # "protesters died in clashes with police": the crowd fell, the police are the doers
    toll_fight = fallen_sides(match, lex) is not None
    crowd_doer = bool(doer_words(match.token, lex) & lex.word_list("crowd_doers")) and not toll_fight
    trip = pattern.id in TRIP_PATTERNS
    purposeful = trip and purposeful_trip(match.token, lex)
    story = doc_attribute(match.token.doc, "ne_story")
    story_countries = story.countries if story is not None else []
    out = []
    for source, target in pairs:
        target = restricted_place(code, target, match.token.doc) or target  # "a curfew in Bangkok": its people
        if (source is not None and same_actor(source, target) and released_own(code, target, match.token.doc)) \
                or held_at_home(code, source, target, match.token.doc):
            target = None  # "demanded the release of its leader": made of whoever holds him (below)
        target = captives_government(code, source, target, match.token.doc) or target  # of Venezuela's prisoners
        if source is not None and same_actor(source, target) and not home_protest(code, source, target) \
                and not own_people(code, source, target) \
                and not home_posture(code, source, target, match.token.doc):  # "Mali sent troops to Gao"
            continue
        # "committed to the talks", "would support the agreement": aimed later at the agreement's other
        # party (events/agreement_parties.py), else dropped there
        pending = target is None and source is not None and (agreement_theme(match, code) is not None
                                                              or joint_we(source, code))  # events/joint_we.py
        if match.adjunct and target is None and not pending:
            continue  # "detained during protests": a setting codes only with its parties named
        source, target, found_code, found_suffix = sided_code(code, match, source, target, suffix, crowd_doer,
                                                              story_countries)  # events/pair_hooks.py
        target, found_suffix = implied_target(found_code, match, source, target, found_suffix, needs_target,
                                              story_countries)
        dropped = (needs_target and target is None) or no_partner(pattern.cameo, found_code, target) \
            or unaimed_agreement(match, target)  # "agreed to hold a new vote" (events/home_pledges.py)
        if dropped and not (pending and target is None):
            continue
        found_suffix += PENDING if dropped else ""
        if not ((source is not None and source.code) or (target is not None and target.code)):
            continue
        if domestic_visit(code, source, target) or (trip and (private_trip(source, purposeful) or no_visit(
                match.verb or match.token, source) or unknown_visitor(pattern.id, source)
                or building_trip(match.verb or match.token, target))):  # "went to the embassy" (schedules.py)
            continue
        if public_side(pattern.cameo, source, target) or safety_warning(match, source, target):
            continue  # "met the families of the victims": no consultation (events/partnerless.py)
        if venue_only_visit(found_code, state.kind, match, source, target) \
                or visitor_participle(match.token.doc, match.token.i):  # "met visiting X": X visits
            continue  # "in Geneva for talks with Lavrov": no visit to Switzerland (events/venue_visits.py)
        if interview(pattern.id, source, target) or honoured(pattern.id, source, target, match.token.doc):
            continue  # "spoke to a blogger", "recognized the journalist" (events/commentary.py)
        if standing_recognition(pattern.id, match.token, RECOGNITION_PATTERNS):
            continue  # "Ouattara, who is recognized by the UN as the winner" (events/standing_recognition.py)
        if standing_support(match.token):
            continue  # "the council, which backs the government" (events/standing_support.py)
        guessed = source is not None and (source.rule.startswith("coref") or source.rule == "context-country")
        conf = confidence * (GUESSED_SOURCE if guessed else 1.0)
        conf *= NO_SOURCE if source is None else 1.0
        out.append(Found(match, found_code, source, target, governor, round(conf, 3), tags, found_suffix))
        if clash_repression(found_code, match, source, target):  # "police clashed with protesters": both
            # sides' acts, the crowd's riot and the forces' repression (events/force_sides.py)
            out.append(Found(match, REPRESSION, target, source, governor, round(conf, 3), tags,
                             found_suffix + "+clash-force"))
        if received_visit(pattern.id, found_code, state.kind, source, target, match.token.doc) \
                and not third_country_venue(match, source, target):  # events/frame_senses.py
            # "visited Kenya": the host receives the visitor (043), as the gold codes visits both
            # ways; "arrived in Kampala" is the visitor's move alone (events/meetings_abroad.py)
            out.append(Found(match, HOST, target, source, governor, round(conf, 3), tags, found_suffix + "+host"))
        if found_code == HOST and foreign_guest(source, target):
            # "were welcomed by Erdogan": the guests' side of a hosted visit is their visit (042)
            out.append(Found(match, VISIT, target, source, governor, round(conf, 3), tags, found_suffix + "+guest"))
    return out


def code_doc(doc: Doc, lex: Lexicon | None = None, knowledge: Knowledge | None = None) -> list[Event]:
    """Every event in a parsed and actor-tagged ``Doc``, in text order.

    ``knowledge``: the dictionaries named entities left uncoded are coded with (default: the
    built-in ones).
    """
    lex = lex or lexicon()
    index = MentionIndex(doc, knowledge)
    found = co_agents(_code_matches(_matches(doc, lex, index), index, lex), index)  # "joined X in condemning"
    found += ceremony_guests(doc, index, lex)  # "heads of state in attendance included ..." (events/ceremony_guests.py)
    # "the talks included officials from A and B", with the host told as the venue (events/venue_talks.py)
    found = without_attended_visits(found + venue_talks(doc, index, lex))
    found = ordered_truces(found, doc, index, lex)  # "ordered the army to halt attacks on X" (events/ordered_truces.py)
    found = [f for f in found if not charged_defiance(f.match.pattern.id, f.match.token)]  # events/charged_defiance.py
    found.sort(key=lambda f: f.match.token.i)
    found = charge_denials(found)  # "..., a charge Kigali has rejected": a denial (events/answered_charges.py)
    found = without_redundant_hosts(without_retold(late_targets(resolve_acts(found, lex, index))))
    # a quoted "we agreed" after talks (joint_we.py), "would support the agreement" (agreement_parties.py):
    # aimed at the other party
    found = aim_at_parties(we_partners(found))
    found = meeting_partner_targets(found)  # "met X and pledged aid": aimed at X (events/meeting_acts.py)
    found = recipients_placed(found, index)  # "aid to victims of the floods in Pakistan" (aid_recipients.py)
    # "shot and killed", "opened fire, killing three", "an airstrike hit a hospital" (events/force_acts.py)
    found = without_force_twins(carriers(found, lex))
    found = without_repeated_releases(found)  # a release retold with no doer (events/state_releases.py)
    return emit(without_place_twins(without_retellings(found)), doc)


@gated(*union(best_match))
def _lexicon_match(tok: Token, lex: Lexicon) -> Match | None:
    """The lexicon's own patterns (``best_match``), except where a construction rules them out."""
    return None if credited(tok) or rescued(tok) else best_match(tok, lex)


# The constructions that read a candidate trigger, in order: the first that matches wins
# (allegations, claims, noun requests ... before the lexicon's own patterns). Each is called only
# on the tokens its gates let through (see events/gates.py; a construction with none runs on all).
READERS = (
    allegation, victim_report, appraisal, armed_link, agent_wrongdoing, crowd_charge, statement, labelled_wrong,
    wrongful_aim, characterization,
    claim, request_noun, stated_demand, state_protest,
    regret, expulsion_order, deadline, disapproval, verdict, captive_return, stay_visit, refused_exit, denied_gathering,
    unruled_force, forceful_response, regret_threat, unanswered_act, provoked_response, refused_outcome,
    harmful_effect, in_custody, stripped_of, coup_ouster,
    listed_held, rally_call, helped_negotiation, prefixed_mediation,
    _lexicon_match, obligation, semi_obligation, force_readiness, readiness, necessity, desire, pressing, call_to_act,
    phone_call,
    concern, dissent_threat, failure_report, wrongful_act, misconduct, pointed_irregularities, blame, harm_threat,
    penalty_threat, outlook, camped_crowd, failing, neglect, victimhood,
)


def _matches(doc: Doc, lex: Lexicon, index: MentionIndex) -> list[Match]:
    """The trigger matches of ``doc``: for each candidate token, the first construction of
    :data:`READERS` that reads it."""
    candidates = may_trigger(doc_view(doc), triggers_of(lex))
    return readers_of(READERS, lex).matches(doc, candidates, index)


def _code_matches(matches: list[Match], index: MentionIndex, lex: Lexicon) -> list[Found]:
    """The events every match codes, verbs first; a trigger that codes consumes the words its
    event already covers (its object noun, a reported or named act), so that they code nothing."""
    # An alleged act is unproven: the allegation is the event, the act is not coded.
    consumed: set[int] = {a.i for m in matches if m.pattern.lemma == ALLEGE_PATTERN
                          for a in unproven_acts(m.token, lex)}
    # An act told only in the report of a side opposed to its doer is that side's accusation.
    consumed.update(a.i for m in matches for a in charged_acts(m, index, lex))
    # An act told only as another's claim ("alleged that he insulted the army") is unproven too.
    # The denial of an apposed charge ("..., a charge Kigali rejects") is the narrator's, never part
    # of the charge it answers; the act told in the charge is unproven.
    answers = apposed_charges(matches[0].token.doc) if matches else {}
    if matches:
        consumed.update(claimed_words(matches[0].token.doc, index, lex))
        consumed.update(denied_charge_words(answers, index, lex))
    found: list[Found] = []
    vetoes: dict[int, bool] = {}
    # Verbs first: a verb that codes an event owns its theme ("imposed sanctions", "condemned the
    # attack"); a noun trigger left free codes only where a light verb or adjunct licenses it.
    for match in sorted(matches, key=lambda m: (m.pattern.pos != "verb", m.token.i)):
        if match.token.i in consumed and match.pattern.lemma not in NOMINAL_SPEECH and match.token.i not in answers:
            continue  # a claim stays its maker's act whatever the verb it is the object of does with it
        if match.pattern.pos == "noun" and not license_noun(match, lex):
            continue
        coded = _code_match(match, index, lex, consumed, vetoes)
        coded += host_events(coded, index)  # "Qatar hosted talks between A and B": 043 to each side
        coded = attendees_unpaired(coded)  # "A, B and C attended the talks": not with each other
        # a claimed act that is denied is unproven, whether or not the claim names who made it
        claimed = match.pattern.lemma == CLAIM_PATTERN and disputed(match.token, lex)
        if (coded or claimed) and match.pattern.lemma in REPORTED_WRONGS and match.theme is not None:
            # "reported that Serbia failed to withdraw ...": the failure is the accusation, not a refusal
            consumed.update(reported_words(match.theme))
        if coded and match.pattern.lemma in NAMING_PATTERNS:
            consumed.update(t.i for t in naming_predicates(match, lex))  # "called it a *threat*"
            if match.theme is not None:
                # "called the attempt to *detain* her unlawful": the named act is referred to, not reported
                consumed.update(t.i for t in match.theme.subtree)
        if coded and match.pattern.pos == "verb" and match.theme is not None \
                and match.pattern.lemma not in (VICTIM_PATTERN, WATCHDOG_PATTERN, CROWD_PATTERN, REBUKE_PATTERN) \
                and not match.pattern.cameo.startswith(MEDIATE) \
                and not repressed_protest(match, lex) and not crowd_saying(match, lex):
            # "brokered a truce", "in a rebuke to X, Y left", "clashed with protesters calling for ...": two
            # One event per phrase: the verb's object noun ("offered military *support*") is part
            # of the verb's event, not a second one.
            # An offer accepted or rejected is the offerer's act besides ("rejected Jakarta's *offer* of
            # autonomy": Indonesia's offer to the rebels, events/agent_nouns.answered_offer)
            consumed.update(t.i for t in [match.theme, *fr.objects(match.token)] if not answered_offer(t))
        found.extend(coded)
    return found
