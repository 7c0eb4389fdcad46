"""The dependency tree of a ``Doc`` as flat lists of indices, read once per document.

The frame helpers walk the parse many times per trigger, and ``Token.children`` builds a Python
``Token`` for every child on every walk. Here the heads and labels of all tokens come from one
``Doc.to_array`` call and are kept on the ``Doc`` (nothing moves the parse after the parser, as
:mod:`newsevents.sentences` assumes too). The children are stored flat, grouped by head, rather
than as a list per token: a few large lists cost the garbage collector far less than many small ones.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

_KEY = "newsevents.events.tree"


@dataclass(frozen=True, slots=True)
class Tree:
    """``deps[i]`` is ``doc[i].dep_``; the children of token ``i`` are
    ``by_head[first[i]:first[i + 1]]``, in text order."""

    deps: list[str]
    by_head: list[int]
    first: list[int]

    def children(self, i: int) -> list[int]:
        """The indices of ``doc[i].children``."""
        return self.by_head[self.first[i] : self.first[i + 1]]


def tree(doc: Doc) -> Tree:
    """The dependency tree of ``doc``, built on the first call."""
    cached: Tree | None = doc.user_data.get(_KEY)
    if cached is None:
        table = doc.to_array([HEAD, DEP]).reshape(-1, 2)
        # HEAD is an offset to the head; the array is unsigned, so negative offsets need a cast.
        offsets = table[:, 0].astype(numpy.int64)
        indices = numpy.arange(len(offsets))
        dependents = indices[offsets != 0]  # the root is its own head, not its own child
        heads = (offsets + indices)[offsets != 0]
        by_head = dependents[numpy.argsort(heads, kind="stable")]
        first = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(heads, minlength=len(offsets)))))
        labels: list[int] = table[:, 1].tolist()
        names = {label: doc.vocab.strings[label] for label in set(labels)}
        cached = Tree([names[label] for label in labels], by_head.tolist(), first.tolist())
        doc.user_data[_KEY] = cached
    return cached
