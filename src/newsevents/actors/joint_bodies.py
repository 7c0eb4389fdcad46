"""People "of both countries": a body drawn from several states is no one state's.

"Officials from both countries signed the accord", "the defence chiefs of the two nations": the
phrase names the states it is drawn from, in the plural, so neither the sentence's one country
nor the story's is theirs. Such a body is left without a country (the event coder's counted-plural
rules, :mod:`newsevents.events.groups`, may still split the act between the two).

A region's adjective says the same of a plural ("European leaders", "Arab ministers", "Latin
American presidents", "Western diplomats"): they are drawn from the region's states, and a story
from Kyiv does not make "European leaders" Ukraine's government (session 14).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.actors.lexicon import CONTINENT_PARTS

# Prepositions that name where a body comes from ("officials of/from both countries").
FROM_PREPS = frozenset({"of", "from"})
# Nouns for states, and words that count them as more than one.
STATE_NOUNS = frozenset({"country", "nation", "state", "government", "side", "capital"})
SEVERAL_WORDS = frozenset({"both", "two", "three", "four", "several", "all", "various", "many"})
# Adjectives of regions of several states; "American" only after a word that makes it a
# continent's ("Latin American", "South American": actors.lexicon's CONTINENT_PARTS), else it is
# the United States'.
REGION_WORDS = frozenset({"european", "african", "arab", "asian", "western", "gulf", "nordic", "baltic",
                          "balkan", "scandinavian", "caribbean", "world", "international", "foreign"})


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
                    c.dep_ in ("det", "nummod", "predet", "amod") and c.lower_ in SEVERAL_WORDS
                    for c in noun.children):
                return True
    return False


def _regional(doc: Doc, start: int, head: int) -> bool:
    """Whether a region's adjective stands before a plural head ("European leaders")."""
    for i in range(start, head):
        word = doc[i].lower_
        if word in REGION_WORDS or (word == "american" and i and doc[i - 1].lower_ in CONTINENT_PARTS):
            return True
    return False
