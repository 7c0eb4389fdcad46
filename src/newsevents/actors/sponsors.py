"""Sponsors named in a reduced relative: "rebels *backed by Rwanda*", "a militia supported by Uganda".

The participle names the group by its sponsor; the sponsor's country is not the group's, nor that
of the other actors of the sentence. The sentence-country rules (``place_clues.sentence_countries``,
``story.named_countries.nearby_country``) gave "people" in "Rebels backed by Rwanda attacked the
town, killing ten people" Rwanda's country, and "soldiers" the backer's in "The rebels, supported
by Uganda, clashed with soldiers". A sponsor so named is no evidence of any actor's country.
:mod:`newsevents.events.sponsored_groups` reads the same participle as no support event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.nlp.docview import doc_view

# Verbs of sponsorship that a past participle after a noun turns into a description.
BACKING_VERBS = frozenset({"back", "support", "sponsor", "fund", "finance", "arm", "endorse", "aid", "assist"})


def reduced_backing(tok: Token) -> bool:
    """Whether ``tok`` is a participle of backing in a reduced relative on a noun: "groups backed
    by Eritrea", "the militia, armed and funded by X," (a conjunct of such a participle too)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.tag_ == "VBN":
        tok = tok.head
    return tok.lemma_.lower() in BACKING_VERBS and tok.tag_ == "VBN" and tok.dep_ == "acl" \
        and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def sponsor(tok: Token) -> bool:
    """Whether ``tok`` heads (or ends) the "by" agent of a backing participle in a reduced relative
    ("backed by *Rwanda*", "supported by the *United States*")."""
    head = tok
    while head.dep_ in ("compound", "amod", "nmod", "flat", "conj") and head.head.i != head.i:
        head = head.head  # "the United States", "Rwanda and Uganda"
    if head.dep_ != "pobj" or head.head.lower_ != "by":
        return False
    return reduced_backing(head.head.head)


def sponsor_spans(doc: Doc, start_char: int = 0, end_char: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the sponsor words (:func:`sponsor`) between ``start_char`` and ``end_char``,
    found once per ``Doc`` from its "by" phrases only (the story context asks for each actor)."""
    spans: list[tuple[int, int]] = doc_view(doc).once("newsevents.actors.sponsors.spans", lambda: _sponsor_spans(doc))
    end = len(doc.text) if end_char is None else end_char
    return [s for s in spans if start_char <= s[0] < end]


def _sponsor_spans(doc: Doc) -> list[tuple[int, int]]:
    parse = doc_view(doc)
    out: list[tuple[int, int]] = []
    for i, low in enumerate(parse.lower):
        if low != "by":
            continue
        for obj in parse.children(i):
            if parse.deps[obj] == "pobj" and sponsor(doc[obj]):
                out.extend((t.idx, t.idx + len(t.text)) for t in doc[obj].subtree if sponsor(t))
    return out
