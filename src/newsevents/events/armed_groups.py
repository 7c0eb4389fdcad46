""""The group" after a named armed group is that group.

"Al-Shabaab fighters attacked a Kenyan army base on Monday. *The group* said it killed 20 soldiers":
news names an armed group once and then calls it "the group". A bare definite "group" (or "the
armed group") codes no actor of its own; here it is the armed group (rebels, insurgents, militias,
separatists, named with a country) last named in its sentence or the two before, when the nearest
named organisation there is that group and no other armed group is named there. A rights group,
a company or a party named nearer is left alone ("Amnesty International said ... the group
said"): no guess.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.nlp.sentences import sentence_of
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.events.roles import MentionIndex

GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "outfit"})
# Words that may stand before "group" and still describe the armed group ("the armed group").
ARMED_WORDS = frozenset({"the", "armed", "rebel", "militant", "insurgent", "jihadist", "islamist", "extremist",
                         "terrorist", "terror", "separatist", "guerrilla", "guerilla"})
ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "SEP"})
# Kinds of a mention that name an organisation (a nearer one makes "the group" ambiguous).
ORGANISATION_KINDS = frozenset({"organization"})
SENTENCES_BACK = 2


def the_group(index: MentionIndex, token: Token) -> ActorMention | None:
    """The named armed group "the group" (``token`` is "group") points back at, as a mention at
    ``token``'s phrase; ``None`` when ``token`` is no bare definite group noun or the nearest
    named organisation before it is no armed group with a country."""
    if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ != "NN":
        return None
    words = [t for t in token.doc[token.left_edge.i:token.i]]
    if not words or words[0].lower_ != "the" or any(w.lower_ not in ARMED_WORDS for w in words):
        return None
    named = _nearest_organisation(index, token)
    if named is None or named.sector not in ARMED_SECTORS or not named.country:
        return None
    if len(_armed_groups(index, token)) > 1:
        return None  # "Al-Shabab fighters and Boko Haram gunmen ... the militant group": no guess
    start = token.left_edge.i
    doc = token.doc
    return replace(named, start=start, end=token.i + 1, start_char=doc[start].idx,
                   end_char=token.idx + len(token.text), text=doc[start:token.i + 1].text, rule="coref-armed-group")


def _named_before(index: MentionIndex, token: Token) -> list[ActorMention]:
    """The organisations and armed groups named (not by coreference) before ``token`` in its
    sentence or the two before, in text order."""
    sent = sentence_of(token)
    for _ in range(SENTENCES_BACK):
        if sent.start == 0:
            break
        sent = sentence_of(token.doc[sent.start - 1])
    return [m for m in index.mentions if sent.start <= m.start and m.end <= token.left_edge.i
            and (m.kind in ORGANISATION_KINDS or m.sector in ARMED_SECTORS) and not m.rule.startswith("coref")]


def _nearest_organisation(index: MentionIndex, token: Token) -> ActorMention | None:
    """The organisation or armed group last named before ``token`` (see :func:`_named_before`)."""
    found = _named_before(index, token)
    return found[-1] if found else None


def _armed_groups(index: MentionIndex, token: Token) -> set[str]:
    """The codes of the armed groups with a country named before ``token``."""
    return {m.code or "" for m in _named_before(index, token) if m.sector in ARMED_SECTORS and m.country}
