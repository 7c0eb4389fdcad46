"""What two sides discussed is no third side, and a call's discussion is the call.

``consult.discuss`` codes "X and Y discussed ..." as talks (040) between the two. On fresh news
(session 22's per-rule audit) it was right 4 times and false 6, in two forms; the ``dev`` gold holds
no event of the rule, right or false:

- **The call told twice.** "Lavrov and his Belarusian counterpart discussed in a phone conversation
  ...", "the two ministers held a phone conversation on Wednesday to discuss the border clashes":
  the call (041) is the act, and what was discussed is its content. A 040 of the rule beside a 041 of
  the same two sides in the same sentence is left out (two stories, four events).
- **The purpose of a meeting told.** "agreed to hold another round of talks in May to discuss the
  border", "decided to meet next week to discuss trade": the meeting (or the intent to hold it, 036)
  is the act, and the discussion its purpose, so a 040 of the rule beside a meeting of the same two
  sides in the same sentence is left out as the call's is; without it the purpose of a meeting
  still to come was coded as talks held (session 32's census, fp32b: one story, two events).
- **A topic read as a side.** "The ministers discussed the current situation on the
  Armenian-Azerbaijani border", "discusses the conflict with Tajikistan with the US Secretary of
  State": a country named inside what is discussed (the verb's object) is the topic, not a
  partner; the rule's events with a side there are left out (two stories, four events).

Talks held with the partner named ("discussed trade with the Canadian prime minister") and a
discussion by two sides with no call ("both sides had discussed cooperation in a range of areas")
stay.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.nlp.sentences import trigger_token
from newsevents.records import ActorRef, Event

DISCUSS_RULE = "consult.discuss"
"""The rule these checks restrain (its suffixed variants too)."""
MEETING_CODES = frozenset({"036", "040", "041", "042", "043", "044", "045", "046"})
"""A call (041), a meeting of any kind, or an intent to meet (036), whose content or purpose a
discussion in the same sentence is."""


def without_retold_discussions(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less the discussions that retell a call or a meeting or make a topic a side (see the
    module docstring)."""
    if not any(e.rule.startswith(DISCUSS_RULE) for e in events):
        return events
    calls = {(e.sentence, _code(e.source), _code(e.target)) for e in events
             if e.cameo in MEETING_CODES and not e.rule.startswith(DISCUSS_RULE)}
    return [e for e in events
            if not (e.rule.startswith(DISCUSS_RULE)
                    and ((e.sentence, _code(e.source), _code(e.target)) in calls or _side_in_topic(doc, e)))]


def _code(ref: ActorRef | None) -> str | None:
    return ref.code if ref is not None else None


def _side_in_topic(doc: Doc, event: Event) -> bool:
    """Whether a side of ``event`` is named inside the object of its verb (the thing discussed)."""
    tok = trigger_token(doc, event)
    if tok is None:
        return False
    topics = [c for c in tok.children if c.dep_ == "dobj"]
    return any(_inside(ref, topic) for topic in topics for ref in (event.source, event.target))


def _inside(ref: ActorRef | None, topic: Token) -> bool:
    """Whether the mention ``ref`` lies within the phrase ``topic`` heads."""
    if ref is None or ref.span is None:
        return False
    words = list(topic.subtree)
    return words[0].idx <= ref.span[0] and ref.span[1] <= words[-1].idx + len(words[-1].text)
