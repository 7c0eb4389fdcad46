"""Direct quotes and who said them (the algorithm of the ``newsevents_quotes`` component).

How a quote is found and attributed:

1. :mod:`.marks` pairs the quotation marks of the raw text.
2. A quote is *full* when it opens its sentence, follows a colon or comma ("He said: “...”")
   or runs over a sentence boundary; otherwise it is *partial*, a phrase quoted inside a
   sentence of the reporter's own.
3. Its cue is, in this order: a speech verb the quote depends on in the parse ("said China was
   “...”", "“...,” he said"); the nearest speech verb next to the quote in the same sentence
   that has no content of its own ("“...,” he told reporters"); for a partial quote, a naming
   verb it depends on ("called it “...”"); then "according to X" in the sentence. A speech verb
   thus beats "according to": in "“...,” he said, according to his office" the speaker is "he".
4. A partial quote of one to three words counts only if a chain of argument relations (object,
   complement, subject, apposition; never a modifier or a preposition) of at most three steps
   ties it to its cue: this keeps "said China was its “priority”" and drops scare quotes such as
   a “peaceful” friend or an “all-weather” partnership. A longer partial quote needs a cue of any
   kind. A full quote is always kept; without a cue of its own it continues the attributed
   quote just before it (same or previous sentence, or a paragraph that continues a quote),
   else its speaker is ``None``.

Without a dependency parse (a pipeline with no parser) every quote is kept, unattributed.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsevents.nlp.docview import doc_view
from newsevents.nlp.sentences import doc_text, sentence_of
from newsevents.quotes.marks import QuotedSpan
from newsevents.quotes.speakers import speaker_ref
from newsevents.quotes.speech import (
    ARGUMENT_DEPS,
    according_to,
    governing_chain,
    has_own_content,
    is_naming_verb,
    is_speech_verb,
    quoting_verb,
    speaker_token,
)
from newsevents.records import ActorRef, Quote

SHORT_QUOTE_WORDS = 3
"""Partial quotes up to this many words need a tight link to a cue (see the module docstring)."""

MAX_ARGUMENT_HOPS = 3


@dataclass(slots=True)
class _Found:
    """A quoted span aligned with the parse."""

    marks: QuotedSpan
    content: Span
    open_tok: int
    close_tok: int | None
    full: bool = False
    speaker: ActorRef | None = None
    cue: str | None = None
    rule: str = "unattributed"

    @property
    def last_tok(self) -> int:
        return self.close_tok if self.close_tok is not None else self.content.end - 1

    def quote(self) -> Quote:
        return Quote(doc_text(self.content.doc)[self.marks.start : self.marks.end],
                     (self.marks.start, self.marks.end), self.speaker, self.cue, self.rule)


def _token_at(doc: Doc, starts: list[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


def _align(doc: Doc, spans: list[QuotedSpan]) -> list[_Found]:
    starts: list[int] = doc.to_array(IDX).tolist()  # without a Token object per word
    found = []
    for qs in spans:
        content = doc.char_span(qs.start, qs.end, alignment_mode="expand")
        if content is None or len(content) == 0:
            continue
        close = None if qs.close_mark is None else _token_at(doc, starts, qs.close_mark)
        found.append(_Found(qs, content, _token_at(doc, starts, qs.open_mark), close))
    return found


def _is_full(doc: Doc, f: _Found) -> bool:
    if sentence_of(f.content[0]).start != sentence_of(f.content[-1]).start:
        return True
    sent = sentence_of(doc[f.open_tok])
    before = [t for t in doc[sent.start : f.open_tok] if not (t.is_punct or t.is_space)]
    if not before:
        return True
    previous = doc[f.open_tok - 1] if f.open_tok > 0 else None
    return previous is not None and previous.text in {":", ","}


def _regions(doc: Doc, f: _Found, quoted: set[int]) -> tuple[list[Token], list[Token]]:
    """The words of the reporter's own around the quote: before it and after it, same sentence."""
    start = sentence_of(doc[f.open_tok]).start
    before: list[Token] = []
    for i in range(f.open_tok - 1, start - 1, -1):
        if i in quoted:
            break
        before.append(doc[i])
    after: list[Token] = []
    if f.close_tok is not None:
        for i in range(f.close_tok + 1, sentence_of(doc[f.close_tok]).end):
            if i in quoted:
                break
            after.append(doc[i])
    return before, after


def _heads(f: _Found) -> list[Token]:
    """The words of the quote whose syntactic head lies outside it."""
    span = f.content
    doc, heads = span.doc, doc_view(span.doc).heads
    start, end = span.start, span.end
    return [doc[i] for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]


def _tight(head: Token, cue: Token) -> bool:
    hops, token = 0, head
    while token.i != cue.i:
        if token.dep_ not in ARGUMENT_DEPS or hops >= MAX_ARGUMENT_HOPS or token.head.i == token.i:
            return False
        token, hops = token.head, hops + 1
    return True


def _governing(f: _Found, quoted: set[int], *, naming: bool) -> tuple[Token, Token] | None:
    """The nearest cue verb the quote depends on, with the quote word that hangs from it."""
    best: tuple[Token, Token] | None = None
    for head in _heads(f):
        for verb in governing_chain(head, quoted):
            if is_speech_verb(verb, quoted) or (naming and is_naming_verb(verb)):
                if best is None or _distance(f, verb) < _distance(f, best[0]):
                    best = (verb, head)
                break
    return best


def _distance(f: _Found, token: Token) -> int:
    return f.open_tok - token.i if token.i < f.open_tok else token.i - f.last_tok


def _attribute(doc: Doc, f: _Found, cue: Token, rule: str | None = None) -> bool:
    """Fill speaker, cue and rule from the verb ``cue``; False when it names nobody."""
    token, quoted_as = speaker_token(cue)
    if token is None:
        return False
    f.speaker = speaker_ref(doc, token)
    verb = quoting_verb(cue) if quoted_as else None
    f.cue = (verb or cue).text
    f.rule = rule or ("quoted-as-saying" if quoted_as else
                      "cue-after" if cue.i > f.open_tok else "cue-before")
    return True


def _find_cue(doc: Doc, f: _Found, quoted: set[int]) -> bool:
    governing = _governing(f, quoted, naming=False)
    words = sum(1 for t in f.content if t.is_alpha or t.like_num)
    short = not f.full and words <= SHORT_QUOTE_WORDS
    if governing is not None and (not short or _tight(governing[1], governing[0])):
        return _attribute(doc, f, governing[0])
    before, after = _regions(doc, f, quoted)
    if f.full:
        open_cues = [t for t in before + after
                     if is_speech_verb(t, quoted) and not has_own_content(t, quoted)]
        for cue in sorted(open_cues, key=lambda t: _distance(f, t)):
            if _attribute(doc, f, cue):
                return True
    else:
        naming = _governing(f, quoted, naming=True)
        if naming is not None and (not short or _tight(naming[1], naming[0])):
            return _attribute(doc, f, naming[0])
        if short:
            return False
    for word in sorted(before + after, key=lambda t: _distance(f, t)):
        source = according_to(word)
        if source is not None:
            f.speaker, f.cue, f.rule = speaker_ref(doc, source), "according to", "according-to"
            return True
    return f.full


def _continues(doc: Doc, previous: _Found, f: _Found) -> bool:
    return sentence_of(doc[f.open_tok]).start <= sentence_of(doc[previous.last_tok]).end


def find_quotes(doc: Doc) -> list[Quote]:
    """The direct quotes of a parsed ``doc`` with their speakers (see the module docstring)."""
    text = doc_text(doc)
    spans = doc_view(doc).quoted_spans()
    if not doc.has_annotation("DEP"):  # a pipeline without a parser: quotes, but no speakers
        return [Quote(text[s.start : s.end], (s.start, s.end), None, None, "unattributed")
                for s in spans]
    found = _align(doc, spans)
    quoted = {i for f in found for i in range(f.open_tok, f.last_tok + 1)}
    kept: list[_Found] = []
    for f in found:
        f.full = _is_full(doc, f)
        if not _find_cue(doc, f, quoted):
            continue
        previous = kept[-1] if kept else None
        if f.speaker is None and previous is not None and previous.speaker is not None \
                and _continues(doc, previous, f):
            f.speaker, f.cue, f.rule = previous.speaker, previous.cue, "continuation"
        kept.append(f)
    # A paragraph left open carries on in the next one: it shares its speaker either way.
    for previous, f in itertools.pairwise(kept):
        if previous.speaker is None and previous.close_tok is None and f.speaker is not None:
            previous.speaker, previous.cue, previous.rule = f.speaker, f.cue, "continuation"
    return [f.quote() for f in kept]

