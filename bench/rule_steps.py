"""The model's two rule-based steps, spaCy's own components against newsevents' array forms.

Run: .venv/bin/python bench/rule_steps.py [--articles 300]

On articles generated as for the throughput benchmark (bench/make_corpus.py), parsed up to the
parser, prints the CPU time per article of spaCy's ``attribute_ruler`` and of
``newsevents.nlp.attribute_rules``, then of spaCy's ``lemmatizer`` and of ``newsevents.nlp.lemmas``, each
pair measured side by side on copies of the same documents, and whether the annotations agree.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import spacy
from make_corpus import generate
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from newsevents.nlp.attribute_rules import AttributeRules
from newsevents.nlp.lemmas import Lemmas
from newsevents.nlp.pipeline import UNUSED, model_name

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


def cpu_ms(step: Callable[[Doc], Doc], docs: list[Doc]) -> tuple[float, list[Doc]]:
    """CPU milliseconds per document of ``step`` over copies of ``docs``, and the results."""
    copies = [d.copy() for d in docs]
    started = time.process_time()
    out = [step(d) for d in copies]
    return 1000 * (time.process_time() - started) / len(docs), out


def same(a: list[Doc], b: list[Doc]) -> bool:
    return all(x.to_array(ATTRS).tolist() == y.to_array(ATTRS).tolist()
               and [str(t.morph) for t in x] == [str(t.morph) for t in y] for x, y in zip(a, b, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    nlp = spacy.load(model_name(), exclude=list(UNUSED))
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    assert isinstance(ruler, AttributeRuler) and isinstance(lemmatizer, Lemmatizer)
    parsed = []
    for _, text in generate(args.articles):
        doc = nlp.make_doc(text)
        for name in ("tok2vec", "tagger", "parser"):
            doc = nlp.get_pipe(name)(doc)
        parsed.append(doc)
    rules = AttributeRules(nlp.vocab, ruler.patterns)
    for _ in range(2):  # the first round fills spaCy's and our caches
        stock_ms, stock = cpu_ms(ruler, parsed)
        ours_ms, ours = cpu_ms(rules, parsed)
    print(f"attribute rules: spaCy {stock_ms:.2f} ms/article, newsevents {ours_ms:.2f} ms/article; "
          f"same annotation: {same(stock, ours)}")
    lemmas = Lemmas(lemmatizer)
    for _ in range(2):
        stock_ms, stock = cpu_ms(lemmatizer, ours)
        ours_ms, keyed = cpu_ms(lemmas, ours)
    print(f"lemmas:          spaCy {stock_ms:.2f} ms/article, newsevents {ours_ms:.2f} ms/article; "
          f"same lemmas: {same(stock, keyed)}")


if __name__ == "__main__":
    main()
