"""Reported blame: "officials said Eritrea was behind the attack", "the army said the rebels were
responsible for the killings", "Kyiv said Moscow was to blame for the blast".

A speaker who says that another actor is behind, responsible for, guilty of or to blame for a
hostile act accuses it (CAMEO 112, the ``_blame`` pattern): the source is the speaker, the target
the one blamed (the subject of the reported clause). The act itself is left unproven: it is named
as a thing someone is blamed for, not reported as having been done by the one blamed. A negated
clause ("said Eritrea was not behind the attack") blames no one, and blame for something that is
no hostile act ("responsible for security", "behind the reforms") is no accusation.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.criticism_forms import CLAIMING_VERBS, reports_clause
from newsevents.events.gates import NOUNS, VERBS, Gate, gated
from newsevents.events.issuers import reported_clauses
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, best_match
from newsevents.events.patterns import Lexicon
from newsevents.events.reproof import misplaced_claim_clause

BLAME_PATTERN = "_blame"
# "X was behind Y": a preposition on the copula; "X was responsible for Y": an adjective and its
# preposition; "X was to blame for Y": the infinitive and its preposition.
BEHIND_PREPS = frozenset({"behind"})
BLAME_ADJECTIVES = {"responsible": "for", "guilty": "of", "culpable": "for", "complicit": "in"}
BLAME_VERB = "blame"


def hostile(act: Token, lex: Lexicon) -> bool:
    """Whether ``act`` names a hostile act: a word of ``blame_nouns`` or a trigger of root 13-20."""
    if fr.has_lemma(act, lex.word_list("blame_nouns")):
        return True
    if act.pos_ not in VERB_POS | NOUN_POS:
        return False
    found = best_match(act, lex)
    if found is None or found.pattern.cameo[:1] == "_" or not found.pattern.cameo[:2].isdigit():
        return False
    return codebook.root_of(found.pattern.cameo) >= codebook.THREATEN


def blamed_acts(clause: Token, lex: Lexicon) -> list[Token]:
    """The hostile acts a copular clause blames its subject for ("was behind *the attack*")."""
    hosts: list[tuple[Token, set[str]]] = [(clause, set(BEHIND_PREPS))]
    for child in clause.children:
        if child.dep_ == "acomp" and child.lower_ in BLAME_ADJECTIVES:
            hosts.append((child, {BLAME_ADJECTIVES[child.lower_]}))
        if child.dep_ == "xcomp" and child.lemma_.lower() == BLAME_VERB:
            hosts.append((child, {"for"}))
    acts = [act for host, preps in hosts for act in fr.prep_objects(host, preps)]
    return [act for act in acts if hostile(act, lex)]


def _to_blame(clause: Token) -> bool:
    """"said the rebels were to blame": blame for something named before, or for what is at hand."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() == BLAME_VERB for c in clause.children)


@gated(Gate(VERBS, lists=("report_verbs", "finding_verbs"), words=CLAIMING_VERBS))
def blame(tok: Token, lex: Lexicon) -> Match | None:
    """A report verb whose that-clause blames its subject for a hostile act: the ``_blame`` pattern,
    with the clause (whose subject is the one blamed) as theme."""
    if tok.pos_ not in VERB_POS or not (reports_clause(tok, lex)
                                        or fr.has_lemma(tok, lex.word_list("finding_verbs"))):
        return None
    for clause in reported_clauses(tok):  # "said (in a statement) that X was behind the attack"
        if clause.lemma_.lower() != "be":
            continue
        if any(c.dep_ == "neg" for c in clause.children) or fr.subject(clause) is None:
            continue
        if blamed_acts(clause, lex) or _to_blame(clause):
            patterns = lex.for_token("verb", BLAME_PATTERN)
            return Match(tok, patterns[0], clause) if patterns else None
    return None


CLAIM_PATTERN = "_claim"
# Nouns that accuse by themselves ("Kyiv's accusation that ..."); the other ``claim_nouns`` ("the
# claim by X that ...") accuse only when what they claim is a hostile act.
ACCUSING_NOUNS = frozenset({"accusation", "allegation", "charge"})


def claim_clause(noun: Token) -> Token | None:
    """The that-clause of a noun ("the claim *that its troops had fired*"), when it has a subject."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "ccomp") and clause.pos_ in VERB_POS | {"AUX"} \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                and fr.subject(clause) is not None and not any(c.dep_ == "neg" for c in clause.children):
            return clause
    return misplaced_claim_clause(noun)  # "the accusation by the rebels that ..." misparsed (events/reproof.py)


def _hostile_clause(clause: Token, lex: Lexicon) -> bool:
    """Whether a claimed clause reports a hostile act ("that its troops had fired") or blames its
    subject for one ("that Kyiv was behind the blast")."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj"))]
    return any(hostile(t, lex) for t in verbs) or bool(blamed_acts(clause, lex))


@gated(Gate(NOUNS, lists=("claim_nouns",)))
def claim(tok: Token, lex: Lexicon) -> Match | None:
    """"Pyongyang's accusation that South Korean troops had fired", "the claim by Ankara that Kurdish
    fighters shelled the town": a claim about another actor's wrong, named as a noun, is its
    maker's accusation against that actor (the ``_claim`` pattern, with the clause as theme),
    whatever is then said of the claim ("dismissed", "denied")."""
    if tok.pos_ not in NOUN_POS or not fr.has_lemma(tok, lex.word_list("claim_nouns")):
        return None
    clause = claim_clause(tok)
    if clause is None:
        return None
    if not fr.has_lemma(tok, ACCUSING_NOUNS) and not _hostile_clause(clause, lex):
        return None
    patterns = lex.for_token("verb", CLAIM_PATTERN)
    if not patterns:
        return None
    # "denied the accusation by the rebels that ...", with "by" hung on the verb: its maker is found there
    host = tok.head if clause.head.i != tok.i and tok.dep_ in ("dobj", "nsubjpass") else None
    return Match(tok, patterns[0], clause, light=host)


def disputed(noun: Token, lex: Lexicon) -> bool:
    """Whether a claim is denied or rejected ("denied the claim that ...", "a claim Kenya rejected"):
    what it claims is then not coded as a fact, whoever made it."""
    disputing = lex.word_list("denial_verbs") | {"reject"}
    if noun.dep_ in ("dobj", "nsubjpass") and fr.has_lemma(noun.head, disputing):
        return True
    return any(c.dep_ == "relcl" and fr.has_lemma(c, disputing) for c in noun.children)
