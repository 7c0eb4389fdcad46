"""The English model's attribute rules, applied with array operations instead of spaCy's Matcher.

The stock pipelines carry an ``attribute_ruler``: a list of token patterns (about 180 in the
English models: the tag map "TAG NN -> POS NOUN", and exceptions such as "n't -> not" or "it
as a subject -> Case=Nom") that set POS, MORPH, LEMMA and a few tags after the tagger and
parser. spaCy runs them through its general ``Matcher``, which tests every pattern at every
token with Python-level predicates; on news text that is about a tenth of the whole pipeline's
time. Here the same rules are compiled once over the ``Doc``'s attribute arrays: runs of rules
that test one token against exact values (the tag map, most word exceptions) become table
lookups, the others a few numpy comparisons each, and the results are written back in one
``Doc.from_array``.

The result is the same annotation, token by token (``tests/test_attribute_rules_same.py``
compares both on varied text): the rules come from the loaded model itself, later rules
override earlier ones as in spaCy, and a rule set using anything this module does not compile
(operators, extension attributes, comparison predicates) keeps spaCy's own component.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

FACTORY = "newsevents_attribute_rules"
STOCK = "attribute_ruler"

Column = NDArray[np.uint64]
_WORD_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "LEMMA"})


class Unsupported(ValueError):
    """A pattern uses a feature the compiled rules do not cover."""


@dataclass(frozen=True, slots=True)
class _Test:
    """One ``{attr: spec}`` entry of a token pattern: the attribute's value is (or is not) one of
    ``values``, or its string matches ``regex``."""

    attr: str
    values: NDArray[np.uint64]
    negate: bool = False
    regex: re.Pattern[str] | None = None
    seen: dict[int, bool] = field(default_factory=dict, compare=False)  # regex result by string hash

    def _matches(self, value: int, vocab: Vocab) -> bool:
        hit = self.seen.get(value)
        if hit is None:
            assert self.regex is not None
            hit = self.seen[value] = self.regex.search(vocab.strings[value]) is not None
        return hit

    def possible(self, present: Mapping[str, frozenset[int]]) -> bool:
        """Whether the test can hold anywhere in a document whose columns hold ``present`` values."""
        if self.regex is not None or self.negate:
            return True
        seen = present[self.attr]
        return any(int(v) in seen for v in self.values)

    def mask(self, cols: Mapping[str, Column], vocab: Vocab) -> NDArray[np.bool_]:
        column = cols[self.attr]
        if self.regex is not None:
            hits = [v for v in np.unique(column).tolist() if self._matches(v, vocab)]
            return np.isin(column, np.array(hits, dtype=np.uint64))
        found = column == self.values[0] if len(self.values) == 1 else np.isin(column, self.values)
        return ~found if self.negate else found


@dataclass(frozen=True, slots=True)
class _Rule:
    """One pattern of one rule: per token position, the tests it makes; ``index`` picks the
    token whose attributes are set (negative counts from the end, as in spaCy)."""

    tests: tuple[tuple[_Test, ...], ...]
    index: int


# Attributes whose array value is the hash of the string a pattern names (POS and MORPH are
# not: POS holds symbol ids and MORPH normalised feature strings), and boolean flags.
_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "ENT_TYPE", "SHAPE", "PREFIX",
                           "SUFFIX"})


def _key(attr: str) -> str:
    name = attr.upper()
    if name not in IDS or not (name in _STRING_ATTRS or name.startswith("IS_")):
        raise Unsupported(f"token attribute {attr!r}")
    return name


def _hashes(vocab: Vocab, values: Sequence[Any]) -> NDArray[np.uint64]:
    out = []
    for value in values:
        if isinstance(value, bool):
            out.append(int(value))
        elif isinstance(value, str):
            out.append(int(vocab.strings.add(value)) if value else 0)  # "" is the unset value, 0
        else:
            raise Unsupported(f"value {value!r}")
    return np.array(out, dtype=np.uint64)


def _test(vocab: Vocab, attr: str, spec: Any) -> _Test:
    """The column test for one ``{attr: spec}`` entry of a token pattern."""
    if not isinstance(spec, dict):
        return _Test(attr, _hashes(vocab, [spec]))
    if len(spec) != 1:
        raise Unsupported(f"predicate {spec!r}")
    ((op, arg),) = spec.items()
    if op in ("IN", "NOT_IN"):
        return _Test(attr, _hashes(vocab, arg), negate=op == "NOT_IN")
    if op == "REGEX":
        return _Test(attr, np.array([], dtype=np.uint64), regex=re.compile(arg))
    raise Unsupported(f"predicate {op!r}")


def _compile_pattern(vocab: Vocab, pattern: Sequence[dict[str, Any]], index: int) -> _Rule:
    positions = []
    for token in pattern:
        if "OP" in token or "_" in token:
            raise Unsupported(f"token pattern {token!r}")
        positions.append(tuple(_test(vocab, _key(attr), spec) for attr, spec in token.items()))
    return _Rule(tuple(positions), index)


@dataclass(frozen=True, slots=True)
class _Lookup:
    """A run of consecutive rules that each test one token against exact values of the same
    attributes (the tag map "TAG NN -> POS NOUN"; the exceptions "LOWER is, TAG VBZ -> LEMMA be"):
    one table from the values to the attributes set, later rules of the run updating earlier
    ones. ``attrs`` lists a word attribute first: few tokens hold one of the words named."""

    attrs: tuple[str, ...]
    table: dict[tuple[int, ...], dict[int, int]] = field(default_factory=dict)
    firsts: set[int] = field(default_factory=set)  # the values of the first attribute in the table


Step = _Lookup | int  # a lookup table, or the number of a rule tested pattern by pattern


def _exact_tests(rules: list[_Rule]) -> tuple[str, ...] | None:
    """The attributes a rule tests if each of its patterns is one token tested against exact
    values of the same attributes (words first), else ``None``."""
    shapes = set()
    for rule in rules:
        if len(rule.tests) != 1 or rule.index not in (0, -1):
            return None
        tests = rule.tests[0]
        if any(t.regex is not None or t.negate for t in tests):
            return None
        shapes.add(tuple(sorted((t.attr for t in tests), key=lambda a: (a not in _WORD_ATTRS, a))))
    return shapes.pop() if len(shapes) == 1 else None


def _keys(rule: _Rule, attrs: tuple[str, ...]) -> list[tuple[int, ...]]:
    by_attr = {t.attr: t.values.tolist() for t in rule.tests[0]}
    return list(itertools.product(*(by_attr[a] for a in attrs)))


class AttributeRules:
    """A compiled copy of an ``AttributeRuler``'s rules, callable as a pipeline component."""

    def __init__(self, vocab: Vocab, patterns: Sequence[dict[str, Any]]) -> None:
        # spaCy's own ruler normalises the attribute values (MORPH strings, symbol ids); reuse it.
        ruler = AttributeRuler(vocab)
        ruler.add_patterns(patterns)
        self.vocab = vocab
        self.rules: list[tuple[list[_Rule], dict[int, int]]] = []
        for number, attrs in enumerate(ruler.attrs):
            found = ruler.matcher.get(str(number))
            rules = [_compile_pattern(vocab, p, ruler.indices[number]) for p in found[1]]
            self.rules.append((rules, {int(k): int(v) for k, v in attrs.items()}))
        self.read = sorted({test.attr for rules, _ in self.rules for rule in rules for position in rule.tests
                            for test in position})
        self.written: list[int] = sorted({attr for _, attrs in self.rules for attr in attrs})
        self.where = {attr: i for i, attr in enumerate(self.written)}
        self.steps = self._plan()
        # Most other rules name a word a given document does not hold. Each pattern is known by
        # the values of one of its exact tests (its anchor), so a document tries only the rules
        # whose anchors it holds; a rule with a pattern without an exact test is always tried.
        self.anchors: dict[int, list[tuple[str, frozenset[int]]] | None] = {}
        for number in (step for step in self.steps if isinstance(step, int)):
            anchors: list[tuple[str, frozenset[int]]] | None = []
            for rule in self.rules[number][0]:
                exact = [t for position in rule.tests for t in position if t.regex is None and not t.negate]
                # A word is rarer in a document than a tag or a dependency label.
                anchor = min(exact, key=lambda t: t.attr not in _WORD_ATTRS, default=None)
                if anchor is None or anchors is None:
                    anchors = None
                    continue
                anchors.append((anchor.attr, frozenset(anchor.values.tolist())))
            self.anchors[number] = anchors

    def _plan(self) -> list[Step]:
        steps: list[Step] = []
        for number, (rules, attrs) in enumerate(self.rules):
            tested = _exact_tests(rules)
            if tested is None:
                steps.append(number)
                continue
            last = steps[-1] if steps else None
            if not isinstance(last, _Lookup) or last.attrs != tested:
                last = _Lookup(tested)
                steps.append(last)
            for rule in rules:
                for key in _keys(rule, tested):
                    last.table.setdefault(key, {}).update(attrs)
                    last.firsts.add(key[0])
        return steps

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        ids: list[int | str] = [IDS[name] for name in self.read]
        table = doc.to_array(ids).reshape(n, len(ids)).astype(np.uint64)
        cols = {name: table[:, i] for i, name in enumerate(self.read)}
        present = {name: frozenset(np.unique(col).tolist()) for name, col in cols.items()}
        # the columns as lists too: a look-up keeps a few rows of a few hundred, which a set test
        # over a list finds several times faster than numpy's isin on arrays this short
        lists = {name: col.tolist() for name, col in cols.items()}
        out = doc.to_array(list[int | str](self.written)).reshape(n, len(self.written)).astype(np.uint64)
        for step in self.steps:  # in rule order: a later rule overrides an earlier one
            if isinstance(step, _Lookup):
                self._look_up(step, cols, lists, present, out)
            elif self._may_match(step, present):
                rules, attrs = self.rules[step]
                targets = self._targets(rules, cols, present, n)
                if targets is not None:
                    for attr, value in attrs.items():
                        out[targets, self.where[attr]] = value
        doc.from_array(list[int | str](self.written), cast(Any, out))  # spaCy types the array as thinc's Ints2d
        return doc

    def _look_up(self, lookup: _Lookup, cols: Mapping[str, Column], lists: Mapping[str, list[int]],
                 present: Mapping[str, frozenset[int]], out: NDArray[np.uint64]) -> None:
        if len(lookup.attrs) == 1 and lookup.attrs[0] not in _WORD_ATTRS:
            # The tag map, which nearly every token answers: by distinct value.
            self._look_up_values(lookup, cols[lookup.attrs[0]], out)
            return
        firsts = lookup.firsts
        if firsts.isdisjoint(present[lookup.attrs[0]]):
            return
        rows = [row for row, value in enumerate(lists[lookup.attrs[0]]) if value in firsts]
        keys = zip(*([lists[attr][row] for row in rows] for attr in lookup.attrs), strict=True)
        where = self.where
        for row, key in zip(rows, keys, strict=True):
            found = lookup.table.get(key)
            if found is not None:
                for attr, value in found.items():
                    out[row, where[attr]] = value

    def _may_match(self, number: int, present: Mapping[str, frozenset[int]]) -> bool:
        anchors = self.anchors[number]
        return anchors is None or any(not values.isdisjoint(present[attr]) for attr, values in anchors)

    def _look_up_values(self, lookup: _Lookup, column: Column, out: NDArray[np.uint64]) -> None:
        values, inverse = np.unique(column, return_inverse=True)
        found = [lookup.table.get((v,)) for v in values.tolist()]
        for attr, j in self.where.items():
            new = [f.get(attr) if f is not None else None for f in found]
            if all(v is None for v in new):
                continue
            has = np.array([v is not None for v in new], dtype=bool)[inverse]
            out[has, j] = np.array([0 if v is None else v for v in new], dtype=np.uint64)[inverse][has]

    def _targets(self, rules: list[_Rule], cols: Mapping[str, Column], present: Mapping[str, frozenset[int]],
                 n: int) -> NDArray[np.intp] | None:
        found: list[NDArray[np.intp]] = []
        for rule in rules:
            width = len(rule.tests)
            if width > n or not all(test.possible(present) for position in rule.tests for test in position):
                continue
            starts = np.ones(n - width + 1, dtype=bool)
            for offset, tests in enumerate(rule.tests):
                for test in tests:
                    starts &= test.mask(cols, self.vocab)[offset:offset + n - width + 1]
                if not starts.any():
                    break
            hits = np.flatnonzero(starts)
            if hits.size:
                found.append(hits + (rule.index if rule.index >= 0 else width + rule.index))
        if not found:
            return None
        return np.concatenate(found)


@Language.factory(FACTORY, default_config={"patterns": []},
                  assigns=["token.pos", "token.tag", "token.morph", "token.lemma"])
def make_attribute_rules(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> AttributeRules:
    """The component: the rules of ``patterns`` (an ``AttributeRuler``'s ``patterns``)."""
    return AttributeRules(nlp.vocab, patterns)


def use_compiled_rules(nlp: Language) -> bool:
    """Replace the pipeline's ``attribute_ruler`` by its compiled copy; ``False`` (pipeline
    unchanged) when there is none or its rules use a feature the copy does not cover."""
    if STOCK not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(STOCK)
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = ruler.patterns
    try:
        AttributeRules(nlp.vocab, patterns)
    except Unsupported:
        return False
    nlp.replace_pipe(STOCK, FACTORY, config={"patterns": patterns})
    nlp.rename_pipe(STOCK, FACTORY)  # say which component runs
    return True
