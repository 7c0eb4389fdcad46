"""Appeals and shows of force aimed at no one, in a story: left out.

:mod:`newsevents.events.aimless` keeps an appeal (02) and a show of force (15) with no target,
because the sentence benchmarks, written to show one act a sentence, code "appealed for calm" and
"held drills" with no one they are aimed at. In a news story the same events were false wherever
they were judged (session 22, per coder rule: every event of about 190 fresh stories judged, the
exhaustive fresh gold of 26 more, and the ``dev`` gold): untargeted appeals of ``appeal.urge``,
``appeal.ask``, ``appeal.call_on`` and ``appeal.call_for`` 1 right and 14 false ("appealed to use
any means necessary", "the Secretary encouraged the sides to meet", "asked that it be dismissed",
"are appealing urgently for calm", "called for national unity"), untargeted deployments and tests 0
right and 6 false ("troops have been deployed across the region", "sending government troops
fleeing", "carried out a successful test"). A story names whom an appeal is made to or where a
force is sent when it matters; when the coder cannot find it, the event is scored against no one.

So in a story (a text of :data:`STORY_SENTENCES` sentences or more) such an event is left out and
reported in a warning, as :func:`newsevents.events.aimless.split_aimless` does for acts done to
someone. One kind stays: an appeal for aid or money ("The United Nations appealed for $22.2
billion", "launched its Global Humanitarian Appeal"), made to donors at large, which the gold
codes with no addressee (the right event above). So does an appeal that names whom it asks to act
with no code the coder could give ("urged the international community to step in", "urged
Europeans to stand up to ..."): the ``dev`` gold holds three such key events, target left open. A
single sentence is coded as before.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsevents.events.aimless import split_aimless
from newsevents.events.unattributed import left_out_warning
from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event

STORY_SENTENCES = 3
"""A text of this many sentences or more is a story, not a benchmark's sentence."""
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=\S)")
"""The end of a sentence that another follows."""
STORY_ROOTS = frozenset({"02", "15"})
"""Appeals and shows of force: kept with no target in a sentence, left out in a story."""
AID_WORDS = frozenset({"aid", "assistance", "humanitarian", "fund", "funding", "donation", "donor", "relief",
                       "money", "dollar", "euro", "loan"})
"""Words of an appeal for aid ("appealed for humanitarian assistance", "an emergency appeal for funds")."""
ADDRESS_PREPS = frozenset({"on", "upon", "to"})
"""Prepositions of an appeal's addressee ("called on", "appealed to")."""
AID_APPEAL = "023"
"""The CAMEO code of an appeal for aid, whatever its words."""


def split_aimless_in_story(doc: Doc, events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less the acts :func:`~newsevents.events.aimless.split_aimless` leaves out and, when
    ``doc`` is a story, the appeals and shows of force with no target, and a warning for each (see
    the module docstring)."""
    events, warnings = split_aimless(events)
    if not any(e.target is None and e.cameo[:2] in STORY_ROOTS for e in events) or not _is_story(doc):
        return events, warnings
    kept: list[Event] = []
    for event in events:
        if event.target is None and event.cameo[:2] in STORY_ROOTS and not _asks_for_aid(doc, event) \
                and not _asks_someone(doc, event):
            warnings.append(left_out_warning("no target named in a story", event))
        else:
            kept.append(event)
    return kept, warnings


def _is_story(doc: Doc) -> bool:
    """Whether the article of ``doc`` holds :data:`STORY_SENTENCES` sentences or more (counted in its
    text: the pre-filter leaves the sentences with no trigger out of the parse)."""
    article = doc._.ne_article
    text = article.text if article is not None else doc.text
    return len(SENTENCE_END.findall(text.strip())) + 1 >= STORY_SENTENCES


def _asks_for_aid(doc: Doc, event: Event) -> bool:
    """Whether ``event`` is an appeal for aid or money: coded so, or its trigger's phrase holds a sum
    or a word of aid ("appealed for $22.2 billion", "Global Humanitarian Appeal")."""
    if event.cameo.startswith(AID_APPEAL):
        return True
    if not event.cameo.startswith("02"):
        return False
    tok = trigger_token(doc, event)
    return tok is not None and any(_aid_word(t) for t in tok.subtree)


def _asks_someone(doc: Doc, event: Event) -> bool:
    """Whether the appeal ``event`` names whom it asks to act, though the coder gave them no code:
    an object and its infinitive ("urged the international community to step in", "called on its
    supporters to remain calm", "asked Pastor Mulunda to postpone"). The gold codes such an appeal
    with its addressee left open."""
    if not event.cameo.startswith("02"):
        return False
    tok = trigger_token(doc, event)
    if tok is None:
        return False
    asked = [c for c in tok.children if c.dep_ == "dobj"]
    asked += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ADDRESS_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return bool(asked) and any(_infinitive(w) for a in [tok, *asked] for w in a.children)


def _infinitive(tok: Token) -> bool:
    """A to-infinitive ("to step in")."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _aid_word(tok: Token) -> bool:
    """A sum of money or a word of aid."""
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in AID_WORDS
