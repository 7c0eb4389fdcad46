"""The doer of an absolute "with" clause: "voters go to the polls *with the opposition accusing*
the president of trying to rig the vote".

A participle on the object of a "with" (or "without") adjunct of a verb tells what that object is
doing while the sentence's act goes on: the object is its doer, not the subject of the sentence
(the voters did not accuse anyone) and not no one, as before (the coder warned "no doer named" and
left the accusation out). News leads tell the charge that frames the story this way ("with rights
groups accusing police of ...", "with both sides claiming victory").
"""

from __future__ import annotations

from spacy.tokens import Token

# The prepositions of an absolute clause.
ABSOLUTE_PREPS = frozenset({"with", "without"})


def absolute_doer(verb: Token) -> Token | None:
    """The noun whose "-ing" participle ``verb`` is, when that noun is the object of an absolute
    "with"/"without" on a verb ("with the opposition accusing X"); else ``None``."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.lower_ not in ABSOLUTE_PREPS:
        return None
    return noun if prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") else None
