"""Backing told as a standing description of a group is no act of the day.

"The High State Council, *which backs the unity government*, said ..."; "the parliament in Tobruk,
*which supports Haftar*"; "the Libyan National Army, *which is backed by the UAE and Egypt*";
"*people who support the government*". The relative clause tells who a group is, as
:mod:`newsevents.events.standing_recognition` does for recognition: background the story leans
on, not a backing it reports (convention 1.5, states are not acts). Fresh stories of sessions 24
to 26 held five such events in four stories, all false (051 praise, 062 military backing).

A backing of the day is a main clause ("Turkey backed the plan on Monday"), a past or dated
relative clause ("which backed the plan last week"), or the bare participle of an operation ("A,
backed by B, attacked C", convention 3.6, 062). So only a present relative clause (``backs``,
``support``, ``is backed by``) with no date is standing; the active ones are left to
:mod:`newsevents.events.present_relatives`, which reads every simple-present relative clause so.
"""

from __future__ import annotations

from spacy.tokens import Token

SUPPORT_LEMMAS = frozenset({"back", "support"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""Present forms of the auxiliary of a present passive: "is", "are"."""
DATE_ENTS = frozenset({"DATE", "TIME"})


def standing_support(trigger: Token) -> bool:
    """Whether ``trigger`` is a support verb in a present passive relative clause with no date of
    its own ("which is backed by"). The active present ("which backs") is a simple-present relative
    clause, which :mod:`newsevents.events.present_relatives` reads as a description for any verb."""
    if trigger.lemma_ not in SUPPORT_LEMMAS or trigger.dep_ != "relcl" or trigger.tag_ != "VBN":
        return False
    auxiliaries = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxiliaries) and all(a.tag_ in PRESENT_TAGS for a in auxiliaries) \
        and not any(w.ent_type_ in DATE_ENTS for w in trigger.subtree if w.i > trigger.i)
