"""The words for an election and its outcome, shared by the readers of votes.

Several readers ask whether a noun is a vote: a criticism or rejection of one is aimed at the
government that held it (``targets``, ``disapproval``), a promise to hold one is a reform pledge
(``home_pledges``), a call to undo one is a call for reform (``protest_calls``), and a relative
clause on one tells what happened at it (``unreal``). They read one vocabulary, so that a word
added for one ("voting", "polling") is a vote for all (the session 19 review found five copies,
drifted apart).
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns that always name an election ("the poll", "the runoff", "the voting").
ELECTION_NOUNS = frozenset({"election", "poll", "referendum", "runoff", "run-off", "voting", "polling"})
# Nouns of a vote that is an election's or a chamber's ("the vote on the budget bill"): readers that
# must tell the two apart ask for an electoral word beside them (``protest_calls``).
BALLOT_NOUNS = frozenset({"vote", "ballot"})
VOTE_NOUNS = ELECTION_NOUNS | BALLOT_NOUNS
# What a vote yields: "rejected the results of the election", "disputed the count".
TALLY_NOUNS = frozenset({"result", "count", "tally"})
RESULT_NOUNS = TALLY_NOUNS | {"outcome"}
# Nouns of a vote's course or outcome that name the vote only beside an electoral word ("the election
# process", "the electoral process", "the poll victory"): alone they name any process or victory.
VOTE_PARTS = frozenset({"process", "victory", "win", "outcome", "campaign"})
# Modifiers that make such a noun a vote's ("electoral", and the election nouns as compounds).
ELECTORAL_WORDS = ELECTION_NOUNS | {"electoral"}


def vote_part(noun: Token) -> bool:
    """"the election process", "the electoral process", "the poll victory": a noun of a vote's course or
    outcome that an electoral modifier or compound names as a vote's."""
    if noun.lemma_.lower() not in VOTE_PARTS:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ELECTORAL_WORDS for c in noun.children)
