"""Whom a denial of "the charges" answers when the charge was told, not coded, just before it.

"Budapest claims Bratislava is focusing on the country's Hungarian minority. Slovakia's government
has strongly denied these charges": the denial answers whoever made the claim, but the claim is
told by a verb of saying whose content no accusation reader codes, so the denial
(:mod:`~newsevents.events.anaphora`, which aims at the latest *coded* accusation) had no target.
Likewise "Several opposition parties say CENI skewed the election, an accusation denied by
commission officials".

A denial whose object is a charge noun (charge, accusation, allegation, claim) and that has no
target is aimed at the speaker of the latest verb of saying or claiming before it, in its own
sentence or the sentence just before (same paragraph), whose reported clause names the denier (the
same actor, or an actor of the denier's country) and who is another actor than the denier. A speaker
with no country, a clause that names no side of the denier, or a paragraph between the claim and the
denial leave the denial untargeted.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.arguments import same_actor
from newsevents.events.roles import MentionIndex, actors_of
from newsevents.records import ActorMention

CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim"})
CLAIM_VERBS = frozenset({"say", "claim", "allege", "charge", "insist", "maintain", "assert", "argue"})
PARAGRAPH_BREAK = "\n\n"


def charge_maker(theme: Token | None, trigger: Token, denier: ActorMention, index: MentionIndex) -> ActorMention | None:
    """The one who made the charges a denial (``trigger``, object ``theme``) denies, told just
    before it (see the module doc); ``None`` when no such speaker is found."""
    if theme is None or theme.lemma_.lower() not in CHARGE_NOUNS:
        return None
    for verb in reversed(_claim_verbs(trigger)):
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if clause is None or subject is None:
            continue
        speakers = [m for m in actors_of([subject], index, set()) if m.country]
        if len(speakers) != 1 or same_actor(speakers[0], denier) or speakers[0].code == denier.code:
            continue
        named = actors_of([t for t in clause.subtree if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")],
                          index, set())
        if any(same_actor(m, denier) or m.country == denier.country for m in named if m.country):
            return speakers[0]
    return None


def _claim_verbs(trigger: Token) -> list[Token]:
    """The verbs of saying or claiming before ``trigger`` in its sentence and the one before it,
    within its paragraph, in text order."""
    doc = trigger.doc
    sent = trigger.sent
    start = sent.start
    if start > 0:
        before = doc[start - 1].sent
        words = [t for t in before if not t.is_space]
        first = next((t for t in sent if not t.is_space), trigger)
        if words and PARAGRAPH_BREAK not in doc.text[words[-1].idx:first.idx]:
            start = before.start
    return [t for t in doc[start:trigger.i] if t.pos_ == "VERB" and t.lemma_.lower() in CLAIM_VERBS]
