"""One array view of a parsed ``Doc``, built once and shared by every stage.

spaCy answers a question about a token through a new ``Token`` object and a string-store lookup,
and ``Doc.sents``, ``Doc.ents`` and ``Doc.text`` rebuild their answer on every call. Our stages
ask the same questions of the same tokens many times per article, so the facts of every token
come from one ``Doc.to_array`` call into plain lists: texts, offsets, spacing, heads, labels,
parts of speech, tags, lower-case forms, lemmas, entity types, the entities, the sentences and
each token's sentence, and the children of every token (flat, grouped by head: a few large lists
cost the garbage collector far less than many small ones).

**The rule.** The view of a ``Doc`` is built on the first call of :func:`doc_view`, which our
components make only after spaCy's own have run (tokenizer, tagger, parser, attribute rules,
lemmas, entity recogniser), and it is read-only after that: no newsevents step changes a
token's text, parse, tags, lemma or entity, or a sentence boundary, once parsing is done
(sentence starts are preset in :func:`newsevents.extraction.make_doc`, before the parser). It is
kept in ``doc.user_data`` under one key, :data:`KEY`: no other cache of ours is kept there, except
the text the ``Doc`` was made from (:data:`TEXT_KEY`, see :func:`made_text`).
Answers a stage derives from the view are memoised in it (:meth:`DocView.memo` per token,
:meth:`DocView.once` per document, the latter also for answers from what the stages before it
wrote, which no later stage changes); the one part that follows a stage while it runs, the index
of actor mentions by token, is rebuilt whenever ``doc._.ne_mentions`` is replaced or changes
length (:meth:`DocView.mention_index`).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from newsevents.hygiene import REMOVE_TABLE

if TYPE_CHECKING:
    from newsevents.quotes.marks import QuotedSpan

KEY = "newsevents.view"
"""Where a ``Doc`` keeps its view in ``doc.user_data``."""
TEXT_KEY = "newsevents.text"
"""Where a ``Doc`` keeps the text it was made from (:func:`newsevents.extraction.make_doc`)."""

_COLUMNS = [ORTH, IDX, SPACY, HEAD, DEP, POS, TAG, LOWER, LEMMA, ENT_TYPE]
# A long run meets ever more rare words; past this many strings the memo starts afresh.
_MAX_NAMES = 500_000


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The form tokens are compared in: lower case, no accents, straight apostrophes, no
    invisible characters.

    Cached: the same token strings come back in every article, and this runs for each of them.
    """
    # Invisible marks (bidi controls, zero-width joiners) would keep a word from matching.
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").translate(REMOVE_TABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


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


class _NormCache(dict[str, str]):
    """Token text -> :func:`norm` of it, computed on the first look-up and kept (up to a limit):
    a dictionary look-up costs less than a call to the ``lru_cache``-wrapped ``norm``."""

    def __missing__(self, text: str) -> str:
        value = norm(text)
        if len(self) < _NORMED_LIMIT:  # a module constant: mypyc cannot read a dict subclass's class attribute
            self[text] = value
        return value


_NORMED_LIMIT = 65536
_NORMED = _NormCache()


@dataclass(frozen=True, slots=True)
class DocView:
    """Per-token facts of one ``Doc``: ``texts[i]`` is ``doc[i].text``, ``idx[i]`` its
    ``idx``, ``heads[i]`` is ``doc[i].head.i``, ``deps[i]`` its ``dep_``, and so on;
    ``normed[i]`` is :func:`norm` of its text, ``forms[i]`` :func:`lemma_forms_of` it. The
    children of token ``i`` are ``by_head[first[i]:first[i + 1]]``, in text order; ``ents`` is
    ``doc.ents`` and ``text`` is ``doc.text``; :meth:`sentences` gives the sentences."""

    text: str
    texts: list[str]
    normed: list[str]
    idx: list[int]
    spaces: list[bool]
    propn: list[bool]
    heads: list[int]
    deps: list[str]
    pos: list[str]
    tags: list[str]
    lower: list[str]
    lemmas: list[str]
    ent_types: list[str]
    forms: list[tuple[str, ...]]
    by_head: list[int]
    first: list[int]
    ents: tuple[Span, ...]
    doc: Doc
    _memo: dict[str, Any] = field(default_factory=dict)

    def sentences(self) -> tuple[list[Span], list[int]]:
        """``list(doc.sents)`` and, per token, the number of its sentence (read on the first call:
        a ``Doc`` without sentence boundaries has a view, and fails only when asked for these)."""
        found: tuple[list[Span], list[int]] | None = self._memo.get("sentences")
        if found is None:
            sents = list(self.doc.sents)
            number = [0] * len(self.texts)
            for n, sent in enumerate(sents):
                for i in range(sent.start, sent.end):
                    number[i] = n
            found = self._memo["sentences"] = (sents, number)
        return found

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (tokens ``start``..``end``, end exclusive), without a ``Span``."""
        if end <= start:
            return ""
        return self.text[self.idx[start] : self.end_char(end)]

    def end_char(self, end: int) -> int:
        """The character offset just after token ``end - 1`` (a span's ``end_char``)."""
        return self.idx[end - 1] + len(self.texts[end - 1])

    def children(self, i: int) -> list[int]:
        """The indices of ``doc[i].children``."""
        return self.by_head[self.first[i] : self.first[i + 1]]

    def subtree(self, i: int) -> list[int]:
        """The indices of ``doc[i].subtree``, in its order (each word after its left children's
        subtrees and before its right ones')."""
        out: list[int] = []
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack:
            j, ready = stack.pop()
            if ready:
                out.append(j)
                continue
            kids = self.children(j)  # pushed in reverse: popped left subtrees first, the word, the right ones
            stack.extend((c, False) for c in reversed(kids) if c > j)
            stack.append((j, True))
            stack.extend((c, False) for c in reversed(kids) if c < j)
        return out

    def under(self, i: int, tops: set[int]) -> bool:
        """Whether token ``i`` is in the subtree of one of ``tops`` (itself or a word below it):
        :meth:`subtree` asked of a few words, up their heads instead of down every word."""
        heads = self.heads
        while i not in tops:
            head = heads[i]
            if head == i:
                return False
            i = head
        return True

    def conjuncts(self, i: int) -> list[int]:
        """The indices of ``doc[i].conjuncts``, in the same order (spaCy's walk, over the view)."""
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

    def ents_within(self, start: int, end: int) -> list[Span]:
        """The entities inside tokens ``start``..``end``, as ``doc[start:end].ents`` gives them."""
        out: list[Span] = []
        for ent in self.ents:
            if ent.start >= start:
                if ent.end > end:
                    break  # spaCy stops at the first entity crossing the end; so do we
                out.append(ent)
        return out

    def quoted_spans(self) -> list[QuotedSpan]:
        """The text's quoted stretches (:func:`newsevents.quotes.marks.find_quoted_spans`), paired on
        the first call: the quote finder, the coder's quoted retellings and the pronoun resolver all
        read them. The list is shared: read it, never change it."""
        found: list[QuotedSpan] | None = self._memo.get("quoted")
        if found is None:
            # imported here: the quotes package reads this view as it is imported
            from newsevents.quotes.marks import find_quoted_spans

            found = self._memo["quoted"] = find_quoted_spans(self.text)
        return found

    def memo(self, name: str, i: int, compute: Callable[[int], tuple[int, ...]]) -> tuple[int, ...]:
        """``compute(i)``, worked out once per token and ``name``: for answers derived from the
        view alone (which never changes), asked of the same word many times per article."""
        known: dict[int, tuple[int, ...]] | None = self._memo.get(name)
        if known is None:
            known = self._memo[name] = {}
        found = known.get(i)
        if found is None:
            found = known[i] = compute(i)
        return found

    def once(self, name: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, worked out on the first call for this ``Doc`` and ``name``."""
        if name not in self._memo:
            self._memo[name] = compute()
        return self._memo[name]

    def mention_index(self, mentions: list[Any]) -> list[int]:
        """Per token, the position in ``mentions`` (``doc._.ne_mentions``) of the mention
        covering it, or -1; rebuilt when the list is replaced or changes length."""
        cached = self._memo.get("mentions")
        if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
            index: list[int] = cached[2]
            return index
        index = [-1] * len(self.texts)
        for n, m in enumerate(mentions):
            for i in range(m.start, min(m.end, len(index))):
                index[i] = n
        self._memo["mentions"] = (mentions, len(mentions), index)
        return index


# The last view asked for: the coder asks for the view of the Doc it is working on hundreds of
# thousands of times per thousand articles, and an identity test is cheaper than the lookup.
_last: list[DocView | None] = [None]


def doc_view(doc: Doc) -> DocView:
    """The view of ``doc``, built on the first call (see the rule above)."""
    view = _last[0]
    if view is not None and view.doc is doc:
        return view
    view = doc.user_data.get(KEY)
    if view is None:
        view = doc.user_data[KEY] = _build(doc)
    _last[0] = view
    return view


def made_text(doc: Doc) -> str:
    """``doc.text``: the text :func:`newsevents.extraction.make_doc` made the ``Doc`` from, kept
    in ``doc.user_data`` (a tokenizer's ``Doc`` always spells its text back), else spaCy's join of
    the tokens, which makes a ``Token`` per word on every call (a tenth of a millisecond an
    article, asked before the view exists by the acronyms and the headline names)."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else doc.text


def _build(doc: Doc) -> DocView:
    table = doc.to_array(_COLUMNS).reshape(-1, len(_COLUMNS))
    n = len(table)
    names = _names(doc.vocab.strings)
    if len(names) > _MAX_NAMES:
        names.clear()
    texts, deps, pos, tags, lower, lemmas, ent_types = (
        list(map(names.__getitem__, column)) for column in table[:, [0, 4, 5, 6, 7, 8, 9]].T.tolist())
    # HEAD is an offset to the head; the array is unsigned, so negative offsets need a cast.
    offsets = table[:, 3].astype(numpy.int64)
    indices = numpy.arange(n)
    heads = offsets + indices
    dependents = indices[offsets != 0]  # the root is its own head, not its own child
    by_head = dependents[numpy.argsort(heads[offsets != 0], kind="stable")]
    first = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(heads[offsets != 0], minlength=n))))
    spaces = (table[:, 2] != 0).tolist()
    made = doc.user_data.get(TEXT_KEY)
    text = made if isinstance(made, str) else "".join([t + " " if s else t for t, s in zip(texts, spaces, strict=True)])
    forms = list(map(lemma_forms_of, lower, lemmas, pos))
    _join_hyphenated(texts, spaces, lower, forms)
    return DocView(
        text=text, texts=texts, normed=list(map(_NORMED.__getitem__, texts)), idx=table[:, 1].tolist(),
        spaces=spaces, propn=[p == "PROPN" for p in pos], heads=heads.tolist(), deps=deps, pos=pos, tags=tags,
        lower=lower, lemmas=lemmas, ent_types=ent_types, forms=forms,
        by_head=by_head.tolist(), first=first.tolist(), ents=tuple(doc.ents), doc=doc,
    )


def _join_hyphenated(texts: list[str], spaces: list[bool], lower: list[str], forms: list[tuple[str, ...]]) -> None:
    """Give the last part of a word the tokenizer split at a hyphen ("sit - in", "tear - gassed",
    "walk - out") the whole word's forms too, after its own: "sit-in" and "sitin" for "in",
    "tear-gas" for "gassed". Only hyphens written with no space on either side count."""
    for j in [j for j, t in enumerate(texts) if t == "-"]:
        if j == 0 or j + 1 == len(texts) or spaces[j] or spaces[j - 1]:
            continue
        if not (lower[j - 1].isalpha() and lower[j + 1].isalpha()):
            continue
        first = lower[j - 1]
        joined = [f"{first}-{f}" for f in forms[j + 1]] + [f"{first}{f}" for f in forms[j + 1]]
        forms[j + 1] = tuple(dict.fromkeys([*forms[j + 1], *joined]))


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
        for suffix in ("ed", "ing"):
            stem = lower[: -len(suffix)]
            # "teargassed" -> "teargas": a final consonant doubled before the ending
            if lower.endswith(suffix) and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                forms.append(stem[:-1])
    return tuple(dict.fromkeys(forms))
