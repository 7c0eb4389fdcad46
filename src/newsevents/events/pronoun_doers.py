"""Who a pronoun doer stands for, for the patterns that name their doers: "A general said *he*
had ousted the president", "Protesters marched on parliament; *they* stormed its gates".

A pattern with ``doers`` (``coerce.oust``: armed forces; ``protest.crowd_besiege``: crowds)
codes only when its subject's words are of that class (:func:`newsevents.events.matching.doer_words`).
A pronoun carries no such word, so a reported or second-sentence act by "he" or "they" coded
nothing even when coreference had already resolved the pronoun to a general or a crowd. The
words of the actor the pronoun was resolved to (its first mention's text: "A Burundian general")
now count as the pronoun's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsevents.nlp.extensions import doc_attribute

PRONOUN_POS = "PRON"
# Coreference rules of the actor step whose mentions are pronouns resolved to an actor.
COREF_PREFIX = "coref"
_WORD = re.compile(r"[a-z][a-z-]*")


def antecedent_words(tok: Token) -> set[str]:
    """The lower-case words (with a plain plural's singular) of the actor a pronoun ``tok`` was
    resolved to; empty for any other token or an unresolved pronoun."""
    if tok.pos_ != PRONOUN_POS:
        return set()
    doc = tok.doc
    mention = next((m for m in doc_attribute(doc, "ne_mentions") or [] if m.start <= tok.i < m.end), None)
    actors = doc_attribute(doc, "ne_actors") or []
    if mention is None or not mention.rule.startswith(COREF_PREFIX) or not 0 <= mention.entity < len(actors):
        return set()
    words: set[str] = set()
    for word in _WORD.findall(actors[mention.entity].text.lower()):
        words.add(word)
        if word.endswith("s") and len(word) > 3:
            words.add(word[:-1])  # "soldiers", "protesters"
    return words
