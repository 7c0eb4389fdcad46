"""Restraint: a bare agent takes no story country the sentence before contradicts.

A bare agent ("a government spokesperson", "the police", "officials") with no local evidence
takes the story's principal country (:mod:`~newsevents.story.context`). In a roundup of several
items, or a story that turns to another country, that guess fails where the sentence just before
names the same kind of agent of another country by its own words: "The Kenyan government fired
25,000 striking health workers. A government spokesperson said the workers failed to obey
orders" is Kenya's spokesperson, not that of Saudi Arabia, the country the article began with.
Which country's agent it is the bare words do not say beyond that; the story's guess is not
made and the agent is left without a country, with a warning (the same choice the coder makes
for implied police, :mod:`~newsevents.events.foreign_police`).

"The same kind" is the same sector (GOV, COP, MIL, ...) and the earlier mention's head noun
among the bare phrase's words ("the Kenyan *government*" ... "a *government* spokesperson"): a
bare "the president" after "Mr. Obama" is not named again. "By its own words" is a mention whose
country comes from its modifier, name or place, not itself a guess. Only the preceding sentence of the
same paragraph, and the agent's own sentence before it, are read.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.records import ActorMention

# Country rules that are the mention's own words ("Kenyan police", "Kenya's government").
OWN_WORD_RULES = frozenset({"modifier", "name", "place", "shared-modifier"})
PARAGRAPH_BREAK = "\n\n"


def other_agent_before(doc: Doc, mention: ActorMention, sector: str | None, country: str,
                       mentions: list[ActorMention], own_rules: dict[int, str | None]) -> bool:
    """Whether the sentence before ``mention`` (same paragraph), or its own sentence before it,
    names an agent of ``sector`` whose own words give a country other than ``country``.
    ``own_rules`` maps an actor index to its country rule."""
    if not sector or mention.start >= len(doc):
        return False
    words = {t.lemma_.lower() for t in doc[mention.start:mention.end]}
    earlier = [m for m in mentions if m.start < mention.start and m.sector == sector and m.country
               and m.country != country and own_rules.get(m.entity) in OWN_WORD_RULES
               and doc[m.end - 1].lemma_.lower() in words]
    if not earlier:
        return False  # the common case: no such agent anywhere before; finding sentences costs a pass over the Doc
    sent = doc[mention.start].sent
    start = sent.start
    if start > 0:
        before = doc[start - 1].sent
        gap = doc.text[before.end_char:sent.start_char]
        if PARAGRAPH_BREAK not in gap and PARAGRAPH_BREAK not in doc.text[before.start_char:before.end_char].strip():
            start = before.start
    return any(m.start >= start for m in earlier)
