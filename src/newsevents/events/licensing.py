"""Where a noun trigger reports an event: a noun ("protest", "talks", "raid") codes only where
a verb reports it ("staged a protest", "the talks took place", "during the raid"), where its
own phrase anchors it (:mod:`~newsevents.events.anchors`), as the agent of a passive that tells
what a hostile act did ("a poll marred by an opposition boycott"), or as a headline's root. The
verb found is recorded on the match, for the event's mood and date.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.index import mention_at
from newsevents.actors.lexicon import lexicon as actor_lexicon
from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.agent_nouns import agent_anchored
from newsevents.events.anchors import anchored
from newsevents.events.answered_acts import answered
from newsevents.events.assistance import given_aid
from newsevents.events.battle_settings import first_toll
from newsevents.events.came_from import giver
from newsevents.events.combat import under_attack
from newsevents.events.consult_forms import engaged_in
from newsevents.events.intents import awaited
from newsevents.events.matching import NOUN_POS, Match, best_match
from newsevents.events.participation import partaking, repressed, toll_span, went_ahead
from newsevents.events.patterns import Lexicon, joined_word_lists
from newsevents.events.schedules import planning_verb
from newsevents.events.visits import on_trip, trip_purpose

SUPPORT_ROOT = "05"
PROTEST_ROOT = "14"
# Entity types of a modifier that names who did an act ("*Russia's* rejection", "a *Hamas* attack").
DOER_ENTITIES = frozenset({"NORP", "ORG", "GPE"})
# Verbs under which an act named as a passive's agent is only possible or kept from happening.
PASSIVE_UNREAL_LISTS = ("prevent_verbs", "threat_verbs", "prediction_verbs", "intent_verbs", "request_verbs",
                        "try_verbs", "denial_verbs")


def license_noun(match: Match, lex: Lexicon) -> bool:
    """Whether a noun trigger reports an event, and which verb and subject it hangs from."""
    tok = match.token
    occurrence = lex.word_list("occurrence_verbs")
    while tok.dep_ in ("conj", "appos") and tok.head.pos_ in NOUN_POS:
        tok = tok.head
    spans = lex.word_list("span_nouns")
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and fr.has_lemma(tok.head.head, spans):
        # "after weeks of student protests", "four days of strikes ended": the span stands in;
        # such a background mention codes only with its doer named
        tok, match.spanned = tok.head.head, True
    if _licensed_at(match, tok, lex, occurrence):
        if match.adjunct and (anchored(match, tok, lex) or agent_anchored(match, tok, lex)):
            # "resigned after weeks of protests", "sent troops to support Riyadh in its war on Yemen": an
            # act its own phrase anchors (with its doer and victim) is a fact of its own, whatever the
            # mood of the verb it is a setting of
            match.adjunct, match.subject = False, None
        return True
    relcl = next((c for c in match.token.children if c.dep_ == "relcl" and fr.has_lemma(c, occurrence) and any(
        s.dep_ == "nsubj" and s.lower_ in fr.RELATIVE_PRONOUNS for s in c.children)), None)
    if relcl is not None:
        match.verb = relcl  # "a rally that took place in Moscow", "the attack which killed 12"
        return True
    # "a march by thousands", "a demonstration outside parliament"; "American aid to Israel totals ..."
    # "the abduction of X by Y" (events/agent_nouns.py)
    # "in response to Hamas rocket attacks": an act its clause answers (events/answered_acts.py)
    return anchored(match, tok, lex) or given_aid(match, tok) or agent_anchored(match, tok, lex) \
        or answered(match, tok)


def _licensed_at(match: Match, tok: Token, lex: Lexicon, occurrence: frozenset[str]) -> bool:
    """Whether the noun trigger's phrase, headed by ``tok``, sits where an event is reported."""
    head = tok.head
    if partaking(match, tok) or toll_span(match, tok, lex) or went_ahead(match, tok) or repressed(match, tok, lex):
        return True  # "took part in a rally", "are on strike", "killed over two days of fighting between"
    if engaged_in(match, tok):
        return True  # "is engaged in talks with", "entered into negotiations with" (events/consult_forms.py)
    if tok.dep_ in ("dobj", "nsubjpass") and fr.has_lemma(head, lex.word_list("mediation_verbs")):
        # "Egypt brokered a truce between Israel and Hamas": the parties' act, not the mediator's (who
        # is never its doer); only with the parties named on the noun
        match.verb, match.light, match.subject = head, head, None
        return bool(fr.prep_objects(tok, fr.SIDES_PREPS))
    if tok.dep_ in ("dobj", "nsubjpass") and fr.has_lemma(head, lex.word_list("light_verbs")):
        match.verb, match.light, match.subject = head, head, fr.subject(head)
        return True
    if tok.dep_ == "pobj" and head.lower_ == "with" and _going_on(head.head, lex):
        # "Israel pressed ahead with airstrikes", "pushed on with its offensive": the act carried on, as
        # under "continued"; its mood is the verb's ("vowed to press ahead with" is an intent)
        match.verb, match.light, match.subject = head.head, head.head, fr.subject(head.head)
        return True
    if (planner := planning_verb(tok, match.pattern.cameo)) is not None:
        # "scheduled talks with Seoul", "meetings are planned for Monday": an intent (intents.planned)
        match.verb, match.light, match.subject = planner, planner, fr.subject(planner)
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("to", "for") and _ready_for(head.head, lex):
        # "remains committed to the talks", "is open to dialogue with Kyiv": its mood is an intent (modality);
        # like a setting, it codes only with its parties named ("committed to the talks" alone names none)
        match.verb, match.subject, match.adjunct = head.head, fr.subject(head.head.head), True
        return True
    if (doer := giver(tok)) is not None:
        match.verb, match.subject = head, doer  # "calls for elections have come from the United States"
        return True
    if tok.dep_ == "nsubj" and fr.has_lemma(head, occurrence):
        # "a blockade of Taiwan was possible but unlikely": a prospect, not an event
        if any(c.dep_ == "acomp" and c.lemma_.lower() in lex.word_list("prospect_adjectives") for c in head.children):
            return False
        # "a war between them would be catastrophic", "a deal will be hard": a judgement of an act
        # still to come (a modal copula with an adjective), no report of it
        if head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children) \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            return False
        match.verb = head
        return True
    if tok.dep_ == "nsubj" and head.lemma_.lower() == "make" and any(
            c.dep_ == "dobj" and fr.has_lemma(c, lex.word_list("progress_nouns")) for c in head.children):
        match.verb = head  # "talks between A and B have made progress": the talks are being held
        return True
    if tok.dep_ == "nsubj" and fr.has_lemma(head, lex.word_list("consequence_verbs")) and not any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children):
        # "the arrest of X sparked riots", "the crackdown drew condemnation": an act that had effects
        # happened; one that only would have them ("a war would trigger a recession") did not
        match.verb = head
        return True
    if tok.dep_ == "pobj" and head.dep_ == "agent" and _hostile(match.pattern.cameo) \
            and _passive_fact(head.head, lex) and _own_doer(match.token):
        # "a poll marred by an opposition boycott", "rocked by clashes between police and protesters":
        # a hostile act is the agent of what it did to the passive's subject, which is no side of it
        # ("a school funded by US aid" names the aid's use, seldom its receiver: cooperation is left out)
        match.verb, match.subject = head.head, None
        return True
    if tok.dep_ == "pobj" and head.lower_ == "with" and _retaliation(head.head, lex):
        # "retaliated with sanctions on Washington", "hit back with tariffs on US goods": the means of a
        # retaliation is the retaliator's own act
        match.verb, match.subject = head.head, fr.subject(head.head)
        return True
    if tok.dep_ == "pobj" and head.lower_ in lex.word_list("adjunct_preps") \
            and (host := _setting_host(head.head, lex)) is not None:
        if match.pattern.cameo[:2] == SUPPORT_ROOT and _protest(host, lex):
            return False  # "marched in support of the judges": the protest's cause, not praise
        # "at a summit", "during the march": a setting, an event only with its parties named.
        match.verb, match.subject, match.adjunct = host, fr.subject(host), True
        return True
    if (ahead := awaited(tok)) is not None and codebook.is_cooperation(match.pattern.cameo) \
            and (host := clause_verb(ahead)) is not None:
        # "flew to Minsk ahead of talks with Putin", "in advance of a meeting between A and B": talks still
        # to come (an intent, events/intents.coming), an event only with their parties named, as a setting
        match.verb, match.subject, match.adjunct = host, fr.subject(host), True
        return True
    if (suffered := under_attack(tok)) is not None:
        # "the convoy came under attack by militants": suffered by the subject (slot sufferer), not done
        # by it; the attacker is the "by" agent, on the noun or (as parsed often) on "came"
        agents = fr.prep_objects(suffered, {"by", "from"})  # "faced attacks from the rebels"
        match.verb, match.subject = suffered, agents[0] if agents else None
        return True
    if on_trip(match, tok) or trip_purpose(match, tok):
        return True  # "is on a visit to Ghana", "X, on a visit to Ghana,", "flew to Baku for talks with"
    if tok.dep_ == "ROOT":
        match.verb = tok
        return True
    if tok.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        # "there were clashes", "there will be more protests"; not "there would have been protests"
        match.verb = head
        return not (any(c.lower_ == "have" for c in head.children) and any(c.tag_ == "MD" for c in head.children))
    return False


def _setting_host(word: Token, lex: Lexicon) -> Token | None:
    """The verb a setting phrase ("in a clash", "during the march") hangs from: ``word`` itself, or,
    for the toll adjective the parser made the last conjunct of a coordinated toll ("were killed and
    ten more wounded in a clash"), the toll verb it is coordinated with (events/battle_settings.py)."""
    if word.pos_ in ("VERB", "AUX"):
        return word
    return first_toll(word, lex.word_list("toll_verbs"))


def clause_verb(word: Token) -> Token | None:
    """The verb an adverb ("ahead") or a prepositional phrase's object ("in advance") hangs from."""
    head = word.head if word.dep_ == "advmod" else word.head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _going_on(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` tells going on with an act: "pressed ahead", "pushed on", "went ahead",
    "moved forward" (an onward verb with its particle)."""
    return verb.pos_ == "VERB" and fr.has_lemma(verb, lex.word_list("onward_verbs")) and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in lex.word_list("onward_particles") for c in verb.children)


def _ready_for(adjective: Token, lex: Lexicon) -> bool:
    """Whether ``adjective`` states a readiness for what its "to"/"for" phrase names ("is ready for talks")."""
    return adjective.dep_ == "acomp" and adjective.pos_ == "ADJ" \
        and fr.has_lemma(adjective, lex.word_list("readiness_for"))


def _passive_fact(verb: Token, lex: Lexicon) -> bool:
    """Whether a passive participle tells what its "by" agent did as done: not negated or modal
    ("could be marred by a boycott"), not one of prevention or threat ("was threatened by a strike",
    "was blocked by a boycott"), nor embedded under a forecast or plan ("expected to be hit by strikes")."""
    if verb.tag_ != "VBN" or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    unreal = _unreal_verbs(lex)
    if fr.has_lemma(verb, unreal):
        return False
    return not (verb.dep_ in ("xcomp", "ccomp") and fr.has_lemma(verb.head, unreal))


def _unreal_verbs(lex: Lexicon) -> frozenset[str]:
    """The words of :data:`PASSIVE_UNREAL_LISTS` in ``lex``, in one set."""
    return joined_word_lists(lex, PASSIVE_UNREAL_LISTS)


def _hostile(cameo: str) -> bool:
    """Whether a pattern's CAMEO code is an act of conflict (no cooperation, no bare root)."""
    return cameo[:2].isdigit() and not codebook.is_cooperation(cameo)


def _own_doer(noun: Token) -> bool:
    """Whether a noun's own phrase names who did it: "an *opposition* boycott", "*Russia's* rejection",
    "a strike *by teachers*", "clashes *between police and protesters*" (a bare "rocked by protests" does
    not, nor does "clashes between the rival parties", which only points back at sides named before, nor
    a modifier that names no one: "*street* protests", "a *hunger* strike", "*border* clashes")."""
    for child in noun.children:
        if (child.dep_ in ("poss", "compound") and _names_doer(child)) \
                or (child.dep_ == "amod" and child.ent_type_ == "NORP"):
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and any(o.dep_ == "pobj" for o in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in fr.SIDES_PREPS and any(
                o.dep_ == "pobj" and any(t.dep_ == "conj" for t in o.subtree) for o in child.children):
            return True
    return False


def _names_doer(modifier: Token) -> bool:
    """Whether a noun's modifier names an actor: a coded actor mention, a word of the actor tables (a
    role or group noun: "an *opposition* boycott", "a *teachers'* strike"), a named group, people or
    place ("*Russia's* rejection"), or a possessive pronoun ("*their* boycott")."""
    if modifier.ent_type_ in DOER_ENTITIES or (modifier.dep_ == "poss" and modifier.pos_ == "PRON"):
        return True
    mention = mention_at(modifier.doc, modifier.i)
    if mention is not None and mention.code is not None:
        return True
    return any(actor_lexicon().lookup([word]) for word in {modifier.text, modifier.lemma_})


def _protest(verb: Token, lex: Lexicon) -> bool:
    found = best_match(verb, lex)
    return found is not None and found.pattern.cameo[:2] == PROTEST_ROOT


def _retaliation(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` answers another's act: "retaliated", "responded", "hit back", "struck back"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if fr.has_lemma(verb, lex.word_list("retaliation_verbs")):
        return True
    return verb.lemma_.lower() in ("hit", "strike") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                           for c in verb.children)
