"""People "of both countries": a body drawn from several states is no one state's.

"Officials from both countries signed the accord", "the defence chiefs of the two nations": the
phrase names the states it is drawn from, in the plural, so neither the sentence's one country
nor the story's is theirs. Such a body is left without a country (the event coder's counted-plural
rules, :mod:`newsevents.events.groups`, may still split the act between the two).

A region's adjective says the same of a plural ("European leaders", "Arab ministers", "Latin
American presidents", "Western diplomats"): they are drawn from the region's states, and a story
from Kyiv does not make "European leaders" Ukraine's government (session 14).

A count of states does too ("leaders from more than 20 countries", "diplomats from two dozen
nations", session 17): summit news counts its guests so, and the host's country (the headline's,
the story's) is not theirs. And a place inside such a plural's own phrase says where they are met,
not whose they are: "world leaders in Jakarta" are not Indonesia's (:func:`placed_abroad`), though
"officials in Jakarta" are.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from newsevents.actors.epithets import regions
from newsevents.actors.lexicon import CONTINENT_PARTS

# Prepositions that name where a body comes from ("officials of/from both countries").
FROM_PREPS = frozenset({"of", "from"})
# Nouns for states (and their governments and sides), and words that count them as more than one.
STATE_NOUNS = frozenset({"country", "nation", "state", "government", "side", "capital"})
SEVERAL_WORDS = frozenset({"both", "two", "three", "four", "several", "all", "various", "many", "dozen", "dozens"})
# Prepositions that place a body where it is ("world leaders in Jakarta", "at the summit").
LOCATIVE_PREPS = frozenset({"in", "at"})
# Adjectives of no one region that still draw a plural from several states ("Western diplomats",
# "world leaders"), besides the regions of the epithets' table (actors/epithets.py).
SEVERAL_STATES_WORDS = frozenset({"western", "world", "international", "foreign"})


def of_several_states(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at tokens ``start:end`` is drawn "of"/"from" several states
    ("officials from both countries", "the ministers of the two nations")."""
    if not 0 <= start < end <= len(doc):
        return False
    head = doc[start:end].root
    if head.tag_ == "NNS" and _regional(doc, start, head.i):
        return True
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in FROM_PREPS or prep.i < head.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and noun.lemma_.lower() in STATE_NOUNS and any(
                    _counts_several(c) for c in noun.children):
                return True
    return False


def _counts_several(word: Token) -> bool:
    """Whether a modifier of a plural states noun counts more than one ("both", "20", "two dozen")."""
    if word.dep_ not in ("det", "nummod", "predet", "amod", "quantmod"):
        return False
    return word.lower_ in SEVERAL_WORDS or (word.like_num and word.lower_ not in ("one", "1"))


def placed_abroad(doc: Doc, start: int, end: int) -> bool:
    """Whether a regional plural's own phrase places it "in"/"at" somewhere ("world leaders in
    Jakarta", "European diplomats at the talks in Geneva"): the place is where they are met, so it
    gives them no country (an unqualified "officials in Jakarta" keeps Indonesia's)."""
    if not 0 <= start < end <= len(doc):
        return False
    # The parser often hangs the "in" on the verb ("met with world leaders in Jakarta, Indonesia"),
    # so the phrase is read by its words: the plural right before its first locative preposition.
    prep = next((i for i in range(start + 1, end) if doc[i].lower_ in LOCATIVE_PREPS), None)
    if prep is None:
        return False
    head = doc[prep - 1]
    return head.tag_ == "NNS" and _regional(doc, start, head.i)


@functools.cache
def region_words() -> frozenset[str]:
    """Adjectives of regions of several states, of one word or two ("european", "middle eastern"),
    with :data:`SEVERAL_STATES_WORDS`; "American" alone is not one (it is the United States')."""
    return frozenset(regions()) | SEVERAL_STATES_WORDS


def _regional(doc: Doc, start: int, head: int) -> bool:
    """Whether a region's adjective stands before a plural head ("European leaders", "Middle Eastern
    ministers"); "American" only after a word that makes it a continent's ("Latin American", "North
    American": actors.lexicon's CONTINENT_PARTS)."""
    words = region_words()
    for i in range(start, head):
        word = doc[i].lower_
        pair = f"{doc[i - 1].lower_} {word}" if i else None
        if word in words or pair in words or (word == "american" and i and doc[i - 1].lower_ in CONTINENT_PARTS):
            return True
    return False
