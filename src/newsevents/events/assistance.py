"""Aid nouns that report aid given by their own phrase.

A noun trigger codes where a verb reports it ("announced aid to Sudan"; see
:func:`~newsevents.events.licensing.license_noun`). Feature and background stories name aid that
was given by a phrase that says who gave it and to whom, under a verb that reports no giving:
"American aid to Israel totals 3.8 billion dollars", "Mexico's donation to Cuba arrived",
"the United States increased its aid to Colombia". Both sides named in the noun's own phrase
anchor it: the giver (a possessor, a name or people's adjective on the noun, or "from"), and the
receiver ("to", "for") named by a name.

The phrase must be the subject of a verb that does not stop, cut or deny the aid ("aid to Kyiv
stalled", "aid from Japan was never delivered"), or the object of a verb that keeps or raises it
("increased its aid to Colombia"). Verbs that cut or freeze aid code as sanctions and consume the
noun before it is read here; modal and negated verbs leave whether the aid flows open.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.events.matching import Match

AID_ROOT = 7
# Verbs of which aid as the subject is no aid given: it stops, shrinks or is only spoken of.
STOPPED_VERBS = frozenset({"stop", "end", "halt", "stall", "dry", "cease", "fall", "drop", "decline", "shrink",
                           "collapse", "face", "remain", "depend", "require", "need", "become", "come",
                           "divide", "split", "spark", "prompt", "draw", "cause", "trigger"})
# Verbs that raise or keep aid given before ("increased its aid to Colombia"): the aid flows.
KEPT_VERBS = frozenset({"increase", "double", "triple", "boost", "expand", "raise", "continue", "resume",
                        "restore", "receive", "accept", "welcome", "use"})
# The giver named on the noun: a possessor, a name or a people's adjective ("American aid").
GIVER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
NAME_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
RECEIVER_PREPS = {"to", "for"}
GIVER_PREPS = {"from", "by"}


def given_aid(match: Match, tok: Token) -> bool:
    """Whether an aid noun reports aid given by its own phrase (see the module doc); ``tok`` heads
    the phrase. On success the verb the phrase hangs from is recorded as the event's verb."""
    noun = match.token
    if codebook.root_of(match.pattern.cameo) != AID_ROOT or noun.i != tok.i:
        return False
    verb = noun.head
    if not _giver(noun) or verb.pos_ not in ("VERB", "AUX") or _open(verb):
        return False
    if noun.dep_ == "nsubj" and not fr.has_lemma(verb, STOPPED_VERBS) \
            and _named(fr.prep_objects(noun, RECEIVER_PREPS)):
        match.verb = verb  # "American aid to Israel totals ...", "Mexico's donation to Cuba arrived"
        return True
    # "increased its aid to Colombia": the receiver is often parsed on the verb
    if noun.dep_ == "dobj" and fr.has_lemma(verb, KEPT_VERBS) \
            and _named(fr.prep_objects(noun, RECEIVER_PREPS) or fr.prep_objects(verb, RECEIVER_PREPS)):
        match.verb, match.light, match.subject = verb, verb, fr.subject(verb)
        return True
    return False


def _giver(noun: Token) -> bool:
    """Whether the aid noun names who gives it: a possessor (a pronoun too: "its aid to"), a name
    or a people's adjective on it, or a "from" or "by" object."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if any(c.dep_ in GIVER_DEPS and c.ent_type_ in NAME_ENTS for c in noun.children):
        return True
    return _named(fr.prep_objects(noun, GIVER_PREPS))


def _named(tokens: list[Token]) -> bool:
    """Whether any of ``tokens`` is a name, or a noun a name or people's adjective modifies
    ("Ukrainian refugees")."""
    return any(t.ent_type_ in NAME_ENTS or any(c.ent_type_ in NAME_ENTS for c in t.children) for t in tokens)


def _open(verb: Token) -> bool:
    """Whether the verb leaves open whether the aid flows: negated or modal."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)
