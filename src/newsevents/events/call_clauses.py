"""What an appeal or demand *noun* asks for, where the parser hung the "for X to act" clause on the
noun's verb: "students are joining calls *for the president to step down*", "renewed demands *for
the army to withdraw*".

A verb of appeal reads its asked-for act from its own "for" clause (``particles.for_clauses``) and
codes by it ("called for the president to step down" is 1041, a demand for a leader to go). With a
noun the parser often makes the infinitive an adjunct of the verb that governs the noun ("joining",
"renewed", "echoed"), so the noun kept its plain appeal (020) and the asked-for act ("step down")
was coded as if it had happened (a resignation, 0831). The clause that starts right after the noun
is the noun's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.frames import has_lemma
from newsevents.events.particles import for_clauses
from newsevents.events.patterns import Lexicon

NOUN_POS = frozenset({"NOUN", "PROPN"})
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def noun_for_clauses(noun: Token) -> list[Token]:
    """The infinitives of a "for X to act" right after an appeal or demand noun: on the noun
    itself, or on its verb where the clause starts right after the noun."""
    if noun.pos_ not in NOUN_POS:
        return []
    hosts = [noun] + ([noun.head] if noun.head.i != noun.i else [])
    found = [c for h in hosts for c in for_clauses(h) if c.left_edge.i == noun.right_edge.i + 1 or c.head.i == noun.i]
    # The parser also makes the clause a relative clause of the noun ("calls for X to step down")
    return found + [c for c in noun.children if c.dep_ in NOUN_CLAUSE_DEPS and _for_infinitive(c) and c not in found]


def _for_infinitive(verb: Token) -> bool:
    """"for X to act": a bare infinitive with "to" and a "for" marker."""
    if verb.tag_ != "VB":
        return False  # before the children are listed: most verbs asked are not bare infinitives
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in children)


def asking_noun(verb: Token, lex: Lexicon) -> Token | None:
    """The appeal or demand noun (``request_nouns``) whose "for X to act" clause ``verb`` is, if
    any: "calls for the president *to step down*" asks for the resignation, which has not happened."""
    if not _for_infinitive(verb):
        return None
    marker = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "for")
    if marker.i == 0:
        return None
    before = verb.doc[marker.i - 1]
    nouns = [verb.head] + [t for t in (before, before.head) if t.right_edge.i == before.i]
    words = lex.word_list("request_nouns")
    return next((n for n in nouns if n.pos_ in NOUN_POS and has_lemma(n, words)
                 and verb in noun_for_clauses(n)), None)
