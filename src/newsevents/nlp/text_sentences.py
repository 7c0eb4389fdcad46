"""The sentences of an article's text as read without the parse: the one answer to "how many".

Two steps need an article's sentences where spaCy's cannot serve. The pre-filter
(:mod:`newsevents.nlp.prefilter`) cuts the text before anything is parsed, to choose what to
parse. And a rule that asks whether a text is a story or a single sentence (a benchmark's) must
count the article's sentences, not the parse's: the pre-filter leaves out of the parse the
sentences with no cue, so a long story can reach the parser as one sentence. Both read
:func:`sentence_spans`, and a rule that asks how long the story is reads
:func:`article_sentence_count`; each rule keeps its own threshold. The parse itself is told
where a line starts a sentence by the words alone (:func:`closed_line_starts`), which it at times
reads as the last line's conjunct.

A sentence ends at ".", "!" or "?" (and the closing quotes or brackets after it) before a space
and a capital, a digit or an opening mark, and at every line break: a headline or a dateline line
is a sentence of its own. A full stop after a known abbreviation or an initial ("Gen.", "U.S.",
"Jan. 5") ends none. This module imports nothing of spaCy: the pre-filter must not load it (the
count of a parsed article is kept in the ``Doc``'s view, imported when first asked).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"[^\W\d_]+")
# A sentence ends at . ! ? (with closing quotes or brackets) before space and a capital, digit or
# opening mark; or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])|\n")
# A line break after a sentence's end, up to the next line's first character (a capital, digit or
# opening mark).
_CLOSED_LINE = re.compile(r"(?<=[.!?])[\"'”’»)\]]*[ \t]*\n\s*(?=[\"'“‘«(\[]*[A-Z0-9])")
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "sen", "rep",
    "gov", "pres", "prof", "rev", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx",
    "dept", "est", "mt", "ft", "u", "s", "n", "k", "e", "g", "i",
})
"""Words (lower case) whose full stop ends no sentence: titles, ranks, months, company forms and
the letters of dotted acronyms ("U.S.", "U.N.", "e.g.")."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character spans of the sentences of ``text``, each stripped of the
    space around it, blank ones left out (see the module docstring for where a sentence ends).

    A rough cut, meant to split rarely where it should not: a cut the abbreviations miss only
    makes a short fragment.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group() != "\n" and _ends_with_abbreviation(text, start, match.start()):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return out


def closed_line_starts(text: str) -> list[int]:
    """The character offsets of the lines of ``text`` that begin a sentence by the words alone: a
    line after one that ends a sentence (".", "!" or "?", with its closing quotes or brackets, no
    abbreviation) and that opens with a capital, a digit or an opening mark.

    The parser joins such a line to the last at times, mostly where it opens with a conjunction
    or follows a closing quote ("... would halt the shelling." / "But an hour later the army
    launched new strikes": the strikes read as a conjunct of the last line's "would halt").
    """
    return [match.end() for match in _CLOSED_LINE.finditer(text)
            if not _ends_with_abbreviation(text, 0, match.start())]


def article_sentence_count(doc: Doc) -> int:
    """How many sentences the article ``doc`` was made from holds (its whole text, the sentences
    the pre-filter kept out of the parse included; the ``Doc``'s own text when it carries no
    article). What a rule reads to tell a story from a single sentence.

    Cut once per ``Doc`` and kept in its view (:meth:`~newsevents.nlp.docview.DocView.once`): the
    story rules ask for each actor they place, and the article does not change once parsed."""
    from newsevents.nlp.docview import doc_view  # here, not above: the pre-filter must not load spaCy

    count: int = doc_view(doc).once("newsevents.nlp.text_sentences.count", lambda: _count(doc))
    return count


def _count(doc: Doc) -> int:
    article = doc._.ne_article
    return len(sentence_spans(article.text if article is not None else doc.text))


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    words = _WORD.findall(text[max(start, end - 12):end])
    return bool(words) and words[-1].lower() in ABBREVIATIONS
