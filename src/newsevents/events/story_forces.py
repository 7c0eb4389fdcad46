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

A killing or an attack told with no doer ("two soldiers were killed", "after skirmishes with the
rebels") is read the same way, more strictly (:func:`story_attacker`): the doer is the one force
that is the subject of a verb of armed force (attacked, fired, shelled, stormed ...) in its own
sentence before it or the two before, and only when no force of another country does such an act
anywhere in the story (a fight between two countries' forces leaves the dead with no known killer);
the victims are a side with a sector (not a place: "killed in the enclave"), not that force itself
("troops raided the camp; two soldiers were killed": their own losses, at the other side's hands),
and not its own state's officials or forces; and a killing told beside a fight in its sentence
("were killed in the clashes") is the fight's toll, left to the fight's noun. Otherwise the act
keeps no doer and is left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence

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
# Verbs (lemmas) of armed force, whose subject may have done a killing or an attack told with no doer.
ATTACK_VERBS = frozenset({"attack", "kill", "shoot", "shell", "bomb", "bombard", "ambush", "strike", "pound",
                          "assault", "storm", "raid", "overrun", "fire", "target", "besiege", "invade", "seize",
                          "capture", "gun"})
# Verbs that do such an act through their object ("opened fire", "launched an offensive"), and the objects.
ATTACK_DOING_VERBS = DOING_VERBS | {"open"}
ATTACK_NOUNS = frozenset({"fire", "attack", "assault", "offensive", "strike", "raid", "operation", "ambush",
                          "bombardment", "airstrike"})
# Verbs over an act that leave it unknown whether it was done ("denied that its troops attacked").
DISPUTE_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "allege", "claim", "accuse", "blame", "plan",
                           "threaten", "vow", "fear"})
DISPUTE_DEPTH = 3
# A state's own forces and the state they serve: the one does not strike the other.
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# A killing told beside a fight in its sentence ("were killed in the clashes") is that fight's toll:
# the fight's noun is the event, read by the same rule, and the killing gets no doer of its own (two
# tellings of one act).
TOLL_VERBS = frozenset({"kill", "wound", "injure", "die"})
FIGHT_SETTINGS = frozenset({"clash", "fighting", "battle", "firefight", "skirmish", "gunfight", "attack",
                            "assault", "raid", "offensive", "shelling", "ambush", "bombardment"})
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


def story_attacker(tok: Token, victims: Sequence[ActorMention],
                   mentions: Iterable[ActorMention]) -> ActorMention | None:
    """The force that did the agentless killing or attack at ``tok`` on ``victims`` by the rules of
    the module docstring; ``None`` (no doer) when the story does not name it so."""
    if tok.lemma_.lower() in TOLL_VERBS and any(t.pos_ == "NOUN" and t.lemma_.lower() in FIGHT_SETTINGS
                                                for t in tok.sent):
        return None  # "were killed in the clashes", "... in the clashes, and 40 were killed": the clash carries it
    if any(not v.sector or v.kind == "place" for v in victims):
        return None  # "killed in the enclave", "an operation in northern Iraq": a place, not a side
    doers = [m for m in mentions if _force_doer(tok.doc, m, _attack_act)]
    if len({m.country for m in doers}) != 1:
        return None  # no force acts, or forces of two countries do
    start = window_start(tok, WINDOW)
    near = [m for m in doers if start <= m.start < tok.i]
    if not near or len({m.code for m in near}) > 1:
        return None
    force = near[-1]
    if any(v.code == force.code for v in victims):
        return None  # the force's own dead fell to the other side
    if force.sector in STATE_FORCES and any(v.country == force.country and v.sector in STATE_SECTORS
                                            for v in victims):
        return None  # a state's forces do not strike their own state: the other side did
    return _at(force, tok)


def _force_doer(doc: Doc, mention: ActorMention, act: Callable[[Token], bool] | None = None) -> bool:
    """Whether ``mention`` is a force with its own country that is the subject of a raid or an arrest
    (or of another kind of act, as ``act`` tells)."""
    if mention.sector not in FORCE_SECTORS or not mention.country:
        return False
    head = doc[mention.start:mention.end].root
    while head.dep_ in ("pobj", "prep") and head.head.i != head.i and head.head.dep_ in ("prep", "nsubj"):
        head = head.head  # "dozens *of Israeli troops* entered": the quantity is the subject
    if head.dep_ not in SUBJECT_DEPS:
        return False
    verb = head.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any((act or _force_act)(v) for v in verbs)


def _force_act(verb: Token) -> bool:
    """Whether ``verb`` tells a raid or an arrest ("stormed", "detained", "carried out a raid")."""
    lemma = verb.lemma_.lower()
    if lemma in FORCE_VERBS:
        return True
    return lemma in DOING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in RAID_NOUNS for c in verb.children)


def _attack_act(verb: Token) -> bool:
    """Whether ``verb`` tells an act of armed force ("shelled", "opened fire", "launched an offensive")
    as done: not negated, not possible, not denied or alleged ("denied that its soldiers attacked")."""
    if not _asserted(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ATTACK_VERBS:
        return True
    return lemma in ATTACK_DOING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS
                                               for c in verb.children)


def _asserted(verb: Token) -> bool:
    """Whether ``verb`` is told as done: no negation or modal on it, and no verb of denial or
    allegation over it."""
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False
    head, depth = verb, 0
    while head.head.i != head.i and depth < DISPUTE_DEPTH:
        head, depth = head.head, depth + 1
        if head.lemma_.lower() in DISPUTE_VERBS:
            return False
    return True


def _at(force: ActorMention, tok: Token) -> ActorMention:
    """``force`` as the doer of the act at ``tok``."""
    return dataclasses.replace(force, start=tok.i, end=tok.i + 1, start_char=tok.idx,
                               end_char=tok.idx + len(tok.text), text=tok.text, rule=STORY_FORCE_RULE)
