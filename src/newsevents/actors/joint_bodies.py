"""People "of both countries": a body drawn from several states is no one state's.

"Officials from both countries signed the accord", "the defence chiefs of the two nations": the
phrase names the states it is drawn from, in the plural, so neither the sentence's one country
nor the story's is theirs. Such a body is left without a country (the event coder's counted-plural
rules, :mod:`newsevents.events.groups`, may still split the act between the two).
"""

from __future__ import annotations

from spacy.tokens import Doc

# Prepositions that name where a body comes from ("officials of/from both countries").
FROM_PREPS = frozenset({"of", "from"})
# Nouns for states, and words that count them as more than one.
STATE_NOUNS = frozenset({"country", "nation", "state", "government", "side", "capital"})
SEVERAL_WORDS = frozenset({"both", "two", "three", "four", "several", "all", "various", "many"})


def of_several_states(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at tokens ``start:end`` is drawn "of"/"from" several states
    ("officials from both countries", "the ministers of the two nations")."""
    if not 0 <= start < end <= len(doc):
        return False
    head = doc[start:end].root
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in FROM_PREPS or prep.i < head.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and noun.lemma_.lower() in STATE_NOUNS and any(
                    c.dep_ in ("det", "nummod", "predet", "amod") and c.lower_ in SEVERAL_WORDS
                    for c in noun.children):
                return True
    return False
