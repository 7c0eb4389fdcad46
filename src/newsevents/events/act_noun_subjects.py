"""An attack told again through its own noun: "the airstrikes had targeted weapon stores".

After "The Turkish military said it carried out air strikes in northern Iraq against the PKK",
the next sentence's "the airstrikes had targeted weapon stores, shelters and other PKK sites"
tells what those strikes hit: no new act, and no doer of its own (the verb's subject is the act).
Kept with no source (a weapon's act, see :mod:`~newsevents.events.unattributed`), it is a second,
agentless event of the attack. A violent act (roots 18-20) with no coded source whose subject is
a definite act noun ("the shelling", "the airstrikes", "these raids") after an earlier violent
event of the article is that event retold, and is dropped (in ``retellings.one_telling_each``).
A subject naming a weapon ("rockets hit southern Israel", "a car bomb killed six") or an act noun
with no article before it ("air strikes hit the town") still reports an act of its own; so does
any of these when nothing violent was told before.
Seen on a fresh story of session 21, in a `dev` article (rn-d-009, "The shelling Thursday
targeted the same area ...") and, with an undetermined subject, in a second fresh story (left).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events import codebook
from newsevents.events import frames as fr
from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event

ACT_NOUNS = frozenset({
    "attack", "strike", "airstrike", "air-strike", "raid", "shelling", "bombardment", "bombing", "assault",
    "offensive", "barrage", "sortie", "operation",
})
"""Nouns that name an armed act (not its weapon)."""
DEFINITE = frozenset({"the", "these", "those", "this", "that", "such"})


def _definite_act_subject(tok: Token) -> bool:
    """Whether the subject of verb ``tok`` is a definite act noun ("*the airstrikes* had targeted")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subject = fr.subject(tok)
    if subject is None or subject.lemma_.lower() not in ACT_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children)


def without_act_noun_retellings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less the sourceless violent acts whose subject is a definite act noun, after an
    earlier sentence's violent event."""
    kept: list[Event] = []
    violent_starts = [e.trigger_span[0] for e in events if codebook.is_violence(e.cameo) and e.trigger_span is not None]
    for e in events:
        tok = trigger_token(doc, e) if e.source is None and codebook.is_violence(e.cameo) else None
        if tok is not None and _definite_act_subject(tok) and any(
                s < tok.sent.start_char for s in violent_starts):
            continue
        kept.append(e)
    return kept
