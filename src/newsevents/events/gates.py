"""Which of the coder's constructions may read a token, decided before any of them is called.

The coder tries its constructions on every candidate trigger in turn until one matches
(``coder._matches``): some thirty calls per candidate, and nearly all of them return ``None`` at
their first line, which tests the token's part of speech and its lemma against a word list ("a
verb of reporting", "a claim noun"). A construction declares that first test as a :class:`Gate`
with :func:`gated`; a :class:`Readers` chain then calls it only on the tokens that pass, and works
out which constructions pass once per distinct word (part of speech, dependency label, word and
lemma forms), not once per token: a few thousand words make up most of the news.

A gate must be a *necessary* condition: the construction returns ``None`` for every token its
gates all reject (``tests/test_events_gates.py`` runs every construction ungated on the sample
articles to check it). A construction that tries several frames in turn (``appraisal`` tries
six) is made with :func:`first_of`: it is gated by the union of its frames' gates, derived from the
frames themselves, and a chain calls each frame under its own gates in its place. A construction
with no gate is called on every candidate, as before: a new rule needs none to be correct.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

from newsevents.events.patterns import Lexicon
from newsevents.nlp.docview import DocView, doc_view

F = TypeVar("F", bound=Callable[..., Any])
Reader = Callable[[Token, Lexicon, Any], Any]
"""A construction as the chain calls it: token, lexicon, mention index; a match or ``None``."""
VERBS = frozenset({"VERB"})
NOUNS = frozenset({"NOUN", "PROPN"})
"""The parts of speech of ``matching.VERB_POS`` and ``matching.NOUN_POS`` (which imports this module)."""


@dataclass(frozen=True)
class Gate:
    """A necessary condition for a construction to read a token.

    ``pos``: the token's part of speech is one of these (empty: any). ``deps``: its dependency
    label is one of these (empty: any). ``lists`` (names of the lexicon's word lists), ``words``
    and ``patterns`` (``"verb"`` or ``"noun"``: the lemmas of the lexicon's patterns of that part
    of speech): when any is given, one of the token's lemma forms, or its lower-case word, is
    among them.
    """

    pos: frozenset[str] = frozenset()
    deps: frozenset[str] = frozenset()
    lists: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    patterns: str | None = None

    def lexical(self) -> bool:
        """Whether the gate asks for a word at all."""
        return bool(self.lists or self.words or self.patterns)

    def vocabulary(self, lex: Lexicon) -> frozenset[str]:
        """The words the gate lets through, in ``lex``."""
        found = set(self.words)
        for name in self.lists:
            found |= lex.word_list(name)
        if self.patterns:
            found |= {lemma for pos, lemma in lex.patterns if pos == self.patterns}
        return frozenset(found)


_GATES: dict[Callable[..., Any], tuple[Gate, ...]] = {}


def gated(*gates: Gate) -> Callable[[F], F]:
    """Declare the gates of a construction (any one passing lets it read the token); the
    function itself is returned unchanged, so direct calls are unaffected."""
    def declare(fn: F) -> F:
        _GATES[fn] = gates
        return fn
    return declare


def gates_of(*fns: Callable[..., Any]) -> tuple[Gate, ...] | None:
    """The gates of ``fns`` together (for a construction that tries them all), or ``None`` when
    one of them has none (then the construction that tries them must run on every token)."""
    out: list[Gate] = []
    for fn in fns:
        gates = _GATES.get(fn)
        if gates is None:
            return None
        out.extend(gates)
    return tuple(out)


def union(*fns: Callable[..., Any]) -> tuple[Gate, ...]:
    """:func:`gates_of`, or a gate every token passes when one of ``fns`` has none."""
    found = gates_of(*fns)
    return (Gate(),) if found is None else found


_PARTS: dict[Callable[..., Any], tuple[Callable[..., Any], ...]] = {}


def first_of(*frames: Callable[..., Any], name: str, doc: str) -> Callable[..., Any]:
    """A construction ``name`` that tries ``frames`` in order and returns the first match (or
    ``None``); it takes the token, the lexicon and the mention index, as a chain calls it.

    It is gated by the union of the frames' gates (so a frame added to ``frames`` cannot be left
    out of it), and a :class:`Readers` chain puts the frames themselves in its place, each under
    its own gates: a token that passes one frame's gate is not shown to the others.
    """
    readers = [_uniform(fn) for fn in frames]

    def construction(tok: Token, lex: Lexicon, index: Any = None) -> Any:
        for read in readers:
            found = read(tok, lex, index)
            if found is not None:
                return found
        return None

    construction.__name__ = construction.__qualname__ = name
    construction.__doc__ = doc
    _PARTS[construction] = frames
    _GATES[construction] = union(*frames)
    return construction


def parts_of(fn: Callable[..., Any]) -> list[Callable[..., Any]]:
    """The constructions a chain runs for ``fn``: the frames of a :func:`first_of` construction
    (and of theirs), else ``fn`` itself."""
    if fn not in _PARTS:
        return [fn]
    return [part for frame in _PARTS[fn] for part in parts_of(frame)]


_Compiled = tuple[frozenset[str], frozenset[str], frozenset[str] | None]
_Key = tuple[str, str, str, tuple[str, ...]]
# Distinct words a chain remembers before it starts afresh (a long run meets ever more rare words).
_MAX_WORDS = 100_000


class Readers:
    """An ordered chain of constructions over one lexicon: :meth:`first` gives the first match
    of a token, calling only the constructions whose gates it passes."""

    def __init__(self, readers: Sequence[Callable[..., Any]], lex: Lexicon) -> None:
        self.lex = lex
        self.constructions = [part for fn in readers for part in parts_of(fn)]
        """The constructions the chain calls, in order: ``readers`` with each :func:`first_of` one
        replaced by its frames."""
        self.readers: list[Reader] = [_uniform(fn) for fn in self.constructions]
        self.gates: list[list[_Compiled] | None] = [_compile(_GATES.get(fn), lex) for fn in self.constructions]
        self._by_word: dict[_Key, tuple[Reader, ...]] = {}

    def for_token(self, parse: DocView, i: int) -> tuple[Reader, ...]:
        """The constructions that may read token ``i``, in chain order."""
        key = (parse.pos[i], parse.deps[i], parse.lower[i], parse.forms[i])
        found = self._by_word.get(key)
        if found is None:
            if len(self._by_word) >= _MAX_WORDS:
                self._by_word.clear()
            found = self._by_word[key] = tuple(
                r for r, gates in zip(self.readers, self.gates, strict=True) if gates is None or _passes(gates, key))
        return found

    def matches(self, doc: Doc, candidates: Iterable[int], index: Any) -> list[Any]:
        """The first match of each candidate token that has one, in order."""
        parse, lex = doc_view(doc), self.lex
        out = []
        for i in candidates:
            tok = doc[i]
            for read in self.for_token(parse, i):
                found = read(tok, lex, index)
                if found is not None:
                    out.append(found)
                    break
        return out


def _uniform(fn: Callable[..., Any]) -> Reader:
    """``fn`` as a reader: constructions that need no mention index take two arguments."""
    if _positional_count(fn) >= 3:
        return fn

    def read(tok: Token, lex: Lexicon, index: Any) -> Any:
        return fn(tok, lex)
    read.__name__ = fn.__name__
    return read


def _positional_count(fn: Callable[..., Any]) -> int:
    """How many positional parameters ``fn`` takes (``fn.__code__.co_argcount``, read from its
    signature so that a function compiled by mypyc, which has no ``__code__``, answers too). A
    :func:`first_of` construction takes three; compiled, it is a closure with no signature."""
    if fn in _PARTS:
        return 3
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return sum(p.kind in positional for p in inspect.signature(fn, follow_wrapped=False).parameters.values())


def _compile(gates: tuple[Gate, ...] | None, lex: Lexicon) -> list[_Compiled] | None:
    if gates is None:
        return None
    return [(g.pos, g.deps, g.vocabulary(lex) if g.lexical() else None) for g in gates]


def _passes(gates: list[_Compiled], key: _Key) -> bool:
    pos, dep, lower, forms = key
    for allowed_pos, allowed_deps, words in gates:
        if allowed_pos and pos not in allowed_pos:
            continue
        if allowed_deps and dep not in allowed_deps:
            continue
        if words is None or lower in words or not words.isdisjoint(forms):
            return True
    return False


_CHAINS: dict[tuple[int, tuple[Callable[..., Any], ...]], tuple[Lexicon, Readers]] = {}


def readers_of(readers: Sequence[Callable[..., Any]], lex: Lexicon) -> Readers:
    """The chain of ``readers`` over ``lex`` (cached per lexicon and chain).

    The chain is keyed by its constructions, not by the sequence's ``id()``: compiled by mypyc, a
    module's tuple constant (``coder.READERS``) is a new tuple object each time it is passed, so an
    ``id()`` key missed on nearly every document and the chain, with its gates and the words it
    had sorted, was built again (session 33: some 6% of our steps' compiled CPU)."""
    key = (id(lex), tuple(readers))
    cached = _CHAINS.get(key)
    if cached is not None and cached[0] is lex:
        return cached[1]
    if len(_CHAINS) >= 8:  # tests build many small lexicons; a run uses one
        _CHAINS.clear()
    chain = Readers(readers, lex)
    _CHAINS[key] = (lex, chain)
    return chain
