"""Relative clauses in the simple present: "the Commonwealth, which provides assistance in trade",
"asylum seekers who complain about their hotels", "a council made up of people who support the
government". Such a clause tells what its head is or habitually does; it describes who or what
the news is about and reports no act of the news. A perfect-tense relative clause is read the
same way (``unreal.described``). A present tense under a time of its own is a schedule, not a
description ("the ministers, who meet on Tuesday"), and a denial still answers a charge ("the
general, who denies any role in the plot", "..., which the army denies")."""
from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.answered_charges import ANSWER_VERBS
from newsevents.events.unreal import OCCASION_NOUNS, TIME_NOUNS

SIMPLE_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# "who meet today", "which opens on Monday": a present tense with a time is a timetable
SCHEDULE_WORDS = frozenset({"today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
                            "friday", "saturday", "sunday", "week", "weekend", "month"})


def present_description(verb: Token) -> bool:
    """Whether ``verb`` heads a simple-present relative clause that describes its head noun."""
    if verb.dep_ != "relcl" or verb.tag_ not in SIMPLE_PRESENT_TAGS:
        return False
    if verb.head.lemma_.lower() in TIME_NOUNS | OCCASION_NOUNS or verb.lemma_.lower() in ANSWER_VERBS:
        return False  # "Bozize, who denies any role in the plot": a denial answers a charge
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False  # "who do not accept", "which is backed": other tenses and voices are read elsewhere
    return not _scheduled(verb)


def _scheduled(verb: Token) -> bool:
    """Whether a time word hangs on ``verb`` ("meet today", "meet on Tuesday", "meet next week")."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "advmod") and child.lemma_.lower() in SCHEDULE_WORDS:
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in SCHEDULE_WORDS for o in child.children):
            return True
    return False
