"""Offers to talk, aimed at the one country a story pairs their maker with.

"Khan said Pakistan is ready to discuss terrorism", "He also asked that the two countries' foreign
ministers meet", "Pyongyang said it was willing to resolve the issue": an intent to talk (036, or a bare intent,
030, to discuss or resolve), a consultation (04) or an appeal to meet (026) is an act toward a partner, and in a
story of two countries' dealings the sentence often leaves the partner to the story. The coder found
no target, and the event was left out (:mod:`newsevents.events.aimless`, "no target, no event").

A trained coder names the partner the story plainly implies (CONVENTIONS 9.2). The story implies
one when every event between the maker's country and another country, with both sides named, pairs
it with the same other country: that country is the partner, named by the side it had there.
A story of three or more countries' dealings, or of domestic ones only, implies none, and the event
stays untargeted (and left out as before).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from spacy.tokens import Doc

from newsevents.events import codebook
from newsevents.events.aimless_stories import STORY_SENTENCES
from newsevents.nlp.sentences import trigger_token
from newsevents.nlp.text_sentences import article_sentence_count
from newsevents.records import ActorRef, Event

CONSULT_ROOT = 4
"""Consultations: acts that have a partner by their nature."""
TALK_CODES = frozenset({"026", "036"})
"""An appeal or an intent to meet or negotiate ("asked that the foreign ministers meet"), aimed at the
other side. Other intents (to give aid, to cooperate economically) are not: whom "pledged debt relief"
helps is not whom its maker deals with (the story's partner is as often the host of a donors' summit)."""
BARE_INTENT = "030"
"""A bare intent ("is ready to", "is willing to"): an offer to talk only by the act it is ready for."""
TALK_VERBS = frozenset({"discuss", "talk", "negotiate", "meet", "resolve", "settle", "cooperate", "engage",
                        "resume", "reconcile", "normalize", "normalise", "dialogue"})
"""Acts a bare intent offers to a partner ("ready to discuss", "willing to resolve the issue"); not
"was ready to move on the sanctions", whose act is aimed elsewhere."""
STATE_SECTOR = "GOV"
WE_WORDS = frozenset({"we", "us"})


def partners_named(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with a target given to each untargeted offer to talk whose maker's country the
    story pairs with one other country alone (see the module docstring)."""
    if not any(_wants_partner(e) for e in events) or article_sentence_count(doc) < STORY_SENTENCES:
        return events
    partners: dict[str, set[str]] = defaultdict(set)
    sides: dict[str, ActorRef] = {}
    for event in events:
        source, target = event.source, event.target
        if source is None or target is None or not source.country or not target.country \
                or source.country == target.country:
            continue
        partners[source.country].add(target.country)
        partners[target.country].add(source.country)
        for country, side in ((source.country, source), (target.country, target)):
            held = sides.get(country)  # a government names its country best
            if held is None or (held.sector != STATE_SECTOR and side.sector == STATE_SECTOR):
                sides[country] = side
    out = []
    for event in events:
        met = partners.get(event.source.country or "", set()) if event.source is not None else set()
        if _wants_partner(event) and len(met) == 1 and (event.cameo != BARE_INTENT or _offers_talks(doc, event)) \
                and not _said_by_we(doc, event):
            event = dataclasses.replace(event, target=sides[next(iter(met))], rule=event.rule + "+story-partner")
        out.append(event)
    return out


def _offers_talks(doc: Doc, event: Event) -> bool:
    """Whether a bare intent's trigger ("ready", "willing") is ready for one of the :data:`TALK_VERBS`."""
    tok = trigger_token(doc, event)
    return tok is not None and any(c.dep_ == "xcomp" and c.lemma_.lower() in TALK_VERBS for c in tok.children)


def _said_by_we(doc: Doc, event: Event) -> bool:
    """Whether the act's subject is a quoted "we" ("we agreed to meet again"): whom a speaker's "we"
    takes in is :mod:`newsevents.events.joint_we`'s to read (it leaves a "we" far from the talks it may
    mean untargeted), not the story's."""
    tok = trigger_token(doc, event)
    return tok is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WE_WORDS for c in tok.children)


def _wants_partner(event: Event) -> bool:
    return event.target is None and event.source is not None and bool(event.source.country) \
        and (codebook.root_of(event.cameo) == CONSULT_ROOT or event.cameo in TALK_CODES or event.cameo == BARE_INTENT)
