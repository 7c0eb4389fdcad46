"""The words for an election and its outcome, shared by the readers of votes.

Several readers ask whether a noun is a vote: a criticism or rejection of one is aimed at the
government that held it (``targets``, ``disapproval``), a promise to hold one is a reform pledge
(``home_pledges``), a call to undo one is a call for reform (``protest_calls``), and a relative
clause on one tells what happened at it (``unreal``). They read one vocabulary, so that a word
added for one ("voting", "polling") is a vote for all (the session 19 review found five copies,
drifted apart).
"""

from __future__ import annotations

# Nouns that always name an election ("the poll", "the runoff", "the voting").
ELECTION_NOUNS = frozenset({"election", "poll", "referendum", "runoff", "run-off", "voting", "polling"})
# Nouns of a vote that is an election's or a chamber's ("the vote on the budget bill"): readers that
# must tell the two apart ask for an electoral word beside them (``protest_calls``).
BALLOT_NOUNS = frozenset({"vote", "ballot"})
VOTE_NOUNS = ELECTION_NOUNS | BALLOT_NOUNS
# What a vote yields: "rejected the results of the election", "disputed the count".
TALLY_NOUNS = frozenset({"result", "count", "tally"})
RESULT_NOUNS = TALLY_NOUNS | {"outcome"}
