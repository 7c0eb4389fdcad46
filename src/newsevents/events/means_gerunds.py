"""The means of an act told as a "by" gerund shares that act's mood.

"Hamas said it would retaliate *by launching* rockets", "the rebels threatened to respond *by
attacking* army posts", "Israel did not respond *by launching* air strikes": the gerund is how the
act is (or is not) done, so it is announced, threatened or denied with it. ``modality.mood``
stopped at the preposition and read the gerund as a fact, so a threatened or refused attack was
coded as an attack that happened (195, 190). A gerund of an act done ("retaliated by launching
rockets") stays a fact: its head's mood is a fact too.

The same link read the other way, from the head to its gerunds (``manner_acts``: "responded *by
stoking* violence"), tells what a reported clause's subject did (events/reproaches.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.clause_marks import negated

# The verb parts of speech a means gerund can hang on
VERB_HEADS = frozenset({"VERB", "AUX"})


def means_head(verb: Token) -> Token | None:
    """The act ``verb`` is the means of: the verb of its "by" ("retaliate *by* launching"), when
    ``verb`` is that preposition's gerund; else ``None``."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.pos_ not in VERB_HEADS or prep.head.i == prep.i:
        return None
    return prep.head


def manner_acts(verb: Token) -> list[Token]:
    """The gerunds a "by" phrase of ``verb`` tells its act by ("responded *by stoking* violence",
    "reacted by expelling"): what the subject did, in the reported clause's own words. The parser
    often hangs that phrase on a passive participle of the clause that has its agent already
    ("responded to the opportunity presented by the UN chief by stoking violence"): a participle
    takes one "by" agent, so a second "by" gerund is the clause verb's."""
    hosts = [verb] + [w for w in verb.subtree if w.dep_ == "acl" and w.tag_ == "VBN"
                      and any(c.dep_ == "agent" for c in w.children)]
    return [p for host in hosts for prep in host.children if prep.dep_ == "prep" and prep.lower_ == "by"
            for p in prep.children if p.dep_ == "pcomp" and p.tag_ == "VBG" and not negated(p)]
