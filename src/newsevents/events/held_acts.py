"""Acts named by the noun of a decision, plan or move that someone holds: "Turkey's decision
to recall its ambassador", "Russia's plan to deploy missiles", "Washington's move to impose
sanctions", "a bid by Kenya to mediate".

The infinitive hangs on the noun (``acl``), where no subject is inherited, so the act had no doer
and was left out. The noun's possessor, or its "by" object, holds the decision and does the act;
its mood (decided, planned, offered) is read as for "decided to", "planned to" by
:mod:`~newsevents.events.modality`. A threat noun is read the same way by
:func:`newsevents.events.censure.threat_holder`. Nouns of asking ("Kenya's call for Uganda to
withdraw") are left out: what they ask for is someone else's act.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns whose infinitive is their holder's own act, planned, offered or decided (an intent, as
# their lemmas are intent nouns to modality.py), or taken ("Washington's move to impose": done).
# Nouns whose act is only tried or refused ("attempt", "effort", "refusal") are left out: modality
# reads no mood on them, and "efforts to revive talks" are no talks held.
HOLDING_NOUNS = frozenset({
    "decision", "plan", "bid", "offer", "proposal", "pledge", "promise", "commitment", "intention",
    "readiness", "willingness", "move", "announcement",
})


NAMING_POS = ("NOUN", "PROPN")


def act_holder(verb: Token) -> Token | None:
    """Who holds the decision, plan or move whose infinitive ``verb`` is: the noun's possessor
    ("Turkey's decision to recall") or "by" object ("a decision by Turkey to recall"), else None."""
    return noun_holder(verb, HOLDING_NOUNS, strict=True)


def noun_holder(verb: Token, nouns: frozenset[str], *, strict: bool) -> Token | None:
    """Who holds the noun of ``nouns`` whose to-infinitive ``verb`` is: its possessor or its "by"
    object, else None. ``strict`` asks for a noun or name as the holder and refuses an infinitive
    with a subject of its own; a threat's holder (:func:`newsevents.events.censure.threat_holder`)
    is taken as written."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in nouns \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or (strict and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return None
    for child in noun.children:
        if child.dep_ == "poss" and (not strict or child.pos_ in NAMING_POS):
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            objs = [o for o in child.children if o.dep_ == "pobj" and (not strict or o.pos_ in NAMING_POS)]
            if objs:
                return objs[0]
    return None


# "took the opportunity to criticize", "used the occasion to urge", "took steps to ban": the
# infinitive on the noun is the act of whoever took or used it
CHANCE_NOUNS = frozenset({"opportunity", "occasion", "chance", "step", "measure"})
TAKING_VERBS = frozenset({"take", "use", "seize", "grab"})


def taking_verb(verb: Token) -> Token | None:
    """The verb of taking whose chance or step ``verb`` is the infinitive of: "took" in "took the
    opportunity to criticize"; None otherwise."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in CHANCE_NOUNS or noun.dep_ != "dobj" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    taker = noun.head
    return taker if taker.pos_ == "VERB" and taker.lemma_.lower() in TAKING_VERBS else None
