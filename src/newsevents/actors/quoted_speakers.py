"""The speaker pronoun of a quote is none of the people named inside it.

'"The President asked the Prime Minister to take steps ...," he said': "he" is whoever speaks
the words, and the people the words name are what he speaks of. The pronoun resolver read "he"
as the most recent person, one named in the quote; a press secretary's "he said" then made the
prime minister the speaker. A subject pronoun of a verb of saying that follows the close of a
quote (with only its comma and marks between) takes no antecedent from inside that quote; it
goes on with the person named before the quote, or with no one when a person no dictionary
codes comes between (the press secretary named as the quote's speaker before).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.actors.speakers import SAYING_VERBS
from newsevents.nlp.docview import made_text
from newsevents.quotes.marks import QuotedSpan

# What may stand between a quote's closing mark and its speaker: "," he said; ", he added".
GAP_CHARS = frozenset(" ,\n\t\"'\u201c\u201d\u2018\u2019")


def spoken_quote(pronoun: Token, quotes: Sequence[QuotedSpan]) -> tuple[int, int] | None:
    """The character range (opening to closing mark) of the quote that subject ``pronoun`` speaks
    in '"...," he said'; ``None`` when the pronoun is no such speaker."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in SAYING_VERBS or pronoun.head.i < pronoun.i:
        return None
    text = made_text(pronoun.doc)  # doc.text joins a Token per word on every call
    for quote in quotes:
        close = quote.close_mark
        if close is None or close >= pronoun.idx:
            continue
        if all(ch in GAP_CHARS for ch in text[close:pronoun.idx]):
            return quote.open_mark, close
    return None
