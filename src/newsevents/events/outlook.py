"""Optimistic and pessimistic comments: "said he was confident that ties with Singapore would grow",
"remained optimistic about the talks with Washington", "was sceptical about Iran's offer", "expressed
hope that relations with Tokyo would improve".

A speaker's stated optimism about a matter that names another actor is an optimistic comment on it
(CAMEO 013, the ``_optimism`` pattern), pessimism a pessimistic one (012, ``_pessimism``). The
theme is the first actor named in what the comment is about; with none named there is no event,
and a negated one ("not optimistic") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.gates import Gate, gated
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon

OPTIMISM_PATTERN = "_optimism"
PESSIMISM_PATTERN = "_pessimism"
OPTIMISTIC = frozenset({"optimistic", "confident", "hopeful", "upbeat"})
PESSIMISTIC = frozenset({"pessimistic", "skeptical", "sceptical", "doubtful"})
ABOUT_PREPS = frozenset({"about", "on", "over", "regarding"})
NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})
EXPRESS_VERBS = frozenset({"express", "voice", "convey", "reiterate"})


def _matter(adjective: Token) -> list[Token]:
    """What the comment is about: the adjective's (or noun's) that-clause or its "about" phrase."""
    parts = [c for c in adjective.children if c.dep_ in ("ccomp", "acl")]
    parts += [o for p in adjective.children if p.dep_ == "prep" and p.lower_ in ABOUT_PREPS
              for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return parts


@gated(Gate(frozenset({"NOUN"}), frozenset({"dobj"}), lists=("outlook_nouns",)),
       Gate(frozenset({"ADJ"}), frozenset({"acomp"}), words=OPTIMISTIC | PESSIMISTIC))
def outlook(tok: Token, lex: Lexicon) -> Match | None:
    """An adjective of optimism or pessimism said of oneself about a matter naming another actor,
    or a noun of hope a speaker expresses about one (the expressing verb is the trigger)."""
    lemma = tok.lower_
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in EXPRESS_VERBS:
        # "expressed hope that ...", "voiced optimism about ..." (the word list outlook_nouns)
        if tok.lemma_.lower() not in lex.word_list("outlook_nouns"):
            return None
        positive = True
    elif tok.pos_ != "ADJ" or tok.dep_ != "acomp" or lemma not in OPTIMISTIC | PESSIMISTIC:
        return None
    else:
        positive = lemma in OPTIMISTIC
    if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None
    named = [t for part in _matter(tok) for t in part.subtree if t.ent_type_ in NAMED]
    if not named:
        return None
    patterns = lex.for_token("verb", OPTIMISM_PATTERN if positive else PESSIMISM_PATTERN)
    # a noun's comment is made by whoever expresses it: the verb is the trigger, its subject the source
    trigger = tok.head if tok.pos_ == "NOUN" else tok
    return Match(trigger, patterns[0], named[0]) if patterns else None
