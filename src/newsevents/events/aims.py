"""Whom an act is aimed at when the actor it names as its object is the doer's own.

"The opposition demanded the release of *its leader*": the demand names the opposition's own
leader, but it is made of whoever holds him, as CAMEO codes a demand for the release of persons
(1053): the doer's government (``domestic-target``, from
:func:`newsevents.events.implied.domestic_demand_target`). Without this, the named target
(OPPOSITION) equals the source and the event is dropped as an act on oneself.

The same holds for captives of the doer's own country who are not the doer itself ("the Tajik
envoy demanded the release of *the detained Tajik activists*", "the opposition demanded the release
of *the jailed journalists*"): the demand is made of whoever holds them, never of the captives
(:func:`held_at_home`). The governed's demand then goes to their own government, as every other
untargeted demand of theirs does; a government's has its holder abroad, unnamed, and is left out
with a warning rather than guessed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.owned_roles import SERVING_HEADS
from newsevents.events.appeals import RELEASE_NOUNS
from newsevents.events.home_actors import government_of
from newsevents.records import ActorMention

# Nouns of a body's own people, whose possessor the coder may take as the target ("its chairman").
OWN_PEOPLE = SERVING_HEADS | {"detainee", "prisoner", "colleague", "comrade", "journalist", "lawmaker", "citizen",
                              "national", "candidate", "worker", "student"}
# Demands whose named object is who is to be released, not whom the demand is made of.
RELEASE_DEMANDS = frozenset({"1053"})
CAPTIVE_SECTORS = frozenset({"OPP", "CVL", "MED", "EDU", "LAB", "REL", "PTY", "JUD"})
"""The governed, whom their own government holds when no holder is named."""
CAPTIVES_HOLDER = "captives-government"
# The prepositions that name a holder inside a release noun's phrase.
HOLDER_PREPS = frozenset({"by", "from"})


def held_at_home(code: str, source: ActorMention | None, target: ActorMention | None, doc: Doc) -> bool:
    """Whether the named ``target`` of a demand for a release (``code``) is captives of the doer's
    own country, named inside the release noun's phrase ("the release of *the Tajik activists*",
    "of staff of *the Russian embassy*"): not whom the demand is made of (see the module doc). A
    holder named there ("prisoners held *by the FARC*", "its sailors *from Russia*") is."""
    if code not in RELEASE_DEMANDS or source is None or target is None or not source.country \
            or target.country != source.country:
        return False
    return _captives(target, doc)


def captives_government(code: str, source: ActorMention | None, target: ActorMention | None,
                        doc: Doc) -> ActorMention | None:
    """The government of another country's governed (opposition, civilians, journalists, lawyers,
    ...) named as the captives of a demand for their release with no holder named ("the United States
    called for the release of *Venezuela's political prisoners*"): whom the demand is made of, as the
    governed's own demand for them is made of their government (CONVENTIONS 6.2; session 30)."""
    if code not in RELEASE_DEMANDS or source is None or target is None or not target.country \
            or target.country == source.country or target.sector not in CAPTIVE_SECTORS \
            or not _captives(target, doc):
        return None
    return government_of(target, CAPTIVES_HOLDER)


def _captives(target: ActorMention, doc: Doc) -> bool:
    """Whether ``target`` is named inside a release noun's phrase as those to be freed (no holder)."""
    if not 0 < target.end <= len(doc):
        return False
    tok = doc[target.end - 1]
    if tok.dep_ == "poss" and tok.head.lemma_.lower() not in RELEASE_NOUNS | OWN_PEOPLE:
        return False  # "the return of *their* land": the owner of property, no captive
    while tok.head.i != tok.i:
        if tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ in HOLDER_PREPS):
            return False  # "held by the FARC": the holder
        tok = tok.head
        if tok.lemma_.lower() in RELEASE_NOUNS:
            return True
    return False


def released_own(code: str, target: ActorMention | None, doc: Doc) -> bool:
    """Whether an act with ``code``, whose named ``target`` is the doer's own, is aimed elsewhere
    (at whoever holds them): a demand for the release of persons, who are the target itself, not
    the owner of what is to be returned ("the return of *their* land")."""
    if code not in RELEASE_DEMANDS or target is None or not 0 < target.end <= len(doc):
        return False
    head = doc[target.end - 1]
    # "the release of its chairman": the possessor stands for its own people
    return head.dep_ != "poss" or head.head.lemma_.lower() in OWN_PEOPLE
