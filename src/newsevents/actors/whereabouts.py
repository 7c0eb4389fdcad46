"""Where someone goes or stays is not whose they are: "exiled him to Costa Rica", "has been in
Paris for weeks", "is in South Africa to discuss ...", "on a visit to Beijing".

A bare agent takes the story's country only when its sentence names no other country
(``story.named_countries.sentence_allows``). News tells where its people are as often as who
they are: "Honduran military forces ousted President Manuel Zelaya and exiled him to Costa Rica",
"President Malam Bacai Sanha has been in Paris for several weeks", "The prime minister of
Lesotho, who fled an attempted coup, is in South Africa". The destination or the place of a stay
was read as a country of the sentence, so the president kept no country. A place that is the
object of "to"/"into" after a verb or noun of travel, or of "in" after a verb of staying, is set
aside there, as places people speak from or return from already are.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs and nouns whose "to"/"into" object is where someone goes or is sent.
TRAVEL_WORDS = frozenset({"exile", "flee", "fly", "travel", "go", "come", "head", "deport", "send", "expel",
                          "extradite", "move", "escape", "evacuate", "relocate", "transfer", "airlift", "return",
                          "trip", "visit", "journey", "flight", "tour", "exiled"})
# Verbs whose "in" object is where someone stays.
STAY_VERBS = frozenset({"be", "stay", "remain", "live", "hide", "shelter", "reside", "arrive", "land", "spend"})
TO_PREPS = frozenset({"to", "into"})


def whereabouts(place: Token) -> bool:
    """Whether a place name is where someone goes or stays (see the module)."""
    while place.dep_ in ("appos", "conj", "compound") and place.head.i != place.i:
        place = place.head
    if place.dep_ != "pobj":
        return False
    prep, head = place.head, place.head.head
    lemma = head.lemma_.lower()
    if prep.lower_ in TO_PREPS:
        return lemma in TRAVEL_WORDS
    return prep.lower_ == "in" and head.pos_ in ("VERB", "AUX") and lemma in STAY_VERBS
