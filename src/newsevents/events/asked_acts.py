"""Acts asked for that the parser cuts loose from the request that asks for them.

In "the president demanded the rebels stop their attacks and release their captives" the second
act belongs to the demanded clause ("the rebels ... release"), but the parser often hangs it on
"demanded" as a second predicate of the president, so that the demander would have released the
captives. English gives the cue: a past or participial request verb ("demanded", "has urged",
"demanding") cannot share its subject with a bare verb ("release"), so a bare conjunct with no
subject, auxiliary or "to" of its own, beside a bare clause the request already governs, is a
second act asked for (REQUESTED in :mod:`newsevents.events.modality`), never a fact.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.frames import has_lemma
from newsevents.events.patterns import Lexicon

# Tags of a request verb that a bare verb cannot be a second predicate of ("demanded ... and release");
# a present "they demand ... and release" can be one, so VBP is not among them.
_NON_BARE_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG"})
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


def stray_request(verb: Token, lex: Lexicon) -> Token | None:
    """The request verb that asks for ``verb`` when the parser coordinated ``verb`` with it
    ("demanded the group stop ... and *release* ..."), else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VB":
        return None
    head = verb.head
    if head.tag_ not in _NON_BARE_TAGS or not has_lemma(head, lex.word_list("request_verbs")):
        return None
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children):
        return None
    asked = any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and c.i < verb.i for c in head.children)
    return head if asked else None
