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

from spacy.tokens import Token

# Nouns that count occurrences of whatever their "of" complement names.
COUNTING_NOUNS = frozenset({"round", "session"})
# What a round or session of talks is made of.
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "consultation",
                        "consultations", "dialogue", "meeting", "meetings", "parley", "parleys", "conversation",
                        "conversations", "summit", "summitry", "mediation", "diplomacy", "exchange", "exchanges"})


def round_of_other(tok: Token) -> bool:
    """Whether the talk noun ``tok`` is "round"/"session" of something other than talks
    ("the second round of the presidential election", "a session of parliament")."""
    if tok.lemma_.lower() not in COUNTING_NOUNS:
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if objs and not any(o.lemma_.lower() in TALK_NOUNS or o.lower_ in TALK_NOUNS for o in objs):
                return True
    return False
