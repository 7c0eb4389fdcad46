"""An attack told twice in one clause: the toll's verb and the act noun of its "in" phrase.

"Rebels killed six soldiers in an attack on a border post" tells one act: the killing is what the
attack did, and the noun names its kind. The coder reads two triggers, the verb (180, or 190 when
the victims are armed foes) and the noun (190), and the two often differ in target (the soldiers,
the post), so no repeat filter joins them. The same holds when the verb's subject is itself the
act ("Government airstrikes killed 50 people in bombing that targeted a commander": 195 twice).

So when a violent act noun (``act_noun_subjects.ACT_NOUNS``) is the object of "in" or "during"
on a verb whose clause already codes a violent act, by the verb itself or by its subject, and both
acts have a doer of one country (or neither names one), one event is kept: the noun's fight (19,
20) rather than the verb's assault (18), since the noun tells the act's kind, and otherwise the
verb's, the clause's own telling.

Census (session 25): three fresh stories (fp22a a02 and a27 of the pooled census, fr22-22 of the
hand-coded fresh gold), each coding the one act twice; `dev` has no such clause with both acts
coded.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events.act_noun_subjects import ACT_NOUNS
from newsevents.nlp.sentences import trigger_token
from newsevents.records import ActorRef, Event

PHRASE_PREPS = frozenset({"in", "during"})
"""Prepositions whose act noun is the setting of the verb's act ("killed six in an attack")."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def without_attack_phrases(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less one of each pair of violent acts told by a verb (or its subject) and by the
    act noun of the verb's "in" phrase (see the module docstring)."""
    if not doc.has_annotation("DEP"):
        return events
    tokens = [trigger_token(doc, e) if codebook.is_violence(e.cameo) else None for e in events]
    dropped: set[int] = set()
    for i, (event, tok) in enumerate(zip(events, tokens, strict=True)):
        verb = _setting_verb(tok) if tok is not None else None
        if verb is None:
            continue
        for j, (other, other_tok) in enumerate(zip(events, tokens, strict=True)):
            if j != i and j not in dropped and other_tok is not None and _tells(other_tok, verb) \
                    and _one_doer(event.source, other.source):
                dropped.add(j if _weaker(other, event) else i)
                break
    return [e for k, e in enumerate(events) if k not in dropped]


def _setting_verb(tok: Token) -> Token | None:
    """The verb whose "in" phrase holds act noun ``tok`` ("killed ... in *an attack*"), if any."""
    if tok.lemma_.lower() not in ACT_NOUNS or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ not in PHRASE_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _tells(tok: Token, verb: Token) -> bool:
    """Whether trigger ``tok`` codes the act of ``verb``: the verb itself or its subject, or the
    verb it is joined to ("killed two and *wounded* three in an attack")."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(tok.i == v.i or (tok.head.i == v.i and tok.dep_ in SUBJECT_DEPS) for v in verbs)


def _one_doer(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether two doers are one side's: both of one country (or of one code when neither has a
    country), or neither named."""
    if a is None or b is None:
        return a is None and b is None
    return a.country == b.country if a.country or b.country else bool(a.code) and a.code == b.code


def _weaker(verb_event: Event, noun_event: Event) -> bool:
    """Whether the verb's event gives way to the noun's: an assault (18) beside a fight (19, 20)."""
    return codebook.root_of(verb_event.cameo) < codebook.FIGHT <= codebook.root_of(noun_event.cameo)
