"""Earlier acts: the act of an "after" adjunct dated weeks back is the story's background.

A story links its news to what came before with a temporal adjunct: "After a first round of
talks in March, the two sides agreed to ...", "Seeking allies after declaring war on the
militants in October, the government lifted sanctions". The adjunct's act is the reference point, not the
news, and is background once its date lies some weeks before the article's (the half-year horizon
of :mod:`newsevents.story.background` is for dates with no such link). A recent adjunct ("comes
after the president rejected the plea") is news. The act the adjunct is attached to is not dated
by it, only placed after it, and stays ("who were arrested shortly after fighting broke out in
December" is coded by the gold); so does an act with a date of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.nlp.sentences import sentence_dates
from newsevents.records import DateMention, Event

RECALL_DAYS = 45
"""How long before the article's date an "after" adjunct's date makes its act background: six
weeks (a month's last day counts, so "in November" in a story of 20 December is news; the gold
codes a raid "on Sept. 24" told in an "after" clause of a story of 25 October)."""
# Prepositions and subordinators that place the news after an earlier act
AFTER_WORDS = frozenset({"after", "following"})


def _adjunct_of(mention: DateMention, trigger: Token) -> Token | None:
    """The head of the "after"/"following" adjunct holding ``mention`` (the preposition, or the
    verb of a clause marked so), or ``None``: the date's ancestors up to the sentence's root."""
    span = trigger.doc.char_span(*mention.span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    while token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in AFTER_WORDS:
            return token
        if any(c.dep_ == "mark" and c.lower_ in AFTER_WORDS for c in token.children):
            return token
        token = token.head
    return None


def _inside(token: Token, head: Token) -> bool:
    """Whether ``token`` is ``head`` or one of its dependents."""
    return token.i == head.i or any(a.i == head.i for a in token.ancestors)


def act_of_earlier_adjunct(trigger: Token, event: Event, age: int) -> bool:
    """Whether ``event`` (its trigger ``trigger``, the last day of its date ``age`` days before the
    article's) is the act of an "after"/"following" adjunct whose date dates it, more than
    :data:`RECALL_DAYS` back."""
    if age <= RECALL_DAYS:
        return False
    mentions = sentence_dates(trigger, event.date)
    return bool(mentions) and all(
        (adjunct := _adjunct_of(m, trigger)) is not None and _inside(trigger, adjunct) for m in mentions)
