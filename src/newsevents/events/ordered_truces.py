"""A halt to fighting ordered or announced by a side: its de-escalation, not an attack.

"The government ordered its army to halt attacks on rebel forces", "the rebel leader ordered his
fighters to stop attacking government positions", "Luanda ordered a halt to its attacks on the
rebels", "the army announced a halt to its offensive against the rebels": a commander's order to
his own forces to stop fighting is his side's truce toward the enemy (CAMEO's verb dictionary files
HALT ATTACKS, HALT VIOLENCE, HALT CLASHES and END FIGHTING under 0871, declare a truce; the
real-news census codes "ordered a halt to its attacks" in root 08). The coder read nothing in the
first three, since the order's object is the orderer's own forces and the stopping is only
commanded, and read the fourth as the attack itself (190), whose noun is only the object of the halt.

:func:`ordered_truces` codes 0871 from the subject of the order or announcement to the side the
fighting is aimed at: the "on"/"against" phrase of the fighting noun, or the object of the fighting
verb ("stop attacking government positions"). With no side named ("ordered his troops to cease
hostilities") nothing is coded: the enemy is only the story's. A fighting noun that is the object of
a halt ("a halt to its offensive") is no attack, and its own event is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsevents.events import frames as fr
from newsevents.events.clause_marks import negation
from newsevents.events.coordination import conjuncts
from newsevents.events.emit import Found
from newsevents.events.matching import Match
from newsevents.events.roles import actors_of
from newsevents.nlp.docview import doc_view

if TYPE_CHECKING:
    from newsevents.events.patterns import Lexicon
    from newsevents.events.roles import MentionIndex

TRUCE_PATTERN = "_ordered_truce"
TRUCE = "0871"
CONFIDENCE = 0.6
# Verbs of commanding one's forces ("ordered the army to halt attacks").
COMMAND_VERBS = frozenset({"order", "instruct", "direct", "command"})
# Verbs whose object is a halt the subject makes ("announced a halt to its offensive").
DECLARING_VERBS = COMMAND_VERBS | {"announce", "declare", "decree", "proclaim"}
CEASE_VERBS = frozenset({"stop", "cease", "halt", "end", "suspend"})
HALT_NOUNS = frozenset({"halt", "end", "cessation", "suspension"})
HALT_PREPS = frozenset({"to", "of"})
# Words of fighting whose halt is a truce; "strike" and "operation" are left out (a labour strike,
# a rescue operation).
FIGHT_NOUNS = frozenset({"hostility", "hostilities", "fighting", "attack", "offensive", "shelling", "bombing",
                         "bombardment", "airstrike", "raid", "firing", "fire", "combat", "assault", "shooting"})
FIGHT_VERBS = frozenset({"attack", "fight", "shell", "bomb", "fire", "shoot", "raid"})
AIM_PREPS = frozenset({"on", "against", "at"})
UNREAL_AUX = frozenset({"will", "would", "may", "might", "could", "should", "shall", "must"})
ATTACK_ROOTS = frozenset({"18", "19", "20"})


def ordered_truces(found: list[Found], doc: Doc, index: MentionIndex, lex: Lexicon) -> list[Found]:
    """``found`` without the attacks that are only the object of a halt, and with the truces
    (0871) a side's order or announcement of a halt to its fighting codes (see the module)."""
    patterns = lex.for_token("verb", TRUCE_PATTERN)
    halted: set[int] = set()
    out: list[Found] = []
    for i, lemma in enumerate(doc_view(doc).lemmas):
        if lemma.lower() not in DECLARING_VERBS:
            continue
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        fights = _halted_fighting(verb)
        halted.update(f.i for f in fights)
        if not fights or not patterns or negation(verb, verb, lex) or _unreal(verb):
            continue
        doer = fr.subject(verb)
        if doer is None:
            continue
        # "His rival, President Kiir, ordered ...": the apposition names the doer
        doers = [doer, *(c for c in doer.children if c.dep_ == "appos")]
        sources = [m for m in actors_of(doers, index, set()) if m.code and m.country]
        aimed = [t for f in fights for t in _aims(f)]
        targets = [m for m in actors_of(aimed, index, set()) if m.code and m.country]
        match = Match(verb, patterns[0])
        for source in sources:
            for target in targets:
                if not target.same_entity_or_span(source) and (
                        target.country != source.country or target.sector != source.sector):
                    out.append(Found(match, TRUCE, source, target, None, CONFIDENCE, [], ""))
    kept = [f for f in found if not (f.match.token.i in halted and f.cameo[:2] in ATTACK_ROOTS)]
    return kept + out


def _unreal(verb: Token) -> bool:
    """Whether the verb is only planned or possible ("will order")."""
    return any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in verb.children)


def _halted_fighting(verb: Token) -> list[Token]:
    """The fighting words ``verb`` halts: the object of a cease verb it commands ("ordered the army
    to halt attacks", "to stop attacking"), or of the halt noun that is its object ("a halt to its
    attacks", with the "to" phrase on the noun or, as the parser often hangs it, on the verb)."""
    out: list[Token] = []
    lemma = verb.lemma_.lower()
    if lemma in COMMAND_VERBS:
        for cease in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in CEASE_VERBS):
            out += [o for c in cease.children if c.dep_ == "dobj" for o in conjuncts(c)
                    if o.lemma_.lower() in FIGHT_NOUNS or o.lower_ in FIGHT_NOUNS]
            out += [c for c in cease.children if c.dep_ == "xcomp" and c.lemma_.lower() in FIGHT_VERBS]
        # "ordered its army to halt attacking rebel forces", parsed with "halt" as the gerund's auxiliary
        out += [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in FIGHT_VERBS
                and any(a.dep_ == "aux" and a.lemma_.lower() in CEASE_VERBS for a in c.children)]
    for halt in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in HALT_NOUNS):
        preps = [p for p in halt.children if p.dep_ == "prep" and p.lower_ in HALT_PREPS]
        preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and p.i == halt.right_edge.i + 1]
        out += [o for p in preps for c in p.children if c.dep_ == "pobj" for o in conjuncts(c)
                if o.lemma_.lower() in FIGHT_NOUNS or o.lower_ in FIGHT_NOUNS]
    return out


def _aims(fight: Token) -> list[Token]:
    """Whom the fighting is aimed at: the "on"/"against" phrase of a fighting noun ("attacks on
    rebel forces"), or the object of a fighting verb ("attacking government positions")."""
    if fight.pos_ == "VERB":
        return [o for c in fight.children if c.dep_ == "dobj" for o in conjuncts(c)]
    return [o for p in fight.children if p.dep_ == "prep" and p.lower_ in AIM_PREPS
            for c in p.children if c.dep_ == "pobj" for o in conjuncts(c)]

