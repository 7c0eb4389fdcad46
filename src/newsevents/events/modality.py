"""Whether a trigger reports something that happened: negation, conditions, modals, intent,
threats, refusals, requests and denials.

A negated ("did not attack"), conditional ("if Iran attacks") or merely possible ("could
attack") trigger codes nothing. Future and intent ("will sign", "plans to visit", "agreed to
meet") code CAMEO's intent codes instead of the act; a conflictual act that is vowed or
threatened, or promised "unless" something happens, codes a threat; a refusal ("refused to
meet", "will not lift") codes a rejection; the act a speaker asks for ("urged Iran to talk") is
not an event of its own, and a denied, alleged ("accused Moscow of shelling") or abstained-from
("refrained from criticising") one is not coded at all.

The small marks this reads on a clause (negation, modal, subjunctive, that-clause) are in
:mod:`~newsevents.events.clause_marks`, the clause shapes that report no act as done in
:mod:`~newsevents.events.unreal`. The code a trigger gets in its mood is
:mod:`~newsevents.events.mood_codes`' to give.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.answered_charges import answering_verb, apposed_charge
from newsevents.events.asked_acts import stray_request
from newsevents.events.call_clauses import asking_noun
from newsevents.events.censure import THREAT_NOUNS
from newsevents.events.clause_marks import (
    asked_for,
    modal_of,
    negated,
    negation,
    not_yet,
    question,
    subjunctive,
    testimony,
    that_clause,
    ultimatum,
)
from newsevents.events.denied_gatherings import refused_grant
from newsevents.events.disavowed_intents import disavowed_intent
from newsevents.events.ended_stance import ended_stance
from newsevents.events.force_readiness import unhesitating_force
from newsevents.events.frames import has_lemma, lemma_forms
from newsevents.events.given_orders import given_order
from newsevents.events.held_acts import taking_verb
from newsevents.events.issuers import spoken_through
from newsevents.events.long_stretches import long_stretch
from newsevents.events.matching import best_match
from newsevents.events.means_gerunds import means_head
from newsevents.events.motives import motive
from newsevents.events.obligations import obliged_by
from newsevents.events.outlook import OPTIMISTIC, PESSIMISTIC
from newsevents.events.patterns import Lexicon, joined_word_lists
from newsevents.events.present_relatives import present_description
from newsevents.events.refused_outcomes import refused_object
from newsevents.events.schedules import PLANNING_VERBS, planned_meeting, scheduled_consultation
from newsevents.events.sought_agreements import sought_agreement
from newsevents.events.speaker_acts import held_stance, standing_word
from newsevents.events.tenure_clauses import tenure_description
from newsevents.events.threat_options import kept_force, refused_exclusion
from newsevents.events.unreal import (
    abstained,
    anonymous_source,
    anyone,
    asked,
    clause_chain,
    conditional,
    described,
    habitual,
    infinitive,
    judged,
    needed,
    pending,
    portrayed,
    protest_purpose,
    summarised,
)
from newsevents.events.untold_acts import not_yet_any, persuasion_goal, reluctance
from newsevents.events.veiled_threats import unanswered
from newsevents.nlp.docview import doc_view

# "would not hesitate to use force": a negated verb of holding back announces the act.
UNHESITATING = frozenset({"hesitate", "shy"})
# "vowed that the opposition will defy the ban": verbs of vowing whose that-clause is the vow itself.
SWEARING = frozenset({"vow", "swear"})
# "will never fail to retaliate", "would not fail to respond": a negated failure announces the act.
UNFAILING = frozenset({"fail"})
# "would like to hold talks", "would love to visit": a verb of liking under "would" says a wish (an intent);
# without "would" ("likes to hunt") it says a habit or taste.
WISHING = frozenset({"like", "love", "prefer"})
# "I would like to thank the police", "would love to congratulate": a wish to say something is the saying
# itself (a polite performative), done as the words are spoken.
PERFORMED = frozenset({"thank", "congratulate", "welcome", "express", "extend", "convey", "apologize", "apologise",
                       "stress", "emphasize", "emphasise", "reiterate", "commend", "praise", "salute", "applaud",
                       "acknowledge", "condemn", "assure", "remind", "say", "urge", "appeal", "call", "ask"})
FACT, NEGATED, HYPOTHETICAL, INTENT, THREAT, REFUSE, REQUESTED, DENIED, OBLIGED, ALLEGED, ATTEMPT = (
    "fact", "negated", "hypothetical", "intent", "threat", "refuse", "requested", "denied", "obliged", "alleged",
    "attempt",
)
OBLIGATION_MODALS = {"must", "should"}
_GOVERNOR_LISTS = ("denial_verbs", "intent_nouns", "request_verbs", "report_verbs", "refusal_verbs",
                   "threat_verbs", "intent_verbs", "attempt_verbs", "try_verbs", "cease_verbs", "prediction_verbs",
                   "hope_verbs", "permit_verbs")
FUTURE_MODALS = {"will", "shall", "'ll"}
POSSIBLE_MODALS = {"could", "may", "might", "should", "must", "can", "would", "ought"}
REPORT_DEPS = {"ccomp"}


def _governor_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the ``_GOVERNOR_LISTS``, in one set."""
    return joined_word_lists(lex, _GOVERNOR_LISTS)


@dataclass(frozen=True, slots=True)
class Mood:
    """What the text says about a trigger: a ``kind`` (one of the constants above) and the
    governing word that made it so ("refused" for a refusal)."""

    kind: str
    governor: Token | None = None


def _dispatched(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of sending ("sent", "deployed") whose purpose ``verb`` is: "sent 1,000 soldiers
    to help fight the insurgents", "deployed the army to support police" (to be done, not done)."""
    current = verb
    if current.dep_ == "xcomp" and current.head.lemma_.lower() == "help":
        current = current.head  # "to help fight"
    if current.dep_ == "advcl" and infinitive(current) and has_lemma(current.head, lex.word_list("dispatch_verbs")):
        return current.head
    return None


def _dispatch_purpose(trigger: Token, verb: Token, lex: Lexicon) -> Mood | None:
    """The mood of the purpose of sending forces when it is force ("to help fight", "to oust the
    president"): not done, and no threat either. Help and talks ("sent doctors to help Sudan")
    keep the mood of any other purpose."""
    sender = _dispatched(verb, lex)
    if sender is None:
        return None
    own = best_match(trigger, lex)
    if own is not None and codebook.is_material_conflict(own.pattern.cameo):
        return Mood(HYPOTHETICAL, sender)
    return None


def accused_of(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of accusing whose "of" ``verb`` is the gerund of ("accused Moscow *of shelling*"),
    else ``None``."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and has_lemma(verb.head.head, lex.word_list("accuse_verbs")):
        return verb.head.head
    return None


# Roots of the acts an accuser's "by" gerund alleges rather than reports (CONVENTIONS 4.3): violence.
# A peaceful means is the accused's known act, a fact the charge judges ("accused the US of fanning
# the flames by sending weapons to Ukraine": the arms are sent, 07; the seed article's gold).
ALLEGED_MEANS_ROOTS = frozenset({codebook.ASSAULT, codebook.FIGHT, codebook.MASS_VIOLENCE})


def _violent(trigger: Token, lex: Lexicon) -> bool:
    """Whether ``trigger`` names an act of violence (assault, fighting, mass violence)."""
    found = best_match(trigger, lex)
    return found is not None and found.pattern.cameo[:1] != "_" \
        and codebook.root_of(found.pattern.cameo) in ALLEGED_MEANS_ROOTS


def mood(trigger: Token, verb: Token, lex: Lexicon) -> Mood:
    """The mood of a trigger whose clause verb is ``verb`` (the trigger itself for verbs)."""
    if trigger.i == verb.i and kept_force(trigger) is not None:
        return Mood(FACT)  # "would not rule out military action": the negation makes the threat (threat_options.py)
    if trigger.i == verb.i and unhesitating_force(trigger):
        return Mood(FACT)  # "would not hesitate to use force": the negation makes the threat (force_readiness.py)
    if trigger.i == verb.i and refused_object(trigger) is not None:
        return Mood(FACT)  # "would not accept the results": the negation makes the rejection (refused_outcomes.py)
    if trigger.i == verb.i and refused_grant(trigger, lex) is not None:
        return Mood(FACT)  # "would not grant permission for a rally": the negation makes the ban (denied_gatherings.py)
    if trigger.i == verb.i and motive(verb, lex):
        return Mood(HYPOTHETICAL, verb)  # "because it wants X to withdraw": a motive, no appeal (motives.py)
    if trigger.i == verb.i and unanswered(trigger):
        return Mood(FACT)  # "will not go unanswered": the negation makes the threat (veiled_threats.py)
    if trigger.i == verb.i and refused_exclusion(trigger):
        return Mood(NEGATED)  # "refused to rule out force": the refusal is the threat's negation, no event
    if (effort := sought_agreement(trigger)) is not None:
        return Mood(HYPOTHETICAL, effort)  # "efforts to reach a truce between X and Y" (sought_agreements.py)
    if long_stretch(trigger):
        return Mood(HYPOTHETICAL)  # "following months of talks": a stretch summed up, background (long_stretches.py)
    if not_yet_any(trigger, verb):
        return Mood(NEGATED)  # "before the two sides had held any discussions": not held (untold_acts.py)
    parse = doc_view(verb.doc)
    chain = clause_chain(parse, verb.i)
    if conditional(parse, chain[:1]) or any(parse.deps[i] == "advcl" and conditional(parse, [i]) for i in chain):
        return Mood(HYPOTHETICAL)
    if pending(parse, chain):
        return Mood(HYPOTHETICAL)  # "strike until the president resigns": the resignation is to come
    if (described(verb) and not held_stance(verb)) or tenure_description(verb) or present_description(verb):
        # "the premier, who had urged a tougher line", "Niyazov, who suppressed all opposition during his
        # rule" (events/tenure_clauses.py), "the bloc, which provides aid" (events/present_relatives.py):
        # background on the actor
        return Mood(HYPOTHETICAL)
    if anyone(parse, chain):
        return Mood(HYPOTHETICAL)  # "warned that anyone who attacks police would be arrested"
    if anonymous_source(verb):
        return Mood(HYPOTHETICAL)  # "an official who asked not to be named": no appeal to anyone
    if protest_purpose(trigger, verb, lex) or needed(verb) or judged(verb) or habitual(parse, verb.i) or asked(verb) \
            or (summarised(parse, verb.i, not_yet(verb).i) and not has_lemma(verb, lex.word_list("denial_verbs"))
                and not standing_word(verb)) \
            or portrayed(verb):
        return Mood(HYPOTHETICAL)  # "the army often arrests journalists", "Will Russia attack?"
    if trigger.i == verb.i and question(verb):
        return Mood(HYPOTHETICAL)  # "asked whether the army would withdraw": a question, not a request
    if verb.dep_ in ("ccomp", "advcl") and question(verb.head):
        return Mood(HYPOTHETICAL)  # "asked why troops had been sent": the asked act is not reported
    purpose = _dispatch_purpose(trigger, verb, lex)
    if purpose is not None:
        return purpose
    forecaster = _forecaster(verb, lex)
    if forecaster is not None:
        return Mood(HYPOTHETICAL, forecaster)  # "analysts say China will blockade Taiwan", "believes X will"
    if ended_stance(trigger, verb) or disavowed_intent(verb):
        # "no longer recognizes him as president", "has no intention to resign": a stance given up or
        # refused, not an act (events/disavowed_intents.py)
        return Mood(REFUSE)
    if negation(trigger, verb, lex):
        # "will not lift the sanctions", "would not sign": the actor refuses; "did not" is silence.
        return Mood(REFUSE) if modal_of(verb) in FUTURE_MODALS | {"would"} else Mood(NEGATED)
    if abstained(verb, lex):
        return Mood(NEGATED)
    obliger = obliged_by(verb, lex)
    if obliger is not None and spoken_later(obliger, lex):
        return Mood(HYPOTHETICAL, obliger)  # "will say Russia needs to withdraw": the demand is not made yet
    if obliger is not None:
        return Mood(OBLIGED, obliger)  # "said Russia needs to withdraw" (events/obligations.py)
    asker = requested_clause(not_yet(verb), lex) or stray_request(verb, lex) or asking_noun(not_yet(verb), lex)
    if asker is not None:
        return Mood(REQUESTED, asker)  # "their demand that the president step down": asked for, not done
    if trigger.i != verb.i and trigger.dep_ == "dobj" and trigger.head.i == verb.i \
            and has_lemma(verb, lex.word_list("cease_verbs")):
        return Mood(NEGATED, verb)  # "ended the fighting", "suspended the strike": the act is over
    if (accuser := accused_of(verb, lex)) is not None:
        return Mood(ALLEGED, accuser)  # "accused Moscow of shelling": the accusation is the event
    result = Mood(FACT)
    modal = modal_of(verb)
    current = not_yet(verb)
    if verb.i != trigger.i and verb.dep_ == "acomp" and has_lemma(verb, lex.word_list("readiness_for")):
        # "remains committed to the talks", "is ready for dialogue" (licensing.py): an intent, said of the
        # clause of the adjective's verb; "is not ready for talks" codes nothing
        if negated(verb.head):
            return Mood(NEGATED, verb.head)
        result, current = Mood(INTENT, verb), not_yet(verb.head)
        modal = modal or modal_of(current)
    modal = modal or modal_of(current)
    governors = _governor_words(lex)
    while current.head.i != current.i:
        head, dep = current.head, current.dep_
        if (spoken := spoken_through(current)) is not None:
            head, dep = spoken, "ccomp"  # "vowed in an interview that ...": what was vowed (issuers.spoken_through)
        forms = lemma_forms(head)
        lemma = next((f for f in forms if f in governors), forms[0])  # forms[0] is the lower-cased lemma
        if dep == "ccomp" and answering_verb(current) is not None:
            break  # "X accused Y of Z, a charge Y denies": the charge is the sentence's act (answered_charges.py)
        if apposed_charge(current) is not None:
            break  # "X says Y arms the rebels, a charge Y has rejected": the narrator tells the denial
        if dep in ("ccomp", "acl", "xcomp") and lemma in lex.word_list("denial_verbs"):
            return Mood(DENIED, head)
        if dep == "acl" and head.dep_ == "dobj" and has_lemma(head.head, lex.word_list("denial_verbs")):
            return Mood(DENIED, head.head)  # "denied reports that its drones struck the camp"
        if (holder := reluctance(current)) is not None:
            return Mood(NEGATED, holder)  # "are hesitant to sign the treaty": not signed (untold_acts.py)
        if (persuader := persuasion_goal(current)) is not None:
            return Mood(HYPOTHETICAL, persuader)  # "met to convince the rebels to hold talks" (untold_acts.py)
        if dep == "xcomp" and head.pos_ == "ADJ" and lemma in lex.word_list("intent_verbs"):
            result = Mood(INTENT, head)  # "ready to talk", "willing to forgive"
            current = head.head if head.dep_ == "acomp" else head
            modal = modal or modal_of(current)
            continue
        if dep == "advcl" and lemma in lex.word_list("request_verbs") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return Mood(REQUESTED, head)  # "appealed to EU leaders to open talks" (parsed as purpose)
        if dep == "advcl" and infinitive(current):
            # "did not send troops to fight": the purpose of an act that did not happen; "gave
            # permission to Russia to help": an act allowed, not done.
            if negated(head):
                return Mood(NEGATED, head)
            if planned_meeting(current, head):
                # "scheduled talks to discuss the crisis": the talks, an intent to meet, carry the act
                # (schedules.planning_verb) and their purpose would code it a second time; "arranged a
                # meeting to discuss": the purpose is the intent (schedules.py)
                return Mood(HYPOTHETICAL, head) if head.lemma_.lower() in PLANNING_VERBS else Mood(INTENT, head)
            if lemma in lex.word_list("permit_verbs"):
                return Mood(HYPOTHETICAL, head)  # "authorized the president to deploy troops" (parsed as purpose)
            if any(c.dep_ == "dobj" and has_lemma(c, lex.word_list("modal_nouns")) for c in head.children):
                return Mood(HYPOTHETICAL, head)
            if any(c.dep_ == "dobj" and has_lemma(c, lex.word_list("request_nouns")) for c in head.children):
                # "rejected the plea of the rebels to release prisoners": the plea's content (parsed as
                # the purpose of the verb that takes the plea) is asked for, not done (session 24)
                return Mood(HYPOTHETICAL, head)
            if modal_of(head) in POSSIBLE_MODALS:
                return Mood(HYPOTHETICAL)  # "could send troops to fight": neither has happened
            if modal_of(head) in FUTURE_MODALS:
                return Mood(INTENT)  # "will send troops to help Sudan": the help is intended
        if dep == "advcl" and current.tag_ == "VBG" and lemma == "rule" \
                and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
            return Mood(REFUSE, head)  # "ruled out resigning" (the gerund parsed as an adjunct)
        if dep == "xcomp" and current.tag_ == "VBG" and lemma in lex.word_list("cease_verbs"):
            return Mood(NEGATED, head)  # "to stop fighting", "ceased shelling": the act is not going on
        if dep == "xcomp" and current.tag_ == "VBG" and lemma in lex.word_list("avoid_verbs"):
            return Mood(NEGATED, head)  # "avoided signing the deal": not done
        if dep in ("xcomp", "advcl") and lemma in UNHESITATING and infinitive(current):
            if not negated(head):
                return Mood(HYPOTHETICAL, head)  # "hesitated to strike": held back
            # "will not hesitate to strike" announces the act; "did not hesitate to criticise" reports it
            modal = modal or modal_of(head)
            result = Mood(INTENT, head) if modal in FUTURE_MODALS | {"would"} else result
            current = head
            continue
        if (means_of := means_head(current)) is not None:
            # "would retaliate by launching rockets", "did not respond by attacking": the means has the
            # mood of the act it serves (events/means_gerunds.py)
            if negated(means_of):
                return Mood(NEGATED, means_of)
            if (accuser := accused_of(means_of, lex)) is not None and _violent(trigger, lex):
                return Mood(ALLEGED, accuser)  # "accused Armenia of widening the war by shelling X"
            current = means_of
            modal = modal or modal_of(current)
            continue
        if dep in ("acl", "advcl") and infinitive(current) and given_order(current):
            return Mood(HYPOTHETICAL, head)  # "defied orders to shoot the protesters" (events/given_orders.py)
        if dep not in ("xcomp", "acl", "ccomp"):
            break
        if scheduled_consultation(current, head):
            result = Mood(INTENT, head) if result.kind == FACT else result  # "is expected to meet" (schedules.py)
            modal = modal or modal_of(head)
            current = head
            continue
        if dep in ("xcomp", "ccomp") and lemma in lex.word_list("prediction_verbs"):
            return Mood(HYPOTHETICAL, head)  # "expects the rebels to sign a deal": a forecast
        if dep in ("xcomp", "ccomp") and lemma in lex.word_list("permit_verbs"):
            return Mood(HYPOTHETICAL, head)  # "allows Turkey to deploy troops": permitted, not done
        if dep == "ccomp" and lemma in lex.word_list("hope_verbs"):
            return Mood(HYPOTHETICAL, head)  # "hopes the rebels will sign", "fears they could attack"
        if dep == "acl" and lemma in lex.word_list("modal_nouns") and (infinitive(current) or that_clause(current)) \
                and taking_verb(current) is None:  # "took the opportunity to criticize": done (held_acts.py)
            # "gave permission to Russia to help": only allowed; "their demand that the president step down": asked for
            return Mood(HYPOTHETICAL, head)
        if dep == "acl" and that_clause(current) and negated(head):
            return Mood(NEGATED, head)  # "there is no evidence that hackers attacked the grid"
        if dep == "acl" and lemma in THREAT_NOUNS and infinitive(current):
            result = Mood(THREAT, head)  # "Ethiopia's threat to terminate the deal" (events/censure.py)
            break
        if dep == "acl" and lemma not in lex.word_list("intent_nouns"):
            break
        if dep == "ccomp":
            if testimony(head, lex):
                return Mood(ALLEGED, head)  # "the court heard that soldiers had tortured prisoners": a witness's word
            if modal in OBLIGATION_MODALS and current.i == verb.i and lemma in lex.word_list("report_verbs") \
                    and spoken_later(head, lex):
                return Mood(HYPOTHETICAL, head)  # "will stress that the junta should restore democracy": not said yet
            if modal in OBLIGATION_MODALS and current.i == verb.i and lemma in lex.word_list("report_verbs") \
                    and any(c.dep_ in ("dobj", "dative") for c in head.children):
                return Mood(OBLIGED, head)  # "told reporters the government must free them": said, not asked
            if lemma in lex.word_list("request_verbs") and (subjunctive(current) or subjunctive(verb)):
                return Mood(REQUESTED, head)
            if subjunctive(current) and that_clause(current) and any(
                    c.dep_ == "dobj" and has_lemma(c, lex.word_list("modal_nouns")) for c in head.children):
                return Mood(REQUESTED, head)  # "reiterated its demand that Israel ease ...", parsed on the verb
            if modal in OBLIGATION_MODALS and current.i == verb.i and lemma in lex.word_list("report_verbs"):
                return Mood(OBLIGED, head)  # "Russia said Sudan must return the helicopter"
            if modal == "would":
                modal = "will"
            if lemma in SWEARING and modal in FUTURE_MODALS:
                # "vowed that the opposition will continue to defy the ban": a vow told as a clause is
                # the vow of "vowed to defy" (session 19); "vowed that Iran will help" is a promise (intents.py)
                result = Mood(THREAT, head)
            break
        if dep == "xcomp" and lemma in UNFAILING and negated(head) and modal_of(head) in FUTURE_MODALS | {"would"}:
            modal = modal or modal_of(head)  # "will never fail to retaliate": will retaliate (session 19)
            current = head
            continue
        if negated(head):
            return Mood(NEGATED, head)
        if lemma in lex.word_list("refusal_verbs"):
            # "demanded that its partners refuse to recognize X": the refusal is asked for
            return Mood(REQUESTED, head) if asked_for(head, lex) else Mood(REFUSE, head)
        if lemma in lex.word_list("request_verbs"):
            return Mood(REQUESTED, head)
        if lemma in lex.word_list("threat_verbs"):
            result = Mood(THREAT, head)
        elif lemma in lex.word_list("try_verbs"):
            # "tried to storm the town": an attempt, not the act; a cooperative one is an intent
            result = Mood(ATTEMPT, head) if result.kind == FACT else result
        elif motive(head, lex):
            return Mood(HYPOTHETICAL, head)  # "they wanted to march to the embassy": a motive (motives.py)
        elif lemma in lex.word_list("intent_verbs") or lemma in lex.word_list("intent_nouns"):
            result = Mood(INTENT, head) if result.kind == FACT else result
        elif dep == "xcomp" and lemma in WISHING and infinitive(current) and _wished(head) \
                and current.lemma_.lower() not in PERFORMED:
            # "said he would like to hold talks": a wish, the intent of "wants to"; its "would" is no
            # possibility, so the climb goes on from the wishing verb without it
            result = Mood(INTENT, head) if result.kind == FACT else result
            current = head
            continue
        elif lemma in lex.word_list("attempt_verbs"):
            pass
        else:
            break
        modal = modal or modal_of(head)
        current = head
    if modal in POSSIBLE_MODALS:
        return Mood(HYPOTHETICAL)  # "may be considering providing aid"
    if result.kind != FACT:
        return result
    if modal in FUTURE_MODALS:
        # "will withdraw its troops unless Chad holds elections": an ultimatum, a threat
        return Mood(THREAT) if ultimatum(verb) else Mood(INTENT)
    return result


def _wished(verb: Token) -> bool:
    """Whether the verb of liking ``verb`` says a wish: "would like", "'d love" (a "would" on it)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("would", "'d") for c in verb.children)


def spoken_later(report: Token, lex: Lexicon) -> bool:
    """Whether the verb of saying ``report`` tells words still to be said: "will stress that ...",
    "is expected to tell them ...", "plans to say ...". What such words ask or demand is no event yet
    (the demand is coded when it is made); "said", "has told" are said."""
    if modal_of(report) in FUTURE_MODALS:
        return True
    head = report.head
    return report.dep_ == "xcomp" and head.i != report.i and infinitive(report) and (
        has_lemma(head, lex.word_list("intent_verbs")) or has_lemma(head, lex.word_list("prediction_verbs"))
        or head.lemma_.lower() in PLANNING_VERBS or head.lemma_.lower() == "expect")


def requested_clause(verb: Token, lex: Lexicon) -> Token | None:
    """The request noun (``request_nouns``) whose that-clause ``verb`` is ("the demand that he *step
    down*"), if any: the clause hangs on the noun, or on the verb of the noun's phrase right after
    the noun ("stick to their demand that he step down")."""
    if verb.dep_ not in ("acl", "ccomp"):
        return None
    if not (verb.tag_ == "VB" or any(c.lower_ == "should" for c in verb.children)):
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks or marks[0].i == 0:
        return None
    before = verb.doc[marks[0].i - 1]
    nouns = [verb.head] + [t for t in (before, before.head) if t.right_edge.i == before.i]
    words = lex.word_list("request_nouns")
    return next((n for n in nouns if n.pos_ in ("NOUN", "PROPN") and has_lemma(n, words)), None)


def _forecaster(verb: Token, lex: Lexicon) -> Token | None:
    """The verb that tells ``verb``'s act as a forecast, if any: a future or possible clause
    ("will blockade", "could attack", "will not back down") under an opinion or an onlooker's word
    (see :func:`_forecast`); also through "to"-complements ("will try to block")."""
    current = not_yet(verb)
    modal = modal_of(current)
    for _ in range(3):
        if current.dep_ != "xcomp" or current.head.i == current.i:
            break
        current = current.head
        modal = modal or modal_of(current)
    if current.dep_ != "ccomp" or modal not in FUTURE_MODALS | POSSIBLE_MODALS:
        return None
    head = current.head
    return head if _forecast(head, lex) else None


def _forecast(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` says what is to come as a forecast: an opinion ("believes", "thinks") or
    what an onlooker says ("analysts say", "experts warn"), not the doer's own word; also the
    speaker's hope or doubt ("was optimistic that Iran would sign": the comment is the event)."""
    if has_lemma(head, lex.word_list("opinion_verbs")) or (
            head.pos_ == "ADJ" and head.lower_ in OPTIMISTIC | PESSIMISTIC):
        return True
    if not has_lemma(head, lex.word_list("report_verbs")):
        return False
    speaker = fr.subject(head)
    if speaker is None:
        return False
    # "said Sinan Ulgen, an analyst at ...": the title may stand in apposition to the name
    return any(has_lemma(s, lex.word_list("commentator_nouns"))
               for s in (speaker, *(c for c in speaker.children if c.dep_ == "appos")))
