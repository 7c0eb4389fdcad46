"""The sentence of a token and the text of the document, found once per document.

spaCy's ``Token.sent`` walks the document's sentences on every call; the components ask for it
thousands of times per article, so the sentences and each token's sentence number are computed
once and kept on the ``Doc`` (our components never move sentence boundaries after the parser).
Likewise ``Doc.text`` and ``Span.text`` join their tokens' texts on every call; :func:`doc_text`
joins the document's once and :func:`span_text` cuts spans from it.
"""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span, Token

_KEY = "newsevents.nlp.sentences"
_TEXT_KEY = "newsevents.text"


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


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens on the first call only.

    This is the ``Doc``'s own text (with the pre-filter, the masked one), never the article's. It
    is joined from one ``Doc.to_array`` of the token strings and spacing, which gives the string
    ``Doc.text`` gives without building a ``Token`` per word.
    """
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, SPACY]).reshape(-1, 2).tolist()
        text = "".join([strings[int(orth)] + " " if space else strings[int(orth)] for orth, space in rows])
        doc.user_data[_TEXT_KEY] = text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from :func:`doc_text` (the same string: a span's text ends where its
    last token does)."""
    return doc_text(span.doc)[span.start_char : span.end_char]
