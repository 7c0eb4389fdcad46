"""Headline plans: "Minister to visit Iran" announces an act, it does not report one.

Headline English drops the copula of the future "is to": "British minister to visit Iran on
Sunday", "Foreign minister to discuss sanctions with Tillerson", "Army to withdraw troops". The
act under such a bare to-infinitive has not happened; the body tells it as a plan ("will visit",
"plans to travel"), which the coder codes as an intent (root 03). A headline event whose trigger
stands under a to-infinitive that no finite verb governs is therefore dropped unless it is itself
an intent (root 03): coding it as done would report a visit, a meeting or a withdrawal that the
story says is still to come. "Protesters rally to demand ..." keeps its demand: the finite
"rally" governs the infinitive, which is the purpose of a reported act.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event
from newsevents.story.structure import Story

INTENT_ROOT = "03"
"""Intents ("expressed intent to meet") are the one honest reading of a planned act."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
INFINITIVE_TAG = "VB"


def _bare_infinitive(tok: Token) -> bool:
    """Whether ``tok`` is a "to" infinitive ("to *visit*")."""
    return tok.tag_ == INFINITIVE_TAG and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def planned_in_headline(trigger: Token) -> bool:
    """Whether ``trigger`` is, or hangs under, a to-infinitive that no finite verb governs: the
    headline's "is to" future ("Minister *to visit* Iran", "Leaders to hold talks")."""
    planned = False
    tok = trigger
    while True:
        if tok.tag_ in FINITE_TAGS:
            return False
        planned = planned or _bare_infinitive(tok)
        if tok.head.i == tok.i:
            return planned
        tok = tok.head


def without_headline_plans(doc: Doc, events: list[Event], story: Story | None) -> list[Event]:
    """``events`` less the headline's planned acts coded as done (see the module)."""
    if story is None or story.headline_span is None:
        return events
    end = story.headline_span[1]
    out = []
    for event in events:
        if event.span[0] < end and event.cameo[:2] != INTENT_ROOT:
            trigger = trigger_token(doc, event)
            if trigger is not None and planned_in_headline(trigger):
                continue
        out.append(event)
    return out
