"""The force a story names for an arrest told with no doer: "Israeli troops raided the camp. Three
men were arrested." is Israel's arrest, not one by the police of the place it happens in.

An arrest in the passive with no agent is coded, as CAMEO coders do, as one by the police of the
country it happens in (:func:`~newsevents.events.implied_actors.implied_police`). That guess fails
where the story has told who raids and arrests: an occupying army, rebels holding a town, another
country's border guards. So before the guess, the coder reads the force that did an act of that kind
(raided, stormed, arrested, detained, seized, entered ...) as the subject of its verb:

- in the arrest's own sentence before it, or in the two sentences before: the one force named there
  is the doer (the nearest of them when all are of one country); two forces of different countries
  leave the arrest with no doer (it is left out, as any act whose doer is unknown);
- else anywhere in the story: a force of another country than the guessed police's (any force, when
  no country is guessed) that raids or arrests leaves the arrest with no doer (the place's own
  police only when no one else acts).

"A force" is an actor of the armed or security sectors with a country (its own words', or the
story's for a bare "the rebels").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents.nlp.sentences import window_start
from newsevents.records import ActorMention

# Sectors of those who raid and arrest: armies, police, rebels, insurgents, spies.
FORCE_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "SPY"})
# Verbs (lemmas) of the acts of an arrest's kind: the raid that makes it and the arrest itself.
FORCE_VERBS = frozenset({"raid", "storm", "arrest", "detain", "seize", "capture", "enter", "round",
                         "sweep", "search", "cordon", "abduct", "kidnap", "hold", "apprehend", "invade",
                         "besiege", "overrun", "nab"})
# Verbs that do such an act through their object: "carried out a raid", "launched an operation".
DOING_VERBS = frozenset({"carry", "conduct", "launch", "mount", "stage", "begin", "make"})
RAID_NOUNS = frozenset({"raid", "operation", "sweep", "incursion", "crackdown", "arrest", "search", "swoop"})
# Sentences before the arrest's own that are read for its force.
WINDOW = 2
SUBJECT_DEPS = frozenset({"nsubj"})  # the doer of an active verb, never the one held
STORY_FORCE_RULE = "events-story-force"


@dataclasses.dataclass(frozen=True)
class ForceReading:
    """What the story says of an agentless arrest's doer: the one force that did it (``force``), or
    that no doer may be guessed (``blocked``: two forces nearby, or another country's in the story)."""

    force: ActorMention | None = None
    blocked: bool = False


def story_force(tok: Token, country: str | None, mentions: Iterable[ActorMention]) -> ForceReading:
    """The force that did the agentless arrest at ``tok`` by the rules of the module docstring;
    ``country`` is the country whose police the coder would otherwise imply (``None`` if none)."""
    doers = [m for m in mentions if _force_doer(tok.doc, m)]
    start = window_start(tok, WINDOW)
    near = [m for m in doers if start <= m.start < tok.i]
    if near:
        if len({m.country for m in near}) > 1:
            return ForceReading(blocked=True)
        return ForceReading(force=_at(near[-1], tok))
    if any(m.country != country for m in doers):
        return ForceReading(blocked=True)  # with no country guessed, any force that acts blocks the guess
    return ForceReading()


def _force_doer(doc: Doc, mention: ActorMention) -> bool:
    """Whether ``mention`` is a force with its own country that is the subject of a raid or an arrest."""
    if mention.sector not in FORCE_SECTORS or not mention.country:
        return False
    head = doc[mention.start:mention.end].root
    while head.dep_ in ("pobj", "prep") and head.head.i != head.i and head.head.dep_ in ("prep", "nsubj"):
        head = head.head  # "dozens *of Israeli troops* entered": the quantity is the subject
    if head.dep_ not in SUBJECT_DEPS:
        return False
    verb = head.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(_force_act(v) for v in verbs)


def _force_act(verb: Token) -> bool:
    """Whether ``verb`` tells a raid or an arrest ("stormed", "detained", "carried out a raid")."""
    lemma = verb.lemma_.lower()
    if lemma in FORCE_VERBS:
        return True
    return lemma in DOING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in RAID_NOUNS for c in verb.children)


def _at(force: ActorMention, tok: Token) -> ActorMention:
    """``force`` as the doer of the act at ``tok``."""
    return dataclasses.replace(force, start=tok.i, end=tok.i + 1, start_char=tok.idx,
                               end_char=tok.idx + len(tok.text), text=tok.text, rule=STORY_FORCE_RULE)
