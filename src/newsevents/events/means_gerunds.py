"""The means of an act told as a "by" gerund shares that act's mood.

"Hamas said it would retaliate *by launching* rockets", "the rebels threatened to respond *by
attacking* army posts", "Israel did not respond *by launching* air strikes": the gerund is how the
act is (or is not) done, so it is announced, threatened or denied with it. ``modality.mood``
stopped at the preposition and read the gerund as a fact, so a threatened or refused attack was
coded as an attack that happened (195, 190). A gerund of an act done ("retaliated by launching
rockets") stays a fact: its head's mood is a fact too.
"""

from __future__ import annotations

from spacy.tokens import Token

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
