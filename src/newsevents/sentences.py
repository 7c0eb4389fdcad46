"""The sentence of a token, found once per document.

spaCy's ``Token.sent`` walks the document's sentences on every call; the components ask for it
thousands of times per article, so the sentences and each token's sentence number are computed
once and kept on the ``Doc`` (our components never move sentence boundaries after the parser).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_KEY = "newsevents.sentences"


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    cached: tuple[list[Span], list[int]] | None = doc.user_data.get(_KEY)
    if cached is None:
        sents = list(doc.sents)
        number = [0] * len(doc)
        for n, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                number[i] = n
        cached = (sents, number)
        doc.user_data[_KEY] = cached
    return cached


def sentence_of(token: Token) -> Span:
    """The sentence ``token`` belongs to (what ``token.sent`` gives, without rescanning the doc)."""
    sents, number = _sentences(token.doc)
    return sents[number[token.i]]
