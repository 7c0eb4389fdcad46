"""The accused who "go on trial" or "face trial": tried by a court the text does not name.

News tells a trial from the side of the accused: "two opposition leaders went on trial in
Nairobi", "the former general faced trial for war crimes". CAMEO codes the trial as legal action
against them (173, "GO (ON TRIAL) [:173]" in the CAMEO verb dictionary, whose ":" marks the
subject as the target), by the court of the country that tries them. The patterns
``coerce.go_on_trial`` and ``coerce.face_trial`` (patterns.yaml) take the subject as the target
and name no source; :func:`trial_court` gives the event the court, by the same country rules as
the court of a verdict told in the passive (:func:`~newsevents.events.implied_actors.court_of`):
the place in the clause, else the one country of the governed tried, else the story's one country.

A trial to come ("will go on trial next month", "could face trial") is no act yet, and the
coder's reading of a future coercion (a threat, 13) is wrong for it: :func:`trial_to_come` drops it,
and so a present "faces trial", which in news tells what awaits the accused ("faces trial next year",
"who faces trial for treason"), not a trial under way.
"""

from __future__ import annotations

from newsevents.events.implied_actors import court_of
from newsevents.events.matching import Match
from newsevents.events.modality import FACT, Mood
from newsevents.events.roles import MentionIndex
from newsevents.records import ActorMention

TRIAL_PATTERNS = frozenset({"coerce.go_on_trial", "coerce.face_trial"})
"""The patterns whose subject is the accused of a trial (patterns.yaml)."""
TRIAL_SUFFIX = "+trial-court"
"""Added to the rule of an event whose source is the court :func:`trial_court` implies."""


def on_trial(match: Match) -> bool:
    """Whether ``match`` is an accused's going on (or standing) trial."""
    return match.pattern.id in TRIAL_PATTERNS


def trial_to_come(match: Match, state: Mood) -> bool:
    """Whether ``match`` is a trial not yet held ("will go on trial", "may face trial", "faces trial")."""
    facing_now = match.pattern.id == "coerce.face_trial" and match.token.tag_ in ("VBZ", "VBP")
    return on_trial(match) and (state.kind != FACT or facing_now)


def trial_court(match: Match, targets: list[ActorMention], index: MentionIndex) -> ActorMention | None:
    """The court that tries the accused ``targets`` of ``match``; ``None`` (no guess) when no
    country is known, or none of the accused has a code."""
    return court_of(match, targets, index) if on_trial(match) else None
