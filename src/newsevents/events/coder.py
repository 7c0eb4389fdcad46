"""The event coder: take the triggers :mod:`~newsevents.events.matching` finds, fill their frames
with actors, apply the construction rules, and build :class:`Event` records with their evidence.
Filling a frame's slots lives in :mod:`~newsevents.events.arguments`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.allegations import (
    ALLEGE_PATTERN,
    VICTIM_PATTERN,
    allegation,
    code_allegation,
    unproven_acts,
    victim_report,
)
from newsevents.events.anaphora import resolve_acts
from newsevents.events.anchors import back_reference, inside_retold
from newsevents.events.arguments import (
    IMPLIED_POLICE_CODES,
    fill_slots,
    implied_crowd,
    implied_police,
    outside_party,
    place_tokens,
    purpose_targets,
    same_actor,
    untargeted,
    venue_only,
)
from newsevents.events.attributes import domestic_place, event_date, event_place
from newsevents.events.blame import BLAME_PATTERN, CLAIM_PATTERN, blame, claim, disputed
from newsevents.events.complaints import regret, state_protest
from newsevents.events.implied import (
    captor_code,
    domestic_demand_target,
    domestic_sanction_code,
    domestic_target,
    domestic_visit,
    emergency_target,
    home_protest,
    insurgency_target,
    opposition_target,
    press_ban_code,
    private_trip,
    repression_code,
    riot_code,
    street_protest,
)
from newsevents.events.licensing import license_noun
from newsevents.events.matching import (
    Match,
    best_match,
    characterization,
    concern,
    desire,
    dissent_threat,
    doer_words,
    failure_report,
    naming_predicates,
    obligation,
    phone_call,
    readiness,
    wrongful_act,
)
from newsevents.events.modality import (
    FACT,
    HYPOTHETICAL,
    INTENT,
    NEGATED,
    OBLIGED,
    REFUSE,
    REQUESTED,
    Mood,
    conflict_mood,
    mood,
    recode,
)
from newsevents.events.outlook import outlook
from newsevents.events.patterns import Lexicon, lexicon
from newsevents.events.requests import APPEAL_NOUN_PATTERN, DEMAND_NOUN_PATTERN, asserted, pressing, request_noun
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.threats import deadline, harm_threat, penalty_threat
from newsevents.events.tolls import accident, consequence
from newsevents.events.triggers import may_trigger, triggers_of
from newsevents.events.unattributed import weapon_act
from newsevents.events.visits import partner_pairs
from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import sentence_of, span_text
from newsevents.records import ActorMention, Event

if TYPE_CHECKING:
    from newsevents.dictionaries.knowledge import Knowledge

REQUEST_ROOTS = {"02": "appeal", "10": "demand"}
NAMING_PATTERNS = {"_call_bad", "_call_good", "_verdict_bad"}
# Constructions of what someone says: with no speaker found there is no event.
FAILURE_PATTERN = "_failure"
# A reported failure or wrongful act: the report is the accusation; the act is not coded again.
REPORTED_WRONGS = {FAILURE_PATTERN, "_wrongful", BLAME_PATTERN, CLAIM_PATTERN}
SPEECH_PATTERNS = NAMING_PATTERNS | REPORTED_WRONGS | {"_concern", "_dissent_threat"}
# Claims and requests named as nouns: their maker's acts, whatever the verb they are the object of
# does with them ("rejected Kyiv's claim that ...", "turned down the demand that ...").
NOMINAL_SPEECH = {CLAIM_PATTERN, DEMAND_NOUN_PATTERN, APPEAL_NOUN_PATTERN}
TRIP_PATTERNS = {"consult.travel"}
"""Trips ("flew to", "returned to") that are visits only when made in office or to meet."""
TRUCE = "087"
HOST, VISIT = "043", "042"
MEDIATE = "045"
# Prepositions of a violent act's means ("killed in an airstrike", "wounded in the shelling").
MEANS_PREPS = frozenset({"in", "through"})
# Acts two parties do together, whichever is named as the subject: negotiations, signed
# agreements, ceasefires ("held peace talks with the rebels" codes both ways; a meeting does not).
JOINT_CODES = ("046", "057", "087")
FIGHT_ROOT = 19
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


@dataclass(slots=True)
class _Found:
    match: Match
    cameo: str
    source: ActorMention | None
    target: ActorMention | None
    governor: int | None
    confidence: float
    tags: list[str] = field(default_factory=list)
    suffix: str = ""


def _vetoed(match: Match, lex: Lexicon, vetoes: dict[int, bool]) -> bool:
    """Whether the trigger's sentence holds a word of the ``veto_context`` list (sport, markets, film);
    ``vetoes`` keeps the answer per sentence (by its first token) for the sentence's other triggers."""
    sent = sentence_of(match.token)
    vetoed = vetoes.get(sent.start)
    if vetoed is None:
        context = lex.word_list("veto_context")
        parse = doc_view(match.token.doc)
        # Only nouns and verbs count: "match" the verb or "final" the adjective are not sport.
        # (The first lemma form is the lower-cased lemma.)
        vetoed = vetoes[sent.start] = any(
            parse.pos[i] in ("NOUN", "PROPN", "VERB")
            and (parse.forms[i][0] in context or parse.lower[i] in context)
            for i in range(sent.start, sent.end))
    return vetoed


def _refine_request(match: Match, code: str, lex: Lexicon, consumed: set[int]) -> str:
    """An appeal or demand takes its subject matter's code: "called for talks" -> 026."""
    name = REQUEST_ROOTS.get(code[:2])
    if name is None:
        return code
    comps = [c for c in match.token.children if c.dep_ in ("xcomp", "ccomp")] + fr.for_clauses(match.token)
    if match.theme is not None:
        comps.append(match.theme)
    for comp in comps:
        inner = best_match(comp, lexicon())
        if inner is not None:
            consumed.add(comp.i)
            refined = lex.map_code(name, inner.pattern.cameo)
            if refined is not None:
                return refined
    return code


def _means(match: Match, lex: Lexicon) -> bool:
    """Whether a violent setting is the means of its clause's violent act ("the army killed a
    commander *in an airstrike*", "rebels killed five soldiers *in an ambush*"): its doer is
    the clause's subject, unlike a setting's ("police stepped up security *after the attack*")."""
    verb = match.verb
    if verb is None or match.token.head.lower_ not in MEANS_PREPS:
        return False
    found = best_match(verb, lex)
    return found is not None and codebook.is_violence(found.pattern.cameo)


def _among(sides: list[ActorMention]) -> list[ActorMention]:
    """"Talks among A, B and C": the sides, when at least two are found (one alone is a misparse)."""
    return sides if len({m.entity for m in sides}) > 1 else []


def _mediation(verb: Token, lex: Lexicon) -> bool:
    found = best_match(verb, lex)
    return found is not None and found.pattern.cameo.startswith(MEDIATE)


def _polite(verb: Token) -> bool:
    """"would like X to", "'d prefer X to": a wish put politely; "might want", "could wish" and
    "if they want" stay hypothetical."""
    children = list(verb.children)
    return not any(c.dep_ == "mark" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children)


def _reference(match: Match) -> bool:
    """"the terms agreed in July", "the curfew imposed after the coup": a participle naming an
    earlier act refers to it rather than reporting it. One that names its doer ("hostages freed
    by the rebels", "journalists detained by police") reports the act."""
    tok = match.token
    return (match.pattern.pos == "verb" and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN"
            and not codebook.is_violence(match.pattern.cameo)  # "ten soldiers killed in Ukraine" reports a killing
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children))


def _between(match: Match) -> list[Token]:
    """The parties named by "between": on the trigger ("clashes between X and Y"), or, for a noun
    that is the subject of an occurrence verb, on that verb ("fighting broke out between X and Y")."""
    found = fr.prep_objects(match.token, {"between"})
    verb = match.verb
    if not found and verb is not None and match.light is None and not match.adjunct \
            and match.token.dep_ == "nsubj" and match.token.head.i == verb.i:
        found = fr.prep_objects(verb, {"between"})
    return found


def _purposeful(verb: Token, lex: Lexicon) -> bool:
    """"flew to Lima for talks", "travelled to Kyiv to meet ...": a trip made to meet or talk."""
    meeting = lex.word_list("meeting_words")
    return any(fr.has_lemma(o, meeting) for o in fr.prep_objects(verb, {"for"})) or any(
        c.dep_ in ("advcl", "xcomp") and fr.has_lemma(c, meeting) for c in verb.children)


def _crowd_participle(match: Match, lex: Lexicon) -> bool:
    """"thousands marched in London *calling for* the premier's resignation": what a crowd says
    while it protests is said by the same crowd (a participle on a street-protest verb)."""
    tok = match.token
    if match.pattern.pos != "verb" or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    head = best_match(tok.head, lex)
    return head is not None and street_protest(head.pattern.cameo)


def _code_match(match: Match, index: MentionIndex, lex: Lexicon, consumed: set[int],
                vetoes: dict[int, bool]) -> list[_Found]:
    pattern = match.pattern
    verb = match.verb or match.token
    if _reference(match) or accident(match, lex) or asserted(match.token):
        return []
    if match.adjunct:
        if mood(verb, verb, lex).kind in (NEGATED, REFUSE, HYPOTHETICAL):
            return []  # "did not meet during the summit"
        if codebook.is_conflict(pattern.cameo) and not _means(match, lex):
            match.subject = None  # "police stepped up security after the attack": not the attackers
        if pattern.mutual and _mediation(verb, lex):
            return []  # "mediated by X and Y during talks": the mediators are not the talks' sides
    state = mood(match.token, verb, lex)
    if match.adjunct and state.kind == INTENT and match.token.head.lower_ in PRIOR_PREPS:
        state = Mood(FACT)  # "will cut back after talks with Kyiv": the talks came first, they happened
    if pattern.lemma in (ALLEGE_PATTERN, VICTIM_PATTERN):
        if state.kind != FACT:
            return []  # "did not allege", "may claim"
        return [_Found(match, code, source, target, None, pattern.confidence)
                for code, source, target in code_allegation(match, index, lex)]
    if state.kind == HYPOTHETICAL and pattern.lemma == "_want":
        if not _polite(match.token):
            # "might want X to resign": neither the wish nor the wished act is a fact
            consumed.update(c.i for c in match.token.children if c.dep_ in ("xcomp", "ccomp"))
            return []
        state = Mood(FACT)  # "would like X to": a polite wish, not a condition
    if state.kind == REQUESTED:
        return []
    if state.kind == INTENT and pattern.cameo.startswith(TRUCE) and state.governor is not None \
            and fr.has_lemma(state.governor, lex.word_list("accord_verbs")):
        state = Mood(FACT, state.governor)  # "agreed to stop fighting": the agreement is the truce
    if state.kind == INTENT and codebook.is_material_conflict(pattern.cameo) and state.governor is not None \
            and fr.has_lemma(state.governor, lex.word_list("cooperative_intent")):
        return []  # "offered to send police": the offer codes, not a threat of force
    state = conflict_mood(state, pattern.cameo, verb, lex)
    code = recode(pattern.cameo, state.kind, lex)
    if code is None or _vetoed(match, lex, vetoes):
        return []
    code = _refine_request(match, code, lex, consumed)
    between = actors_of(_between(match), index, set()) \
        or _among(actors_of(fr.prep_objects(match.token, {"among", "amongst"}), index, set()))
    if state.kind == OBLIGED and state.governor is not None:
        # The speaker demands that the complement's subject act: source speaker, target that subject.
        speaker, doer = fr.subject(state.governor), fr.subject(verb)
        sources = actors_of(fr.conjuncts(speaker), index, set()) if speaker is not None else []
        targets = actors_of(fr.conjuncts(doer), index, {m.start for m in sources}) if doer is not None else []
        if not targets:
            return []  # "said everything must be done": a demand needs an actor who must act
        between = []
    elif between and not pattern.mutual and "between" in pattern.target \
            and (mediators := fill_slots(pattern.source, match, index, set())):
        # "Egypt mediated between Israel and Hamas": the mediator acts on each party.
        sources, targets, between = mediators, between, []
    else:
        sources = between[:1] or ([] if venue_only(match, lex) else fill_slots(pattern.source, match, index, set()))
        targets = between[1:] or fill_slots(pattern.target, match, index, {m.start for m in sources})
    if code.startswith(MEDIATE):
        sources = [outside_party(m, [*targets, *between], index) for m in sources]
    aimed = purpose_targets(match, code, sources, index, lex, consumed)
    targets = targets or aimed
    code, targets, suffix = untargeted(match, code, state.kind, sources, targets, index, lex)
    if not code:
        return []
    if not sources and targets and code in IMPLIED_POLICE_CODES:
        police = implied_police(match, targets, index)
        if police is not None:
            sources, suffix = [police], suffix + "+implied-police"
    if not sources and (street_protest(code) or _crowd_participle(match, lex)):
        crowd = implied_crowd(match, index)  # "three weeks of protests": the country's civilians
        if crowd is not None and not any(same_actor(crowd, t) and t.kind != "place" for t in targets):
            sources, suffix = [crowd], suffix + "+implied-civilians"
    if not sources and (match.spanned or not any(t.code for t in targets) or codebook.is_cooperation(code)
                        or (match.adjunct and code[:2] in SPOKEN_CONFLICT_ROOTS) or pattern.lemma in SPEECH_PATTERNS):
        return []  # cooperation needs a known actor to cooperate; "amid concerns over X", a speaker
    pairs: list[tuple[ActorMention | None, ActorMention | None]]
    if not sources:
        # An unnamed doer ("were killed by a roadside bomb") stays null; the target is political.
        pairs = [(None, t) for t in targets if t.country or (t.code is not None and len(t.code) > 3)]
    elif targets:
        pairs = [(s, t) for s in sources for t in targets]
    elif (pattern.mutual or fr.reciprocal(match.token)) and len(sources) > 1:
        # "met", "accused each other": each doer acts on each other one
        pairs = [(s, t) for s in sources for t in sources if s is not t]
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
        pairs += partner_pairs(code, state.kind == FACT, pairs)  # "A met B": B met A too
    confidence = pattern.confidence * (NOUN_TRIGGER if pattern.pos == "noun" else 1.0)
    confidence *= 1.0 if state.kind == FACT else NOT_A_FACT
    confidence *= UNTARGETED if suffix else 1.0
    needs_target = pattern.needs_target or match.adjunct
    tags = [] if state.kind == FACT else [state.kind]
    governor = state.governor.i if state.governor is not None else None
    crowd_doer = bool(doer_words(match.token, lex) & lex.word_list("crowd_doers"))
    trip = pattern.id in TRIP_PATTERNS
    purposeful = trip and _purposeful(match.token, lex)
    out = []
    for source, target in pairs:
        if source is not None and same_actor(source, target) and not home_protest(code, source, target):
            continue
        if match.adjunct and target is None:
            continue  # "detained during protests": a setting codes only with its parties named
        found_code, found_suffix = riot_code(code, source, crowd_doer), suffix
        if found_code != code:
            found_suffix += "+riot"
        elif (repressed := repression_code(code, source, target)) != code:
            found_code, found_suffix = repressed, found_suffix + "+repression"
        elif (found_code := captor_code(code, source)) != code:
            found_suffix += "+captors"
        elif (found_code := domestic_sanction_code(code, source, target)) != code:
            found_suffix += "+domestic"
        elif (found_code := press_ban_code(code, target)) != code:
            found_suffix += "+press"
        if target is None and (home := domestic_target(found_code, source)
                               or domestic_demand_target(found_code, source)
                               or emergency_target(found_code, source)
                               or insurgency_target(found_code, source)) is not None:
            # before the target test: an implied target is a target ("the opposition says the protests will go on")
            target, found_suffix = home, found_suffix + "+domestic-target"
        if needs_target and target is None:
            continue
        if not ((source is not None and source.code) or (target is not None and target.code)):
            continue
        if domestic_visit(code, source, target) or (trip and private_trip(source, purposeful)):
            continue
        guessed = source is not None and (source.rule.startswith("coref") or source.rule == "context-country")
        conf = confidence * (GUESSED_SOURCE if guessed else 1.0)
        conf *= NO_SOURCE if source is None else 1.0
        out.append(_Found(match, found_code, source, target, governor, round(conf, 3), tags, found_suffix))
        if found_code == HOST and _foreign_guest(source, target):
            # "were welcomed by Erdogan": the guests' side of a hosted visit is their visit (042)
            out.append(_Found(match, VISIT, target, source, governor, round(conf, 3), tags, found_suffix + "+guest"))
    return out


def _foreign_guest(host: ActorMention | None, guest: ActorMention | None) -> bool:
    """Whether a host's guest comes from another country (both countries known)."""
    return host is not None and guest is not None and bool(host.country) and bool(guest.country) \
        and host.country != guest.country


def _key(found: _Found) -> tuple[str | None, str | None, str]:
    """An event's dyad by country (else code) and its code (for repeated mentions of one event)."""
    def side(actor: ActorMention | None) -> str | None:
        return (actor.country or actor.code) if actor is not None else None
    return side(found.source), side(found.target), found.cameo


def _actor_key(mention: ActorMention | None) -> object:
    """What tells two events' actors apart: their code, or the mention itself when it has none."""
    if mention is None:
        return None
    return mention.code or mention.start


def _event(found: _Found, doc: Doc) -> Event:
    match = found.match
    tok, sent = match.token, sentence_of(match.token)
    entry = codebook.lookup(found.cameo)
    particle = match.pattern.particle
    trigger = f"{tok.text} {particle}" if particle else tok.text
    verb = match.verb or tok
    places = place_tokens(match)
    date, precision = event_date(verb, doc)
    source = found.source.ref() if found.source is not None else None
    target = found.target.ref() if found.target is not None else None
    rule = match.pattern.id + "".join(f"[{t}]" for t in found.tags) + found.suffix
    return Event(
        date=date, source=source, target=target,
        cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein, quad_class=entry.quad_class,
        sentence=span_text(sent), span=(sent.start_char, sent.end_char), trigger=trigger, rule=rule,
        confidence=found.confidence, location=event_place(doc, places) or domestic_place(doc, source, target),
        trigger_span=(tok.idx, tok.idx + len(tok.text)), plover_mode=entry.plover_mode,
        plover_context=entry.plover_context, date_precision=precision,
    )


def code_doc(doc: Doc, lex: Lexicon | None = None, knowledge: Knowledge | None = None) -> list[Event]:
    """Every event in a parsed and actor-tagged ``Doc``, in text order.

    ``knowledge``: the dictionaries named entities left uncoded are coded with (default: the
    built-in ones).
    """
    lex = lex or lexicon()
    index = MentionIndex(doc, knowledge)
    candidates = [doc[i] for i in may_trigger(doc_view(doc), triggers_of(lex))]
    matches = [m for m in (allegation(tok, lex) or victim_report(tok, lex, index) or characterization(tok, lex)
                           or claim(tok, lex) or request_noun(tok, lex) or state_protest(tok, lex, index)
                           or regret(tok, lex) or deadline(tok, lex) or best_match(tok, lex)
                           or obligation(tok, lex)
                           or readiness(tok, lex) or desire(tok, lex) or pressing(tok, lex) or phone_call(tok, lex)
                           or concern(tok, lex)
                           or dissent_threat(tok, lex) or failure_report(tok, lex) or wrongful_act(tok, lex)
                           or blame(tok, lex) or harm_threat(tok, lex) or penalty_threat(tok, lex)
                           or outlook(tok, lex)
                           for tok in candidates)
               if m is not None]
    # An alleged act is unproven: the allegation is the event, the act is not coded.
    consumed: set[int] = {a.i for m in matches if m.pattern.lemma == ALLEGE_PATTERN
                          for a in unproven_acts(m.token, lex)}
    found: list[_Found] = []
    vetoes: dict[int, bool] = {}
    # Verbs first: a verb that codes an event owns its theme ("imposed sanctions", "condemned the
    # attack"); a noun trigger left free codes only where a light verb or adjunct licenses it.
    for match in sorted(matches, key=lambda m: (m.pattern.pos != "verb", m.token.i)):
        if match.token.i in consumed and match.pattern.lemma not in NOMINAL_SPEECH:
            continue  # a claim stays its maker's act whatever the verb it is the object of does with it
        if match.pattern.pos == "noun" and not license_noun(match, lex):
            continue
        coded = _code_match(match, index, lex, consumed, vetoes)
        # a claimed act that is denied is unproven, whether or not the claim names who made it
        claimed = match.pattern.lemma == CLAIM_PATTERN and disputed(match.token, lex)
        if (coded or claimed) and match.pattern.lemma in REPORTED_WRONGS and match.theme is not None:
            # "reported that Serbia failed to withdraw ...": the failure is the accusation, not a refusal
            consumed.update(t.i for t in match.theme.subtree)
        if coded and match.pattern.lemma in NAMING_PATTERNS:
            consumed.update(t.i for t in naming_predicates(match, lex))  # "called it a *threat*"
            if match.theme is not None:
                # "called the attempt to *detain* her unlawful": the named act is referred to, not reported
                consumed.update(t.i for t in match.theme.subtree)
        if coded and match.pattern.pos == "verb" and match.theme is not None and match.pattern.lemma != VICTIM_PATTERN \
                and not match.pattern.cameo.startswith(MEDIATE):  # "brokered a truce between ...": two events
            # One event per phrase: the verb's object noun ("offered military *support*") is part
            # of the verb's event, not a second one.
            consumed.update([match.theme.i, *(o.i for o in fr.objects(match.token))])
        found.extend(coded)
    found.sort(key=lambda f: f.match.token.i)
    found = resolve_acts(found, lex, index)
    # "calling it a propaganda stunt": a name given to nothing identified codes nothing
    found = [f for f in found if f.target is not None or f.match.pattern.lemma not in NAMING_PATTERNS]
    for f in found:
        if f.target is None and (home := opposition_target(f.cameo, f.source)) is not None:
            f.target, f.suffix = home, f.suffix + "+domestic-target"  # "the opposition rejected the results"
    governors = {f.governor for f in found if f.governor is not None}
    # "agreed to meet", "threatened to strike": the complement carries the event, not the governor.
    # Only attacks that stay events: a killing "in an attack" by a named doer is the event when
    # the attack itself names none (see newsevents.events.unattributed).
    attacks = {t.i for f in found if codebook.is_violence(f.cameo)
               and (f.source is not None or weapon_act(f.match.token, lex))
               for t in (f.match.token, f.match.verb) if t is not None}
    kept = [f for f in found if f.match.token.i not in governors and not consequence(f.match, attacks)]
    # an act's other side (visits.partner_pairs) is the same act, never an earlier one it retells
    told = [back_reference(f.match, _key(f), [_key(g) for g in kept[:i] if g.match.token.i != f.match.token.i])
            for i, f in enumerate(kept)]
    retold = {f.match.token.i: codebook.root_of(f.cameo) for f, again in zip(kept, told, strict=True) if again}
    kept = [f for f, again in zip(kept, told, strict=True) if not again and not inside_retold(f.match, f.cameo, retold)]
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    done: dict[tuple[object, ...], str | None] = {}
    linked: set[tuple[object, ...]] = set()
    published = doc._.ne_article.date if doc._.ne_article is not None else None
    for f in kept:
        # two mentions with one code ("Santos and five other rebels") are one target of one act
        dyad = (_actor_key(f.source), _actor_key(f.target), f.cameo)
        # "will meet to discuss": a purpose coding the same as the act it is the purpose of adds nothing
        purpose = f.match.token.dep_ == "advcl" and (f.match.token.head.i, *dyad) in seen
        # "should hold talks": the noun a trigger governs, coding the same kind of act between the
        # same sides, is that act's phrase, not a second act
        tok, root = f.match.token, codebook.root_of(f.cameo)
        phrase = (tok.dep_ == "dobj" and (tok.head.i, *dyad[:2], root) in linked) \
            or any(c.dep_ == "dobj" and (c.i, *dyad[:2], root) in linked for c in tok.children)
        if (f.match.token.i, *dyad) not in seen and not purpose and not phrase:
            seen.add((f.match.token.i, *dyad))
            linked.add((tok.i, *dyad[:2], root))
            event = _event(f, doc)
            if not _retold_on_person(f, event, done, published):
                events.append(event)
    return events


def _retold_on_person(found: _Found, event: Event, done: dict[tuple[object, ...], str | None],
                      published: str | None) -> bool:
    """"Police arrested opposition leader X on Monday. X was arrested as he left his home": one
    named person arrested (released, met ...) by the same side on the same date, or again with no
    date of its own (the article's), is one act told twice. Records the act in ``done``; a group
    ("protesters") may well suffer the act again."""
    target = found.target
    if target is None or target.kind != "person" or target.entity < 0 or target.name == target.name.lower():
        return False
    key = (_actor_key(found.source), target.entity, found.cameo)
    if key in done and event.date in (done[key], published):
        return True
    done.setdefault(key, event.date)
    return False
