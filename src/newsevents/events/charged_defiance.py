"""Defiance charged, not reported: "said the test violated UN resolutions" is the speaker's charge.

"Violate", "breach", "flout", "defy" and "ignore" a law or a resolution name an act by judging it.
In the complement of a report verb ("the council condemned the launch, *saying it clearly violated*
UN resolutions", "a statement *declaring that* the test *violated* international law") the judgment
is the speaker's: the speaker's condemnation or accusation is the event (coded from the report
verb or its neighbour), and the violation itself is a claim, not a second event by the accused.
CAMEO codes "defy norms, law" (128) only where the story itself reports the defiance ("Pyongyang
defied UN resolutions with another test").
"""

from __future__ import annotations

from spacy.tokens import Token

DEFY_PATTERN = "reject.defy"
# Verbs that report or charge what someone said: their complement is the speaker's claim.
CHARGING_VERBS = frozenset({"say", "tell", "state", "declare", "announce", "add", "note", "insist", "claim",
                            "charge", "allege", "argue", "assert", "complain", "contend", "maintain", "stress",
                            "warn", "write"})
COMPLEMENT_DEPS = frozenset({"ccomp"})


def charged_defiance(pattern_id: str, trigger: Token) -> bool:
    """Whether a defiance trigger is the complement of a report verb (see the module)."""
    if pattern_id != DEFY_PATTERN:
        return False
    head = trigger
    while head.dep_ == "conj" and head.head.i != head.i:  # "said X violated ... and breached ..."
        head = head.head
    return head.dep_ in COMPLEMENT_DEPS and head.head.lemma_.lower() in CHARGING_VERBS
