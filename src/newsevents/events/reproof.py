"""Criticism told in forms the lexicon's patterns miss (session 13).

- A name hung on the named thing: "described the government's decision *as absurd*" is parsed with
  "as" under "decision", not under the verb (:func:`names_on_named`).
- Critics by their cause: "rights groups", "human rights organizations" speak rather than shoot
  (:func:`rights_group`, read by :mod:`newsevents.events.reproaches` for "came under fire from ...").
- A claim's clause misread as a relative clause: "denied the accusation by the rebels *that it bombed
  civilians*" is parsed with "that it bombed" describing "the rebels" (:func:`misplaced_claim_clause`,
  read by :mod:`newsevents.events.blame`).
- A wrong alleged by a claiming verb: "*charged* that the results had been rigged", "*complained*
  that the vote was unfair" judge what they name as "said the vote was rigged" does
  (:func:`judging_verb`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import frames as fr

# "claimed the vote was rigged", "charged that the results were fixed", "complained the poll was unfair":
# verbs that allege or protest a wrong, read like a report verb when what they report judges a named thing
JUDGING_VERBS = frozenset({"charge", "claim", "complain", "contend", "protest"})
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "body", "campaigner", "defender", "monitor"})
CAUSES = frozenset({"right", "rights", "freedom", "liberty", "advocacy", "campaign", "civil", "media"})


def names_on_named(named: Token, bad: frozenset[str]) -> list[Token]:
    """The bad names hung on an "as" phrase under the named thing itself ("described [the decision]
    as absurd", "... as a betrayal"): the parser's other reading of "described the decision as X"."""
    found: list[Token] = []
    for prep in named.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for c in prep.children:
            if c.dep_ == "pobj" or (c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ" and c.lower_ in bad):
                found.append(c)
    return found


def judging_verb(tok: Token) -> bool:
    """A claiming verb with a reported clause ("charged that ...", "claimed the vote ..."): read as a
    report verb by the verdict reader; with an object ("charged him", "claimed victory") it is not."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in JUDGING_VERBS:
        return False
    return any(c.dep_ == "ccomp" for c in tok.children) and not fr.objects(tok)



def rights_group(tok: Token) -> bool:
    """"rights groups", "human rights organisations", "press freedom watchdogs": a group named by the
    rights it defends speaks rather than shoots."""
    if tok.lemma_.lower() not in GROUP_NOUNS:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CAUSES for c in tok.subtree if c.i < tok.i)


def misplaced_claim_clause(noun: Token) -> Token | None:
    """The that-clause of a claim noun that the parser hung elsewhere: on the verb the noun is the
    object of ("rejected the allegation by Kinshasa [that ...]"), or as a relative clause on the claim's
    maker ("the accusation by the rebels [that it bombed civilians]", a "relative" clause whose "that"
    is a mark, not its subject or object), under the "by" or "from" phrase of the noun or of its verb."""
    hosts = [noun]
    if noun.dep_ in ("dobj", "nsubjpass"):
        hosts.append(noun.head)
        # "rejected the allegation by Kinshasa [that Rwandan troops had crossed]", the clause hung on the verb
        for clause in noun.head.children:
            if clause.dep_ == "ccomp" and clause.i > noun.i and _content_clause(clause):
                return clause
    for host in hosts:
        for maker in fr.prep_objects(host, {"by", "from"}):
            for clause in maker.children:
                if clause.dep_ == "relcl" and _content_clause(clause):
                    return clause
    return None


def _content_clause(clause: Token) -> bool:
    """A that-clause with a subject of its own, not negated ("that it bombed civilians")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and not any(c.dep_ == "neg" for c in clause.children)
