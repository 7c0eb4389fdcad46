"""Fast look-ups of the actor mention at a token, for the stages that run after actors."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view
from newsevents.records import ActorMention


def _index(doc: Doc) -> list[int]:
    """Per token, the position of the mention covering it in ``doc._.ne_mentions`` (or -1): the
    view's mention index (rebuilt if the mention list was replaced or changed length since)."""
    return doc_view(doc).mention_index(doc._.ne_mentions or [])


def mention_at(doc: Doc, token_i: int) -> ActorMention | None:
    """The actor mention covering token ``token_i`` of ``doc``, or ``None``."""
    if not 0 <= token_i < len(doc):
        return None
    n = _index(doc)[token_i]
    return doc._.ne_mentions[n] if n >= 0 else None


def mentions_in(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """The actor mentions overlapping tokens ``start``..``end`` (end exclusive), in text order."""
    index = _index(doc)
    seen: list[int] = []
    for i in range(max(start, 0), min(end, len(doc))):
        n = index[i]
        if n >= 0 and (not seen or seen[-1] != n):
            seen.append(n)
    mentions: list[ActorMention] = doc._.ne_mentions
    return [mentions[n] for n in seen]
