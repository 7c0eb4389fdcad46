"""First-person words inside a direct quote stand for its speaker: in '"We condemn this attack,"
the army said' the army condemns, and in '"I will not resign," the president told reporters' the
president refuses. The quote finder has already named each quote's speaker; a "we", "us", "I"
or "me" inside the quote becomes a mention of the speaker's actor for the coder (rule
``coref-quote``, a guessed source like any coreference).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from newsevents.nlp.docview import doc_view
from newsevents.records import ActorMention

FIRST_PERSON = frozenset({"we", "us", "i", "me"})
RULE = "coref-quote"


def quoted_speakers(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions of each coded quote speaker for the first-person pronouns inside the quote."""
    quotes = doc._.ne_quotes or []
    if not quotes:
        return []
    by_span = {(m.start_char, m.end_char): m for m in mentions}
    parse = doc_view(doc)
    out: list[ActorMention] = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not speaker.code or speaker.span is None:
            continue
        mention = by_span.get(speaker.span)
        if mention is None or mention.rule == "coref-pronoun":
            # a speaker no mention names (a fallback guess), or one named only by a pronoun
            # ('..., he said'), itself a guess: a wrong one would make every "we" someone else's
            continue
        start, end = quote.span
        for i in range(bisect_left(parse.idx, start), len(parse.idx)):
            if parse.idx[i] >= end:
                break
            if parse.lower[i] in FIRST_PERSON and parse.pos[i] == "PRON":
                out.append(ActorMention(i, i + 1, parse.idx[i], parse.end_char(i + 1), doc[i].text,
                                        mention.name, mention.code, mention.country, mention.sector,
                                        mention.kind, RULE, mention.entity))
    return out
