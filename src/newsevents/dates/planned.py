"""Planned acts: a month or weekday named for an act that is set, scheduled or agreed comes later.

News names the time of a planned act without its year: "elections are set for June", "the vote,
scheduled for March, ...", "a verdict is due on Monday", "the two presidents agreed to meet in
March", "the talks were postponed until April". The date lies after the planning, whatever the
tense of the clause: in an article of January it is the coming March, not last March (which the
past tense of "agreed" would pick, and which would then make the act history, see
:mod:`newsevents.story.background`).

Two forms are read here, both on the dependency parse:

* the object of a scheduling preposition: "set/scheduled/slated/planned for", "due/expected
  in/on/by", "postponed/delayed/adjourned to/until" (:func:`scheduled_by`);
* an infinitive after a verb or noun of agreeing, deciding, offering or asking ("agreed to meet",
  "decided to hold", "asked them to return", "an agreement to resume talks", "are to meet")
  (:data:`LATER_GOVERNORS`).

The planning itself may be reported in the past ("were set for June", "agreed to meet"): its act
then lies after a past time, which may be before the article as well as after, so the finder asks
for the nearest such date (tense :data:`LATER`). Planned in the present or future ("are set for
June", "plans to") it lies ahead of the article (tense ``"future"``). Explicit dates ("March
2023") and modified ones ("last March", "next Friday") keep what they say.
"""

from __future__ import annotations

from spacy.tokens import Token

LATER = "later"
"""The tense of an act planned at a past time: after that time, so the nearest date either way."""

# Scheduling words and the prepositions that give the time they schedule for.
_FOR = frozenset({"for"})
_AT = frozenset({"in", "on", "by", "for"})
_UNTIL = frozenset({"to", "until", "till"})
SCHEDULING = {
    "schedule": _FOR, "reschedule": _FOR | _UNTIL, "slate": _FOR, "plan": _FOR, "set": _FOR,
    "fix": _FOR, "due": _AT, "expect": _AT, "postpone": _UNTIL, "delay": _UNTIL, "defer": _UNTIL,
    "adjourn": _UNTIL,
}
# Verbs and nouns whose infinitive names an act after them: "agreed to meet", "decided to hold",
# "invited him to visit", "asked Kenya to send", "an agreement to resume talks", "are to meet".
# Not "try", "fail", "manage", "begin", "continue", "seem": their infinitive happens with them.
LATER_GOVERNORS = frozenset({
    "agree", "decide", "arrange", "undertake", "offer", "invite", "urge", "ask", "order", "request",
    "resolve", "commit", "consent", "choose", "opt", "call", "be", "agreement", "decision", "deal",
    "invitation", "proposal", "commitment",
})


def scheduled_by(token: Token) -> Token | None:
    """The scheduling word (``set``, ``scheduled``, ``due``, ``postponed`` ...) whose preposition
    has ``token`` as its object ("set for June", "due on Monday", "postponed until March")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == token.i:
        return None
    word = prep.head
    preps = SCHEDULING.get(word.lemma_.lower())
    return word if preps is not None and prep.lower_ in preps else None


def after(tense: str | None) -> str:
    """The tense of an act planned in a clause of ``tense``: :data:`LATER` after a past
    planning, ``"future"`` otherwise."""
    return LATER if tense in ("past", LATER) else "future"
