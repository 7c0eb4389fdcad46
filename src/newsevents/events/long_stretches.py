"""Talks summed up over months or years are background, not an act of the story's days (session 30).

"Following months of talks, the rebels and the army agreed to a ceasefire", "the signing followed
seven months of talks mediated by a former president": the talks and their mediation are the long
stretch that led to the news, told as one span of time. A trained coder codes the agreement and
leaves the stretch out, as CONVENTIONS 5.2 leaves out a war of years before. Two false-event
censuses found the shape (session 29: "months of talks" before a ceasefire, both ways; session 30:
"seven months of talks mediated by" a mediator).

Only talks are read so: a stretch of days, hours or weeks is left alone ("after two days of talks
in Addis Ababa" is often the story's own news, as `dev` codes it), and so is a single year ("a year
of talks"). Protests and fights summed up over months are not: the first version, on any act, took
one right event from the unseen sets (counts only; "months of protests" can be a movement the story
is about), and removed no false event of the gold.
"""

from __future__ import annotations

from spacy.tokens import Token

# The spans that sum up a record: "months of", "years of", "decades of", "centuries of".
LONG_SPANS = frozenset({"month", "year", "decade", "century"})
# The acts of talking a stretch sums up: "months of talks", "years of negotiations".
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "consultation", "dialogue", "discussion", "mediation",
                        "contact", "diplomacy"})


def long_stretch(trigger: Token) -> bool:
    """Whether ``trigger`` names talks (or, as a participle, qualifies them: "talks *mediated* by")
    that are the "of" object of a plural span of months or more: "months of talks", "seven months
    of talks mediated by X", "years of negotiations"."""
    act = trigger.head if trigger.dep_ == "acl" else trigger
    if act.dep_ != "pobj" or act.head.lower_ != "of" or act.lemma_.lower() not in TALK_NOUNS:
        return False
    span = act.head.head
    return span.tag_ == "NNS" and span.lemma_.lower() in LONG_SPANS
