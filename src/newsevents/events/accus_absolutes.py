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
# Pronouns that pick out part of a group already named ("with some accusing ...": some of them).
PARTITIVE_PRONOUNS = frozenset({"some", "many", "most", "several", "others", "few"})


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


def partitive_whole(verb: Token, subject: Token) -> Token | None:
    """The verb whose subject a bare partitive pronoun is part of, when ``subject`` is one and
    ``verb`` is the participle of an absolute "with" on that verb ("Government supporters rallied,
    *with some accusing* the marchers of ...": some of the supporters accuse); else ``None``.
    "with some of the candidates accusing" names its own group and is left to the parse."""
    if subject.lower_ not in PARTITIVE_PRONOUNS or any(c.dep_ == "prep" for c in subject.children):
        return None
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in ABSOLUTE_PREPS or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None
