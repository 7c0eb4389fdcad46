"""The speaker of a direct quote as the "I" and "we" inside it.

'"We call on the Ethiopian government to allow aid into Tigray," the EU envoy said': the quote's
first-person pronouns stand for its speaker, found by :mod:`newsevents.quotes` (which runs
before the coder). The coder sees them as mentions of the speaker, so an appeal, a promise or a
condemnation made in the first person has its source. Only a speaker with a CAMEO code counts
(an unnamed "a witness" lends nothing), named by more than a pronoun, and the actors of the
extraction are not changed: these mentions live in the coder's index only.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view
from newsevents.records import ActorMention

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# A speaker named only by a pronoun ('..., he said') is a second guess: a wrong one would make a
# quote's every "we" someone else's.
PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})


def first_person_mentions(doc: Doc) -> list[ActorMention]:
    """A mention of its speaker for each first-person pronoun of an attributed direct quote."""
    quotes = [q for q in doc._.ne_quotes or [] if q.speaker is not None and q.speaker.code
              and (q.speaker.text or "").lower() not in PRONOUNS]
    if not quotes:
        return []
    entities = {m.start_char: m.entity for m in doc._.ne_mentions or []}
    parse = doc_view(doc)
    out: list[ActorMention] = []
    for quote in quotes:
        speaker = quote.speaker
        assert speaker is not None  # (filtered above)
        entity = entities.get(speaker.span[0], -1) if speaker.span is not None else -1
        start, end = quote.span
        i = bisect_left(parse.idx, start)  # the quote's tokens only
        while i < len(parse.idx) and parse.idx[i] < end:
            if parse.lower[i] in FIRST_PERSON:
                idx = parse.idx[i]
                out.append(ActorMention(i, i + 1, idx, idx + len(parse.lower[i]), doc[i].text, speaker.name,
                                        speaker.code, speaker.country, speaker.sector, "quoted", "quote-speaker",
                                        entity))
            i += 1
    return out
