"""The sentence of a token and the text of the document, found once per document.

spaCy's ``Token.sent`` walks the document's sentences on every call; the components ask for it
thousands of times per article, so the sentences and each token's sentence number come from the
``Doc``'s view (:mod:`newsevents.nlp.docview`, built once). Likewise ``Doc.text`` and
``Span.text`` join their tokens' texts on every call; :func:`doc_text` is the view's text and
:func:`span_text` cuts spans from it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.nlp.docview import doc_view
from newsevents.nlp.extensions import doc_attribute
from newsevents.records import DateMention, Event


def sentence_of(token: Token) -> Span:
    """The sentence ``token`` belongs to (what ``token.sent`` gives, without rescanning the doc)."""
    sents, number = doc_view(token.doc).sentences()
    return sents[number[token.i]]


def sentence_dates(trigger: Token, value: str | None) -> list[DateMention]:
    """The date mentions of ``trigger``'s sentence whose value is ``value`` (an event's date)."""
    sent = sentence_of(trigger)
    return [m for m in doc_attribute(trigger.doc, "ne_dates") or []
            if m.value == value and sent.start_char <= m.span[0] < sent.end_char]


def window_start(token: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before that of ``token`` (the document's
    first token when there are fewer): where a look back over a few sentences starts."""
    sents, number = doc_view(token.doc).sentences()
    return sents[max(0, number[token.i] - back)].start


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once (the view's ``text``).

    This is the ``Doc``'s own text (with the pre-filter, the masked one), never the article's.
    """
    return doc_view(doc).text


def span_text(span: Span) -> str:
    """``span.text``, cut from :func:`doc_text` (the same string: a span's text ends where its
    last token does)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The token that triggered ``event`` (from its ``trigger_span``), or ``None``."""
    if event.trigger_span is None:
        return None
    # asked of the same event by several steps after coding: the token's index is kept per span
    known: dict[tuple[int, int], int | None] = doc_view(doc).once("trigger_tokens", dict)
    key = (event.trigger_span[0], event.trigger_span[1])
    if key not in known:
        span = doc.char_span(*key, alignment_mode="expand")
        known[key] = span.start if span is not None and len(span) else None
    i = known[key]
    return doc[i] if i is not None else None
