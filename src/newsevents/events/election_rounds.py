"""Restraint: a round or a session of something other than talks is no consultation.

"round" and "session" name talks only when the talks are what they are a round of: "a new
round of negotiations", "a session of talks with the rebels", or bare ("the next round will be
held in Doha"). A round of an election, of voting, of fighting, of sanctions or of layoffs, and a
session of parliament or of a court, are no meeting between the parties: "Tadic won a further
term in the second and final round of the presidential election" reports a vote, not talks
between the winner and anyone.

The rule reads the noun's own "of" complement, a word class, not any story's wording.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsevents.events.meeting_words import talk_forms

# Nouns that count occurrences of whatever their "of" complement names.
COUNTING_NOUNS = frozenset({"round", "session"})
# What else a round or session of talks may be made of, beside the pattern file's meeting nouns
# (class ``talks``, read through :func:`~newsevents.events.meeting_words.talk_forms`).
ROUND_OF_TALKS = frozenset({"parley", "parleys", "conversation", "conversations", "summitry", "mediation",
                            "diplomacy", "exchange", "exchanges"})


@functools.cache
def _talk_words() -> frozenset[str]:
    """What a round of talks is made of: the meeting nouns and their plurals, and the words above."""
    return talk_forms() | ROUND_OF_TALKS


def round_of_other(tok: Token) -> bool:
    """Whether the talk noun ``tok`` is "round"/"session" of something other than talks
    ("the second round of the presidential election", "a session of parliament")."""
    if tok.lemma_.lower() not in COUNTING_NOUNS:
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            talks = _talk_words()
            if objs and not any(o.lemma_.lower() in talks or o.lower_ in talks for o in objs):
                return True
    return False
