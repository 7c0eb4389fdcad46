"""Wishes told as motives, not announced.

CAMEO codes a wish an actor makes known: "Brazil wants Argentina to reopen the border" is an
appeal (020), "the rebels want to hold talks" an intent to meet (036). News also tells wishes as
the reason for something else, and a wish so told is no act of its own:

- **A wish in the past tense** is the motive of what was done then: "They wanted to march to the
  embassy with a petition" tells why the marchers set out (the march is coded where it is told),
  not a threat of a march to come; "had intended to visit Kyiv" a plan given up.
- **A wish in a clause of cause** is the reason for the main clause's act: "The Labour Party leaves
  the government because it wants the Netherlands to withdraw its troops" codes the party's exit,
  not an appeal to its own country.

Both were false events of the session 20 blind sets (and the only events on `dev` told by a past
or causal "want"); "wants Argentina to reopen the border" and "wants to hold talks" stay.

A past wish under a verb of report is no motive: news reports in the past tense, so "Brazil said
it wanted Argentina to reopen the border" announces the wish (020), as its present does.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.frames import has_lemma
from newsevents.events.patterns import Lexicon

# Verbs of wishing whose clause or infinitive is the wish.
WISH_LEMMAS = frozenset({"want", "wish", "intend"})
# Subordinators of a clause of cause ("because it wants ...", "since it wished ...").
CAUSE_MARKS = frozenset({"because", "since"})
PAST_TAGS = frozenset({"VBD"})
PERFECT_AUX = "had"
# Relations of a reported clause to its verb of report ("said [it wanted ...]", "[It wanted ...], he said").
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def past_wish(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is a wish told in the past ("wanted to march", "had intended to visit"), and
    not a wish reported ("said it wanted to meet X": the wish is announced, in the tense of the report)."""
    if verb.lemma_.lower() not in WISH_LEMMAS or _reported(verb, lex):
        return False
    return verb.tag_ in PAST_TAGS or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == PERFECT_AUX
                                                                  for c in verb.children))


def _reported(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` heads the clause a verb of report tells ("said he wanted to meet ...")."""
    return verb.dep_ in REPORTED_DEPS and verb.head.i != verb.i \
        and has_lemma(verb.head, lex.word_list("report_verbs"))


def causal_wish(verb: Token) -> bool:
    """Whether ``verb`` is a wish given as a cause ("leaves the government because it wants ...")."""
    return verb.lemma_.lower() in WISH_LEMMAS and verb.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in verb.children)


def motive(verb: Token, lex: Lexicon) -> bool:
    """Whether a wish is told as a motive: in the past or as a cause."""
    return past_wish(verb, lex) or causal_wish(verb)
