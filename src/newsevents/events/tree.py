"""The parse of a ``Doc`` as flat lists, read once per document.

The event coder asks the same few questions of the same tokens many times per trigger: a
token's label, part of speech, lower-case form, lemma and children. spaCy answers each through a
new ``Token`` object and a string-store lookup (``Token.children`` even builds a ``Token`` for
every word it walks past), which costs more than the test made on the answer. Here those facts
come from one ``Doc.to_array`` call and are kept on the ``Doc``: nothing moves the parse, the
tags or the entities after the event coder starts (as :mod:`newsevents.nlp.sentences` assumes too).
The children are stored flat, grouped by head, rather than as a list per token: a few large lists
cost the garbage collector far less than many small ones.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, POS, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

_KEY = "newsevents.events.tree"
_COLUMNS = [HEAD, IDX, DEP, POS, TAG, LOWER, LEMMA, ENT_TYPE]
# A long run meets ever more rare words; past this many strings the memo starts afresh.
_MAX_NAMES = 500_000


class _Names(dict[int, str]):
    """The strings of the hashes looked up so far, one memo per string store: a string store
    lookup costs several times a dict's, and a few thousand strings make up most of the text."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        name: str = self.strings[key]
        self[key] = name
        return name


@functools.lru_cache(maxsize=4)
def _names(strings: StringStore) -> _Names:
    return _Names(strings)


@dataclass(frozen=True, slots=True)
class Tree:
    """Per-token facts of one ``Doc``: ``deps[i]`` is ``doc[i].dep_``, ``heads[i]`` is
    ``doc[i].head.i``, and so on; ``forms[i]`` is :func:`lemma_forms_of` token ``i``. The
    children of token ``i`` are ``by_head[first[i]:first[i + 1]]``, in text order. ``ents`` is
    ``doc.ents``, which builds new spans on every call."""

    deps: list[str]
    heads: list[int]
    idx: list[int]
    pos: list[str]
    tags: list[str]
    lower: list[str]
    lemmas: list[str]
    ent_types: list[str]
    forms: list[tuple[str, ...]]
    by_head: list[int]
    first: list[int]
    ents: tuple[Span, ...]

    def children(self, i: int) -> list[int]:
        """The indices of ``doc[i].children``."""
        return self.by_head[self.first[i] : self.first[i + 1]]

    def conjuncts(self, i: int) -> list[int]:
        """The indices of ``doc[i].conjuncts``, in the same order (spaCy's walk, over the table)."""
        start = i
        while self.heads[start] != start and self.deps[start] == "conj":
            start = self.heads[start]
        found = [start]
        for word in found:  # grows as it goes: conjuncts of conjuncts
            found.extend(c for c in self.children(word) if c > word and self.deps[c] == "conj")
        return [w for w in found if w != i]

    def entity_at(self, i: int) -> Span | None:
        """The entity covering token ``i``, or ``None``."""
        return next((ent for ent in self.ents if ent.start <= i < ent.end), None)


def tree(doc: Doc) -> Tree:
    """The parse of ``doc``, read on the first call."""
    cached: Tree | None = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = _read(doc)
    return cached


def _read(doc: Doc) -> Tree:
    table = doc.to_array(_COLUMNS).reshape(-1, len(_COLUMNS))
    # HEAD is an offset to the head; the array is unsigned, so negative offsets need a cast.
    offsets = table[:, 0].astype(numpy.int64)
    indices = numpy.arange(len(offsets))
    dependents = indices[offsets != 0]  # the root is its own head, not its own child
    heads = (offsets + indices)[offsets != 0]
    by_head = dependents[numpy.argsort(heads, kind="stable")]
    first = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(heads, minlength=len(offsets)))))
    names = _names(doc.vocab.strings)
    if len(names) > _MAX_NAMES:
        names.clear()
    deps, pos, tags, lower, lemmas, ent_types = (list(map(names.__getitem__, column))
                                                 for column in table[:, 2:].T.tolist())
    return Tree(deps, (offsets + indices).tolist(), table[:, 1].tolist(), pos, tags, lower, lemmas, ent_types,
                list(map(lemma_forms_of, lower, lemmas, pos)), by_head.tolist(), first.tolist(), tuple(doc.ents))


# Asked of most tokens, while a few thousand words make up most text.
@functools.lru_cache(maxsize=16384)
def lemma_forms_of(lower: str, lemma: str, pos: str) -> tuple[str, ...]:
    """A word's lemma, then guesses for a lemmatizer slip ("staged" -> "stag"): the word less
    its inflection."""
    forms = [lemma.lower()]
    if pos in ("VERB", "NOUN", "AUX", "PROPN"):
        for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")):
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                forms.append(lower[: -len(suffix)] + repl)
    return tuple(dict.fromkeys(forms))
