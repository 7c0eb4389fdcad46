"""Filling an event's frame: the tokens of each slot of a trigger, the actors found in them,
and the tokens that may name the place of its clause.

Targets the frame's slots do not name live in :mod:`~newsevents.events.targets`; doers and
owners the text only implies (the police of an arrest, the crowd of a protest) in
:mod:`~newsevents.events.implied_actors`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.group_identity import distinct_groups
from newsevents.actors.loyalty import distinct_factions
from newsevents.actors.named_parties import distinct_parties
from newsevents.events import addressees, appeals, threats, veiled_threats, yielding
from newsevents.events import frames as fr
from newsevents.events.act_agents import misplaced_victim_hosts, undergoer_hosts
from newsevents.events.allegations import responsibility_targets
from newsevents.events.amount_aid import amount_aid_hosts
from newsevents.events.anchors import organisers
from newsevents.events.combat import sufferers
from newsevents.events.coordination import co_doers, conjuncts
from newsevents.events.disavowed_intents import disavowing_holder
from newsevents.events.event_forms import undergo_verb
from newsevents.events.home_coercion import border_partners
from newsevents.events.judged_attempts import VERDICT_PATTERN, predicate_doers, reported_names
from newsevents.events.matching import Match, naming_parts
from newsevents.events.mediation import mediator_prefix
from newsevents.events.particles import for_clauses, for_objects
from newsevents.events.patterns import Lexicon
from newsevents.events.probes import probed
from newsevents.events.protest_forms import pressers
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.events.tolls import split_compound_doer
from newsevents.events.topic_modifiers import without_law_topics
from newsevents.events.topic_participles import topic_hosts
from newsevents.records import ActorMention

NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
# Participles that say whom a measure is aimed at ("measures aimed at Iran", "a law targeting X").
AIM_VERBS = frozenset({"aim", "target", "direct"})
# Participles whose modifier names a third party to the act: "Qatari-mediated", "US-sponsored".
THIRD_PARTY_PARTICIPLES = frozenset({"mediate", "broker", "facilitate", "host", "sponsor", "back", "arrange"})
# Slots of appeals that name their addressee outside "on"/"to" (see events/appeals.py).
APPEAL_SLOTS = {"for_subject": appeals.for_subject, "freed": appeals.freed, "mourned": appeals.mourned,
                "warring": appeals.warring, "provoker": threats.provokers, "captors": yielding.captors,
                "deadline_for": addressees.deadline_for, "giver": addressees.giver,
                "asked_from": addressees.asked_from, "answered": veiled_threats.answered_owners}


def slot_tokens(match: Match, slot: str) -> list[Token]:
    """The tokens filling one frame slot of a trigger (``subj``, ``obj``, a preposition, ...)."""
    tok, theme = match.token, match.theme
    if slot == "subj":
        if match.pattern.pos == "verb":
            split = split_compound_doer(tok)
            if split:
                return split
            found = fr.subject(tok) or disavowing_holder(tok)  # "X has no intention of resigning"
            if found is None and tok.dep_ in NOMINAL_DEPS:
                # A gerund used as a noun ("Russian shelling killed two"): its modifier is the doer.
                return [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
            return conjuncts(found) + co_doers(found) if found is not None else []
        if match.subject is None:
            return []
        return conjuncts(match.subject)
    if slot == "speaker":  # "Germany said it was concerned": who reports the trigger's clause
        clause = tok.head if tok.dep_ == "acomp" else tok
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return []
        speaker = fr.subject(clause.head)
        return conjuncts(speaker) if speaker is not None else []
    if slot == "doer":  # "said police arrested him illegally": who did the act the theme names
        doer = fr.subject(theme) if theme is not None else None
        return conjuncts(doer) if doer is not None else []
    if slot == "border":  # "moved troops to its border with *China*" (events/home_coercion.py)
        return border_partners(tok, theme)
    if slot == "theme":  # the theme itself ("optimistic about the talks with *Jakarta*")
        return [theme] if theme is not None else []
    if slot == "obj":
        return fr.objects(tok)
    if slot == "named_doer":  # "described the attacks as a desperate attempt *by al-Shabab*" (events.judged_attempts)
        return predicate_doers(reported_names(tok) if match.pattern.lemma == VERDICT_PATTERN else naming_parts(tok)[1])
    if slot == "prefix":  # "*EU*-mediated talks" (events/mediation.py)
        return mediator_prefix(tok)
    if slot == "sufferer":  # "the convoy came under attack": who suffered the noun's act
        return sufferers(tok)
    if slot == "agent_poss":  # "Kenya's arrest *of* two nationals": a possessor is the doer only beside an "of"
        return [c for c in tok.children if c.dep_ == "poss"] if fr.prep_objects(tok, {"of"}) else []
    if slot == "passive_obj":  # "troops were deployed to the border": the passive subject, when no agent is named
        return fr.objects(tok) if fr.is_passive(tok) else []
    if slot == "dative":
        return fr.datives(tok)
    if slot == "comp":  # "demanded that Washington act": the complement's subject
        subjects = [fr.subject(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        # "called for Kyiv to talk" (parsed with "Kyiv" the infinitive's subject)
        subjects += [s for c in for_clauses(tok) for s in c.children if s.dep_ == "nsubj"]
        subjects += for_objects(tok) if for_clauses(tok) else []  # ... or as the object of "for"
        return [t for s in subjects if s is not None for t in conjuncts(s)]
    if slot == "act":  # "claimed responsibility for an attack on X": the act's target
        return [t for host in (tok, theme) if host is not None for t in responsibility_targets(host)]
    if slot == "holder":  # "the release of sailors seized by pirates": who holds those to be freed
        return holders(match)
    if slot in APPEAL_SLOTS:  # "called for X to act", "called for the release of X" (events/appeals.py)
        return APPEAL_SLOTS[slot](match)
    if slot == "proposer":  # "agreed to a plan put forward by Sarkozy", "accepted Iran's offer"
        return proposers(match)
    if slot == "answerer":  # "the rebels accepted Indonesia's offer of autonomy": whom the offer was made to
        return answerers(tok)
    if slot == "organiser":  # "protests called by the opposition": who called them
        return organisers(tok)
    if slot == "presser":  # "students pressed demands that ...": who voiced them (events/protest_forms.py)
        return pressers(tok)
    if slot == "probed":  # "is under investigation", "a probe into abuses by police" (events/probes.py)
        return probed(tok)
    if slot == "aimed":  # "approved measures aimed at Iran", "a law targeting the opposition"
        return aimed_at(match)
    if slot == "xobj":  # "promised to help Turkey": the complement's object
        comps = [c for c in tok.children if c.dep_ == "xcomp"]
        return [o for c in comps for o in fr.objects(c) + fr.datives(c) + fr.prep_objects(c, {"with", "to"})]
    # A verb's possessor or modifier slot is its theme's: "rejected *Israel's* offer", "a *US* request".
    # A clause owns no possessor: "Kyiv's claim that ..." (theme: the claimed clause) is Kyiv's.
    owner = theme if match.pattern.pos == "verb" and theme is not None and theme.pos_ not in ("VERB", "AUX") else tok
    if slot == "poss":
        return [c for c in owner.children if c.dep_ == "poss"]
    if slot == "compound":
        # "Egyptian-mediated talks", "EU-brokered truce": the participle's modifier is its agent,
        # a third party, not a doer of the talks
        return [c for c in owner.children if c.dep_ in ("compound", "amod", "nmod")
                and not (c.tag_ == "VBN" and c.lemma_.lower() in THIRD_PARTY_PARTICIPLES)]
    hosts = [tok] + ([theme] if theme is not None else []) + ([match.light] if match.light is not None else [])
    hosts += [o for o in fr.objects(tok) if theme is None or o.i != theme.i] if match.pattern.pos == "verb" else []
    if match.spanned and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        hosts.append(tok.head.head)  # "a series of airstrikes on Gaza", parsed with "on" on the count
    hosts += undergo_verb(tok, slot)  # "came under fire from militants", parsed with "from" on "came"
    hosts += _particle_host(match)  # "pulled out *of* the town", parsed with "of" on "out"
    hosts += undergoer_hosts(theme, slot)  # "the arrest of X by police", parsed with "by" on X
    hosts += amount_aid_hosts(match, slot)  # "pledged $5 million in aid for Syria", "for" on "aid"
    if match.pattern.pos == "verb":  # "sanctions related to arms on Iran", "on" on "arms" (events.topic_participles)
        hosts += topic_hosts([*fr.objects(tok), *([theme] if theme is not None else [])], slot)
    if match.pattern.pos == "noun":
        hosts += misplaced_victim_hosts(tok, slot)  # "an assault by X against Y", "against" on X (act_agents)
    out: list[Token] = []
    for host in hosts:
        for t in map(_gerund_subject, fr.prep_objects(host, {slot})):  # not extend(generator): compiled,
            if t not in out and not addressees.channel(match, slot, t):  # it would test every object before
                out.append(t)  # adding any, and keep repeats; "called on Twitter for calm" names no addressee
    return out


# Particles the parser hangs the next preposition on ("pulled out of X", "pulled back from X").
DIRECTION_PARTICLES = frozenset({"out", "back", "away"})


def _particle_host(match: Match) -> list[Token]:
    """The trigger's own direction particle, when the pattern names it: the preposition after it
    ("pulled out *of* Kherson") is parsed as the particle's child, not the verb's (session 17)."""
    particle = match.pattern.particle
    if particle not in DIRECTION_PARTICLES or match.pattern.pos != "verb":
        return []
    return [c for c in match.token.children if c.lower_ == particle and c.dep_ in ("prep", "prt", "advmod")]


def _gerund_subject(tok: Token) -> Token:
    """"fired tear gas at *thousands of protesters* marching on the palace", parsed with the crowd
    the subject of the gerund the preposition takes: the crowd is the object, not the marching."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG":
        return next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    return tok


def holders(match: Match) -> list[Token]:
    """The agents of the participles on what a release frees: "(the release of) sailors *seized
    by pirates*", "prisoners *held by the FARC*"."""
    tok, theme = match.token, match.theme
    freed = [o for host in (tok, theme) if host is not None for o in fr.prep_objects(host, {"of"})]
    out: list[Token] = []
    for noun in freed:
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                out += [t for t in fr.prep_objects(acl, {"by"}) if t not in out]
    return out


# Verbs that answer an offer, whose subject is whom it was made to (:func:`answerers`).
ANSWER_VERBS = frozenset({"accept", "embrace", "welcome", "take", "reject", "rebuff", "spurn", "refuse", "decline",
                          "ignore", "observe", "respect", "honour", "honor"})


def proposers(match: Match) -> list[Token]:
    """Who put forward what the trigger accepts: the possessor of its theme ("Iran's offer") or
    the agent of a participle on it ("a plan put forward by France", "the proposal made by X")."""
    tok = match.token
    themes = [t for t in (match.theme, *fr.objects(tok), *fr.prep_objects(tok, {"to", "on"})) if t is not None]
    out: list[Token] = []
    for noun in dict.fromkeys(themes):
        out += [c for c in noun.children if c.dep_ == "poss"]
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                out += fr.prep_objects(acl, {"by"})
        out += fr.prep_objects(noun, {"by", "from"})
    return list(dict.fromkeys(out))


def answerers(noun: Token) -> list[Token]:
    """Who answers an offer named by ``noun``, and so is who it was made to: the subject of a verb of
    acceptance or refusal whose object it is ("the rebels accepted *Jakarta's offer* of autonomy"),
    or the agent of that verb in the passive ("*the offer* of a truce was rejected by the army")."""
    verb = noun.head
    if noun.i == verb.i or not fr.has_lemma(verb, ANSWER_VERBS):
        return []
    if noun.dep_ == "dobj":
        subject = fr.subject(verb)
        return conjuncts(subject) if subject is not None else []
    if noun.dep_ == "nsubjpass":
        return [t for a in fr.prep_objects(verb, {"by"}) for t in conjuncts(a)]
    return []


def aimed_at(match: Match) -> list[Token]:
    """Whom the trigger's theme is aimed at: "measures aimed at persuading Iran", "a law targeting
    the opposition" (the first noun of the participle's phrase that may name an actor)."""
    hosts = [t for t in (match.theme, match.token) if t is not None]
    for host in hosts:
        for acl in host.children:
            if acl.dep_ == "acl" and fr.has_lemma(acl, AIM_VERBS):
                nouns = [t for t in acl.subtree if t.pos_ in ("PROPN", "NOUN") and t.i > acl.i]
                return nouns[:3]
    return []


def fill_slots(slots: tuple[str, ...], match: Match, index: MentionIndex, exclude: set[int]) -> list[ActorMention]:
    """The actors of the first of ``slots`` that names any, skipping those starting in ``exclude``."""
    for slot in slots:
        tokens = slot_tokens(match, slot)
        found = actors_of(tokens, index, exclude)
        if not found and slot == "compound":
            # "an opposition rally", "student protests", "banned the opposition rally": a role word
            # the actor step left alone
            roles = [index.role(t) for t in tokens if t.pos_ == "NOUN"]
            found = [m for m in roles if m is not None and m.start not in exclude]
        if slot == "compound":
            found = without_law_topics(match.token.doc, found)  # "the media law" (events/topic_modifiers.py)
        if found:
            return found
    return []


def same_actor(a: ActorMention, b: ActorMention | None) -> bool:
    """Whether two mentions are the same actor (one entity, or one code)."""
    if b is None:
        return False
    if a.entity >= 0 and a.entity == b.entity:
        return True
    if a.code is None or a.code != b.code:
        return False
    if distinct_parties(a, b):  # "Republicans accused Democrats"
        return False
    if a.entity >= 0 and b.entity >= 0 and a.entity != b.entity and distinct_factions(a.name, b.name):
        return False  # "forces loyal to Haftar attacked government troops"
    # two groups of one code told apart by their own words: "herders attacked farmers"
    return not (a.entity >= 0 and b.entity >= 0 and a.kind == b.kind == "group"
                and not a.rule.startswith("coref") and not b.rule.startswith("coref")
                and distinct_groups(a.text, b.text))


def venue_only(match: Match, lex: Lexicon) -> bool:
    """Whether a joint act's light-verb subject is where it takes place, not one of its sides:
    "Oman hosted talks", or talks "between" sides the text does not resolve ("Iraq, which held
    rounds of talks between the rivals"): the sides are named by "between" or not at all."""
    if not match.pattern.mutual or match.pattern.pos != "noun" or match.light is None:
        return False
    return fr.has_lemma(match.light, lex.word_list("venue_verbs")) or bool(fr.prep_objects(match.token, fr.SIDES_PREPS))


def place_tokens(match: Match) -> list[int]:
    """The tokens of the trigger's clause (and of a noun trigger's phrase) that may name its
    place, as indices (the place finders read the parse table, not ``Token`` objects)."""
    tok = match.token
    verb = match.verb or tok
    if tok.i == verb.i:
        return list(fr.clause_indices(verb))
    # "protests, inspired by the uprisings in Tunisia, began in ...": a participle's cause is elsewhere
    aside = {t.i for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree}
    return list(fr.clause_indices(verb)) + [t.i for t in tok.subtree if t.i not in aside]
