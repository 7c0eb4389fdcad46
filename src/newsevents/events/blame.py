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
from newsevents.events.matching import NOUN_POS, VERB_POS, Match, best_match
from newsevents.events.patterns import Lexicon

BLAME_PATTERN = "_blame"
# "X was behind Y": a preposition on the copula; "X was responsible for Y": an adjective and its
# preposition; "X was to blame for Y": the infinitive and its preposition.
BEHIND_PREPS = frozenset({"behind"})
BLAME_ADJECTIVES = {"responsible": "for", "guilty": "of", "culpable": "for", "complicit": "in"}
BLAME_VERB = "blame"


def _hostile(act: Token, lex: Lexicon) -> bool:
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
    return [act for act in acts if _hostile(act, lex)]


def blame(tok: Token, lex: Lexicon) -> Match | None:
    """A report verb whose that-clause blames its subject for a hostile act: the ``_blame`` pattern,
    with the clause (whose subject is the one blamed) as theme."""
    reporting = lex.word_list("report_verbs") | lex.word_list("finding_verbs")
    if tok.pos_ not in VERB_POS or not fr.has_lemma(tok, reporting):
        return None
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
            continue
        if any(c.dep_ == "neg" for c in clause.children) or fr.subject(clause) is None:
            continue
        if blamed_acts(clause, lex):
            patterns = lex.for_token("verb", BLAME_PATTERN)
            return Match(tok, patterns[0], clause) if patterns else None
    return None
