"""Descriptions of an international body: "the world body", "the regional bloc", "the 15-nation
bloc", "the grouping".

News names an intergovernmental body once and then describes it by its reach ("the world body"
for the UN, "the regional bloc" for ECOWAS or ASEAN, "the continental body" for the AU, "the
27-member bloc" for the EU). :mod:`newsevents.actors.described_orgs` read back "the bloc" and
"the alliance" with at most one kind word of its own list before the noun, none of which says
reach, so every such description had no actor. This module says which words before a
description's noun tell an international body's reach, for ``described_orgs`` to step over: a
word of :data:`REACH_WORDS`, or a count of members written "<number>-nation" ("15-nation",
"27-member"). "Body" is read only after such a word: alone, "the body" is as often a corpse.
"""

from __future__ import annotations

from newsevents.nlp.docview import DocView

# Words before "bloc", "body", "grouping" that tell an international body's reach.
REACH_WORDS = frozenset({"world", "regional", "continental", "international", "global", "intergovernmental",
                         "subregional", "pan-african", "west", "east", "southern", "african", "european", "asian",
                         "arab", "gulf"})
# The narrower reach words "body" takes: "the regional body in Catalonia" is a local assembly, and a
# compass or continent word says nothing of an international body when the noun is this common.
BODY_REACH_WORDS = frozenset({"world", "continental", "intergovernmental", "pan-african", "global"})
# Nouns after "<number>-" that count a body's members ("15-nation", "27-member").
MEMBER_COUNTS = frozenset({"nation", "member", "country", "state", "nations", "members", "countries", "states"})
# Description nouns that need a reach word before them ("the world body", never "the body").
NEEDS_REACH = frozenset({"body"})


def reach_start(tokens: DocView, i: int) -> int:
    """The first token of the reach words right before the noun at ``i`` (``i`` when none):
    "the [world] body", "the [West African] bloc", "the [15 - nation] bloc"."""
    normed = tokens.normed
    words = REACH_WORDS
    if normed[i] in NEEDS_REACH:
        words = BODY_REACH_WORDS
        if i + 1 < len(normed) and normed[i + 1] == "in":  # "the regional body in Catalonia": a local one
            return i
    j = i
    while j > 0 and i - j < 4:
        if normed[j - 1] in words:
            j -= 1
        elif j >= 3 and normed[j - 1] in MEMBER_COUNTS and normed[j - 2] == "-" and tokens.texts[j - 3][:1].isdigit():
            j -= 3
        else:
            break
    return j


def needs_reach(noun: str) -> bool:
    """Whether a description with this noun names a body only after a reach word."""
    return noun in NEEDS_REACH
