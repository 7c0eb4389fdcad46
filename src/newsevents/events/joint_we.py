"""A "we" quoted from one side of talks between two states speaks for both sides.

"Top officials from North and South Korea met ... 'We agreed to continue to make joint efforts,'
said South Korea's nuclear envoy": the envoy's "we" is the two delegations, so the agreement is
South Korea's toward the North and the North's toward the South, as the gold codes it. The quote
finder already makes a "we" inside a quote a mention of its speaker (:mod:`~newsevents.events.quoted`),
but an intent, a consultation or a diplomatic cooperation (roots 03, 04, 05) with only that speaker
named had no one to be aimed at: it was dropped (an agreement or a discussion needs a partner) or
coded with no target.

Such an act is aimed here at the speaker's partner in the latest joint act told before it within
:data:`WINDOW_SENTENCES` sentences (talks, a meeting, an agreement or a truce: roots 03, 04, 05, 08,
with both sides named): the side of that act of another country than the speaker's, the other side
being of the speaker's country. A sentence that names a third actor is left ('"we will talk to the
ELN," the president said after meeting the Pope': the speaker's own side facing another, not the
two sides met). Only what the two sides settled is read: the act's verb, or the verb its mood comes from, is
one of :data:`SETTLING_VERBS` ("we agreed to meet again", "we decided to", "we discussed"); a "we"
that only plans ("we will hold talks here", said after meeting the Pope) may be the speaker's side
with someone else. For a mutual act ("agreed to meet", "agreed to make joint efforts") the partner's
own direction is added too. Only states' talks are read: both sides must have a country
and the two countries must differ, so a "we" of a party, a crowd or a government speaking to its own
opposition is left as it was. An act with no such earlier joint act is left as before (the coder's
pending mark, :data:`~newsevents.events.agreement_parties.PENDING`, makes the next step drop it).
"""

from __future__ import annotations

import dataclasses

from newsevents.events import codebook
from newsevents.events.agreement_parties import PENDING
from newsevents.events.emit import Found
from newsevents.events.quoted import RULE as QUOTE_RULE
from newsevents.nlp.extensions import doc_attribute
from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

# Acts a "we" of both sides makes: intents (03), consultations (04), diplomatic cooperation (05).
WE_ROOTS = frozenset({3, 4, 5})
# Earlier acts that make two states partners: intents, talks, cooperation, concessions such as a truce.
JOINT_ROOTS = frozenset({3, 4, 5, 8})
WINDOW_SENTENCES = 4
FIRST_PLURAL = frozenset({"we"})
# Verbs that tell what the two sides settled together ("we agreed to", "we decided", "we discussed"): a
# "we" that only plans ("we will hold talks here") may be the speaker's side with someone else.
SETTLING_VERBS = frozenset({"agree", "decide", "discuss", "resolve", "settle", "conclude"})
SUFFIX = "+joint-we"


def joint_we(source: ActorMention | None, code: str) -> bool:
    """Whether an act of ``code`` is told with a quoted "we" as its only doer (see the module)."""
    return source is not None and source.rule == QUOTE_RULE and source.text.lower() in FIRST_PLURAL \
        and source.country is not None and codebook.root_of(code) in WE_ROOTS


def we_partners(found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each untargeted act of a quoted "we" aimed at the speaker's
    partner in the latest earlier joint act (and, when the act is mutual, the partner's own
    direction added)."""
    out: list[Found] = []
    for n, f in enumerate(found):
        if f.target is not None or not joint_we(f.source, f.cameo) or not _agreed(f):
            out.append(f)
            continue
        assert f.source is not None
        partner = _partner(f, found[:n])
        if partner is None or _third_party(f, partner):
            out.append(f)
            continue
        suffix = f.suffix.replace(PENDING, "") + SUFFIX
        out.append(dataclasses.replace(f, target=partner, suffix=suffix, tags=list(f.tags)))
        if f.match.pattern.mutual:
            out.append(dataclasses.replace(f, source=partner, target=f.source, suffix=suffix, tags=list(f.tags)))
    return out


def _partner(act: Found, earlier: list[Found]) -> ActorMention | None:
    """The side of the latest joint act within the window that is of another country than ``act``'s
    doer, when its other side is of the doer's country; ``None`` with no such act."""
    assert act.source is not None
    country = act.source.country
    start = _window_start(act)
    for g in reversed(earlier):
        if g.match.token.i < start:
            break
        if g.source is None or g.target is None or codebook.root_of(g.cameo) not in JOINT_ROOTS:
            continue
        sides = (g.source, g.target)
        if any(side.country is None for side in sides) or g.source.country == g.target.country:
            continue
        if g.source.country == country:
            return g.target
        if g.target.country == country:
            return g.source
    return None


def _agreed(act: Found) -> bool:
    """Whether ``act`` is told by a verb of settling, itself or the one its mood comes from."""
    doc = act.match.token.doc
    words = [act.match.token, act.match.verb, doc[act.governor] if act.governor is not None else None]
    return any(w is not None and w.lemma_.lower() in SETTLING_VERBS for w in words)


def _third_party(act: Found, partner: ActorMention) -> bool:
    """Whether ``act``'s sentence names an actor that is neither the speaker's side nor of the
    partner's country: '"we will talk to the ELN," Petro said after meeting the Pope' is the
    speaker's own side facing a third one, not the two sides of the meeting."""
    assert act.source is not None
    speaker = act.source
    sent = sentence_of(act.match.token)
    mentions = doc_attribute(act.match.token.doc, "ne_mentions") or []
    return any(m.code and sent.start <= m.start < sent.end and m.country != partner.country
               and m.code != speaker.code and not (m.country == speaker.country and m.sector == speaker.sector)
               for m in mentions)


def _window_start(act: Found) -> int:
    """The first token of the sentence ``WINDOW_SENTENCES - 1`` sentences before ``act``'s."""
    doc = act.match.token.doc
    start = sentence_of(act.match.token).start
    for _ in range(WINDOW_SENTENCES - 1):
        start = sentence_of(doc[start - 1]).start if start > 0 else 0
    return start
