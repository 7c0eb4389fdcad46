"""Demands and appeals named as nouns: "their demand that the president step down", "the
opposition's call that the minister resign", "Kyiv's request that Berlin send tanks".

A request noun with a that-clause is its maker's demand (100) or appeal (020) on the clause's
subject, coded by the act asked for as a verb of request is ("demanded that he step down" is
1041); the act asked for has not happened and is not coded (see :func:`requested_clause`, used by
:mod:`newsevents.events.modality`). The parser often hangs the that-clause on the verb of the
noun's phrase ("stick to their demand that ..."): a that-clause right after the noun is its own.

Two verbs of request need their frame: "pressed Seoul to act" is an appeal (the ``_press``
pattern) while "pressed charges", "pressed the crowd back" and "pressed ahead" are not; and
"insisted that the vote was fair" asserts a fact, where "insisted that he resign" demands.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr
from newsevents.events.gates import NOUNS, VERBS, Gate, gated
from newsevents.events.matching import NOUN_POS, VERB_POS, Match
from newsevents.events.patterns import Lexicon

DEMAND_NOUN_PATTERN = "_demand_noun"
APPEAL_NOUN_PATTERN = "_appeal_noun"
DEMAND_NOUNS = frozenset({"demand", "ultimatum", "insistence"})
PRESS_PATTERN = "_press"
TELL_PATTERN = "_tell"
# Those a leader tells what to do as their own: orders to them are no demand ("told the army to").
SUBORDINATES = frozenset({"army", "troops", "troop", "force", "soldier", "police", "policeman", "officer", "citizen",
                          "national", "people", "supporter", "follower", "staff", "official", "minister", "member",
                          "reporter", "journalist", "crowd", "resident", "civilian", "diplomat", "commander",
                          "security", "cabinet", "aide", "worker", "employee", "voter"})
# Modals that ask for an act in a that-clause ("insisted that troops must leave").
ASKING_MODALS = frozenset({"must", "should", "ought", "shall"})


def _subjunctive(verb: Token) -> bool:
    """"that he step down", "that Israel should withdraw": what is asked for, not what happened."""
    return (verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)) or any(
        c.dep_ == "aux" and c.lower_ == "should" for c in verb.children)


def _asked_act(clause: Token) -> bool:
    """A that-clause of necessity asking for an act: subjunctive ("that he resign", "that Israel
    should withdraw"), or a bare verb the tagger read as present ("that the army end the coup",
    "that the forces end it"): after "it is essential that" the present is the mandative form."""
    return _subjunctive(clause) or clause.tag_ == "VBP"


NECESSITY_PATTERN = "_necessity"
# "it is important that ...": adjectives that make a that-clause's act asked for.
NECESSITY_ADJECTIVES = frozenset({"important", "essential", "vital", "imperative", "crucial", "necessary",
                                  "critical", "urgent"})


@gated(Gate(frozenset({"ADJ"}), frozenset({"acomp"}), words=NECESSITY_ADJECTIVES))
def necessity(tok: Token, lex: Lexicon) -> Match | None:
    """"(said) it is essential that Russia withdraw its troops", "it is important that the army end
    the coup": naming another's act as needed demands it of its doer (the ``_necessity`` pattern,
    coded by the act asked for, with the clause as theme; the act itself is not coded)."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lower_ not in NECESSITY_ADJECTIVES:
        return None
    copula = tok.head
    if copula.lemma_ != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children):
        return None
    if any(c.dep_ == "neg" for c in (*copula.children, *tok.children)):
        return None
    for clause in (*tok.children, *copula.children):
        if clause.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
                and _asked_act(clause) and fr.subject(clause) is not None:
            patterns = lex.for_token("verb", NECESSITY_PATTERN)
            return Match(tok, patterns[0], clause) if patterns else None
    return None


def _mandative_present(verb: Token) -> bool:
    """"their demand that the government raise wages": the tagger reads the subjunctive of a
    singular subject as a present (VBP), a form the indicative never takes with that subject."""
    subject = fr.subject(verb)
    return verb.tag_ == "VBP" and subject is not None and subject.tag_ in ("NN", "NNP")


def asked_clause(noun: Token) -> Token | None:
    """The that-clause of a request noun: its own ("a demand *that he resign*") or the one the
    parser hung on the verb of the noun's phrase right after the noun."""
    candidates = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    verb = noun.head
    while verb.pos_ not in VERB_POS | {"AUX"} and verb.head.i != verb.i:
        verb = verb.head
    candidates += [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
    after = noun.right_edge.i + 1
    for clause in candidates:
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
        if marks and (clause.head.i == noun.i or marks[0].i == after) \
                and (_subjunctive(clause) or _mandative_present(clause)) and fr.subject(clause) is not None:
            return clause
    return None


@gated(Gate(NOUNS, lists=("request_nouns",)))
def request_noun(tok: Token, lex: Lexicon) -> Match | None:
    """A request noun with a that-clause asking another to act: the ``_demand_noun`` or
    ``_appeal_noun`` pattern, with the clause as theme."""
    if tok.pos_ not in NOUN_POS or not fr.has_lemma(tok, lex.word_list("request_nouns")):
        return None
    clause = asked_clause(tok)
    if clause is None:
        return None
    name = DEMAND_NOUN_PATTERN if fr.has_lemma(tok, DEMAND_NOUNS) else APPEAL_NOUN_PATTERN
    patterns = lex.for_token("verb", name)
    return Match(tok, patterns[0], clause) if patterns else None


@gated(Gate(VERBS, lists=("press_verbs",), words=frozenset({"tell"})))
def pressing(tok: Token, lex: Lexicon) -> Match | None:
    """"pressed Beijing to rein in Pyongyang", "pressured Serbia to recognise Kosovo": pressing an
    object to do what a to-infinitive names is an appeal to it (the ``_press`` pattern, its target
    the object). Without both the object and the infinitive ("pressed charges against", "pressed
    the crowd back", "pressed ahead with") the verb is no appeal. "Told Iran to halt enrichment"
    is a demand on the one told (the ``_tell`` pattern); "told reporters that ..." is no request."""
    if tok.pos_ not in VERB_POS or fr.is_passive(tok):
        return None
    if fr.has_lemma(tok, lex.word_list("press_verbs")):
        name = PRESS_PATTERN
    elif tok.lemma_.lower() == "tell":
        name = TELL_PATTERN
    else:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() in lex.word_list("issues"):
        return None
    if name == TELL_PATTERN and _own_people(objects[0]):
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ in VERB_POS and c.i > objects[0].i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        return None
    patterns = lex.for_token("verb", name)
    return Match(tok, patterns[0], objects[0]) if patterns else None


def _own_people(told: Token) -> bool:
    """"told its citizens to leave", "told the army to restore order": an order or advice to one's
    own people or forces is no demand on another actor."""
    return told.lemma_.lower() in SUBORDINATES or any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in told.children)


def asserted(tok: Token) -> bool:
    """"insisted that the election was fair": a that-clause in the indicative, with no modal that
    asks for an act, is a claim of fact, no demand ("insisted that he resign", "... that troops
    must leave" are demands)."""
    if tok.lemma_.lower() != "insist":
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in ("dobj", "prep") for c in tok.children):
        return False
    clause = clauses[0]
    if clause.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "JJ") and clause.pos_ != "AUX":
        return False  # "that he resign": a bare verb asks for the act
    if clause.tag_ == "VBP" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP")
                                    for c in clause.children):
        return False  # "that the minister resign" tagged VBP: a singular subject without the -s
    return not any(c.dep_ in ("aux", "auxpass") and (c.lower_ in ASKING_MODALS or c.tag_ == "VB")
                   for c in clause.children)
