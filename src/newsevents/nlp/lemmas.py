"""The model's lemmatizer, run over the ``Doc``'s arrays with a table of the lemmas already found.

spaCy's rule lemmatizer visits every token as a Python ``Token`` object and looks its lemma up
in a cache keyed by the word, its part of speech and its morphology. On news text nearly every
lookup hits, so the time goes into making the token objects. Here the same cache key is read
from the ``Doc``'s arrays, only a token whose key is new is handed to spaCy's own lemmatizer, and
the lemmas are written back in one ``Doc.from_array``. The stock component stays loaded (disabled),
and a twin of it, with the same class, mode and tables, computes every new lemma, so the lemmas are
the ones it gives (``tests/test_lemmas_same.py``). The twin's only difference: the rule mode tests
each guessed form against the known words of its part of speech (``lemma_index``), which spaCy keeps
as lists of up to 57,000 words, a scan of a third of a millisecond per new word; the twin keeps
them as sets, which answer the same membership test at once. A worker meets thousands of new words
in its first articles.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "newsevents_lemmas"
STOCK = "lemmatizer"
# Modes whose lemma depends on nothing but the word, its part of speech and its morphology.
KEYED_MODES = frozenset({"rule", "lookup"})
# The table of the known words of each part of speech, which the rule mode tests guesses against.
INDEX_TABLE = "lemma_index"


class Lemmas:
    """Sets ``token.lemma`` as the wrapped spaCy ``Lemmatizer`` would."""

    def __init__(self, stock: Lemmatizer) -> None:
        self.stock = stock
        self._twin: tuple[Lookups, Lemmatizer] | None = None  # the stock's tables, and the twin made of them
        self.found: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(n, 4).astype(np.uint64)
        lemmas = table[:, 3].copy()
        todo = np.arange(n) if self.stock.overwrite else np.flatnonzero(lemmas == 0)
        keys = table[todo, :3].tolist()
        for i, (orth, pos, morph) in zip(todo.tolist(), keys, strict=True):
            key = (orth, pos, morph)
            lemma = self.found.get(key)
            if lemma is None:
                text = self._lemmatizer().lemmatize(doc[i])[0]
                lemma = self.found[key] = int(doc.vocab.strings.add(text))
            lemmas[i] = lemma
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(n, 1)))  # spaCy types it as thinc's Ints2d
        return doc

    def _lemmatizer(self) -> Lemmatizer:
        """The twin of the stock lemmatizer, made when first needed and again if the stock is given
        other tables (``Lemmatizer.initialize`` replaces them)."""
        if self._twin is None or self._twin[0] is not self.stock.lookups:
            self._twin = (self.stock.lookups, indexed_twin(self.stock))
        return self._twin[1]


def indexed_twin(stock: Lemmatizer) -> Lemmatizer:
    """A lemmatizer that gives the lemmas ``stock`` gives, with the words of its ``lemma_index``
    table in sets (membership tests, all the rule mode asks of them); ``stock`` is left as it is."""
    twin = type(stock)(stock.vocab, stock.model, stock.name, mode=stock.mode, overwrite=stock.overwrite,
                       scorer=stock.scorer)
    twin.lookups = Lookups()
    for name in stock.lookups.tables:
        table = stock.lookups.get_table(name)
        if name == INDEX_TABLE:
            table = Table(name, {key: frozenset(words) for key, words in table.items()})
        twin.lookups.set_table(name, table)
    return twin


@Language.factory(FACTORY, requires=["token.pos", "token.morph"], assigns=["token.lemma"])
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    """The component: wraps the pipeline's (disabled) stock ``lemmatizer``."""
    stock = nlp.get_pipe(STOCK)
    assert isinstance(stock, Lemmatizer), "use_keyed_lemmas() checks this before adding the component"
    return Lemmas(stock)


def use_keyed_lemmas(nlp: Language) -> bool:
    """Run the pipeline's ``lemmatizer`` through :class:`Lemmas`; ``False`` (pipeline unchanged)
    when there is none or its mode may read more of a token than the cache key holds."""
    if STOCK not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(STOCK)
    if not isinstance(stock, Lemmatizer) or stock.mode not in KEYED_MODES:
        return False
    nlp.add_pipe(FACTORY, after=STOCK)
    nlp.disable_pipe(STOCK)
    return True
