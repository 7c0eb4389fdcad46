"""Restraint: a released document is published, not a person set free.

"Release" codes 0841 (return, release persons) when people held are freed. Governments also
"release" budgets, reports, figures, footage and statements every day; the object is a text,
not a captive. The coder codes only objects that are actors, so this mostly matters where a
country's adjective makes the document look like one: "The Australian Budget ... was released by
the treasurer" became a release of Australia, and where an actor is named inside the document's
phrase: "released new details on al-Shabab's attack" became a release of al-Shabab. A release
whose targets are all named by (or within the phrase of) a document noun codes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.records import ActorMention

RELEASE_CODE = "0841"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# The links that climb from a word to the noun phrase holding it ("details on the attack").
PHRASE_DEPS = MODIFIER_DEPS | {"pobj", "prep"}
# Things published: the heads of a released text, figure or recording.
DOCUMENT_NOUNS = frozenset({"budget", "report", "statement", "figure", "figures", "data", "result", "results",
                            "footage", "video", "film", "album", "book", "list", "detail", "details", "finding",
                            "findings", "document", "documents", "record", "records", "text", "transcript",
                            "recording", "photo", "photos", "image", "images", "estimate", "estimates", "survey",
                            "poll", "map", "guideline", "guidelines", "manifesto", "memo", "letter", "audit",
                            "name", "names", "information"})


def released_document(code: str, targets: Sequence[ActorMention], doc: Doc) -> bool:
    """Whether a release's ``targets`` are all documents ("the Australian budget was released")."""
    if code != RELEASE_CODE or not targets:
        return False
    return all(0 < t.end <= len(doc) and _within_document(_head(doc, t)) for t in targets)


def _within_document(tok: Token) -> bool:
    """Whether ``tok`` is a document noun or sits in one's phrase ("released new details *on*
    al-Shabab's attack", "a video *of* the hostages"): the actor is what the text is about."""
    while True:
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            return True
        if tok.dep_ not in PHRASE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head


def _head(doc: Doc, mention: ActorMention) -> Token:
    """The noun a mention names, or the one its adjective modifies ("the *Kenyan* budget": budget)."""
    tok = doc[mention.end - 1]
    return tok.head if tok.dep_ in MODIFIER_DEPS else tok
