"""Whether a trigger reports something that happened: negation, conditions, modals, intent,
threats, refusals, requests and denials.

A negated ("did not attack"), conditional ("if Iran attacks") or merely possible ("could
attack") trigger codes nothing. Future and intent ("will sign", "plans to visit", "agreed to
meet") code CAMEO's intent codes instead of the act; a conflictual act that is vowed or
threatened, or promised "unless" something happens, codes a threat; a refusal ("refused to
meet", "will not lift") codes a rejection; the act a speaker asks for ("urged Iran to talk") is
not an event of its own, and a denied, alleged ("accused Moscow of shelling") or abstained-from
("refrained from criticising") one is not coded at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.events.frames import has_lemma, lemma_forms
from newsevents.events.patterns import Lexicon

FACT, NEGATED, HYPOTHETICAL, INTENT, THREAT, REFUSE, REQUESTED, DENIED, OBLIGED, ALLEGED = (
    "fact", "negated", "hypothetical", "intent", "threat", "refuse", "requested", "denied", "obliged", "alleged",
)
OBLIGATION_MODALS = {"must", "should"}
_GOVERNOR_LISTS = ("denial_verbs", "intent_nouns", "request_verbs", "report_verbs", "refusal_verbs",
                   "threat_verbs", "intent_verbs", "attempt_verbs")
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
FUTURE_MODALS = {"will", "shall", "'ll"}
POSSIBLE_MODALS = {"could", "may", "might", "should", "must", "can", "would", "ought"}
REPORT_DEPS = {"ccomp"}


@dataclass(frozen=True, slots=True)
class Mood:
    """What the text says about a trigger: a ``kind`` (one of the constants above) and the
    governing word that made it so ("refused" for a refusal)."""

    kind: str
    governor: Token | None = None


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in ("never", "no"):
            return True
        if child.dep_ == "det" and child.lower_ in ("no",):
            return True
    return False


def _modal(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return child.lower_
        if child.dep_ == "aux" and child.lemma_ == "go" and child.tag_ == "VBG":
            return "will"
    return None


def _conditional(chain: list[Token]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for tok in chain for c in tok.children)


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is a complement or adjunct of, up to the root."""
    chain = [verb]
    current = verb
    while current.head is not current and len(chain) < 12:
        current = current.head
        chain.append(current)
    return chain


def _abstained(verb: Token, lex: Lexicon) -> bool:
    """"refrained from criticising", "stopped short of imposing": the act did not happen."""
    head = verb.head
    return verb.dep_ == "pcomp" and head.dep_ == "prep" and has_lemma(head.head, lex.word_list("abstain_verbs"))


def _negation(trigger: Token, verb: Token) -> bool:
    if _negated(trigger) or (verb is not trigger and trigger.dep_ in ("dobj", "nsubjpass") and _negated(verb)):
        return True
    return verb is trigger and _negated(verb)


def _not_yet(verb: Token) -> Token:
    """A verb coordinated with another takes that one's governors ("offered to lead ... and to
    send ..."): the first conjunct stands for both."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return verb


def mood(trigger: Token, verb: Token, lex: Lexicon) -> Mood:
    """The mood of a trigger whose clause verb is ``verb`` (the trigger itself for verbs)."""
    chain = _clause_chain(verb)
    if _conditional(chain[:1]) or any(t.dep_ == "advcl" and _conditional([t]) for t in chain):
        return Mood(HYPOTHETICAL)
    if _negation(trigger, verb):
        # "will not lift the sanctions", "would not sign": the actor refuses; "did not" is silence.
        return Mood(REFUSE) if _modal(verb) in FUTURE_MODALS | {"would"} else Mood(NEGATED)
    if _abstained(verb, lex):
        return Mood(NEGATED)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and has_lemma(verb.head.head, lex.word_list("accuse_verbs")):
        return Mood(ALLEGED, verb.head.head)  # "accused Moscow of shelling": the accusation is the event
    result = Mood(FACT)
    modal = _modal(verb)
    current = _not_yet(verb)
    modal = modal or _modal(current)
    while current.head is not current:
        head, dep = current.head, current.dep_
        lemma = next((f for f in lemma_forms(head) if any(f in lex.word_list(n) for n in _GOVERNOR_LISTS)),
                     head.lemma_.lower())
        if dep in ("ccomp", "acl", "xcomp") and lemma in lex.word_list("denial_verbs"):
            return Mood(DENIED, head)
        if dep == "xcomp" and head.pos_ == "ADJ" and lemma in lex.word_list("intent_verbs"):
            result = Mood(INTENT, head)  # "ready to talk", "willing to forgive"
            current = head.head if head.dep_ == "acomp" else head
            modal = modal or _modal(current)
            continue
        if dep == "advcl" and lemma in lex.word_list("request_verbs") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return Mood(REQUESTED, head)  # "appealed to EU leaders to open talks" (parsed as purpose)
        if dep == "advcl" and _infinitive(current):
            # "did not send troops to fight": the purpose of an act that did not happen; "gave
            # permission to Russia to help": an act allowed, not done.
            if _negated(head):
                return Mood(NEGATED, head)
            if any(c.dep_ == "dobj" and has_lemma(c, lex.word_list("modal_nouns")) for c in head.children):
                return Mood(HYPOTHETICAL, head)
            if _modal(head) in POSSIBLE_MODALS:
                return Mood(HYPOTHETICAL)  # "could send troops to fight": neither has happened
            if _modal(head) in FUTURE_MODALS:
                return Mood(INTENT)  # "will send troops to help Sudan": the help is intended
        if dep not in ("xcomp", "acl", "ccomp"):
            break
        if dep == "acl" and lemma in lex.word_list("modal_nouns") and _infinitive(current):
            return Mood(HYPOTHETICAL, head)  # "gave permission to Russia to help": only allowed
        if dep == "acl" and lemma not in lex.word_list("intent_nouns"):
            break
        if dep == "ccomp":
            if lemma in lex.word_list("request_verbs") and _subjunctive(current):
                return Mood(REQUESTED, head)
            if modal in OBLIGATION_MODALS and current is verb and lemma in lex.word_list("report_verbs"):
                return Mood(OBLIGED, head)  # "Russia said Sudan must return the helicopter"
            if modal == "would":
                modal = "will"
            break
        if _negated(head):
            return Mood(NEGATED, head)
        if lemma in lex.word_list("refusal_verbs"):
            return Mood(REFUSE, head)
        if lemma in lex.word_list("request_verbs"):
            return Mood(REQUESTED, head)
        if lemma in lex.word_list("threat_verbs"):
            result = Mood(THREAT, head)
        elif lemma in lex.word_list("intent_verbs") or lemma in lex.word_list("intent_nouns"):
            result = Mood(INTENT, head) if result.kind == FACT else result
        elif lemma in lex.word_list("attempt_verbs"):
            pass
        else:
            break
        modal = modal or _modal(head)
        current = head
    if modal in POSSIBLE_MODALS:
        return Mood(HYPOTHETICAL)  # "may be considering providing aid"
    if result.kind != FACT:
        return result
    if modal in FUTURE_MODALS:
        # "will withdraw its troops unless Chad holds elections": an ultimatum, a threat
        return Mood(THREAT) if _ultimatum(verb) else Mood(INTENT)
    return result


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _ultimatum(verb: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


def _subjunctive(verb: Token) -> bool:
    """"demanded that Israel withdraw": a bare verb or a 'should' in a that-clause."""
    return verb.tag_ == "VB" or any(c.lower_ == "should" for c in verb.children)


def recode(code: str, kind: str, lex: Lexicon) -> str | None:
    """The CAMEO code a trigger of ``code`` gets in this mood, or ``None`` for no event."""
    root = int(code[:2])
    if kind == FACT:
        return code
    if kind == INTENT:
        if root <= 8:
            return lex.map_code("intent", code)
        if root == 13:
            return code
        return lex.map_code("threat", code) if root >= 14 else None
    if kind == THREAT:
        return lex.map_code("threat", code) if root >= 12 else "130"
    if kind == REFUSE:
        return lex.map_code("refuse", code) if root <= 8 else None
    if kind == OBLIGED:
        return code if root == 10 else lex.map_code("demand", code)
    return None
