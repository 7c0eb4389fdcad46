"""First-person doers inside a direct quote stand for the quote's speaker.

'"We condemn the raid by Israel," the Egyptian foreign minister said' is the minister's
condemnation: a subject "we" or "I" within the quoted words is whoever the quote finder named as
the speaker (``doc._.ne_quotes``, which runs before the events stage). Only a subject pronoun is
read this way ("our", "us" and objects stay unresolved), and only a speaker with a code: a quote
whose speaker nobody can name leaves the pronoun empty, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.records import ActorMention

# The pronouns a speaker uses for itself as a doer.
FIRST_PERSON = frozenset({"we", "i"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def quoted_speaker(token: Token) -> ActorMention | None:
    """The speaker of the direct quote a subject "we"/"I" stands in, as a mention at the pronoun;
    ``None`` for any other token or a quote with no coded speaker."""
    if token.lower_ not in FIRST_PERSON or token.dep_ not in SUBJECT_DEPS:
        return None
    for quote in token.doc._.ne_quotes or []:
        start, end = quote.span
        speaker = quote.speaker
        if not start <= token.idx < end or speaker is None or not speaker.code:
            continue
        return ActorMention(token.i, token.i + 1, token.idx, token.idx + len(token.text), speaker.text or token.text,
                            speaker.name, speaker.code, speaker.country, speaker.sector, "person",
                            "events-quote-speaker")
    return None
